"""The open data folder: database, paths, clock, and the cache of loaded activities."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.content.institution import DEFAULT as DEFAULT_INSTITUTION
from studyapp.content.institution import Institution
from studyapp.core.activity import Activity
from studyapp.core.message import QT_TRANSLATE_NOOP, message_of
from studyapp.paths import DataPaths, inside, is_writable
from studyapp.services.changes import ChangeHub
from studyapp.services.errors import UserError
from studyapp.services.pending import PendingWrites
from studyapp.storage import database
from studyapp.storage.database import Database
from studyapp.storage.lock import FolderLock

if TYPE_CHECKING:
    from studyapp.services.safety import Recovery
    from studyapp.storage.backup import Backup

log = logging.getLogger(__name__)


class ReadOnlyFolderError(UserError):
    """The learner asked for something that writes, in a folder StudyApp may only read."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your data folder is read-only, so nothing new can be saved. Ask for write "
                "access to it, or start StudyApp with --data-dir to use another folder.",
            )
        )


def open_read_only(paths: DataPaths, institution: Institution = DEFAULT_INSTITUTION) -> Context:
    """The history and records of a folder StudyApp may not write to: no lock (it cannot be
    made), no backups, no repairs, no upgrade."""
    if not paths.database.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data folder {root} is read-only and holds no StudyApp data. Ask for write "
                "access to it, or start StudyApp with --data-dir to use another folder.",
            ),
            root=paths.root,
        )
    try:
        engine = database.open_read_only(paths.database)
    except database.ReadOnlyUpgradeError as exc:
        raise UserError(message_of(exc)) from exc
    log.warning("The data folder %s is read-only; opened for reading only", paths.root)
    return Context(paths=paths, db=Database(engine), read_only=True, institution=institution)


class DataFolderIsAFileError(UserError):
    def __init__(self, where: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "StudyApp keeps its data in the folder {where}, but a file has that name. Move "
                "or rename that file, or start StudyApp with --data-dir to use another folder.",
            ),
            where=where,
        )


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
    recovery: Recovery | None = None
    # Learner ids whose passphrase was given in this session (services/protection.py).
    unlocked: set[int] = field(default_factory=set)
    pending: PendingWrites = field(default_factory=PendingWrites)
    changes: ChangeHub = field(default_factory=ChangeHub)
    # Whose attempt each attempt id is, so the hot answer save checks the profile lock
    # without a query.
    attempt_owner: dict[int, int] = field(default_factory=dict)
    # The data folder cannot be written (a read-only disk, share or permissions): the
    # history and records are shown, and nothing new can be saved.
    read_only: bool = False
    # The institution's settings (institution.toml), or the defaults.
    institution: Institution = DEFAULT_INSTITUTION
    _activities: dict[int, Activity] = field(default_factory=dict)

    def activity(self, pack_id: int, folder: str) -> Activity:
        """Load an installed pack once per run; installed packs never change."""
        cached = self._activities.get(pack_id)
        if cached is None:
            from studyapp.content import loader  # not needed to show the library

            cached = loader.load_folder(self.pack_folder(folder))
            self._activities[pack_id] = cached
        return cached

    def pack_folder(self, folder: str) -> Path:
        """The installed pack's folder; PathEscapeError if the stored name leaves packs/."""
        return inside(self.paths.packs, *folder.split("/"))

    def close(self, keep_lock: bool = False) -> FolderLock | None:
        """Close the database; with keep_lock, the folder stays ours (for a restore) and
        the lock is returned, to hand to open_context."""
        self.db.close()
        if self.lock is not None and not keep_lock:
            self.lock.release()
            return None
        return self.lock


def ensure_folder(ctx: Context) -> None:
    """If the data folder was deleted while open, write the database SQLite still holds
    back to its place, so the next write lands on disk instead of in a deleted file."""
    if ctx.paths.database.exists():
        return
    log.error("The data folder %s disappeared; writing the open database back", ctx.paths.root)
    ctx.paths.ensure()
    database.rescue(ctx.db.engine, ctx.paths.database)
    ctx.db.reopen(database.make_engine(ctx.paths.database))
    if ctx.lock is not None:
        ctx.lock.release()
        ctx.lock.acquire()


def clean_staging(paths: DataPaths) -> None:
    """Remove what an install stopped part-way (a crash, a full disk) left in staging/."""
    for leftover in paths.staging.iterdir() if paths.staging.is_dir() else []:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def open_context(
    paths: DataPaths,
    lock: FolderLock | None = None,
    *,
    allow_empty: bool = False,
    restore: Backup | None = None,
    institution: Institution = DEFAULT_INSTITUTION,
    deep_check: bool = True,
) -> Context:
    """Take the folder's lock (or use one still held), recover a damaged file from a
    backup, open and upgrade. A missing or empty data file while a backup with profiles
    exists raises safety.DataMissingError unless `allow_empty` (the learner chose it) or
    `restore` names the backup the learner chose to put in its place."""
    from studyapp.services import safety

    if paths.root.exists() and not paths.root.is_dir():
        raise DataFolderIsAFileError(paths.root)
    if paths.root.is_dir() and not is_writable(paths.root):
        return open_read_only(paths, institution)
    paths.ensure()
    if lock is None:
        lock = FolderLock(paths.lock)
        lock.acquire()
    try:
        clean_staging(paths)
        if restore is not None:
            safety.restore_missing(paths, restore, utc_now())
        elif not allow_empty:
            safety.refuse_silent_empty_start(paths)
        recovery = safety.recover_if_damaged(paths, utc_now(), deep=deep_check)
        try:
            engine = database.open_database(paths.database, backups=paths.backups)
        except Exception:
            if deep_check:
                raise
            # The quick look missed damage that stops the file opening: check it fully now.
            recovery = safety.recover_if_damaged(paths, utc_now(), deep=True)
            if recovery is None:
                raise
            engine = database.open_database(paths.database, backups=paths.backups)
    except BaseException:
        lock.release()
        raise
    return Context(
        paths=paths, db=Database(engine), lock=lock, recovery=recovery, institution=institution
    )
