"""Start-up: time to first paint and to an interactive library, and peak memory.

Runs three programs as fresh processes, several times each, in one run on one
machine, and prints ratios of medians:

- bare:  a PySide6 window and nothing else (baseline for first paint)
- stack: a PySide6 window + SQLAlchemy session + one query (baseline for ready)
- app:   StudyApp itself with its sample library, on a data folder that has
         been opened once already (the ordinary start); it also reports the longest
         time its UI thread was busy after the first paint

Times are measured by the parent from process spawn to a line the child
prints, so interpreter start-up counts the same for all three.

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAINT_HOOK = """
import sys, resource
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
_state = {"paint": False, "ready": False, "live": True}
def _finish_if_done():
    if _state["paint"] and _state["ready"] and _state["live"]:
        print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not _state["paint"]:
            _state["paint"] = True
            print("PAINT", flush=True)
            QTimer.singleShot(0, _finish_if_done)
        return False
def mark_ready():
    _state["ready"] = True
    print("READY", flush=True)
    _finish_if_done()
def watch_paint(app):
    app._first_paint = _FirstPaint()
    app.installEventFilter(app._first_paint)
"""

BARE = (
    PAINT_HOOK
    + """
from PySide6.QtWidgets import QMainWindow, QLabel
app = QApplication([])
watch_paint(app)
w = QMainWindow(); w.setCentralWidget(QLabel("Hello")); w.resize(1100, 760)
w.show()
QTimer.singleShot(0, mark_ready)
app.exec()
"""
)

STACK = (
    PAINT_HOOK
    + """
from PySide6.QtWidgets import QMainWindow, QLabel
app = QApplication([])
watch_paint(app)
w = QMainWindow(); label = QLabel("Loading"); w.setCentralWidget(label); w.resize(1100, 760)
w.show()
def load():
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session
    engine = create_engine("sqlite:///" + sys.argv[1])
    with Session(engine) as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, title TEXT)"))
        s.execute(text("INSERT INTO t (title) VALUES ('x')"))
        s.commit()
        rows = s.execute(text("SELECT title FROM t")).all()
    label.setText(str(len(rows)))
    mark_ready()
QTimer.singleShot(0, load)
app.exec()
"""
)

PROFILE = """
import sys
from pathlib import Path
from studyapp.paths import DataPaths
from studyapp.services import learners
from studyapp.services.context import open_context
ctx = open_context(DataPaths(Path(sys.argv[1])))
learners.create(ctx, learners.Profile("Bench Learner", "MD", "Medicine", "b@example.org"))
ctx.close()
"""


def timed_marks(command: list[str], extra_env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each PAINT / READY / LIVE line the program prints, and its RSS."""
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra_env
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word, *rest = line.split()
        if word in ("PAINT", "READY", "LIVE"):
            marks.setdefault(word.lower(), time.perf_counter() - start)
        elif word == "RSS":
            marks["rss_mib"] = int(rest[0]) / 1024
        elif word == "LONGEST_FRAME":
            marks["longest_frame_ms"] = float(rest[0])
    proc.wait(timeout=60)
    marks.setdefault("live", marks.get("ready", 0.0))
    if {"paint", "ready", "rss_mib"} - marks.keys():
        raise RuntimeError(f"{command[0]} did not report everything: {marks}")
    return marks


def run_child(code: str, arg: str) -> dict[str, float]:
    return timed_marks([sys.executable, "-c", code, arg], {})


def run_app(data: str) -> dict[str, float]:
    """StudyApp from source, timed through its own STUDYAPP_STARTUP_MARKS lines: PAINT,
    READY (rows on screen, from the snapshot if there is one), LIVE (rows from the
    database), RSS and LONGEST_FRAME (the longest the UI thread was busy after the first
    paint, until half a second after LIVE)."""
    return timed_marks(
        [sys.executable, "-m", "studyapp", "--data-dir", data], {"STUDYAPP_STARTUP_MARKS": "exit"}
    )


def run_frozen(executable: str, data: str) -> dict[str, float]:
    """A built bundle, timed through its STUDYAPP_STARTUP_MARKS lines."""
    return timed_marks([executable, "--data-dir", data], {"STUDYAPP_STARTUP_MARKS": "exit"})


def summary(samples: list[dict[str, float]], key: str) -> tuple[float, float, float]:
    values = [s[key] for s in samples]
    return statistics.median(values), min(values), max(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--frozen", metavar="EXE", help="also time a built bundle, e.g. dist/StudyApp/StudyApp"
    )
    parser.add_argument(
        "--frozen-bare",
        metavar="EXE",
        help="the frozen bare window to compare the bundle with (bench/build_frozen_bare.py)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        run_app(data)  # first start installs the sample packs; not measured
        subprocess.run([sys.executable, "-c", PROFILE, data], check=True, cwd=ROOT)
        db = str(Path(tmp) / "stack.sqlite3")
        results: dict[str, list[dict[str, float]]] = {"bare": [], "stack": [], "app": []}
        if args.frozen:
            results["frozen"] = []
        if args.frozen_bare:
            results["frozen bare"] = []
        for _ in range(args.runs):  # interleaved, so drift hits all of them alike
            results["bare"].append(run_child(BARE, ""))
            results["stack"].append(run_child(STACK, db))
            results["app"].append(run_app(data))
            if args.frozen:
                results["frozen"].append(run_frozen(args.frozen, data))
            if args.frozen_bare:
                results["frozen bare"].append(timed_marks([args.frozen_bare], {}))

    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"runs: {args.runs} each, interleaved; Qt platform {platform}")
    print(
        f"{'program':<8}{'first paint s (min-max)':>28}{'ready s (min-max)':>26}"
        f"{'peak RSS MiB':>16}"
    )
    for name, samples in results.items():
        p = summary(samples, "paint")
        r = summary(samples, "ready")
        m = summary(samples, "rss_mib")
        print(
            f"{name:<8}{p[0]:>10.3f} ({p[1]:.3f}-{p[2]:.3f}){r[0]:>10.3f} ({r[1]:.3f}-{r[2]:.3f})"
            f"{m[0]:>12.0f}"
        )
    paint = summary(results["app"], "paint")[0] / summary(results["bare"], "paint")[0]
    ready = summary(results["app"], "ready")[0] / summary(results["stack"], "ready")[0]
    rss = summary(results["app"], "rss_mib")[0] / summary(results["stack"], "rss_mib")[0]
    live = summary(results["app"], "live")
    live_ratio = live[0] / summary(results["stack"], "ready")[0]
    print(f"first paint, app / bare window:            {paint:.2f}x  (target <= 1.30x)")
    print(f"interactive library, app / Qt+SQLAlchemy:  {ready:.2f}x  (target <= 1.15x)")
    print(f"peak RSS, app / Qt+SQLAlchemy:             {rss:.2f}x  (target <= 1.20x)")
    frame = summary(results["app"], "longest_frame_ms")
    print(
        f"longest UI frame after first paint:        {frame[0]:.0f} ms "
        f"({frame[1]:.0f}-{frame[2]:.0f})  (target <= 50 ms)"
    )
    print(
        f"library from the database (after the snapshot): {live[0]:.3f} s "
        f"({live[1]:.3f}-{live[2]:.3f}), {live_ratio:.2f}x Qt+SQLAlchemy"
    )
    if args.frozen:
        bare_paint = summary(results["bare"], "paint")[0]
        stack_ready = summary(results["stack"], "ready")[0]
        print(
            f"frozen bundle: first paint {summary(results['frozen'], 'paint')[0] / bare_paint:.2f}x"
            f" bare, interactive library "
            f"{summary(results['frozen'], 'ready')[0] / stack_ready:.2f}x Qt+SQLAlchemy "
            "(baselines run from source)"
        )
    if args.frozen and args.frozen_bare:
        frozen_paint = summary(results["frozen"], "paint")[0]
        frozen_bare = summary(results["frozen bare"], "paint")[0]
        frozen_rss = summary(results["frozen"], "rss_mib")[0]
        bare_rss = summary(results["frozen bare"], "rss_mib")[0]
        print(
            f"frozen bundle / frozen bare window: first paint {frozen_paint / frozen_bare:.2f}x "
            f"(target <= 1.30x), peak RSS {frozen_rss / bare_rss:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
