"""Test attempts and the responses given in them."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import Attempt, Response


def latest(session: Session, learner_id: int, pack_id: int, test: str) -> Attempt | None:
    return session.scalar(
        select(Attempt)
        .where(Attempt.learner_id == learner_id, Attempt.pack_id == pack_id, Attempt.test == test)
        .order_by(Attempt.number.desc())
        .limit(1)
    )


def all_for(session: Session, learner_id: int, pack_id: int, test: str) -> list[Attempt]:
    return list(
        session.scalars(
            select(Attempt)
            .where(
                Attempt.learner_id == learner_id, Attempt.pack_id == pack_id, Attempt.test == test
            )
            .order_by(Attempt.number)
        )
    )


def get(session: Session, attempt_id: int) -> Attempt | None:
    return session.get(Attempt, attempt_id)


def start(session: Session, learner_id: int, pack_id: int, test: str, now: dt.datetime) -> Attempt:
    number = (
        session.scalar(
            select(func.max(Attempt.number)).where(
                Attempt.learner_id == learner_id, Attempt.pack_id == pack_id, Attempt.test == test
            )
        )
        or 0
    ) + 1
    attempt = Attempt(
        learner_id=learner_id, pack_id=pack_id, test=test, number=number, started_at=now
    )
    session.add(attempt)
    session.flush()
    return attempt


def save_response(
    session: Session, attempt_id: int, item_id: str, selection: list[str], now: dt.datetime
) -> None:
    """Insert or replace the selection for one item: one statement, one round trip."""
    value = json.dumps(sorted(selection))
    stamp = now
    stmt = insert(Response).values(
        attempt_id=attempt_id, item_id=item_id, selection=value, answered_at=stamp
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[Response.attempt_id, Response.item_id],
        set_={"selection": value, "answered_at": stamp},
    )
    session.execute(stmt)


def responses(session: Session, attempt_id: int) -> dict[str, list[str]]:
    rows = session.execute(
        select(Response.item_id, Response.selection).where(Response.attempt_id == attempt_id)
    )
    return {item_id: json.loads(selection) for item_id, selection in rows}
