"""Short run of the crash harness: 20 kills, nothing acknowledged may be lost."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.harness import run


def test_no_acknowledged_answer_is_lost_across_20_kills(tmp_path: Path) -> None:
    verdict = run(kills=20, seed=20261122, data_dir=tmp_path / "data", max_delay=0.6)
    assert verdict.problems == []
    assert verdict.lost == 0
    assert verdict.checked > 50  # the learner really answered between kills


def test_the_check_notices_a_lost_answer(tmp_path: Path) -> None:
    """The harness must be able to fail: remove one stored answer and it is reported."""
    import sqlite3

    from tests.reliability.harness import verify

    data = tmp_path / "data"
    assert run(kills=1, seed=7, data_dir=data, max_delay=0.3).problems == []
    import json

    first_ok = next(
        line
        for line in (data / "acknowledged.log").read_text().splitlines()
        if line.startswith("OK ")
    )
    attempt_id, item_id, _ = json.loads(first_ok[3:])
    with sqlite3.connect(data / "studyapp.sqlite3") as conn:
        conn.execute(
            "DELETE FROM response WHERE attempt_id = ? AND item_id = ?", (attempt_id, item_id)
        )
    verdict = verify(data, data / "acknowledged.log")
    assert verdict.lost == 1
    assert "acknowledged" in verdict.problems[0]
