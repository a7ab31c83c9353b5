"""The learner's marks on reading sections: read, bookmarked, their note."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.storage.models import ReadingMark


def for_activity(session: Session, learner_id: int, pack_id: int) -> list[ReadingMark]:
    return list(
        session.scalars(
            select(ReadingMark).where(
                ReadingMark.learner_id == learner_id, ReadingMark.pack_id == pack_id
            )
        )
    )


def mark(session: Session, learner_id: int, pack_id: int, section_id: str) -> ReadingMark:
    row = session.get(ReadingMark, (learner_id, pack_id, section_id))
    if row is None:
        row = ReadingMark(
            learner_id=learner_id, pack_id=pack_id, section_id=section_id, bookmarked=False, note=""
        )
        session.add(row)
    return row
