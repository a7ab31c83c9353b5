"""The library snapshot: every field comes back, and a bad file is ignored, never an error.
Its seal says whether anything has written to the database since it was saved."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from studyapp.core.gating import Progress, Status
from studyapp.services.library_rows import (
    SNAPSHOT,
    LibraryRow,
    is_sealed,
    load_snapshot,
    read_snapshot,
    save_snapshot,
    seal,
)

PROGRESSES = [
    Progress(),
    Progress(started=True, reading_opened=True),
    Progress(True, True, 2, False, False, False, True),
    Progress(True, True, 1, True, True, True, True),
]

ROWS = [
    LibraryRow(
        7,
        "il6-treat-to-target",
        "1.0.0",
        "Treating to Target — “IL-6” ✓",
        Decimal("1.00"),
        "AMA PRA Category 1 Credit™",
        60,
        dt.date(2029, 11, 30),
        status,
        queued,
        not queued,
        folder=f"il6-treat-to-target/{n}",
        progress=progress,
        last_tab=(None, "reading", "credit")[n % 3],
    )
    for status in Status
    for queued in (False, True)
    for n, progress in enumerate(PROGRESSES)
]


def test_every_field_of_every_row_comes_back(tmp_path: Path) -> None:
    assert save_snapshot(tmp_path, ROWS, learner_id=3)
    snapshot = read_snapshot(tmp_path)
    assert snapshot.rows == ROWS
    assert snapshot.learner_id == 3
    assert load_snapshot(tmp_path) == ROWS


def test_the_activity_left_open_comes_back(tmp_path: Path) -> None:
    save_snapshot(tmp_path, ROWS, learner_id=3, reopen=7)
    assert read_snapshot(tmp_path).reopen == 7
    save_snapshot(tmp_path, ROWS, learner_id=3)
    assert read_snapshot(tmp_path).reopen is None


def test_rows_without_a_learner_say_so(tmp_path: Path) -> None:
    save_snapshot(tmp_path, ROWS[:2], reopen=7)
    assert read_snapshot(tmp_path).learner_id is None
    assert read_snapshot(tmp_path).reopen is None, "nobody's activity to reopen"


def database(folder: Path) -> Path:
    """A WAL database as the app leaves it: closed, its log checkpointed away."""
    path = folder / "studyapp.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS preference (key TEXT PRIMARY KEY, value TEXT)")
    conn.close()
    # Closed a second ago: a file's time moves in steps of a few milliseconds, and a write
    # within the same step as the close would leave it as it was.
    earlier = path.stat().st_mtime_ns - 1_000_000_000
    os.utime(path, ns=(earlier, earlier))
    return path


def saved_and_sealed(folder: Path) -> Path:
    path = database(folder)
    save_snapshot(folder, ROWS[:2], learner_id=1)
    seal(folder)
    return path


def test_a_snapshot_sealed_after_the_database_closed_is_sealed(tmp_path: Path) -> None:
    saved_and_sealed(tmp_path)
    assert is_sealed(tmp_path)
    assert read_snapshot(tmp_path).sealed


def test_a_write_to_the_database_breaks_the_seal(tmp_path: Path) -> None:
    path = saved_and_sealed(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO preference VALUES ('last_activity:1', '2')")
    conn.close()
    assert not is_sealed(tmp_path)
    assert not read_snapshot(tmp_path).sealed
    assert read_snapshot(tmp_path).rows == ROWS[:2], "the rows still show the library"


def test_a_write_still_in_the_log_breaks_the_seal(tmp_path: Path) -> None:
    path = saved_and_sealed(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        conn.execute("INSERT INTO preference VALUES ('a', 'b')")
    try:
        assert not is_sealed(tmp_path)  # the database file is as it was; its log is not
    finally:
        conn.close()


def test_a_reader_that_may_not_write_leaves_the_seal_whole(tmp_path: Path) -> None:
    path = saved_and_sealed(tmp_path)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM preference").fetchone() == (0,)
    reader.close()
    assert is_sealed(tmp_path)


def test_a_snapshot_saved_again_is_not_sealed_until_sealed_again(tmp_path: Path) -> None:
    saved_and_sealed(tmp_path)
    save_snapshot(tmp_path, ROWS[:3], learner_id=1)  # a session that ended without sealing
    assert not is_sealed(tmp_path)
    seal(tmp_path)
    assert is_sealed(tmp_path)


def test_no_seal_or_a_bad_one_is_not_sealed(tmp_path: Path) -> None:
    database(tmp_path)
    save_snapshot(tmp_path, ROWS[:2], learner_id=1)
    assert not is_sealed(tmp_path)
    (tmp_path / "library-snapshot.seal").write_text("{not json", "utf-8")
    assert not is_sealed(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{not json",
        "[]",
        '{"version": 1, "rows": [{"pack_id": 1}]}',
        '{"version": 2, "rows": [[1, "a"]]}',
        '{"version": 2, "rows": [[1, "a", "1", "t", "x", "c", 5, "2029-01-01", "DONE", 0, 0]]}',
        '{"version": 2, "rows": 5}',
    ],
    ids=["empty", "not json", "list", "older format", "short row", "bad values", "no rows"],
)
def test_a_bad_or_older_snapshot_is_ignored(tmp_path: Path, text: str) -> None:
    (tmp_path / SNAPSHOT).write_text(text, "utf-8")
    assert load_snapshot(tmp_path) == []


def test_no_snapshot_yet(tmp_path: Path) -> None:
    assert load_snapshot(tmp_path) == []
    assert not read_snapshot(tmp_path).sealed
