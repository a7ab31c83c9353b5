"""A learner's records of one activity: the same as picked out of the whole history, and
found through the (learner, activity) index rather than by reading every record."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.dialects import sqlite

from studyapp.services import credit, library
from studyapp.storage import completion_records as record_store
from tests.services.test_study_flow import complete


def test_one_activitys_records_are_those_of_the_whole_history(ctx, learner) -> None:
    il6, journal = sorted(library.install_bundled(ctx))
    for pack_id in (il6, journal):
        complete(ctx, learner.id, pack_id)
        credit.claim(ctx, learner.id, pack_id, Decimal("0.25"), 30, True)
    with ctx.db.transaction() as s:
        everything = [r.id for r, _pack in record_store.for_learner(s, learner.id)]
        assert len(everything) == 2
        for pack_id in (il6, journal):
            picked = [
                r.id for r, _p in record_store.for_learner(s, learner.id) if r.pack_id == pack_id
            ]
            assert [r.id for r in record_store.for_pack(s, learner.id, pack_id)] == picked
        assert record_store.for_pack(s, learner.id + 1, il6) == []


def test_the_lookup_uses_the_learner_and_activity_index(ctx, learner) -> None:
    with ctx.db.transaction() as s:
        stmt = (
            record_store.select(record_store.CompletionRecord)
            .where(
                record_store.CompletionRecord.learner_id == 1,
                record_store.CompletionRecord.pack_id == 1,
            )
            .order_by(record_store.CompletionRecord.claimed_at.desc())
        )
        sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        plan = " ".join(
            str(row[-1]) for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        )
    assert "ix_completion_record_learner_pack" in plan, plan
