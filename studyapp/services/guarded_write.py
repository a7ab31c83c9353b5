"""A write that the disk may refuse: run now, or keep it in memory (services/pending.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.services.context import Context, ensure_folder
from studyapp.services.errors import StorageUnavailable
from studyapp.storage.failures import storage_failure

log = logging.getLogger(__name__)


def guarded(ctx: Context, key: tuple, write: Callable[[], None]) -> None:
    """Run a write now; if the disk refuses it, queue it and say so."""
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


def _unavailable(ctx: Context) -> StorageUnavailable:
    n = len(ctx.pending)
    if n == 1:
        return StorageUnavailable(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Not yet saved to disk: {reason}. 1 answer is kept in memory and will be saved "
                "as soon as the disk allows. Keep StudyApp open; free some space or check the "
                "data folder.",
            ),
            reason=ctx.pending.reason,
        )
    return StorageUnavailable(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Not yet saved to disk: {reason}. {count} answers are kept in memory and will be "
            "saved as soon as the disk allows. Keep StudyApp open; free some space or check the "
            "data folder.",
        ),
        reason=ctx.pending.reason,
        count=n,
    )
