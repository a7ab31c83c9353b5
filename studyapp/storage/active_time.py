"""Active time per learner, activity and tab."""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import ActiveTime


def add(conn: Connection, learner_id: int, pack_id: int, tab: str, seconds: int) -> None:
    statement = insert(ActiveTime).values(
        learner_id=learner_id, pack_id=pack_id, tab=tab, seconds=seconds
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["learner_id", "pack_id", "tab"],
            set_={"seconds": ActiveTime.seconds + statement.excluded.seconds},
        )
    )


def total(session: Session, learner_id: int, pack_id: int) -> int:
    found = session.scalar(
        select(func.sum(ActiveTime.seconds)).where(
            ActiveTime.learner_id == learner_id, ActiveTime.pack_id == pack_id
        )
    )
    return int(found or 0)
