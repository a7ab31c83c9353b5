"""Spaced review cards: one per learner, activity and missed item."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.storage.models import ReviewCard


def get(session: Session, learner_id: int, pack_id: int, item_id: str) -> ReviewCard | None:
    return session.get(ReviewCard, (learner_id, pack_id, item_id))


def add(session: Session, card: ReviewCard) -> None:
    session.add(card)


def due(session: Session, learner_id: int, until: str) -> list[ReviewCard]:
    return list(
        session.scalars(
            select(ReviewCard)
            .where(ReviewCard.learner_id == learner_id, ReviewCard.due <= until)
            .order_by(ReviewCard.due, ReviewCard.pack_id, ReviewCard.item_id)
        )
    )


def count(session: Session, learner_id: int) -> int:
    return len(
        list(session.scalars(select(ReviewCard.item_id).where(ReviewCard.learner_id == learner_id)))
    )
