"""learner passphrase and unlock rate limit

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("passphrase_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("failed_unlocks", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("unlock_blocked_until", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_column("unlock_blocked_until")
        batch_op.drop_column("failed_unlocks")
        batch_op.drop_column("passphrase_hash")
