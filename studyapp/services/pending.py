"""Writes the disk refused, kept in memory in order and retried until they land.

A full disk, a read-only or deleted data folder must not lose an answer the
learner gave: the write is queued here (one entry per answer: a newer answer
to the same question replaces the older), the learner is told, and the queue
is retried until the disk takes it. A deleted data folder is recreated from the
database SQLite still holds open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from studyapp.services.errors import StorageUnavailable
from studyapp.storage.failures import storage_failure

log = logging.getLogger(__name__)


@dataclass
class PendingWrites:
    _queue: dict[tuple, Callable[[], None]] = field(default_factory=dict)
    reason: str = ""

    def __len__(self) -> int:
        return len(self._queue)

    def add(self, key: tuple, write: Callable[[], None], reason: str) -> None:
        self._queue.pop(key, None)
        self._queue[key] = write  # re-inserted: order is the order of the latest answers
        self.reason = reason

    def keys(self) -> list[tuple]:
        return list(self._queue)

    def flush(self) -> int:
        """Try every queued write in order; stop at the first refusal. Returns how many remain."""
        for key in list(self._queue):
            try:
                self._queue[key]()
            except Exception as exc:
                reason = storage_failure(exc)
                if reason is None:
                    raise
                self.reason = reason
                return len(self._queue)
            del self._queue[key]
        return 0


def guarded(ctx, key: tuple, write: Callable[[], None]) -> None:
    """Run a write now; if the disk refuses it, queue it and say so."""
    from studyapp.services.context import ensure_folder

    if len(ctx.pending):
        ctx.pending.add(key, write, ctx.pending.reason)
        if ctx.pending.flush() == 0:
            return
        raise _unavailable(ctx)
    try:
        ensure_folder(ctx)
        write()
    except Exception as exc:
        reason = storage_failure(exc)
        if reason is None:
            raise
        log.error("Write refused (%s); kept in memory: %s", reason, key)
        ctx.pending.add(key, write, reason)
        raise _unavailable(ctx) from exc


def _unavailable(ctx) -> StorageUnavailable:
    n = len(ctx.pending)
    return StorageUnavailable(
        f"Not yet saved to disk: {ctx.pending.reason}. {n} answer{'s are' if n > 1 else ' is'} "
        "kept in memory and will be saved as soon as the disk allows. Keep StudyApp open; "
        "free some space or check the data folder."
    )
