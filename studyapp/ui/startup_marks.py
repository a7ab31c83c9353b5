"""The first paint and the start-up marks: work held back until the window has painted,
and STUDYAPP_STARTUP_MARKS, the lines a benchmark or test of the real program reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow

_watchers: list[QObject] = []


class _FirstPaint(QObject):
    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.fire()
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            # Not removed here: changing the filter list while Qt walks it skips filters.
            QTimer.singleShot(0, lambda: QCoreApplication.instance().removeEventFilter(self))
            QTimer.singleShot(0, then)


class _OnPaint(QObject):
    """Calls `then` inside the first paint event, then stops filtering."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            then()
            QTimer.singleShot(0, lambda: QCoreApplication.instance().removeEventFilter(self))
        return False


class _WidgetPainted(QObject):
    """Calls `then` once `widget` has painted and then not painted again for `quiet_ms`,
    or after `fallback_ms` if it never paints."""

    def __init__(
        self, widget: QWidget, then: Callable[[], None], quiet_ms: int, fallback_ms: int
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        self._quiet = QTimer(self, singleShot=True, interval=quiet_ms)
        self._quiet.timeout.connect(self.fire)
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._quiet.start()
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._quiet.stop()
            self._widget.removeEventFilter(self)
            then()


def after_painted(
    widget: QWidget, then: Callable[[], None], quiet_ms: int = 30, fallback_ms: int = 300
) -> None:
    """Run `then` once `widget` has painted what it shows now and settled (a first paint
    is often followed by another, once the scroll bars and selection are in place), or
    after `fallback_ms` if it is not on screen. Watches that widget alone: a filter on the
    whole application would call into Python for every event."""
    _WidgetPainted(widget, then, quiet_ms, fallback_ms)


def after_first_paint(app: QApplication, then: Callable[[], None]) -> None:
    """Run `then` once the window has painted (or after 300 ms, if it is not on screen)."""
    watcher = _FirstPaint(then)
    app.installEventFilter(watcher)
    _watchers.append(watcher)  # kept alive: a collected filter stops filtering
    QTimer.singleShot(300, watcher.fire)


def report_startup(app: QApplication, window: MainWindow, then_quit: bool) -> None:
    """STUDYAPP_STARTUP_MARKS: print PAINT, READY (library shown), LIVE (library from the
    database) and RSS as they happen, for timing a build from outside (bench/startup.py);
    with READY, the language in use and the words of the menu bar and library columns, so a
    test of the real program can read what the learner reads. Last, LONGEST_FRAME: the
    longest the UI thread was busy between the first paint and half a second after LIVE (a
    5 ms timer that cannot fire while the thread is busy), in milliseconds."""
    import time

    seen: set[str] = set()
    ticks = {"last": 0.0, "longest": 0.0, "live": 0.0}

    def mark(word: str, extra: str = "") -> None:
        if word not in seen:
            seen.add(word)
            print(f"{word}{extra}", flush=True)

    # Printed from inside the first paint event, not after it as after_first_paint runs
    # its work: that would count the library snapshot, which is shown after the paint.
    painted = _OnPaint(lambda: mark("PAINT"))
    app.installEventFilter(painted)
    _watchers.append(painted)

    def poll() -> None:
        now = time.perf_counter()
        if "PAINT" in seen:
            if ticks["last"]:
                ticks["longest"] = max(ticks["longest"], now - ticks["last"])
            ticks["last"] = now
        if ticks["live"] and now - ticks["live"] > 0.5:
            mark("LONGEST_FRAME", f" {ticks['longest'] * 1000:.1f}")
            timer.stop()
            if then_quit:
                QTimer.singleShot(0, app.quit)
            return
        shown = window.library.model is not None and window.library.model.rowCount() > 0
        if shown:
            # Says where the rows came from: the snapshot (before the database is up) or
            # the database, so a test can tell which one the learner saw first.
            mark("READY", " database" if window.library_loaded else " snapshot")
            from studyapp.ui import i18n

            mark("LANGUAGE", f" {i18n.language()}")
            menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
            mark("MENUS", " " + "|".join(menus))
            model = window.library.model
            columns = [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
            mark("COLUMNS", " " + "|".join(columns))
        if shown and window.library_loaded and not ticks["live"]:
            mark("LIVE")
            try:
                import resource

                mark("RSS", f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
            except ImportError:  # Windows
                mark("RSS", " 0")
            ticks["live"] = now

    timer = QTimer(app, interval=5)
    timer.timeout.connect(poll)
    timer.start()
