"""Writes the disk refused, kept in memory in order and retried until they land.

A full disk, a read-only or deleted data folder must not lose an answer the
learner gave: the write is queued here (one entry per answer: a newer answer
to the same question replaces the older), the learner is told, and the queue
is retried until the disk takes it. A deleted data folder is recreated from the
database SQLite still holds open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from studyapp.storage.failures import storage_failure


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
