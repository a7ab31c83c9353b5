"""active time per learner, activity and tab

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "active_time",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("tab", sa.String(length=20), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_active_time_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_pack.id"],
            name=op.f("fk_active_time_pack_id_installed_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", "pack_id", "tab", name=op.f("pk_active_time")),
    )


def downgrade() -> None:
    op.drop_table("active_time")
