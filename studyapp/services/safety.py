"""Keeping the learner's data safe: backups, recovery from a damaged file, restore."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from studyapp.core.dates import format_date
from studyapp.paths import DataPaths
from studyapp.services.errors import UserError
from studyapp.storage import backup
from studyapp.storage.backup import Backup

log = logging.getLogger(__name__)

REASONS = {
    "start": "when StudyApp started",
    "record": "after a completion record",
    "manual": "made by hand",
    "restore": "before a restore",
}


def describe(b: Backup) -> str:
    local = b.made_at.astimezone()
    why = REASONS.get(b.reason) or (
        "before a database upgrade" if b.reason.startswith("before-") else b.reason
    )
    return f"{format_date(local.date())} {local:%H:%M} — {why} ({b.size // 1024 + 1} KB)"


def recover_if_damaged(paths: DataPaths, now: dt.datetime) -> str | None:
    """Check the database before opening it. A damaged file is moved aside, never changed,
    and the newest good backup takes its place. Returns what the learner must be told."""
    why = backup.problem(paths.database)
    if why is None:
        return None
    moved = backup.move_aside(paths.database, paths.root / "damaged", now)
    log.error("Database damaged (%s); moved to %s", why, moved)
    for candidate in backup.list_backups(paths.backups):
        if backup.problem(candidate.path) is None:
            backup.restore(candidate.path, paths.database)
            local = candidate.made_at.astimezone()
            log.warning("Restored the database from %s", candidate.path)
            return (
                f"StudyApp could not use its data file: {why}. The damaged file was moved, "
                f"unchanged, to {moved}. Your data was restored from the automatic backup of "
                f"{format_date(local.date())} at {local:%H:%M}; anything done after that "
                "time is not included."
            )
    return (
        f"StudyApp could not use its data file: {why}. The damaged file was moved, unchanged, "
        f"to {moved}, and no usable backup was found, so StudyApp has started with no "
        "history. Keep that file and send it to your support contact: it may be recoverable."
    )


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
    return backup_now(paths, "start", now) if changed_since_last_backup(paths) else None


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
    report(0, "Checking the backup…")
    if backup.problem(chosen.path) is not None:
        raise UserError("That backup is damaged and cannot be restored. Choose another one.")
    report(30, "Keeping your current data aside…")
    kept = backup.move_aside(paths.database, paths.root / "replaced", now)
    try:
        backup.restore(
            chosen.path,
            paths.database,
            lambda done, total: report(30 + 60 * done // max(total, 1), "Copying the backup…"),
        )
    except OSError as exc:
        backup.put_back(kept, paths.database)
        raise UserError(
            f"The backup could not be copied ({exc.strerror or exc}). "
            "Check the disk has space, then try again."
        ) from exc
    log.warning("Restored %s; the previous database is kept at %s", chosen.path, kept)
    return kept
