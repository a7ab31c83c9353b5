"""The xAPI outbox: every meaningful event's statement, written in the transaction of the
event itself (so there is never one without the other), then sent to the institution's
learning record store by services/lrs_sync.py."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from studyapp.records import xapi
from studyapp.records.xapi import ActivityRef, Actor
from studyapp.services.context import Context
from studyapp.storage import learners as learner_store
from studyapp.storage import packs as pack_store
from studyapp.storage import signing_keys
from studyapp.storage import xapi_outbox as outbox_store


def _installation(session: Session) -> str:
    key = signing_keys.newest(session)
    return key.did if key is not None else "studyapp"


def actor(ctx: Context, session: Session, learner_id: int) -> Actor:
    store = ctx.institution.record_store
    home = store.home_page if store and store.home_page else xapi.DEFAULT_HOME_PAGE
    email = ""
    if store and store.identify_by_email:
        learner = learner_store.get(session, learner_id)
        email = learner.email if learner else ""
    return Actor(home, f"{_installation(session)}/learner/{learner_id}", email)


def activity_ref(session: Session, pack_id: int) -> ActivityRef:
    pack = pack_store.get(session, pack_id)
    assert pack is not None
    return ActivityRef(pack.activity_id, pack.version, pack.title)


def add_on(conn: Connection, learner_id: int, statement: dict[str, Any]) -> None:
    """In the caller's transaction: the event and its statement commit together."""
    text = json.dumps(statement, ensure_ascii=False, separators=(",", ":"))
    outbox_store.add(conn, statement["id"], learner_id, statement["timestamp"], text)


def add(session: Session, learner_id: int, statement: dict[str, Any]) -> None:
    add_on(session.connection(), learner_id, statement)


def statements(ctx: Context) -> list[dict[str, Any]]:
    """Every statement in the outbox, in order, with its learner."""
    with ctx.db.transaction() as s:
        rows = outbox_store.all_statements(s)
    return [{"learner_id": learner, "statement": json.loads(text)} for learner, text in rows]


def counts(ctx: Context) -> tuple[int, int]:
    """(waiting, sent)."""
    with ctx.db.transaction() as s:
        return outbox_store.counts(s)
