"""Database files: online backups with rotation, health checks, moving a damaged file aside."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP = 10


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make(db_path: Path, folder: Path, reason: str, now: dt.datetime, keep: int = KEEP) -> Path:
    """Copy the live database with SQLite's online backup API, then keep the newest `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"studyapp-{_stamp(now)}-{reason}.sqlite3"
    tmp = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    # Closing the reader above may checkpoint the WAL into the database file; stamping the
    # backup afterwards keeps "changed since the last backup" from seeing that as a change.
    os.utime(target)
    rotate(folder, keep)
    return target


def rotate(folder: Path, keep: int = KEEP) -> None:
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in folder.glob("studyapp-*.sqlite3") if folder.is_dir() else []:
        parts = path.stem.split("-", 2)
        if len(parts) != 3:
            continue
        try:
            made = dt.datetime.strptime(parts[1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        found.append(Backup(path, made, parts[2]))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def problem(db_path: Path) -> str | None:
    """Why this file is not a usable database, or None. Reads only; never changes it."""
    if not db_path.exists():
        return None
    size = db_path.stat().st_size
    if size == 0:
        return None  # a brand-new file; SQLite fills it in
    with open(db_path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return "the file is truncated"
    if not header.startswith(SQLITE_HEADER):
        return "the file does not start with a SQLite header"
    page_size = int.from_bytes(header[16:18], "big") or 65536
    pages = int.from_bytes(header[28:32], "big")
    wal = Path(f"{db_path}-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 0
    if pages and size < pages * page_size and not wal_has_pages:
        return "the file is truncated"
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"SQLite cannot read it ({exc})"
    return None if result == "ok" else f"the integrity check failed ({result})"


def move_aside(db_path: Path, folder: Path, now: dt.datetime) -> Path:
    """Move the database and its WAL and SHM files, untouched, into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"studyapp-{_stamp(now)}.sqlite3"
    _move_with_wal(db_path, target)
    return target


def put_back(kept: Path, db_path: Path) -> None:
    """Undo move_aside: return the database and its WAL and SHM files to their place."""
    _move_with_wal(kept, db_path)


def _move_with_wal(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{target}{suffix}"))


COPY_CHUNK = 1 << 20


def restore(
    backup: Path, db_path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Put a backup in place of the (already moved) database, atomically.

    `progress(bytes_done, bytes_total)` is called as the copy goes.
    """
    tmp = db_path.with_suffix(".restoring")
    total = backup.stat().st_size
    done = 0
    try:
        with open(backup, "rb") as source, open(tmp, "wb") as target:
            while chunk := source.read(COPY_CHUNK):
                target.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            target.flush()
            os.fsync(target.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, db_path)
