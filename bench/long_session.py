"""A long session: 1,000 switches between screens (library, an activity and its steps, the
CME history, the wallet) in one app process, with the bundled samples. Reports the time
per switch over the first and the last hundred, and the process's resident memory (read
from /proc, outside Python's own accounting) after the first hundred and at the end. The
baseline is the session's own start: a leak or a slowdown shows as a ratio above 1.

    .venv/bin/python bench/long_session.py [--switches 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from studyapp.paths import DataPaths
from studyapp.services import learners, library
from studyapp.services.context import open_context
from studyapp.ui.main_window import MainWindow

STEPS = ("overview", "pretest", "reading", "posttest", "evaluation", "credit")


def rss_mib() -> float:
    """Resident memory now, from the kernel's view of the process."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=1000)
    switches = parser.parse_args().switches
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(DataPaths(Path(tmp)))
        library.install_bundled(ctx)
        learner = learners.create(
            ctx, learners.Profile("Maria Lopez", "MD", "Rheumatology", "maria@example.org")
        )
        learners.remember(ctx, learner.id)
        window = MainWindow()
        window.resize(1100, 760)
        window.show()
        window.attach(ctx)
        while not window.library_loaded:
            app.processEvents()
            time.sleep(0.005)
        packs = [window.library.pack_id_at(r) for r in range(len(window.library.row_texts()))]
        screens = []
        for pack in packs:
            screens.append(lambda p=pack: window.open_activity(p))
            for step in STEPS:
                screens.append(lambda s=step: window.activity_view.show_tab(s))
            screens.append(window.show_library)
        screens += [
            window.show_history,
            window.show_library,
            window.show_wallet,
            window.show_library,
        ]
        times: list[float] = []
        memory_after_first = 0.0
        marks: list[str] = []
        for n in range(switches):
            started = time.perf_counter()
            screens[n % len(screens)]()
            app.processEvents()
            # What app.exec() does between events and processEvents() leaves out: closed
            # screens (deleteLater) are destroyed.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            times.append((time.perf_counter() - started) * 1000)
            if n == 99:
                memory_after_first = rss_mib()
            if (n + 1) % 200 == 0:
                marks.append(f"{n + 1}: {rss_mib():.0f}")
        memory_end = rss_mib()
        window.close()
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
        f"resident memory: after 100 {memory_after_first:.0f} MiB, at the end "
        f"{memory_end:.0f} MiB ({memory_end / memory_after_first:.2f}x)"
    )
    print("resident memory along the way (MiB): " + ", ".join(marks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
