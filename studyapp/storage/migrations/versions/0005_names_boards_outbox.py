"""names, boards, accreditor ids, the xAPI outbox, record verdicts, spaced review cards,
topics, the queue's order, post-test forms, reading marks

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Existing profiles get first and last name by splitting the full name at its last space
(no space: all of it is the last name). The learner sees and can correct both in the
profile; docs/exports.md says why accreditors need them apart.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learner") as batch:
        batch.add_column(sa.Column("first_name", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("last_name", sa.String(100), nullable=False, server_default=""))
    learners = sa.table(
        "learner",
        sa.column("id", sa.Integer),
        sa.column("full_name", sa.String),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(learners.c.id, learners.c.full_name)):
        first, _, last = (row.full_name or "").strip().rpartition(" ")
        connection.execute(
            learners.update()
            .where(learners.c.id == row.id)
            .values(first_name=first.strip(), last_name=last.strip())
        )
    with op.batch_alter_table("attempt") as batch:
        batch.add_column(sa.Column("form_json", sa.Text(), nullable=True))
    with op.batch_alter_table("learner_activity") as batch:
        batch.add_column(sa.Column("queue_position", sa.Integer(), nullable=True))
    with op.batch_alter_table("installed_pack") as batch:
        batch.add_column(sa.Column("accreditor_activity_id", sa.String(40), nullable=True))
        batch.add_column(sa.Column("moc_points", sa.String(20), nullable=True))
        batch.add_column(sa.Column("topics", sa.String(2000), nullable=True))
    op.create_table(
        "board_certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("board", sa.String(length=80), nullable=False),
        sa.Column("board_learner_id", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_board_certification_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_certification")),
    )
    op.create_table(
        "xapi_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_xapi_outbox")),
        sa.UniqueConstraint("statement_id", name=op.f("uq_xapi_outbox_statement_id")),
    )
    op.create_index("ix_xapi_outbox_unsent", "xapi_outbox", ["sent_at", "seq"])
    op.create_table(
        "review_card",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("due", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_review_card_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_pack.id"],
            name=op.f("fk_review_card_pack_id_installed_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("learner_id", "pack_id", "item_id", name=op.f("pk_review_card")),
    )
    op.create_table(
        "reading_mark",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.String(length=64), nullable=False),
        sa.Column("read_at", sa.String(length=32), nullable=True),
        sa.Column("bookmarked", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            ["learner.id"],
            name=op.f("fk_reading_mark_learner_id_learner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["installed_pack.id"],
            name=op.f("fk_reading_mark_pack_id_installed_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "learner_id", "pack_id", "section_id", name=op.f("pk_reading_mark")
        ),
    )
    op.create_table(
        "record_verdict",
        sa.Column("record_sha256", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("record_sha256", name=op.f("pk_record_verdict")),
    )


def downgrade() -> None:
    op.drop_table("record_verdict")
    op.drop_table("reading_mark")
    op.drop_table("review_card")
    op.drop_index("ix_xapi_outbox_unsent", table_name="xapi_outbox")
    op.drop_table("xapi_outbox")
    op.drop_table("board_certification")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("form_json")
    with op.batch_alter_table("learner_activity") as batch:
        batch.drop_column("queue_position")
    with op.batch_alter_table("installed_pack") as batch:
        batch.drop_column("topics")
        batch.drop_column("moc_points")
        batch.drop_column("accreditor_activity_id")
    with op.batch_alter_table("learner") as batch:
        batch.drop_column("last_name")
        batch.drop_column("first_name")
