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


def queued_packs(session: Session, learner_id: int) -> list[tuple]:
    """(pack id, title, provider, estimated minutes, expiration date) of each queued pack,
    in the queue's order: the columns the queue shows, not 1,250 pairs of whole rows."""
    pack = InstalledPack
    rows = session.execute(
        select(pack.id, pack.title, pack.provider, pack.estimated_minutes, pack.expiration_date)
        .join(LearnerActivity, pack.id == LearnerActivity.pack_id)
        .where(LearnerActivity.learner_id == learner_id, LearnerActivity.queued_at.is_not(None))
        .order_by(
            LearnerActivity.queue_position.is_(None),
            LearnerActivity.queue_position,
            LearnerActivity.queued_at,
        )
    )
    return [tuple(row) for row in rows]


def next_position(session: Session, learner_id: int) -> int:
    top = session.scalar(
        select(func.max(LearnerActivity.queue_position)).where(
            LearnerActivity.learner_id == learner_id, LearnerActivity.queued_at.is_not(None)
        )
    )
    return (top or 0) + 1
