"""Signature verdicts of completion records, kept by the SHA-256 of the record's text."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from studyapp.storage.models import RecordVerdict


def digest(record_json: str) -> str:
    return hashlib.sha256(record_json.encode("utf-8")).hexdigest()


def known(session: Session, digests: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(digests), 500):  # SQLite's bound-parameter limit
        chunk = digests[start : start + 500]
        rows = session.execute(
            select(RecordVerdict.record_sha256, RecordVerdict.verdict).where(
                RecordVerdict.record_sha256.in_(chunk)
            )
        )
        found.update({sha: verdict for sha, verdict in rows})
    return found


def keep(session: Session, sha: str, verdict: str) -> None:
    session.execute(
        insert(RecordVerdict)
        .values(record_sha256=sha, verdict=verdict)
        .on_conflict_do_update(index_elements=["record_sha256"], set_={"verdict": verdict})
    )
