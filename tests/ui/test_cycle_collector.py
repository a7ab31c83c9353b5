"""Garbage is collected on the UI thread only, and a closed activity's objects are freed at
once, not whenever Python next happens to collect them."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import cycle_collector
from tests.ui.helpers import close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


class Cycle:
    """Refers to itself, so only the cycle collector frees it; notes the thread it died in."""

    def __init__(self, died_in: list[str]) -> None:
        self.me = self
        self.died_in = died_in

    def __del__(self) -> None:
        self.died_in.append(threading.current_thread().name)


def make_garbage_on_a_worker(died_in: list[str]) -> None:
    def work() -> None:
        for _ in range(5_000):  # well past the collector's first threshold (700)
            Cycle(died_in)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[cycle_collector.CycleCollector]:
    gc.collect()
    holder = QObject()
    collector = cycle_collector.install(holder)
    yield collector
    cycle_collector.uninstall()
    assert gc.isenabled(), "the automatic collector is back once it is uninstalled"


def test_without_it_a_worker_frees_garbage_in_its_own_thread() -> None:
    """What the collector is for: left alone, Python collects in whichever thread allocates."""
    gc.collect()
    died_in: list[str] = []
    make_garbage_on_a_worker(died_in)
    gc.collect()
    assert "worker" in died_in


def test_garbage_made_on_a_worker_is_freed_on_the_ui_thread(
    qtbot: QtBot, installed: cycle_collector.CycleCollector
) -> None:
    died_in: list[str] = []
    make_garbage_on_a_worker(died_in)
    assert died_in == [], "nothing was collected on the worker"
    qtbot.waitUntil(lambda: len(died_in) == 5_000, timeout=5_000)
    assert set(died_in) == {threading.main_thread().name}


@pytest.mark.parametrize("starting", [False, True], ids=["running", "during start-up"])
def test_a_closed_activity_is_freed_at_once(
    qtbot: QtBot, paths: DataPaths, installed: cycle_collector.CycleCollector, starting: bool
) -> None:
    if starting:  # regular passes are held, a closed screen is not
        cycle_collector.hold_for_start_up()
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = weakref.ref(window.activity_view)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library.isVisible()
    # Well before the timer's next regular check could have done it.
    qtbot.waitUntil(lambda: view() is None, timeout=cycle_collector.CHECK_EVERY_MS // 2)
    assert installed.collections[2] >= 1
    close_window(window)


def test_start_up_holds_regular_passes_until_it_settles(
    qtbot: QtBot, installed: cycle_collector.CycleCollector
) -> None:
    cycle_collector.hold_for_start_up()
    during: list[str] = []
    make_garbage_on_a_worker(during)
    qtbot.wait(cycle_collector.CHECK_EVERY_MS * 2)
    assert installed.collections == [0, 0, 0], "no regular pass while starting"
    assert during == [], "nor one on the worker"
    frozen = gc.get_freeze_count()
    cycle_collector.settled()
    # What start-up made is out of every later pass, its few hundred bits of garbage with it.
    assert gc.get_freeze_count() >= frozen + 5_000
    after: list[str] = []
    make_garbage_on_a_worker(after)
    qtbot.waitUntil(lambda: len(after) == 5_000, timeout=5_000)
    assert set(after) == {threading.main_thread().name}
    assert during == []
    gc.unfreeze()  # what this test froze goes back to the collector
    gc.collect()
    assert len(during) == 5_000


def test_an_activity_open_when_start_up_settles_is_freed_once_closed(
    qtbot: QtBot, paths: DataPaths, installed: cycle_collector.CycleCollector
) -> None:
    """An activity opened at start (the one left open, say) is frozen with start-up's
    objects, but they are taken back once it closes: its objects refer to each other, and
    frozen for good they would never be freed."""
    cycle_collector.hold_for_start_up()
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = weakref.ref(window.activity_view)
    frozen = gc.get_freeze_count()
    cycle_collector.settled(lambda: window.activity_view is not None)
    assert gc.get_freeze_count() > frozen, "start-up's objects are frozen at once"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library.isVisible()
    qtbot.waitUntil(lambda: view() is None, timeout=cycle_collector.CHECK_EVERY_MS // 2)
    assert gc.get_freeze_count() > frozen, "and frozen again once it is freed"
    close_window(window)
    gc.unfreeze()  # what this test froze goes back to the collector


def test_regular_passes_resume_if_start_up_never_settles(
    qtbot: QtBot, installed: cycle_collector.CycleCollector
) -> None:
    cycle_collector.hold_for_start_up(limit_ms=300)
    died_in: list[str] = []
    make_garbage_on_a_worker(died_in)
    qtbot.waitUntil(lambda: len(died_in) == 5_000, timeout=300 + 2 * cycle_collector.CHECK_EVERY_MS)
    assert set(died_in) == {threading.main_thread().name}


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; glibc only")
def test_memory_a_worker_freed_is_handed_back_after_a_full_pass(
    qtbot: QtBot, installed: cycle_collector.CycleCollector
) -> None:
    kept: list[bytes] = []

    def read_something_large() -> None:
        blocks = [bytes(4096) for _ in range(10_000)]  # 40 MiB in the worker's own heap
        kept.extend(blocks[::50])  # a few stay, so the freed pages lie between used ones
        blocks.clear()

    worker = threading.Thread(target=read_something_large)
    worker.start()
    worker.join()
    before = resident_mib()
    passes = installed.collections[2]
    cycle_collector.screen_closed()
    qtbot.waitUntil(lambda: installed.collections[2] > passes, timeout=2_000)
    assert before - resident_mib() > 20, "what the worker freed went back to the system"
    assert len(kept) == 200
