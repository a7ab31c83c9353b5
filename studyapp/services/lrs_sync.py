"""Sending the xAPI outbox to the institution's learning record store.

Batches go in outbox order (so a learner's statements are never reordered) with
`POST <endpoint>/statements`, Basic auth and `X-Experience-API-Version: 1.0.3`. A batch
is marked sent only after the store accepted it; a crash between the two resends it,
and the store's "already have it" (409) is checked statement by statement, so nothing
is lost or stored twice. Any other refusal leaves the statements queued with a clear
status; network trouble is retried later with backoff.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from studyapp.content.institution import RecordStore
from studyapp.services.context import Context
from studyapp.storage import preferences
from studyapp.storage import xapi_outbox as outbox_store

log = logging.getLogger(__name__)

BATCH = 100
TIMEOUT_SECONDS = 15
LAST_SENT = "xapi.last_sent_at"
LAST_ERROR = "xapi.last_error"
FIRST_WAIT = 30  # seconds before retrying after a failure; doubled each time
LONGEST_WAIT = 1800


class SendError(Exception):
    """The store did not take a batch; the message is for the status line."""

    def __init__(self, message: str, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry  # network or server trouble: try again later


@dataclass(frozen=True)
class SyncStatus:
    waiting: int
    sent: int
    last_sent_at: str | None
    last_error: str | None
    configured: bool

    def text(self) -> str:
        if not self.configured:
            return "No learning record store is set up."
        line = f"{self.waiting} statement{'s' if self.waiting != 1 else ''} waiting"
        if self.last_sent_at:
            line += f"; last sent {self.last_sent_at}"
        if self.last_error:
            line += f"; last problem: {self.last_error}"
        return line + "."


def _request(store: RecordStore, method: str, path: str, body: bytes | None = None):
    url = store.endpoint.rstrip("/") + path
    token = base64.b64encode(f"{store.username}:{store.password}".encode()).decode()
    request = urllib.request.Request(url, data=body, method=method)
    request.add_header("Authorization", f"Basic {token}")
    request.add_header("X-Experience-API-Version", "1.0.3")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    return urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)


def _explain(exc: urllib.error.HTTPError) -> str:
    try:
        detail = exc.read(500).decode("utf-8", "replace").strip()
    except OSError:
        detail = ""
    words = {
        400: "the store refused the statements as malformed",
        401: "the store refused the user name or password (check institution.toml)",
        403: "the store's account may not write statements",
        404: "no learning record store at that address",
    }.get(exc.code, f"the store answered {exc.code}")
    return f"{words}{': ' + detail[:200] if detail else ''}"


def _post(store: RecordStore, statements: list[str]) -> None:
    body = ("[" + ",".join(statements) + "]").encode("utf-8")
    try:
        with _request(store, "POST", "/statements", body) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 409:
            raise
        raise SendError(_explain(exc), retry=exc.code >= 500 or exc.code == 429) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SendError(f"the store cannot be reached ({reason})", retry=True) from exc


def _stored(store: RecordStore, statement_id: str) -> bool:
    query = urllib.parse.urlencode({"statementId": statement_id})
    try:
        with _request(store, "GET", f"/statements?{query}") as response:
            found = json.loads(response.read(5_000_000) or b"{}")
    except ValueError:
        return False
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return False
        raise SendError(_explain(exc), retry=exc.code >= 500) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SendError(f"the store cannot be reached ({exc})", retry=True) from exc
    # The statement itself, or (as some stores answer) a result list holding it.
    listed = found.get("statements", [found]) if isinstance(found, dict) else []
    return any(isinstance(s, dict) and s.get("id") == statement_id for s in listed)


def _mark_sent(ctx: Context, seqs: list[int]) -> None:
    now = ctx.now().astimezone(dt.UTC).isoformat(timespec="seconds")
    with ctx.db.transaction() as s:
        outbox_store.mark_sent(s, seqs, now)
        preferences.put(s, LAST_SENT, now)
        preferences.delete(s, LAST_ERROR)


def _send_batch(ctx: Context, store: RecordStore, batch: list[tuple[int, str, str]]) -> None:
    try:
        _post(store, [text for _seq, _id, text in batch])
    except urllib.error.HTTPError:
        # 409: some of these are stored already (a resend after a crash or an outage):
        # mark those, then send the rest one by one, in order.
        for seq, statement_id, text in batch:
            if _stored(store, statement_id):
                _mark_sent(ctx, [seq])
                continue
            try:
                _post(store, [text])
            except urllib.error.HTTPError as exc:
                raise SendError(_explain(exc), retry=False) from exc
            _mark_sent(ctx, [seq])
        return
    _mark_sent(ctx, [seq for seq, _id, _text in batch])


def send_pending(ctx: Context, batch_size: int = BATCH) -> int:
    """Send every waiting statement; returns how many were sent. Raises SendError (the
    rest still queued, the status recorded) when the store does not take a batch."""
    store = ctx.institution.record_store
    if store is None:
        return 0
    sent = 0
    while True:
        with ctx.db.transaction() as s:
            batch = outbox_store.unsent(s, batch_size)
        if not batch:
            return sent
        try:
            _send_batch(ctx, store, batch)
        except SendError as exc:
            log.warning("Statements not sent: %s", exc)
            with ctx.db.transaction() as s:
                preferences.put(s, LAST_ERROR, str(exc))
            raise
        sent += len(batch)


def status(ctx: Context) -> SyncStatus:
    from studyapp.services import xapi_outbox

    waiting, sent = xapi_outbox.counts(ctx)
    with ctx.db.transaction() as s:
        last_sent, last_error = preferences.get(s, LAST_SENT), preferences.get(s, LAST_ERROR)
    return SyncStatus(
        waiting, sent, last_sent, last_error, ctx.institution.record_store is not None
    )


def next_wait(previous: int | None) -> int:
    """Seconds before the next try after a failure: 30 s, doubling, at most 30 minutes."""
    return FIRST_WAIT if previous is None else min(previous * 2, LONGEST_WAIT)
