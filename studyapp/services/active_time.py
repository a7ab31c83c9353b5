"""The learner's active time on an activity: what the Credit tab suggests they attest.

The screens measure (a tab shown, the window in front, input within the last few minutes)
and report whole seconds here; the attested figure, not this one, goes in the record."""

from __future__ import annotations

from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.protection import require_unlocked
from studyapp.storage import active_time as store

TABS = ("overview", "pretest", "reading", "posttest", "evaluation", "credit")
MAX_REPORT_SECONDS = 3_600  # one report covers at most a flush interval; more is a clock jump


def add(ctx: Context, learner_id: int, pack_id: int, tab: str, seconds: int) -> None:
    if seconds <= 0 or ctx.read_only:
        return
    if tab not in TABS:
        raise ValueError(f"unknown tab {tab!r}")
    require_unlocked(ctx, learner_id)
    with ctx.db.write() as conn:
        store.add(conn, learner_id, pack_id, tab, min(seconds, MAX_REPORT_SECONDS))
    ctx.changes.publish(Changed(Change.TIME, learner_id, pack_id))


def whole_minutes(seconds: int) -> int:
    """Rounded to the nearest minute (30 s or more counts as a minute)."""
    return (seconds + 30) // 60


def minutes(ctx: Context, learner_id: int, pack_id: int) -> int:
    with ctx.db.transaction() as s:
        return whole_minutes(store.total(s, learner_id, pack_id))
