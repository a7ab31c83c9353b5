"""Test attempts and the responses given in them."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, exists, func, literal, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import Attempt, InstalledPack, Response, UtcDateTime


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


def start(
    session: Session,
    learner_id: int,
    pack_id: int,
    test: str,
    now: dt.datetime,
    form_json: str | None = None,
) -> Attempt:
    number = (
        session.scalar(
            select(func.max(Attempt.number)).where(
                Attempt.learner_id == learner_id, Attempt.pack_id == pack_id, Attempt.test == test
            )
        )
        or 0
    ) + 1
    attempt = Attempt(
        learner_id=learner_id,
        pack_id=pack_id,
        test=test,
        number=number,
        started_at=now,
        form_json=form_json,
    )
    session.add(attempt)
    session.flush()
    return attempt


def save_response(
    conn: Connection, attempt_id: int, item_id: str, selection: list[str], now: dt.datetime
) -> bool:
    """Insert or replace one selection, only while its attempt is open: one statement.

    Returns False (writing nothing) when the attempt does not exist or is submitted.
    """
    value = json.dumps(sorted(selection))
    table = Response.__table__
    open_attempt = exists().where(Attempt.id == attempt_id, Attempt.submitted_at.is_(None))
    source = select(
        literal(attempt_id), literal(item_id), literal(value), literal(now, UtcDateTime())
    ).where(open_attempt)
    stmt = insert(table).from_select(["attempt_id", "item_id", "selection", "answered_at"], source)
    stmt = stmt.on_conflict_do_update(
        index_elements=["attempt_id", "item_id"],
        set_={"selection": stmt.excluded.selection, "answered_at": stmt.excluded.answered_at},
    )
    return conn.execute(stmt).rowcount == 1


def responses(session: Session, attempt_id: int) -> dict[str, list[str]]:
    rows = session.execute(
        select(Response.item_id, Response.selection).where(Response.attempt_id == attempt_id)
    )
    return {item_id: json.loads(selection) for item_id, selection in rows}


def submitted_with_titles(session: Session, learner_id: int) -> list[tuple[Attempt, str]]:
    """Every submitted attempt of the learner with its activity's title, in order."""
    rows = session.execute(
        select(Attempt, InstalledPack.title)
        .join(InstalledPack, InstalledPack.id == Attempt.pack_id)
        .where(Attempt.learner_id == learner_id, Attempt.submitted_at.is_not(None))
        .order_by(Attempt.pack_id, Attempt.test, Attempt.number)
    )
    return [(attempt, title) for attempt, title in rows]
