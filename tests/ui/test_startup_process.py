"""The real program, started as a user starts it: paints, shows the library, loads the data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(data: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDYAPP_STARTUP_MARKS="exit")
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [line.split()[0] for line in result.stdout.splitlines() if line.strip()]


def test_first_and_second_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(data)
    assert first[0] == "PAINT" and {"READY", "LIVE", "RSS"} <= set(first)
    assert (data / "studyapp.sqlite3").is_file()
    assert (data / "packs" / "il6-treat-to-target" / "1.0.0" / "activity.toml").is_file()
    assert (data / "library-snapshot.json").is_file()
    log = (data / "logs" / "studyapp.log").read_text("utf-8")
    assert "starting with data in" in log and "Traceback" not in log
    second = start(data)
    # The second start shows the snapshot before the database is up.
    assert second.index("READY") < second.index("LIVE")
