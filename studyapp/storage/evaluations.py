"""Evaluation forms as filled in by a learner."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import Evaluation, EvaluationAnswer


def get_or_create(session: Session, learner_id: int, pack_id: int) -> Evaluation:
    evaluation = session.scalar(
        select(Evaluation).where(Evaluation.learner_id == learner_id, Evaluation.pack_id == pack_id)
    )
    if evaluation is None:
        evaluation = Evaluation(learner_id=learner_id, pack_id=pack_id)
        session.add(evaluation)
        session.flush()
    return evaluation


def find(session: Session, learner_id: int, pack_id: int) -> Evaluation | None:
    return session.scalar(
        select(Evaluation).where(Evaluation.learner_id == learner_id, Evaluation.pack_id == pack_id)
    )


def answers(session: Session, evaluation_id: int) -> dict[str, str]:
    rows = session.execute(
        select(EvaluationAnswer.question_id, EvaluationAnswer.value).where(
            EvaluationAnswer.evaluation_id == evaluation_id
        )
    )
    return {question_id: value for question_id, value in rows}


def save_answer(
    session: Session, evaluation_id: int, question_id: str, value: str, now: dt.datetime
) -> None:
    stamp = now
    stmt = insert(EvaluationAnswer).values(
        evaluation_id=evaluation_id, question_id=question_id, value=value, answered_at=stamp
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[EvaluationAnswer.evaluation_id, EvaluationAnswer.question_id],
        set_={"value": value, "answered_at": stamp},
    )
    session.execute(stmt)
