"""Learner profiles."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studyapp.storage.models import BoardCertification, Learner


def all_learners(session: Session) -> list[Learner]:
    return list(session.scalars(select(Learner).order_by(Learner.full_name, Learner.id)))


def get(session: Session, learner_id: int) -> Learner | None:
    return session.get(Learner, learner_id)


def add(session: Session, learner: Learner) -> Learner:
    session.add(learner)
    session.flush()
    return learner


def boards(session: Session, learner_id: int) -> list[tuple[str, str]]:
    rows = session.scalars(
        select(BoardCertification)
        .where(BoardCertification.learner_id == learner_id)
        .order_by(BoardCertification.id)
    )
    return [(r.board, r.board_learner_id) for r in rows]


def set_boards(
    session: Session, learner_id: int, certifications: tuple[tuple[str, str], ...]
) -> None:
    session.execute(delete(BoardCertification).where(BoardCertification.learner_id == learner_id))
    for board, board_id in certifications:
        session.add(
            BoardCertification(learner_id=learner_id, board=board, board_learner_id=board_id)
        )
