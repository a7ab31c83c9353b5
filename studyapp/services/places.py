"""Where the learner is: open tab, reading place, queue, last activity, window state."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context, ReadOnlyFolderError
from studyapp.services.protection import require_unlocked
from studyapp.storage import preferences
from studyapp.storage import progress as progress_store
from studyapp.storage import queue as queue_store

LAST_ACTIVITY = "last_activity"
OVERVIEW_SCROLL = "overview_scroll"


@dataclass(frozen=True)
class Place:
    last_tab: str | None
    reading_section: str | None
    reading_scroll: int
    queued: bool
    overview_scroll: int = 0


def get(ctx: Context, learner_id: int, pack_id: int) -> Place:
    with ctx.db.transaction() as s:
        row = progress_store.find_place(s, learner_id, pack_id)
        overview = preferences.get(s, f"{OVERVIEW_SCROLL}:{learner_id}:{pack_id}")
        if row is None:
            return Place(None, None, 0, False, int(overview or 0))
        return Place(
            row.last_tab,
            row.reading_section,
            row.reading_scroll or 0,
            row.queued_at is not None,
            int(overview) if overview and overview.isdigit() else 0,
        )


def set_overview_scroll(ctx: Context, learner_id: int, pack_id: int, value: int) -> None:
    """Only the learner's own scrolling is kept: the Overview opens at its top otherwise."""
    if ctx.read_only:
        return
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        preferences.put(s, f"{OVERVIEW_SCROLL}:{learner_id}:{pack_id}", str(max(0, value)))


def open_activity(ctx: Context, learner_id: int, pack_id: int, resumed: bool = False) -> None:
    """The learner opened the activity; `resumed` when the app reopened it at start (that
    is not an opening the library should sort by, nor a change worth a backup)."""
    if ctx.read_only:
        return  # where the learner was: a convenience, not their data
    require_unlocked(ctx, learner_id)
    from studyapp.records import xapi
    from studyapp.services import xapi_outbox

    with ctx.db.transaction() as s:
        row = progress_store.place(s, learner_id, pack_id)
        if not (resumed and row.opened_at):
            row.opened_at = ctx.now()  # the latest opening: the library sorts by it
        preferences.put(s, f"{LAST_ACTIVITY}:{learner_id}", str(pack_id))
        statement = xapi.launched(
            xapi_outbox.actor(ctx, s, learner_id), xapi_outbox.activity_ref(s, pack_id), ctx.now()
        )
        xapi_outbox.add(s, learner_id, statement)


def close_activity(ctx: Context, learner_id: int) -> None:
    if ctx.read_only:
        return  # where the learner was: a convenience, not their data
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        preferences.delete(s, f"{LAST_ACTIVITY}:{learner_id}")


def last_activity(ctx: Context, learner_id: int) -> int | None:
    with ctx.db.transaction() as s:
        value = preferences.get(s, f"{LAST_ACTIVITY}:{learner_id}")
    return int(value) if value and value.isdigit() else None


def set_tab(ctx: Context, learner_id: int, pack_id: int, tab: str) -> None:
    if ctx.read_only:
        return  # where the learner was: a convenience, not their data
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        progress_store.place(s, learner_id, pack_id).last_tab = tab


def set_reading(ctx: Context, learner_id: int, pack_id: int, section: str, scroll: int) -> None:
    if ctx.read_only:
        return  # where the learner was: a convenience, not their data
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = progress_store.place(s, learner_id, pack_id)
        row.reading_section = section
        row.reading_scroll = max(0, scroll)


def set_queued(ctx: Context, learner_id: int, pack_id: int, queued: bool) -> None:
    if ctx.read_only:
        raise ReadOnlyFolderError()
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = progress_store.place(s, learner_id, pack_id)
        if queued and row.queued_at is None:
            row.queue_position = queue_store.next_position(s, learner_id)  # at the end
        elif not queued:
            row.queue_position = None
        row.queued_at = (row.queued_at or ctx.now()) if queued else None
    ctx.changes.publish(Changed(Change.QUEUE, learner_id, pack_id))


def get_preference(ctx: Context, key: str) -> str | None:
    with ctx.db.transaction() as s:
        return preferences.get(s, key)


def set_preference(ctx: Context, key: str, value: str) -> None:
    if ctx.read_only:
        return  # where the learner was: a convenience, not their data
    with ctx.db.transaction() as s:
        preferences.put(s, key, value)
