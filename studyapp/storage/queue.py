"""The learner's queue of activities to take next, in the order they chose."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studyapp.storage.models import InstalledPack, LearnerActivity


def queued(session: Session, learner_id: int) -> list[tuple[LearnerActivity, InstalledPack]]:
    rows = session.execute(
        select(LearnerActivity, InstalledPack)
        .join(InstalledPack, InstalledPack.id == LearnerActivity.pack_id)
        .where(LearnerActivity.learner_id == learner_id, LearnerActivity.queued_at.is_not(None))
        .order_by(
            LearnerActivity.queue_position.is_(None),
            LearnerActivity.queue_position,
            LearnerActivity.queued_at,
        )
    )
    return [(place, pack) for place, pack in rows]


def next_position(session: Session, learner_id: int) -> int:
    top = session.scalar(
        select(func.max(LearnerActivity.queue_position)).where(
            LearnerActivity.learner_id == learner_id, LearnerActivity.queued_at.is_not(None)
        )
    )
    return (top or 0) + 1
