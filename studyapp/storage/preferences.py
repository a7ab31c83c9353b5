"""Small key-value settings: the last learner, the last activity and tab, window state."""

from __future__ import annotations

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import Preference


def get(session: Session, key: str) -> str | None:
    row = session.get(Preference, key)
    return row.value if row else None


def put(session: Session, key: str, value: str) -> None:
    stmt = insert(Preference).values(key=key, value=value)
    session.execute(
        stmt.on_conflict_do_update(index_elements=[Preference.key], set_={"value": value})
    )


def delete(session: Session, key: str) -> None:
    row = session.get(Preference, key)
    if row is not None:
        session.delete(row)
