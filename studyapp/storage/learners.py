"""Learner profiles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.storage.models import Learner


def all_learners(session: Session) -> list[Learner]:
    return list(session.scalars(select(Learner).order_by(Learner.full_name, Learner.id)))


def get(session: Session, learner_id: int) -> Learner | None:
    return session.get(Learner, learner_id)


def add(session: Session, learner: Learner) -> Learner:
    session.add(learner)
    session.flush()
    return learner
