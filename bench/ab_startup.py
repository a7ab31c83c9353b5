"""Start-up of two checkouts of StudyApp, interleaved in one run: time from spawn to the
first paint (PAINT) and to the library from the database (LIVE). For asking "did this
change slow start-up?", which the ratio to a bare window answers poorly when the bare
window itself moves by 20% between runs.

    git worktree add ../before <commit>
    .venv/bin/python bench/ab_startup.py ../before .
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def first_marks(python: str, root: Path, data: Path, env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [python, "-m", "studyapp", "--data-dir", str(data)],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks.setdefault(line.split()[0], time.perf_counter() - started)
    child.wait()
    return marks["PAINT"], marks["LIVE"]


def main() -> int:
    before, after = (Path(p).resolve() for p in sys.argv[1:3])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 14
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDYAPP_STARTUP_MARKS="exit")
    python = sys.executable
    results: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp:
        folders = {"before": (before, Path(tmp) / "b"), "after": (after, Path(tmp) / "a")}
        for root, data in folders.values():  # first start: install the samples
            first_marks(python, root, data, env)
        for n in range(runs):
            order = ("before", "after") if n % 2 == 0 else ("after", "before")
            for name in order:
                results[name].append(first_marks(python, *folders[name], env))
    paint = {k: statistics.median(p for p, _ in v) for k, v in results.items()}
    live = {k: statistics.median(v2 for _, v2 in v) for k, v in results.items()}
    for name in ("before", "after"):
        print(f"{name:7} first paint {paint[name]:.3f} s, library live {live[name]:.3f} s")
    print(
        f"after / before: first paint {paint['after'] / paint['before']:.2f}x, "
        f"live {live['after'] / live['before']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
