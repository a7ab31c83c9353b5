"""The queue: activities the learner means to take, in their order, with expiry warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studyapp.core import gating
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context, ReadOnlyFolderError
from studyapp.services.library import to_progress
from studyapp.services.protection import require_unlocked
from studyapp.storage import progress as progress_store
from studyapp.storage import queue as queue_store


@dataclass(frozen=True)
class QueuedActivity:
    pack_id: int
    title: str
    provider: str
    estimated_minutes: int
    expiration_date: dt.date
    days_left: int  # negative once expired
    status: gating.Status

    expires_soon: bool  # within 30 days, credit still to claim (core/gating.py)


def queued(ctx: Context, learner_id: int) -> list[QueuedActivity]:
    today = ctx.today()
    with ctx.db.transaction() as s:
        rows = queue_store.queued_packs(s, learner_id)
        progress = progress_store.progress_by_pack(s, learner_id, among={r[0] for r in rows})
        found = []
        for pack_id, title, provider, minutes, expires in rows:
            status = gating.status(expires, to_progress(progress.get(pack_id)), today)
            found.append(
                QueuedActivity(
                    pack_id=pack_id,
                    title=title,
                    provider=provider,
                    estimated_minutes=minutes,
                    expiration_date=expires,
                    days_left=(expires - today).days,
                    status=status,
                    expires_soon=gating.expires_soon(expires, status, today),
                )
            )
        return found


def reorder(ctx: Context, learner_id: int, pack_ids: list[int]) -> None:
    """Put the queue in this order (ids not queued are ignored)."""
    if ctx.read_only:
        raise ReadOnlyFolderError()
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        places = {place.pack_id: place for place, _pack in queue_store.queued(s, learner_id)}
        order = [p for p in pack_ids if p in places]
        order += [p for p in places if p not in order]
        for position, pack_id in enumerate(order, start=1):
            places[pack_id].queue_position = position
    ctx.changes.publish(Changed(Change.QUEUE, learner_id))


def move(ctx: Context, learner_id: int, pack_id: int, offset: int) -> list[int]:
    """Move one activity up (negative) or down the queue; returns the new order."""
    order = [q.pack_id for q in queued(ctx, learner_id)]
    if pack_id not in order:
        return order
    at = order.index(pack_id)
    to = max(0, min(len(order) - 1, at + offset))
    order.insert(to, order.pop(at))
    reorder(ctx, learner_id, order)
    return order
