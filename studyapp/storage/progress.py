"""A learner's place in each activity, and the whole library's progress in one query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from studyapp.storage.models import (
    Attempt,
    CompletionRecord,
    Evaluation,
    LearnerActivity,
)


def find_place(session: Session, learner_id: int, pack_id: int) -> LearnerActivity | None:
    """The place, or None; reading never writes (a locked or read-only profile can read)."""
    return session.scalar(
        select(LearnerActivity).where(
            LearnerActivity.learner_id == learner_id, LearnerActivity.pack_id == pack_id
        )
    )


def place(session: Session, learner_id: int, pack_id: int) -> LearnerActivity:
    row = session.scalar(
        select(LearnerActivity).where(
            LearnerActivity.learner_id == learner_id, LearnerActivity.pack_id == pack_id
        )
    )
    if row is None:
        row = LearnerActivity(learner_id=learner_id, pack_id=pack_id, reading_scroll=0)
        session.add(row)
        session.flush()
    return row


@dataclass(frozen=True)
class PackProgress:
    started: bool
    pretest_submitted: bool
    posttest_attempts: int
    posttest_passed: bool
    evaluation_submitted: bool
    credit_claimed: bool
    queued: bool
    reading_opened: bool = False
    last_opened: dt.datetime | None = None


def _count_by_pack(session: Session, pack_column, pack_id: int | None, *conditions) -> dict:
    stmt = select(pack_column, func.count()).where(*conditions).group_by(pack_column)
    if pack_id is not None:
        stmt = stmt.where(pack_column == pack_id)
    return {key: count for key, count in session.execute(stmt)}


def progress_by_pack(
    session: Session, learner_id: int, pack_id: int | None = None
) -> dict[int, PackProgress]:
    """Progress for every pack the learner has touched: a few grouped queries, none per row."""
    a, e, r, p = Attempt, Evaluation, CompletionRecord, LearnerActivity
    mine = a.learner_id == learner_id
    submitted = a.submitted_at.is_not(None)
    pre = _count_by_pack(session, a.pack_id, pack_id, mine, a.test == "pre", submitted)
    post = _count_by_pack(session, a.pack_id, pack_id, mine, a.test == "post", submitted)
    passed = _count_by_pack(session, a.pack_id, pack_id, mine, a.test == "post", a.passed.is_(True))
    started = _count_by_pack(session, a.pack_id, pack_id, mine)
    evaluated = _count_by_pack(
        session, e.pack_id, pack_id, e.learner_id == learner_id, e.submitted_at.is_not(None)
    )
    claimed = _count_by_pack(session, r.pack_id, pack_id, r.learner_id == learner_id)
    opened = _count_by_pack(
        session, p.pack_id, pack_id, p.learner_id == learner_id, p.opened_at.is_not(None)
    )
    queued = _count_by_pack(
        session, p.pack_id, pack_id, p.learner_id == learner_id, p.queued_at.is_not(None)
    )
    places_stmt = select(p.pack_id, p.opened_at, p.reading_section).where(
        p.learner_id == learner_id
    )
    if pack_id is not None:
        places_stmt = places_stmt.where(p.pack_id == pack_id)
    places = {key: (opened_at, section) for key, opened_at, section in session.execute(places_stmt)}
    keys = set(started) | set(evaluated) | set(claimed) | set(opened) | set(queued)
    return {
        key: PackProgress(
            started=bool(started.get(key) or opened.get(key)),
            pretest_submitted=bool(pre.get(key)),
            posttest_attempts=post.get(key, 0),
            posttest_passed=bool(passed.get(key)),
            evaluation_submitted=bool(evaluated.get(key)),
            credit_claimed=bool(claimed.get(key)),
            queued=bool(queued.get(key)),
            reading_opened=bool(places.get(key, (None, None))[1]),
            last_opened=places.get(key, (None, None))[0],
        )
        for key in keys
    }


def has_claim(session: Session, learner_id: int, pack_id: int) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    and_(
                        CompletionRecord.learner_id == learner_id,
                        CompletionRecord.pack_id == pack_id,
                    )
                )
            )
        )
    )
