"""Backups, recovery from a damaged database, and one writer per data folder."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from studyapp.paths import DataPaths
from studyapp.services import learners, safety
from studyapp.services.context import open_context
from studyapp.storage import backup
from studyapp.storage.lock import FolderInUseError

T0 = dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.UTC)


def make_history(paths: DataPaths, name: str = "Ana Silva") -> None:
    ctx = open_context(paths)
    learners.create(ctx, learners.Profile(name, "NP", "Primary care", "ana@example.org"))
    ctx.close()


def names(paths: DataPaths) -> list[str]:
    ctx = open_context(paths)
    try:
        return [p.full_name for p in learners.list_learners(ctx)]
    finally:
        ctx.close()


def test_backups_rotate_newest_first(paths: DataPaths) -> None:
    make_history(paths)
    for n in range(13):
        backup.make(paths.database, paths.backups, "start", T0 + dt.timedelta(minutes=n))
    kept = backup.list_backups(paths.backups)
    # The same day and week: the last three sessions are what the rotation keeps.
    assert len(kept) == 3
    assert kept[0].made_at == T0 + dt.timedelta(minutes=12)
    assert [b.made_at for b in kept] == sorted((b.made_at for b in kept), reverse=True)
    assert "when StudyApp started" in safety.describe(kept[0])


def test_backup_is_a_complete_database(paths: DataPaths) -> None:
    make_history(paths)
    made = backup.make(paths.database, paths.backups, "manual", T0)
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT full_name FROM learner").fetchall() == [("Ana Silva",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_only_when_changed(paths: DataPaths) -> None:
    make_history(paths)
    assert safety.backup_if_changed(paths, dt.datetime.now(dt.UTC)) is not None
    assert safety.backup_if_changed(paths, dt.datetime.now(dt.UTC)) is None


def truncate(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.truncate(os.path.getsize(db) // 3)


def garbage_header(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.write(b"this is not a database file at all")


def corrupt_pages(db: Path) -> None:
    size = os.path.getsize(db)
    with open(db, "r+b") as fh:
        for offset in range(4096 * 2, size, 4096):
            fh.seek(offset + 100)
            fh.write(os.urandom(600))


def garbled_finding(db: Path) -> None:
    """Damage the check reports in words that quote bytes that are not UTF-8: a table
    whose name is damaged and whose row breaks its own rule."""
    name = b"d\xb4"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE damaged(x)")
        conn.execute("INSERT INTO damaged VALUES (NULL)")
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute(
            "UPDATE sqlite_master SET name = CAST(? AS TEXT), tbl_name = CAST(? AS TEXT),"
            " sql = CAST(? AS TEXT) WHERE name = 'damaged'",
            (name, name, b'CREATE TABLE "d\xb4"(x NOT NULL)'),
        )


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (truncate, "truncated"),
        (garbage_header, "SQLite header"),
        (corrupt_pages, ""),
        (garbled_finding, "integrity check failed (NULL value in d\ufffd.x)"),
    ],
    ids=["truncated", "garbage header", "failed integrity check", "garbled finding"],
)
def test_damaged_database_is_moved_aside_and_backup_restored(
    paths: DataPaths, damage, why: str
) -> None:
    make_history(paths)
    safety.backup_now(paths, "record", T0)
    make_history(paths, "Ben Okafor")  # after the backup: will be lost, and we say so
    ctx = open_context(paths)
    ctx.close()
    # Fold the WAL in so the damage hits the only copy.
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(paths.database)
    damaged_bytes = paths.database.read_bytes()
    assert backup.problem(paths.database) is not None

    ctx = open_context(paths)
    try:
        recovery = ctx.recovery
        assert recovery is not None and why in recovery.problem
        assert recovery.restored_from is not None
        assert recovery.restored_from.made_at == T0
        assert [p.full_name for p in learners.list_learners(ctx)] == ["Ana Silva"]
    finally:
        ctx.close()
    moved = list((paths.root / "damaged").glob("studyapp-*.sqlite3"))
    assert len(moved) == 1 and moved[0].read_bytes() == damaged_bytes
    assert recovery.moved_to == moved[0]


def test_damaged_database_without_backup_is_never_silently_replaced(paths: DataPaths) -> None:
    make_history(paths)
    ctx = open_context(paths)
    ctx.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    garbage_header(paths.database)
    ctx = open_context(paths)
    try:
        assert ctx.recovery is not None and ctx.recovery.restored_from is None
    finally:
        ctx.close()
    assert len(list((paths.root / "damaged").glob("studyapp-*.sqlite3"))) == 1


def test_restore_keeps_the_current_file_aside(paths: DataPaths) -> None:
    make_history(paths)
    safety.backup_now(paths, "manual", T0)
    make_history(paths, "Ben Okafor")
    chosen = safety.list_backups(paths)[0]
    kept = safety.restore(paths, chosen, T0 + dt.timedelta(hours=1))
    assert names(paths) == ["Ana Silva"]
    with sqlite3.connect(kept) as conn:
        assert len(conn.execute("SELECT * FROM learner").fetchall()) == 2


def test_second_copy_on_the_same_folder_is_refused(paths: DataPaths) -> None:
    first = open_context(paths)
    try:
        with pytest.raises(
            FolderInUseError, match=f"already open on this data folder \\(process {os.getpid()}\\)"
        ):
            open_context(paths)
    finally:
        first.close()
    open_context(paths).close()  # free again once the first copy closes


def test_stale_lock_from_a_crashed_process_does_not_block(paths: DataPaths) -> None:
    paths.lock.write_text("999999")  # a dead process's PID, no OS lock held
    ctx = open_context(paths)
    try:
        assert paths.lock.read_text() == str(os.getpid())
    finally:
        ctx.close()


def test_upgrade_backs_up_first(paths: DataPaths) -> None:
    from studyapp.storage import database

    engine = database.make_engine(paths.database)
    database.upgrade(engine, paths.database, database.KNOWN_REVISIONS[0], paths.backups)
    engine.dispose()
    assert safety.list_backups(paths) == []  # a new file needs no backup
    engine = database.open_database(paths.database, paths.backups)
    database.upgrade(engine, paths.database, "head", paths.backups)  # already there: no-op
    engine.dispose()
    made = safety.list_backups(paths)
    # This database has no profile yet, and its backup's name says so.
    assert [b.reason for b in made] == [f"before-{database.HEAD_REVISION}-empty"]


def test_an_error_message_sqlite_garbled_counts_as_damage(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random damage can make SQLite's own error message quote bytes that are not UTF-8,
    which Python cannot decode (seen once in CI with corrupt_pages): damage, not a crash
    and not disk trouble."""
    make_history(paths)

    class Garbled:
        text_factory = None

        def execute(self, _sql: str) -> None:
            raise UnicodeDecodeError("utf-8", b"\xb4", 0, 1, "invalid start byte")

        def close(self) -> None:
            pass

    monkeypatch.setattr(backup, "_open_read_only", lambda _path: Garbled())
    assert backup.problem(paths.database) == (
        "SQLite cannot read it (invalid start byte in its error message)"
    )
