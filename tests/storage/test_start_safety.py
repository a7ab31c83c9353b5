"""Start-up never hides or loses the learner's data: a disk that will not be read is not
damage, a missing or empty file is not a fresh start while backups hold profiles, and empty
databases never push real backups out of the rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from studyapp.paths import DataPaths
from studyapp.services import learners, safety
from studyapp.services.context import DataFolderIsAFileError, open_context
from studyapp.storage import backup

T0 = dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.UTC)


def make_history(paths: DataPaths, name: str = "Ana Silva") -> None:
    ctx = open_context(paths, allow_empty=True)
    learners.create(ctx, learners.Profile(name, "NP", "Primary care", "ana@example.org"))
    ctx.close()


def disk_io_error(*_args, **_kwargs):
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 10  # SQLITE_IOERR, what a full or failing disk gives
    raise exc


def test_a_disk_io_error_at_start_is_not_damage_and_moves_nothing(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_history(paths)
    before = paths.database.read_bytes()
    monkeypatch.setattr(backup, "_open_read_only", disk_io_error)

    with pytest.raises(safety.DiskTroubleAtStartError) as caught:
        open_context(paths)
    assert str(caught.value) == (
        "The disk would not let StudyApp read your data (disk I/O error). This usually means "
        "the disk is full or failing. Nothing was moved or changed. Free some space or check "
        "the disk, then start StudyApp again."
    )
    assert paths.database.read_bytes() == before
    assert not (paths.root / "damaged").exists()

    monkeypatch.undo()  # space freed: everything is there
    ctx = open_context(paths)
    try:
        assert [p.full_name for p in learners.list_learners(ctx)] == ["Ana Silva"]
        assert ctx.recovery is None
    finally:
        ctx.close()


def test_real_damage_is_still_moved_aside(paths: DataPaths) -> None:
    make_history(paths)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(paths.database, "r+b") as fh:
        fh.write(b"garbage" * 20)
    ctx = open_context(paths, allow_empty=True)
    ctx.close()
    assert ctx.recovery is not None and "SQLite header" in ctx.recovery.problem


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_missing_or_empty_file_with_backups_is_never_a_silent_fresh_start(
    paths: DataPaths, how: str
) -> None:
    make_history(paths)
    made = safety.backup_now(paths, "record", T0)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    if how == "empty":
        paths.database.write_bytes(b"")

    with pytest.raises(safety.DataMissingError) as caught:
        open_context(paths)
    assert caught.value.missing is (how == "missing")
    assert caught.value.newest.path == made
    assert f"is {how}" in str(caught.value)

    ctx = open_context(paths, restore=caught.value.newest)
    try:
        assert [p.full_name for p in learners.list_learners(ctx)] == ["Ana Silva"]
    finally:
        ctx.close()


def test_choosing_to_start_empty_keeps_the_backups(paths: DataPaths) -> None:
    make_history(paths)
    made = safety.backup_now(paths, "record", T0)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    ctx = open_context(paths, allow_empty=True)
    try:
        assert learners.list_learners(ctx) == []
    finally:
        ctx.close()
    assert made.exists()


def test_empty_starts_never_rotate_the_real_backups_out(paths: DataPaths) -> None:
    make_history(paths)
    real = safety.backup_now(paths, "record", T0)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    for n in range(15):  # the learner chose "start with no data" each time
        ctx = open_context(paths, allow_empty=True)
        ctx.close()
        assert safety.backup_if_changed(paths, T0 + dt.timedelta(days=n + 1)) is None
        # Even backups made on purpose of the empty database never push the real one out.
        safety.backup_now(paths, "manual", T0 + dt.timedelta(days=n + 1, hours=1))
    kept = safety.list_backups(paths)
    assert real in [b.path for b in kept]
    assert [b.path for b in kept if b.holds_learners] == [real]
    # Three newest, one a day for a week, one a week for four weeks (some the same), and
    # the real one.
    assert 7 < len(kept) <= 3 + 7 + 4 + 1
    assert all(b.reason == "manual-empty" for b in kept if b.path != real)


def test_a_data_folder_that_is_a_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    where = tmp_path / "StudyApp"
    where.write_text("not a folder", "utf-8")
    with pytest.raises(DataFolderIsAFileError) as caught:
        open_context(DataPaths(where))
    assert str(caught.value) == (
        f"StudyApp keeps its data in the folder {where}, but a file has that name. Move or "
        "rename that file, or start StudyApp with --data-dir to use another folder."
    )
    assert where.read_text("utf-8") == "not a folder"
