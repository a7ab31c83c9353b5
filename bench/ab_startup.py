"""Start-up of two checkouts of StudyApp, interleaved in one run: time from spawn to the
first paint (PAINT) and to the library from the database (LIVE), and the longest the UI
thread was busy after the first paint (LONGEST_FRAME). For asking "did this change slow
start-up?", which the ratio to a bare window answers poorly when the bare window itself
moves by 20% between runs.

    git worktree add ../before <commit>
    .venv/bin/python bench/ab_startup.py ../before . [ROUNDS] [--folder DATA_FOLDER]

With --folder (bench/make_big_data.py), each checkout starts on its own copy of that folder
(its packs hard-linked, its backups left out), again and again as a learner would; without
it, on the bundled samples.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def first_marks(
    python: str, root: Path, data: Path, env: dict[str, str]
) -> tuple[float, float, float]:
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
    frame = float("nan")
    for line in child.stdout:
        word, *rest = line.split()
        marks.setdefault(word, time.perf_counter() - started)
        if word == "LONGEST_FRAME":
            frame = float(rest[0])
    child.wait()
    return marks["PAINT"], marks["LIVE"], frame


def copy_of(folder: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for item in folder.iterdir():
        if item.name == "backups":
            continue
        if item.name == "packs":  # thousands of folders the app only reads
            subprocess.run(["cp", "-al", str(item), str(target)], check=True)
        elif item.is_dir():
            shutil.copytree(item, target / item.name)
        else:
            shutil.copy2(item, target / item.name)  # keeps the times the seal records
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("rounds", type=int, nargs="?", default=14)
    parser.add_argument("--folder", type=Path, help="a data folder to start on, copied")
    args = parser.parse_args()
    roots = {"before": args.before.resolve(), "after": args.after.resolve()}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDYAPP_STARTUP_MARKS="exit")
    python = sys.executable
    results: dict[str, list[tuple[float, float, float]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp:
        data = {name: Path(tmp) / name for name in roots}
        for name, root in roots.items():
            if args.folder is not None:
                copy_of(args.folder, data[name])
            first_marks(python, root, data[name], env)  # a first start (the samples installed)
        for n in range(args.rounds):
            order = ("before", "after") if n % 2 == 0 else ("after", "before")
            for name in order:
                results[name].append(first_marks(python, roots[name], data[name], env))
    med = statistics.median
    paint = {k: med(r[0] for r in v) for k, v in results.items()}
    live = {k: med(r[1] for r in v) for k, v in results.items()}
    for name in ("before", "after"):
        frames = [r[2] for r in results[name]]
        print(
            f"{name:7} first paint {paint[name]:.3f} s, library live {live[name]:.3f} s, "
            f"longest frame {med(frames):.1f} ms ({min(frames):.0f}-{max(frames):.0f})"
        )
    print(
        f"after / before: first paint {paint['after'] / paint['before']:.2f}x, "
        f"live {live['after'] / live['before']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
