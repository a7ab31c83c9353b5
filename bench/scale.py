"""Scale: the app with a large data folder against a nearly empty one, in the same run.

Large: 1,000 activities, 20 learners, 100,000 responses, 2,000 completion records
(bench/make_big_data.py), or ten times that with --scale 10. Empty: one activity, one
learner, one record. Measures start-up to an interactive library (fresh processes), then
in one process: the library's query (done on a worker) and filling its list (on the UI
thread), opening an activity, switching tabs, opening the CME history, filtering it, and
re-rendering a certificate, checking a record's signature; and restoring the database
from a backup (on a pool thread in the app, so reported without a UI budget). Prints
medians, the large/empty ratio and the targets.

    .venv/bin/python bench/scale.py [--runs 5] [--scale 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import make_big_data  # noqa: E402
import startup  # noqa: E402

SCREENS = """
import json, sys, time, datetime as dt
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from studyapp.paths import DataPaths
from studyapp.services import credit, record_signing, safety, transcript
from studyapp.services.context import open_context
from studyapp.ui.main_window import MainWindow
runs = int(sys.argv[2])
ctx = open_context(DataPaths(Path(sys.argv[1])))
window = MainWindow(); window.resize(1100, 760); window.show(); window.attach(ctx)
while not window.library_loaded:
    app.processEvents(); time.sleep(0.005)
learner = window.learner
record = transcript.history(ctx, learner.id).rows[0]
pack_id = next(r.pack_id for r in __import__("studyapp.services.library", fromlist=["x"])
               .rows(ctx, learner.id) if r.status.value != "Not started")
def timed(fn):
    start = time.perf_counter(); fn(); app.processEvents()
    return (time.perf_counter() - start) * 1000
out = {k: [] for k in ("library query (worker)", "fill library (UI)",
                       "search library", "filter library by status", "sort library by expiry",
                       "open queue", "draw knowledge-gain chart",
                       "open activity", "switch tab (slowest)", "open CME history",
                       "filter CME history", "re-render certificate", "check record signature",
                       "restore from backup (pool thread)")}
lib = window.library
from studyapp.services import library as library_service
for _ in range(runs):
    window.show_library(); app.processEvents()
    start = time.perf_counter()  # what the worker does at start and after each change
    rows = library_service.rows(ctx, learner.id)
    out["library query (worker)"].append((time.perf_counter() - start) * 1000)
    out["fill library (UI)"].append(timed(lambda: lib.set_rows(rows, ctx.today())))
    out["search library"].append(timed(lambda: lib.search.setText("pain manage")))
    lib.search.clear()
    out["filter library by status"].append(timed(lambda: lib.status_filter.setCurrentIndex(2)))
    lib.status_filter.setCurrentIndex(0)
    out["sort library by expiry"].append(timed(lambda: lib.sort_choice.setCurrentIndex(1)))
    lib.sort_choice.setCurrentIndex(0); app.processEvents()
    out["open queue"].append(timed(window.show_queue))
    window.queue_dialog.reject(); app.processEvents()
    out["open activity"].append(timed(lambda: window.open_activity(pack_id)))
    view = window.activity_view
    out["switch tab (slowest)"].append(max(timed(lambda i=i: view.tabs.setCurrentIndex(i))
                                           for i in (1, 2, 3, 4, 5, 0)))
    view.tabs.setCurrentIndex(5); app.processEvents()
    chart = view.credit.gain_chart
    if chart.isVisible():
        start = time.perf_counter(); chart.repaint()
        out["draw knowledge-gain chart"].append((time.perf_counter() - start) * 1000)
    out["open CME history"].append(timed(window.show_history))
    today = dt.date.today()
    out["filter CME history"].append(timed(lambda: window.history.set_range(
        today - dt.timedelta(days=365), today)))
    window.history.set_range(None, None)
    def rerender():
        from studyapp.storage.models import CompletionRecord
        with ctx.db.transaction() as s:
            s.get(CompletionRecord, record.record_id).certificate_pdf = None
        credit.certificate_pdf(ctx, record.record_id)
    out["re-render certificate"].append(timed(rerender))
    start = time.perf_counter()  # a service call: no repaint to wait for
    record_signing.check_record(ctx, record.record_id)
    out["check record signature"].append((time.perf_counter() - start) * 1000)
window.close()
paths = ctx.paths
made = safety.backup_now(paths, "manual", dt.datetime.now(dt.UTC))
lock = ctx.close(keep_lock=True)
chosen = next(b for b in safety.list_backups(paths) if b.path == made)
for _ in range(runs):
    start = time.perf_counter()
    safety.restore(paths, chosen, dt.datetime.now(dt.UTC))
    ctx = open_context(paths, lock)
    out["restore from backup (pool thread)"].append((time.perf_counter() - start) * 1000)
    lock = ctx.close(keep_lock=True)
lock.release()
print("RESULT " + json.dumps(out))
"""


def screens(folder: Path, runs: int) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.run(
        [sys.executable, "-c", SCREENS, str(folder), str(runs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(line[7:])


TARGETS = {
    "library query (worker)": None,
    "fill library (UI)": 50,
    "search library": 50,
    "filter library by status": 50,
    "sort library by expiry": 50,
    "open queue": 100,
    "draw knowledge-gain chart": 16,
    "open activity": 100,
    "switch tab (slowest)": 100,
    "open CME history": 100,
    "filter CME history": 50,
    "re-render certificate": 150,
    "check record signature": 5,
    "restore from backup (pool thread)": None,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        help="the large folder times this: 10 makes 10,000 activities, 1,000,000 responses "
        "and 20,000 records (about 400 MB, a few minutes to make)",
    )
    args = parser.parse_args()
    n = args.scale
    with tempfile.TemporaryDirectory() as tmp:
        big = make_big_data.make(
            Path(tmp) / "big",
            packs=make_big_data.PACKS * n,
            responses=make_big_data.RESPONSES * n,
            records=make_big_data.RECORDS * n,
        ).root
        empty = make_big_data.make(
            Path(tmp) / "empty", packs=1, learner_count=1, responses=8, records=1
        ).root
        ready: dict[str, list[float]] = {"empty": [], "big": []}
        frames: dict[str, list[float]] = {"empty": [], "big": []}
        for folder in (empty, big):
            startup.run_app(str(folder))  # first start writes the snapshot
        order = [("empty", empty), ("big", big)]
        for _ in range(args.runs):
            # Counterbalanced (ABBA): a start runs measurably slower right after the other
            # folder's, so each folder goes first in half the rounds.
            for name, folder in order:
                started = startup.run_app(str(folder))
                ready[name].append(started["ready"] * 1000)
                frames[name].append(started["longest_frame_ms"])
            order.reverse()
        results = {"empty": screens(empty, args.runs), "big": screens(big, args.runs)}
    med = statistics.median
    print(f"runs: {args.runs}; large folder {n}x; milliseconds, medians (min-max)")
    print(f"{'measure':<26}{'empty':>22}{'large':>22}{'ratio':>8}{'target':>16}")
    e, b = ready["empty"], ready["big"]
    print(
        f"{'start-up to library':<26}{med(e):>10.0f} ({min(e):.0f}-{max(e):.0f})"
        f"{med(b):>12.0f} ({min(b):.0f}-{max(b):.0f}){med(b) / med(e):>8.2f}x"
        f"{'<= 1.10x':>16}"
    )
    e, b = frames["empty"], frames["big"]
    print(
        f"{'longest start-up frame':<26}{med(e):>10.0f} ({min(e):.0f}-{max(e):.0f})"
        f"{med(b):>12.0f} ({min(b):.0f}-{max(b):.0f}){med(b) / med(e):>8.2f}x"
        f"{'<= 50 ms':>16}"
    )
    for key, limit in TARGETS.items():
        e, b = results["empty"][key], results["big"][key]
        if not e or not b:
            print(f"{key:<26}{'not measured (nothing to show)':>44}")
            continue
        print(
            f"{key:<26}{med(e):>10.1f} ({min(e):.0f}-{max(e):.0f})"
            f"{med(b):>12.1f} ({min(b):.0f}-{max(b):.0f}){med(b) / med(e):>8.2f}x"
            f"{('<= ' + str(limit) + ' ms') if limit else 'off UI thread':>16}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
