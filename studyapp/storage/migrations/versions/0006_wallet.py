"""the wallet: licences and board certifications with their renewal requirements, and
credit earned elsewhere

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Only new tables: nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _learner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["learner_id"],
        ["learner.id"],
        name=op.f(f"fk_{table}_learner_id_learner"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("authority", sa.String(length=120), nullable=False),
        sa.Column("profession", sa.String(length=120), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("cycle_start", sa.String(length=10), nullable=False),
        sa.Column("cycle_end", sa.String(length=10), nullable=False),
        sa.Column("first_renewal", sa.Boolean(), nullable=False),
        sa.Column("total_quarters", sa.Integer(), nullable=False),
        sa.Column("credit_types", sa.Text(), nullable=False),
        sa.Column("requirements_source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        _learner_fk("credential"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential")),
    )
    op.create_index("ix_credential_learner", "credential", ["learner_id"])
    op.create_table(
        "credential_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credential_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("quarters", sa.Integer(), nullable=False),
        sa.Column("recurrence", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["credential.id"],
            name=op.f("fk_credential_topic_credential_id_credential"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_topic")),
    )
    op.create_index("ix_credential_topic_credential", "credential_topic", ["credential_id"])
    op.create_table(
        "outside_credit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("earned_on", sa.String(length=10), nullable=False),
        sa.Column("quarters", sa.Integer(), nullable=False),
        sa.Column("credit_type", sa.String(length=200), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("record_json", sa.Text(), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=True),
        sa.Column("signer", sa.String(length=200), nullable=True),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        _learner_fk("outside_credit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outside_credit")),
    )
    op.create_index("ix_outside_credit_learner", "outside_credit", ["learner_id"])
    op.create_table(
        "outside_credit_file",
        sa.Column("credit_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_id"],
            ["outside_credit.id"],
            name=op.f("fk_outside_credit_file_credit_id_outside_credit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("credit_id", name=op.f("pk_outside_credit_file")),
    )


def downgrade() -> None:
    op.drop_table("outside_credit_file")
    op.drop_index("ix_outside_credit_learner", table_name="outside_credit")
    op.drop_table("outside_credit")
    op.drop_index("ix_credential_topic_credential", table_name="credential_topic")
    op.drop_table("credential_topic")
    op.drop_index("ix_credential_learner", table_name="credential")
    op.drop_table("credential")
