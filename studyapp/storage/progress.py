"""A learner's place in each activity, and the whole library's progress in one query."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from studyapp.storage.models import (
    Attempt,
    CompletionRecord,
    Evaluation,
    LearnerActivity,
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


def progress_by_pack(
    session: Session, learner_id: int, pack_id: int | None = None
) -> dict[int, PackProgress]:
    """Progress for every pack the learner has touched, in one grouped query per fact."""

    def by_pack(stmt) -> dict[int, int]:
        if pack_id is not None:
            stmt = stmt.where(stmt.selected_columns[0] == pack_id)
        return dict(session.execute(stmt).tuples())

    submitted = Attempt.submitted_at.is_not(None)
    pre = by_pack(
        select(Attempt.pack_id, func.count())
        .where(Attempt.learner_id == learner_id, Attempt.test == "pre", submitted)
        .group_by(Attempt.pack_id)
    )
    post = by_pack(
        select(Attempt.pack_id, func.count())
        .where(Attempt.learner_id == learner_id, Attempt.test == "post", submitted)
        .group_by(Attempt.pack_id)
    )
    passed = by_pack(
        select(Attempt.pack_id, func.count())
        .where(Attempt.learner_id == learner_id, Attempt.test == "post", Attempt.passed.is_(True))
        .group_by(Attempt.pack_id)
    )
    started = by_pack(
        select(Attempt.pack_id, func.count())
        .where(Attempt.learner_id == learner_id)
        .group_by(Attempt.pack_id)
    )
    evaluated = by_pack(
        select(Evaluation.pack_id, func.count())
        .where(Evaluation.learner_id == learner_id, Evaluation.submitted_at.is_not(None))
        .group_by(Evaluation.pack_id)
    )
    claimed = by_pack(
        select(CompletionRecord.pack_id, func.count())
        .where(CompletionRecord.learner_id == learner_id)
        .group_by(CompletionRecord.pack_id)
    )
    places = by_pack(
        select(LearnerActivity.pack_id, func.count())
        .where(LearnerActivity.learner_id == learner_id, LearnerActivity.opened_at.is_not(None))
        .group_by(LearnerActivity.pack_id)
    )
    queued = by_pack(
        select(LearnerActivity.pack_id, func.count())
        .where(LearnerActivity.learner_id == learner_id, LearnerActivity.queued_at.is_not(None))
        .group_by(LearnerActivity.pack_id)
    )
    keys = (
        set(pre)
        | set(post)
        | set(started)
        | set(evaluated)
        | set(claimed)
        | set(places)
        | set(queued)
    )
    return {
        key: PackProgress(
            started=bool(started.get(key) or places.get(key)),
            pretest_submitted=bool(pre.get(key)),
            posttest_attempts=post.get(key, 0),
            posttest_passed=bool(passed.get(key)),
            evaluation_submitted=bool(evaluated.get(key)),
            credit_claimed=bool(claimed.get(key)),
            queued=bool(queued.get(key)),
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
