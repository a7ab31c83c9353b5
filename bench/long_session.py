"""A long session: 1,000 switches between screens (library, an activity and its steps, the
CME history, the wallet) in one app process, with the bundled samples or a given data
folder. Reports the time per switch over the first and the last hundred, and the
process's resident memory (read from /proc, outside Python's own accounting) after the
first hundred and at the end: a leak or a slowdown shows as a ratio above 1.

Memory is also set against the bare stack on the same folder: a separate process with
Qt and SQLAlchemy that opens the database and shows the library's rows in a table, its
resident memory read from outside once the table is filled.

    .venv/bin/python bench/long_session.py [--switches 1000] [--folder DATA_FOLDER]
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from studyapp.ui.feature_scan import skip_feature_scan

# As the app's entry point does (launcher.py), before any other module of ours: otherwise
# PySide6 reads the source of every module imported after it and keeps it (20 MiB).
skip_feature_scan()

from studyapp.paths import DataPaths  # noqa: E402
from studyapp.services.context import open_context  # noqa: E402
from studyapp.ui import c_heap, cycle_collector, warm_up  # noqa: E402
from studyapp.ui.main_window import MainWindow  # noqa: E402
from studyapp.ui.tasks import SWITCH_INTERVAL_S  # noqa: E402

STEPS = ("overview", "pretest", "reading", "posttest", "evaluation", "credit")


def rss_mib(pid: int | str = "self") -> float:
    """Resident memory now, from the kernel's view of the process."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# The bare stack: Qt and SQLAlchemy, the database opened and the library's rows in a
# table, which is what any app over this data holds at the least. SQLAlchemy is imported
# before Qt, so PySide6 does not read (and keep) its source: the leanest bare stack.
BARE = r"""
import sys, time
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication([])
window = QMainWindow(); window.resize(1100, 760)
table = QTableWidget(0, 2); window.setCentralWidget(table)
engine = create_engine("sqlite:///" + sys.argv[1] + "/studyapp.sqlite3")
with Session(engine) as s:
    rows = s.execute(text("SELECT title, provider FROM installed_pack ORDER BY title")).all()
table.setRowCount(len(rows))
for r, (title, provider) in enumerate(rows):
    table.setItem(r, 0, QTableWidgetItem(title)); table.setItem(r, 1, QTableWidgetItem(provider))
window.show()
for _ in range(50):
    app.processEvents(); time.sleep(0.01)
print("READY", flush=True)
sys.stdin.readline()
"""


def bare_stack_mib(folder: Path) -> float:
    """The bare stack's resident memory on this folder, read from outside the process."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.Popen(
        [sys.executable, "-c", BARE, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        return rss_mib(proc.pid)
    finally:
        proc.kill()
        proc.wait()


SAMPLES = r"""
import sys
from pathlib import Path
from studyapp.paths import DataPaths
from studyapp.services import learners, library
from studyapp.services.context import open_context
ctx = open_context(DataPaths(Path(sys.argv[1])))
library.install_bundled(ctx)
learner = learners.create(
    ctx, learners.Profile("Maria Lopez", "MD", "Rheumatology", "maria@example.org"))
learners.remember(ctx, learner.id)
ctx.close()
"""


def open_folder(folder: Path | None, tmp: str):
    """A copy of the given data folder (the session writes where each activity was left),
    or the bundled samples with one learner. Either is made before this process opens it,
    as the app finds a folder made by an earlier run: creating the database loads the
    migration tool, which a start on an existing folder never does."""
    target = Path(tmp) / "data"
    if folder is not None:
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns("backups"))
    else:
        subprocess.run([sys.executable, "-c", SAMPLES, str(target)], check=True)
    return open_context(DataPaths(target))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=1000)
    parser.add_argument("--folder", type=Path, help="a data folder (bench/make_big_data.py)")
    args = parser.parse_args()
    switches = args.switches
    app = QApplication(sys.argv[:1])
    cycle_collector.install(app)  # as the app does (ui/app.py)
    c_heap.limit_arenas()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_folder(args.folder, tmp)
        window = MainWindow()
        window.resize(1100, 760)
        window.show()
        window.attach(ctx)
        while not window.library_loaded:
            app.processEvents()
            time.sleep(0.005)
        memory_library = rss_mib()
        # What the app does once its library is live (ui/app.py): the warm-up.
        warm_up.warm_up()
        warm_up.warm_up_screens()
        rows = min(len(window.library.row_texts()), 10)  # the samples, or ten of a big library
        packs = [window.library.pack_id_at(r) for r in range(rows)]
        screens: list[tuple[str, object]] = []
        for pack in packs:
            screens.append(("open an activity", lambda p=pack: window.open_activity(p)))
            for step in STEPS:
                screens.append((step, lambda s=step: window.activity_view.show_tab(s)))
            screens.append(("library", window.show_library))
        screens += [
            ("CME history", window.show_history),
            ("library", window.show_library),
            ("wallet", window.show_wallet),
            ("library", window.show_library),
        ]
        slowest: dict[str, float] = {}
        times: list[float] = []
        memory_after_first = 0.0
        marks: list[str] = []
        for n in range(switches):
            started = time.perf_counter()
            name, switch = screens[n % len(screens)]
            switch()
            app.processEvents()
            # What app.exec() does between events and processEvents() leaves out: closed
            # screens (deleteLater) are destroyed.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            times.append((time.perf_counter() - started) * 1000)
            slowest[name] = max(slowest.get(name, 0.0), times[-1])
            if n == 99:
                memory_after_first = rss_mib()
            if (n + 1) % 200 == 0:
                marks.append(f"{n + 1}: {rss_mib():.0f}")
        memory_end = rss_mib()
        window.close()
        bare = bare_stack_mib(ctx.paths.root)
        ctx.close()
    first, last = times[:100], times[-100:]
    print(f"switches: {switches} over {len(screens)} screens")
    print(
        f"time per switch, median: first 100 {statistics.median(first):.1f} ms, "
        f"last 100 {statistics.median(last):.1f} ms "
        f"({statistics.median(last) / statistics.median(first):.2f}x)"
    )
    print(f"time per switch, slowest: first 100 {max(first):.0f} ms, last 100 {max(last):.0f} ms")
    print(
        "slowest switch to each screen (ms): "
        + ", ".join(f"{name} {ms:.0f}" for name, ms in slowest.items())
    )
    print(
        f"resident memory: library shown {memory_library:.0f} MiB, "
        f"after 100 {memory_after_first:.0f} MiB, at the end "
        f"{memory_end:.0f} MiB ({memory_end / memory_after_first:.2f}x)"
    )
    print("resident memory along the way (MiB): " + ", ".join(marks))
    print(
        f"resident memory at the end against the bare stack on the same folder ({bare:.0f} MiB):"
        f" {memory_end / bare:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
