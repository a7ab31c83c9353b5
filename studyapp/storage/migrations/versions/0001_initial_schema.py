"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "installed_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("folder", sa.String(length=300), nullable=False),
        sa.Column("release_date", sa.String(length=10), nullable=False),
        sa.Column("expiration_date", sa.String(length=10), nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("max_credit_quarters", sa.Integer(), nullable=False),
        sa.Column("credit_type", sa.String(length=200), nullable=False),
        sa.Column("is_sample", sa.Boolean(), nullable=False),
        sa.Column("installed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installed_pack")),
        sa.UniqueConstraint(
            "activity_id", "version", name=op.f("uq_installed_pack_activity_id_version")
        ),
    )
    op.create_table(
        "learner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("credentials", sa.String(length=40), nullable=False),
        sa.Column("profession", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("licence_state", sa.String(length=40), nullable=True),
        sa.Column("licence_number", sa.String(length=60), nullable=True),
        sa.Column("npi", sa.String(length=10), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("consent_to_report", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner")),
    )
    op.create_table(
        "preference",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preference")),
    )
    op.create_table(
        "attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("test", sa.String(length=4), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("submitted_at", sa.String(length=32), nullable=True),
        sa.Column("correct", sa.Integer(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_attempt_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"], ["installed_pack.id"], name=op.f("fk_attempt_pack_id_installed_pack")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempt")),
        sa.UniqueConstraint(
            "learner_id",
            "pack_id",
            "test",
            "number",
            name=op.f("uq_attempt_learner_id_pack_id_test_number"),
        ),
    )
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.create_index("ix_attempt_learner_pack", ["learner_id", "pack_id"], unique=False)

    op.create_table(
        "completion_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sa.String(length=32), nullable=False),
        sa.Column("credit_quarters", sa.Integer(), nullable=False),
        sa.Column("credit_type", sa.String(length=200), nullable=False),
        sa.Column("certificate_kind", sa.String(length=20), nullable=False),
        sa.Column("minutes_spent", sa.Integer(), nullable=False),
        sa.Column("record_json", sa.Text(), nullable=False),
        sa.Column("certificate_pdf", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_completion_record_learner_id_learner"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_pack.id"],
            name=op.f("fk_completion_record_pack_id_installed_pack"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_completion_record")),
    )
    with op.batch_alter_table("completion_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_completion_record_learner_claimed", ["learner_id", "claimed_at"], unique=False
        )

    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_evaluation_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"], ["installed_pack.id"], name=op.f("fk_evaluation_pack_id_installed_pack")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("learner_id", "pack_id", name=op.f("uq_evaluation_learner_id_pack_id")),
    )
    op.create_table(
        "learner_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("last_tab", sa.String(length=20), nullable=True),
        sa.Column("reading_section", sa.String(length=64), nullable=True),
        sa.Column("reading_scroll", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.String(length=32), nullable=True),
        sa.Column("opened_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_learner_activity_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_pack.id"],
            name=op.f("fk_learner_activity_pack_id_installed_pack"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_activity")),
        sa.UniqueConstraint(
            "learner_id", "pack_id", name=op.f("uq_learner_activity_learner_id_pack_id")
        ),
    )
    op.create_table(
        "evaluation_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_answer_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_answer")),
        sa.UniqueConstraint(
            "evaluation_id",
            "question_id",
            name=op.f("uq_evaluation_answer_evaluation_id_question_id"),
        ),
    )
    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("selection", sa.String(length=200), nullable=False),
        sa.Column("answered_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempt.id"],
            name=op.f("fk_response_attempt_id_attempt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response")),
        sa.UniqueConstraint("attempt_id", "item_id", name=op.f("uq_response_attempt_id_item_id")),
    )


def downgrade() -> None:
    op.drop_table("response")
    op.drop_table("evaluation_answer")
    op.drop_table("learner_activity")
    op.drop_table("evaluation")
    with op.batch_alter_table("completion_record", schema=None) as batch_op:
        batch_op.drop_index("ix_completion_record_learner_claimed")

    op.drop_table("completion_record")
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.drop_index("ix_attempt_learner_pack")

    op.drop_table("attempt")
    op.drop_table("preference")
    op.drop_table("learner")
    op.drop_table("installed_pack")
