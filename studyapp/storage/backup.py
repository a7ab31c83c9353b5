"""Database files: online backups with rotation, health checks, moving a damaged file aside."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studyapp.core import backup_rotation

SQLITE_HEADER = b"SQLite format 3\x00"
# A backup of a database that holds no learner is named with this after its reason. It never
# pushes a backup with learners out of the rotation.
EMPTY_MARK = "-empty"
# SQLite result codes (primary, low byte) that mean the file itself is damaged. Any other
# failure (I/O error, full disk, cannot open, read-only, busy) says nothing about the file.
DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class DiskTroubleError(OSError):
    """The disk would not let the file be read (I/O error, full, unreadable): not damage.
    Nothing may be moved or replaced on the strength of it."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def holds_learners(self) -> bool:
        return not self.reason.endswith(EMPTY_MARK)


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def make(db_path: Path, folder: Path, reason: str, now: dt.datetime) -> Path:
    """Copy the live database with SQLite's online backup API, then rotate (rotate())."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"studyapp-{_stamp(now)}-{reason}.partial"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            empty = learner_count(dest) == 0
        finally:
            dest.close()
    finally:
        source.close()
    target = folder / f"studyapp-{_stamp(now)}-{reason}{EMPTY_MARK if empty else ''}.sqlite3"
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    # Closing the reader above may checkpoint the WAL into the database file; stamping the
    # backup afterwards keeps "changed since the last backup" from seeing that as a change.
    os.utime(target)
    rotate(folder)
    return target


def learner_count(conn: sqlite3.Connection) -> int:
    try:
        return int(conn.execute("SELECT count(*) FROM learner").fetchone()[0])
    except sqlite3.DatabaseError:  # no schema yet
        return 0


def holds_learners(db_path: Path) -> bool:
    """Whether the (healthy) database has at least one learner profile."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    conn = _open_read_only(db_path)
    try:
        return learner_count(conn) > 0
    finally:
        conn.close()


def rotate(folder: Path, budget: int = backup_rotation.BUDGET_BYTES) -> None:
    """Keep what core/backup_rotation.py chooses: the last sessions, one a day, one a week,
    within a size budget. The newest backup that holds learners is always kept, so a run of
    starts on an empty or replaced database can never rotate the real data out."""
    backups = list_backups(folder)
    copies = [
        backup_rotation.Copy(str(b.path), b.made_at, _size(b.path), b.holds_learners)
        for b in backups
    ]
    kept = backup_rotation.keep(copies, budget=budget)
    for old in backups:
        if str(old.path) not in kept:
            old.path.unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


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


def problem(db_path: Path, deep: bool = True) -> str | None:
    """Why this file is not a usable database, or None. Reads only; never changes it.
    Without `deep`, only the header and the size are checked (no PRAGMA quick_check,
    which takes seconds on a large file): the app's start does the rest once it is up."""
    if not db_path.exists():
        return None
    size = db_path.stat().st_size
    if size == 0:
        return None  # a brand-new file; SQLite fills it in
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DiskTroubleError(exc.errno, exc.strerror) from exc
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
    if not deep:
        return None
    try:
        conn = _open_read_only(db_path)
        # The check's findings can quote the damaged bytes themselves (a table's name):
        # they are read as they come, not refused as text that is not UTF-8.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except UnicodeDecodeError as exc:
        # SQLite's own error message quoted damaged bytes, which Python cannot decode.
        return f"SQLite cannot read it ({exc.reason} in its error message)"
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None or code & 0xFF not in DAMAGE_CODES:
            raise DiskTroubleError(str(exc)) from exc
        return f"SQLite cannot read it ({exc})"
    return None if result == "ok" else f"the integrity check failed ({result})"


def _open_read_only(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


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
