"""One writer per data folder: an OS file lock held for the life of the process.

The operating system drops the lock when the process ends, however it ends, so a
crash never leaves a stale lock behind; the PID in the file is only for the message.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from studyapp.core.message import QT_TRANSLATE_NOOP, Message


class FolderInUseError(RuntimeError):
    """Another StudyApp process holds this data folder."""


class FolderLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise FolderInUseError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "StudyApp is already open on this data folder (process {holder}). "
                        "Switch to that window; only one copy of StudyApp can use the same data "
                        "at a time.",
                    ),
                    holder=holder,
                )
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
