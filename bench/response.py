"""Response, from outside: the time from launching a program to its activity screen, with
the open key pressed the moment the window is mapped.

A black-box measure of what the learner feels. Each program is started under Xvfb; the
benchmark watches the X server for the window to be mapped, gives it the keyboard focus
and presses Alt+O through XTEST at once, then reads the window's pixels until its top
strip shows the activity screen (compared with the program's own activity screen taken in
a calibration run), and then until the whole window does: a screen whose top shows while
its body still waits would show as a gap between the two. StudyApp runs against a bare
Qt + SQLAlchemy script doing the same: a window, the library's titles read with
SQLAlchemy into a table, and on Alt+O the first activity's manifest read and shown in six
tabs (the key kept if it came before the rows). Each StudyApp run ends as a learner's
session does, back on the library and Ctrl+Q, so the next start finds what a quit leaves
(the library snapshot, sealed).

Sizes: the sample library, the large folder (1x: 1,000 activities, 100,000 responses,
2,000 records) and ten times it (10x), each made by bench/make_big_data.py.

    bash .ci/bootstrap bench        # Xvfb and python-xlib, once
    .venv/bin/python bench/response.py [--runs 7] [--sizes sample,1x,10x] [--left-open]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

STRIP = 90  # the top of the window: the library's heading there, or the activity's header
SIZE = (1100, 760)

BARE = r"""
import sys, tomllib
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QStackedWidget, QTableWidget,
    QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)
folder = Path(sys.argv[1])
app = QApplication([])
window = QMainWindow(); window.setWindowTitle("Bare"); window.resize(1100, 760)
stack = QStackedWidget(); window.setCentralWidget(stack)
library = QWidget(); column = QVBoxLayout(library)
column.addWidget(QLabel("<h2>Library</h2>"))
table = QTableWidget(0, 2); column.addWidget(table); stack.addWidget(library)
state = {"rows": None, "asked": len(sys.argv) > 2}  # "left-open": opens once rows are read
def load():
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session
    engine = create_engine("sqlite:///" + str(folder / "studyapp.sqlite3"))
    with Session(engine) as s:
        rows = s.execute(text(
            "SELECT title, provider, folder FROM installed_pack ORDER BY title")).all()
    table.setRowCount(len(rows))
    for r, (title, provider, _f) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(title))
        table.setItem(r, 1, QTableWidgetItem(provider))
    table.selectRow(0)
    state["rows"] = rows
    if state["asked"]:
        open_first()
def open_first():
    if state["rows"] is None:
        state["asked"] = True
        return
    manifest = folder / "packs" / state["rows"][0][2] / "activity.toml"
    act = tomllib.loads(manifest.read_text("utf-8"))
    page = QWidget(); lay = QVBoxLayout(page)
    lay.addWidget(QLabel(f"<h2>{act['title']}</h2>"))
    tabs = QTabWidget()
    for name in ("Overview", "Pre-Test", "Reading", "Post-Test", "Evaluation", "Credit"):
        view = QTextBrowser(); tabs.addTab(view, name)
    tabs.widget(0).setMarkdown(str(act.get("overview", {}).get("statement_of_need", "")))
    lay.addWidget(tabs); stack.addWidget(page); stack.setCurrentWidget(page)
QShortcut(QKeySequence("Alt+O"), window, open_first)
window.show()
QTimer.singleShot(0, load)
app.exec()
"""

# The app as a learner starts it: its entry point.
APP = r"""
import sys
from studyapp.launcher import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


class Screen:
    """The virtual X server, its windows, its keyboard (XTEST) and its pixels."""

    def __init__(self) -> None:
        from Xlib import display  # python-xlib: the bench extra

        self.number = 71
        self.server = subprocess.Popen(
            ["Xvfb", f":{self.number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                self.x = display.Display(f":{self.number}")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.x.close()
        self.server.terminate()
        self.server.wait()

    def mapped(self, title: str):
        from Xlib import X

        for child in self.x.screen().root.query_tree().children:
            try:
                attributes = child.get_attributes()
                name = child.get_wm_name() or ""
            except Exception:  # gone meanwhile
                continue
            if attributes.map_state == X.IsViewable and str(name).startswith(title):
                return child
        return None

    def press(self, window, modifier: str, letter: str) -> None:
        """A key with a modifier held, through XTEST, to `window` (given the focus)."""
        from Xlib import XK, X
        from Xlib.ext import xtest

        self.x.set_input_focus(window, X.RevertToParent, X.CurrentTime)
        held = self.x.keysym_to_keycode(XK.string_to_keysym(modifier))
        key = self.x.keysym_to_keycode(XK.string_to_keysym(letter))
        for code, kind in ((held, X.KeyPress), (key, X.KeyPress), (key, X.KeyRelease)):
            xtest.fake_input(self.x, kind, code)
        xtest.fake_input(self.x, X.KeyRelease, held)
        self.x.sync()

    def strip(self, window, whole: bool = False) -> bytes | None:
        """The window's top strip, or with `whole` all of it."""
        from Xlib import X

        try:
            geometry = window.get_geometry()
            height = geometry.height if whole else STRIP
            return window.get_image(0, 0, geometry.width, height, X.ZPixmap, 0xFFFFFFFF).data
        except Exception:
            return None


def alike(a: bytes | None, b: bytes | None) -> bool:
    """Nearly the same pixels (a caret or a focus ring may differ): under 1% of bytes."""
    if a is None or b is None or len(a) != len(b):
        return False
    step = 7  # a sample of the bytes is plenty and keeps the loop fast
    sampled = range(0, len(a), step)
    differ = sum(1 for i in sampled if a[i] != b[i])
    return differ < len(sampled) / 100


def forget_last_activity(folder: Path) -> None:
    """StudyApp reopens the activity a learner left open; every run starts on the library.
    Each run goes back to the library before quitting, so this finds nothing to forget
    and writes nothing: a write here would be a change the app did not make."""
    import sqlite3

    database = folder / "studyapp.sqlite3"
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        left = conn.execute(
            "SELECT count(*) FROM preference WHERE key LIKE 'last_activity:%'"
        ).fetchone()[0]
    if left:
        with contextlib.closing(sqlite3.connect(database)) as conn, conn:
            conn.execute("DELETE FROM preference WHERE key LIKE 'last_activity:%'")


def launch(
    script: str, folder: Path, display_number: int, left_open: bool = False
) -> subprocess.Popen:
    env = dict(os.environ, DISPLAY=f":{display_number}", QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen(
        [sys.executable, "-c", script, str(folder), *(["left-open"] if left_open else [])],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )


def one_run(
    screen: Screen,
    script: str,
    title: str,
    folder: Path,
    target: tuple[bytes | None, bytes | None] | None,
    left_open: bool = False,
):
    """(seconds to mapping, to the activity screen's top, to the whole screen) and, in a
    calibration run (no target), the final top strip and whole window. `left_open`: no
    key is pressed; the activity left open at the last quit is waited for (the bare
    script opens its first activity as soon as its rows are read)."""
    if not left_open:
        forget_last_activity(folder)
    start = time.perf_counter()
    proc = launch(script, folder, screen.number, left_open)
    window = None
    try:
        while window is None:
            window = screen.mapped(title)
            if proc.poll() is not None:
                raise RuntimeError(f"{title} exited with {proc.returncode}")
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"{title}: no window in 60 s")
        mapped = time.perf_counter() - start
        if not left_open or (target is None and title == "StudyApp"):
            screen.press(window, "Alt_L", "o")  # (to leave one open, in a calibration)
        if target is None:  # calibration: let it settle, take its activity screen
            time.sleep(5)
            return mapped, None, None, (screen.strip(window), screen.strip(window, whole=True))
        top = None
        while True:
            now = time.perf_counter() - start
            if top is None and alike(screen.strip(window), target[0]):
                top = now
            # The whole window too: a screen whose top shows while its body still waits
            # for the data is not the screen the learner asked for.
            if top is not None and alike(screen.strip(window, whole=True), target[1]):
                return mapped, top, now, None
            if now > 60:
                raise RuntimeError(f"{title}: the activity screen never showed")
            time.sleep(0.002)
    finally:
        if window is not None and title == "StudyApp":
            # Back to the library (Alt+L) and quit as a learner does (Ctrl+Q), so what a
            # session leaves for the next start (the library snapshot) is there, as it
            # would be; or quit with the activity still open, to be reopened. Not at once:
            # a session quit before its data is up saves no snapshot, and the next start
            # would find none sealed.
            time.sleep(1.0)
            if not left_open:
                screen.press(window, "Alt_L", "l")
                time.sleep(0.3)
            screen.press(window, "Control_L", "q")
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(20)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def prepare_sample(folder: Path) -> Path:
    from studyapp.paths import DataPaths
    from studyapp.services import learners, library
    from studyapp.services.context import open_context

    ctx = open_context(DataPaths(folder))
    library.install_bundled(ctx)
    learner = learners.create(
        ctx, learners.Profile("Bench Learner", "MD", "Medicine", "b@example.org")
    )
    learners.remember(ctx, learner.id)
    ctx.close()
    return folder


def folders(base: Path, sizes: list[str], reuse: Path | None) -> dict[str, Path]:
    import make_big_data

    made = {}
    for size in sizes:
        if reuse is not None and (reuse / size / "studyapp.sqlite3").is_file():
            made[size] = reuse / size  # made by an earlier run (the 10x folder takes minutes)
            continue
        target = base / size
        if size == "sample":
            made[size] = prepare_sample(target)
        elif size == "1x":
            made[size] = make_big_data.make(target).root
        elif size == "10x":
            made[size] = make_big_data.make(
                target, packs=10_000, responses=1_000_000, records=20_000
            ).root
        else:
            raise SystemExit(f"unknown size {size}: sample, 1x or 10x")
        print(f"made {size}", flush=True)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="sample,1x,10x")
    parser.add_argument(
        "--reuse", type=Path, help="a folder holding data folders named sample, 1x or 10x"
    )
    parser.add_argument(
        "--left-open",
        action="store_true",
        help="no key: time the start to the activity left open at the last quit",
    )
    args = parser.parse_args()
    missing = [tool for tool in ("Xvfb",) if shutil.which(tool) is None]
    try:
        import Xlib  # noqa: F401
    except ImportError:
        missing.append("python-xlib")
    if missing:
        raise SystemExit(f"Missing {', '.join(missing)}: run `bash .ci/bootstrap bench` first.")
    screen = Screen()
    results: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            made = folders(Path(tmp), args.sizes.split(","), args.reuse)
            for size, folder in made.items():
                programs = {"StudyApp": (APP, "StudyApp"), "bare": (BARE, "Bare")}
                targets = {}
                for name, (script, title) in programs.items():
                    # The first start writes the snapshot and warms the disk cache; its
                    # screen after the key is the one to wait for.
                    _m, _s, _w, targets[name] = one_run(
                        screen, script, title, folder, None, args.left_open
                    )
                results[size] = {name: [] for name in programs}
                for n in range(args.runs):
                    # Alternated, each first in half the rounds.
                    order = list(programs) if n % 2 == 0 else list(reversed(programs))
                    for name in order:
                        script, title = programs[name]
                        mapped, shown, whole, _ = one_run(
                            screen, script, title, folder, targets[name], args.left_open
                        )
                        results[size][name].append((mapped, shown, whole))
    finally:
        screen.close()
    med = statistics.median
    how = "no key, the activity left open" if args.left_open else "Alt+O at mapping"
    print(f"\nruns: {args.runs}; seconds from launch, medians (min-max); {how}")
    print(
        f"{'size':<8}{'program':<10}{'mapped':>16}{'activity shown':>20}{'whole screen':>20}"
        f"{'key to screen':>16}"
    )

    def spread(values: list[float]) -> str:
        return f"{med(values):>8.3f} ({min(values):.2f}-{max(values):.2f})"

    for size, by_program in results.items():
        for name, runs in by_program.items():
            mapped = [m for m, _s, _w in runs]
            shown = [s for _m, s, _w in runs]
            whole = [w for _m, _s, w in runs]
            key = [s - m for m, s, _w in runs]
            print(
                f"{size:<8}{name:<10}{spread(mapped)}{spread(shown):>20}{spread(whole):>20}"
                f"{spread(key):>16}"
            )
        for what, part in (("activity shown", 1), ("whole screen", 2)):
            ours = med(run[part] for run in by_program["StudyApp"])
            bare = med(run[part] for run in by_program["bare"])
            print(
                f"{size:<8}StudyApp / bare, launch to {what}: {ours / bare:.2f}x (target <= 1.10x)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
