"""Completion records: the CME history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, defer

from studyapp.storage.models import CompletionRecord, InstalledPack, Learner


def add(session: Session, record: CompletionRecord) -> CompletionRecord:
    session.add(record)
    session.flush()
    return record


def get(session: Session, record_id: str) -> CompletionRecord | None:
    return session.get(CompletionRecord, record_id)


def for_learner(
    session: Session,
    learner_id: int,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    documents: bool = False,
) -> list[tuple[CompletionRecord, InstalledPack]]:
    """A learner's records, newest first. The signed JSON and the certificate PDF are left
    in the database unless `documents` is asked for: a list of a thousand records read
    some 30 MB of them for the dates, titles and credits it shows."""
    stmt = (
        select(CompletionRecord, InstalledPack)
        .join(InstalledPack, InstalledPack.id == CompletionRecord.pack_id)
        .where(CompletionRecord.learner_id == learner_id)
        .order_by(CompletionRecord.claimed_at.desc())
    )
    stmt = stmt.options(defer(CompletionRecord.certificate_pdf))
    if not documents:
        stmt = stmt.options(defer(CompletionRecord.record_json))
    if start is not None:
        stmt = stmt.where(CompletionRecord.claimed_at >= start)
    if end is not None:
        stmt = stmt.where(CompletionRecord.claimed_at < end)
    return [(record, pack) for record, pack in session.execute(stmt)]


def for_pack(session: Session, learner_id: int, pack_id: int) -> list[CompletionRecord]:
    """A learner's records of one activity, newest first, without their documents. The
    Credit step asks on every open: reading all of a long history there (a thousand
    records, 0.4 s with a cold cache) to keep one was the slowest thing an activity did."""
    stmt = (
        select(CompletionRecord)
        .where(CompletionRecord.learner_id == learner_id, CompletionRecord.pack_id == pack_id)
        .order_by(CompletionRecord.claimed_at.desc())
        .options(defer(CompletionRecord.certificate_pdf), defer(CompletionRecord.record_json))
    )
    return list(session.scalars(stmt))


def history_rows(
    session: Session,
    learner_id: int,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> list[Row[Any]]:
    """What the CME history shows of a learner's records, newest first, as plain rows
    (id, claimed_at, credit_quarters, credit_type, certificate_kind, title, provider,
    is_sample): a thousand mapped records and packs took 17 ms to build."""
    r, p = CompletionRecord, InstalledPack
    stmt = (
        select(
            r.id,
            r.claimed_at,
            r.credit_quarters,
            r.credit_type,
            r.certificate_kind,
            p.title,
            p.provider,
            p.is_sample,
        )
        .join(p, p.id == r.pack_id)
        .where(r.learner_id == learner_id)
        .order_by(r.claimed_at.desc())
    )
    if start is not None:
        stmt = stmt.where(r.claimed_at >= start)
    if end is not None:
        stmt = stmt.where(r.claimed_at < end)
    return list(session.execute(stmt))


def for_export(
    session: Session,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    learner_id: int | None = None,
) -> list[tuple[CompletionRecord, InstalledPack, Learner]]:
    """Records with their pack and learner, oldest first; `end` excluded."""
    stmt = (
        select(CompletionRecord, InstalledPack, Learner)
        .join(InstalledPack, InstalledPack.id == CompletionRecord.pack_id)
        .join(Learner, Learner.id == CompletionRecord.learner_id)
        .order_by(CompletionRecord.claimed_at, CompletionRecord.id)
    )
    if start is not None:
        stmt = stmt.where(CompletionRecord.claimed_at >= start)
    if end is not None:
        stmt = stmt.where(CompletionRecord.claimed_at < end)
    if learner_id is not None:
        stmt = stmt.where(CompletionRecord.learner_id == learner_id)
    return [(record, pack, learner) for record, pack, learner in session.execute(stmt)]
