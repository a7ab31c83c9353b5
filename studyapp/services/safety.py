"""Keeping the learner's data safe: backups, recovery from a damaged file, restore."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.paths import DataPaths
from studyapp.services.errors import UserError
from studyapp.storage import backup
from studyapp.storage.backup import Backup

log = logging.getLogger(__name__)

REASONS = {
    "start": QT_TRANSLATE_NOOP("Messages", "when StudyApp started"),
    "record": QT_TRANSLATE_NOOP("Messages", "after a completion record"),
    "manual": QT_TRANSLATE_NOOP("Messages", "made by hand"),
    "restore": QT_TRANSLATE_NOOP("Messages", "before a restore"),
}


@dataclass(frozen=True)
class Recovery:
    """What start-up did about a damaged data file, for the learner to be told."""

    problem: str  # why the file could not be used
    moved_to: Path  # where the damaged file now is, unchanged
    restored_from: Backup | None  # None: no usable backup, StudyApp starts with no history


class DiskTroubleAtStartError(UserError):
    """The disk would not let the data file be read; nothing was moved or changed."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The disk would not let StudyApp read your data ({detail}). This usually means "
                "the disk is full or failing. Nothing was moved or changed. Free some space or "
                "check the disk, then start StudyApp again.",
            ),
            detail=detail,
        )


class DataMissingError(UserError):
    """The data file is missing or empty while a backup with learners exists: starting empty
    without asking would hide the learner's data (and, later, rotate it out)."""

    def __init__(self, newest: Backup, missing: bool) -> None:
        self.newest = newest
        self.missing = missing
        if missing:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "StudyApp's data file is missing, but a backup from {backup} holds your "
                "profiles. Start StudyApp to restore it, or restore it from File > Restore "
                "from backup.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "StudyApp's data file is empty, but a backup from {backup} holds your "
                "profiles. Start StudyApp to restore it, or restore it from File > Restore "
                "from backup.",
            )
        super().__init__(template, backup=describe(newest))


def describe(b: Backup) -> Message:
    local = b.made_at.astimezone()
    reason = b.reason.removesuffix(backup.EMPTY_MARK)
    if reason in REASONS:
        why = Message(REASONS[reason])
    elif reason.startswith("before-"):
        why = Message(QT_TRANSLATE_NOOP("Messages", "before a database upgrade"))
    else:
        why = Message("{text}", text=reason)
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{date} {time} — {why} ({size} KB)"),
        date=local.date(),
        time=f"{local:%H:%M}",
        why=why,
        size=b.size // 1024 + 1,
    )


def recover_if_damaged(paths: DataPaths, now: dt.datetime, deep: bool = True) -> Recovery | None:
    """Check the database before opening it. A damaged file is moved aside, never changed,
    and the newest good backup takes its place. A disk that will not be read is not damage:
    DiskTroubleAtStartError, and nothing is moved. Without `deep`, the header and size only
    (the app runs the full check once the library is up: damage_found)."""
    try:
        why = backup.problem(paths.database, deep=deep)
    except backup.DiskTroubleError as exc:
        log.error("Could not read the database (%s); nothing moved", exc)
        raise DiskTroubleAtStartError(str(exc.strerror or exc)) from exc
    if why is None:
        return None
    moved = backup.move_aside(paths.database, paths.root / "damaged", now)
    log.error("Database damaged (%s); moved to %s", why, moved)
    chosen = newest_good_backup(paths)
    if chosen is not None:
        backup.restore(chosen.path, paths.database)
        log.warning("Restored the database from %s", chosen.path)
    return Recovery(problem=why, moved_to=moved, restored_from=chosen)


def damage_found(paths: DataPaths) -> str | None:
    """The full check of the open database (PRAGMA quick_check, on its own read-only
    connection), run by the app after start-up; None when sound. A disk that will not be
    read is not damage: DiskTroubleAtStartError, and nothing is moved."""
    try:
        return backup.problem(paths.database)
    except backup.DiskTroubleError as exc:
        log.error("Could not check the database (%s); nothing moved", exc)
        raise DiskTroubleAtStartError(str(exc.strerror or exc)) from exc


def check_then_back_up(paths: DataPaths, now: dt.datetime) -> str | None:
    """After start-up, on a worker: the full check, then (only if sound, so a damaged file
    is never copied over a good backup) the start-up backup. Returns the damage found."""
    why = damage_found(paths)
    if why is not None:
        log.error("The database is damaged (%s); it will be recovered", why)
        return why
    backup_if_changed(paths, now)
    return None


def newest_good_backup(paths: DataPaths, with_learners: bool = False) -> Backup | None:
    for candidate in backup.list_backups(paths.backups):
        if with_learners and not candidate.holds_learners:
            continue
        try:
            if backup.problem(candidate.path) is None:
                return candidate
        except backup.DiskTroubleError:
            continue
    return None


def refuse_silent_empty_start(paths: DataPaths) -> None:
    """A missing or 0-byte data file while a backup with profiles exists: raise
    DataMissingError so the learner is offered that backup, instead of the first-run form."""
    db = paths.database
    wal = Path(f"{db}-wal")
    if db.exists() and (db.stat().st_size > 0 or (wal.exists() and wal.stat().st_size > 0)):
        return
    newest = newest_good_backup(paths, with_learners=True)
    if newest is not None:
        raise DataMissingError(newest, missing=not db.exists())


def restore_missing(paths: DataPaths, chosen: Backup, now: dt.datetime) -> None:
    """Put a backup in place of a missing or empty data file (any empty file kept aside)."""
    if backup.problem(chosen.path) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "That backup is damaged and cannot be restored. Choose another one."
            )
        )
    if paths.database.exists():
        backup.move_aside(paths.database, paths.root / "replaced", now)
    backup.restore(chosen.path, paths.database)
    log.warning("Restored %s in place of a missing or empty data file", chosen.path)


def changed_since_last_backup(paths: DataPaths) -> bool:
    backups = backup.list_backups(paths.backups)
    if not backups:
        return paths.database.exists()
    newest = backups[0].path.stat().st_mtime
    if paths.database.exists() and paths.database.stat().st_mtime > newest:
        return True
    # Opening the database creates an empty WAL file with a new time; only frames in it
    # are changes. Before this check, every start looked like a change and made a backup.
    wal = Path(f"{paths.database}-wal")
    return wal.exists() and wal.stat().st_size > 0 and wal.stat().st_mtime > newest


def backup_now(paths: DataPaths, reason: str, now: dt.datetime) -> Path:
    path = backup.make(paths.database, paths.backups, reason, now)
    log.info("Backed up the database to %s", path)
    return path


def backup_if_changed(paths: DataPaths, now: dt.datetime) -> Path | None:
    """The start-up backup. A database with no profile is not backed up: there is nothing of
    the learner's in it, and its copies would only crowd real ones."""
    if not changed_since_last_backup(paths) or not backup.holds_learners(paths.database):
        return None
    return backup_now(paths, "start", now)


def list_backups(paths: DataPaths) -> list[Backup]:
    return backup.list_backups(paths.backups)


def restore(
    paths: DataPaths,
    chosen: Backup,
    now: dt.datetime,
    progress: Callable[[int, str], None] | None = None,
) -> Path:
    """Replace the (closed) database with a backup; the current file is kept aside first.

    Slow for a large database (an integrity check and a full copy): call it off the UI
    thread. `progress(percent, message)` reports each step.
    """
    report = progress or (lambda _percent, _message: None)
    report(
        0,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", Message(QT_TRANSLATE_NOOP("Messages", "Checking the backup…"))
            )
        ),
    )
    if backup.problem(chosen.path) is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "That backup is damaged and cannot be restored. Choose another one."
            )
        )
    report(
        30,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                Message(QT_TRANSLATE_NOOP("Messages", "Keeping your current data aside…")),
            )
        ),
    )
    kept = backup.move_aside(paths.database, paths.root / "replaced", now)
    try:
        backup.restore(
            chosen.path,
            paths.database,
            lambda done, total: report(
                30 + 60 * done // max(total, 1),
                Message(QT_TRANSLATE_NOOP("Messages", "Copying the backup…")),
            ),
        )
    except OSError as exc:
        backup.put_back(kept, paths.database)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The backup could not be copied ({reason}). Check the disk has space, then try "
                "again.",
            ),
            reason=exc.strerror or exc,
        ) from exc
    log.warning("Restored %s; the previous database is kept at %s", chosen.path, kept)
    return kept
