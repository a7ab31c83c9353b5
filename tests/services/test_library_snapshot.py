"""The library snapshot: every field comes back, and a bad file is ignored, never an error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from studyapp.core.gating import Status
from studyapp.services.library_rows import SNAPSHOT, LibraryRow, load_snapshot, save_snapshot

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
    )
    for status in Status
    for queued in (False, True)
]


def test_every_field_of_every_row_comes_back(tmp_path: Path) -> None:
    save_snapshot(tmp_path, ROWS)
    assert load_snapshot(tmp_path) == ROWS


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
