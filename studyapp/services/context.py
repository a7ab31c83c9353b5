"""The open data folder: database, paths, clock, and the cache of loaded activities."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.activity import Activity
from studyapp.paths import DataPaths
from studyapp.storage import database
from studyapp.storage.database import Database
from studyapp.storage.lock import FolderLock

log = logging.getLogger(__name__)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def local_today() -> dt.date:
    return dt.date.today()


@dataclass
class Context:
    paths: DataPaths
    db: Database
    now: Callable[[], dt.datetime] = utc_now
    today: Callable[[], dt.date] = local_today
    lock: FolderLock | None = None
    recovery: str | None = None
    # Learner ids whose passphrase was given in this session (services/protection.py).
    unlocked: set[int] = field(default_factory=set)
    _activities: dict[int, Activity] = field(default_factory=dict)

    def activity(self, pack_id: int, folder: str) -> Activity:
        """Load an installed pack once per run; installed packs never change."""
        cached = self._activities.get(pack_id)
        if cached is None:
            from studyapp.content import loader  # not needed to show the library

            cached = loader.load_folder(self.paths.packs / folder)
            self._activities[pack_id] = cached
        return cached

    def pack_folder(self, folder: str) -> Path:
        return self.paths.packs / folder

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def open_context(paths: DataPaths) -> Context:
    """Take the folder's lock, recover a damaged file from a backup, open and upgrade."""
    from studyapp.services import safety

    paths.ensure()
    lock = FolderLock(paths.lock)
    lock.acquire()
    try:
        recovery = safety.recover_if_damaged(paths, utc_now())
        engine = database.open_database(paths.database, backups=paths.backups)
    except BaseException:
        lock.release()
        raise
    return Context(paths=paths, db=Database(engine), lock=lock, recovery=recovery)
