"""Python's cycle collector, run only on the UI thread, and soon after a screen closes.

Left to itself, the collector runs in whichever thread happens to allocate past its
threshold, often a worker reading the library. It then destroys whatever garbage it finds
there, Qt objects included, and a Qt object destroyed outside the thread it lives in can
crash the app. Its full passes also hold the interpreter's lock, so a pass begun on a worker
stalls the UI thread. So the automatic collector is switched off and the same generations
are collected from a timer on the UI thread, in the same order and at the same thresholds.

Closed screens are collected at once too: a screen's Python objects refer to each other,
so they wait for the collector, and with them the data the screen held (10 MiB after a
thousand screen switches, bench/long_session.py).

After a full pass, memory the C library holds free is handed back to the system: workers
allocate in heaps of their own, and what a large read freed there stayed resident (12 MiB
after a thousand switches at ten times the large folder). It takes under a millisecond
(ui/c_heap.py).

Start-up is the exception. It makes most of the objects the process will ever hold (the
modules, the window, the library's rows), and left in the young generations they were
walked by every regular pass: at ten times the large folder, passes of 16-31 ms on the UI
thread while the library was filling. So regular passes wait until start-up has settled,
when its objects are frozen out of every later pass (`settled`); start-up's own garbage
is a few hundred objects. A screen closed meanwhile is still collected at once."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from studyapp.ui.c_heap import return_free_memory

CHECK_EVERY_MS = 500
# Regular passes start by then even if start-up never settles (a folder that cannot be
# written gets no warm-up, for one).
START_UP_LIMIT_MS = 15_000

_installed: CycleCollector | None = None
# Set while a screen frozen with start-up's objects is open: says whether it still is.
_thaw_when: Callable[[], bool] | None = None


class CycleCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.collect_all)
        self._limit = QTimer(self, singleShot=True)
        self._limit.timeout.connect(self.resume)
        self.collections = [0, 0, 0]  # per generation, for the record and for tests

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def hold(self, limit_ms: int) -> None:
        """No regular passes until `resume`, or for `limit_ms` at most."""
        self._timer.stop()
        self._limit.start(limit_ms)

    def resume(self) -> None:
        self._limit.stop()
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
        self._limit.stop()
        gc.enable()

    def check(self) -> None:
        """What the automatic collector would have done by now: the oldest generation due."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                self._collect(generation)
                return

    def collect_all(self) -> None:
        self._collect(2)

    def collect_soon(self) -> None:
        """A full pass on the next turn of the event loop, after the closed screen's
        deferred deletions."""
        self._soon.start()

    def _collect(self, generation: int) -> None:
        thaw = generation == 2 and _thaw_due()
        if thaw:
            gc.unfreeze()
        gc.collect(generation)
        if thaw:
            gc.freeze()  # what survived a full pass is alive: none of it garbage
        self.collections[generation] += 1
        if generation == 2:
            return_free_memory()


def install(parent: QObject) -> CycleCollector:
    """From now on, cycles are collected on the UI thread only, until `uninstall`."""
    global _installed
    if _installed is not None:
        _installed.stop()
    _installed = CycleCollector(parent)
    _installed.start()
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.stop()
        _installed = None


def hold_for_start_up(limit_ms: int = START_UP_LIMIT_MS) -> None:
    """Start-up begins: regular passes wait until `settled` (or `limit_ms`)."""
    if _installed is not None:
        _installed.hold(limit_ms)


def settled(screen_open: Callable[[], bool] = lambda: False) -> None:
    """Start-up is over. What it made (some 100,000 objects: modules, classes, functions,
    the window, the library's rows) lives as long as the process: frozen out of the
    collector's sight, no later pass walks it again. Full passes held the UI thread for
    20-90 ms every dozen screens or so at ten times the large folder (bench/long_session.py);
    frozen, under 40. Frozen objects are still freed when nothing refers to them, but not
    objects that refer to each other, as a screen's do. A screen open now (an activity
    opened at start) is frozen with the rest, so the first full pass after it closes takes
    everything back, collects and freezes again: one pass over all of start-up's objects,
    once, rather than in every full pass while that screen stays open. Regular passes
    resume."""
    global _thaw_when
    gc.freeze()
    _thaw_when = screen_open if screen_open() else None
    if _installed is not None:
        _installed.resume()


def _thaw_due() -> bool:
    """A screen frozen with start-up's objects has closed: time to collect it."""
    global _thaw_when
    if _thaw_when is None or _thaw_when():
        return False
    _thaw_when = None
    return True


def screen_closed() -> None:
    """A screen was closed: its objects are collected soon, if the collector is installed."""
    if _installed is not None:
        _installed.collect_soon()
