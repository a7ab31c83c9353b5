"""Active time in an open activity: a second counts only while the window is in front and
shown, and the learner has touched the keyboard or mouse within the last few minutes. A
window left open over lunch, hidden or minimised adds nothing."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

IDLE_AFTER_S = 5 * 60
FLUSH_EVERY_S = 30
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class ActivityClock(QObject):
    def __init__(
        self,
        view: QWidget,
        report: Callable[[str, int], None],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._report = report  # (tab, seconds) to the service
        self.now = now
        self.tab: str | None = None
        self._last_input = now()
        self._last_tick = now()
        self._pending: dict[str, float] = {}
        self._since_flush = 0.0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self.now()
        return False

    def active(self) -> bool:
        window = self._view.window()
        return (
            self._view.isVisible()
            and not window.isMinimized()
            and window.isActiveWindow()
            and self.now() - self._last_input < IDLE_AFTER_S
        )

    def tick(self) -> None:
        """Count the time since the last tick to the shown tab, if the learner is at work."""
        now = self.now()
        elapsed = max(0.0, min(now - self._last_tick, 5.0))  # a suspended laptop adds none
        self._last_tick = now
        if self.tab is None or not self.active():
            return
        self._pending[self.tab] = self._pending.get(self.tab, 0.0) + elapsed
        self._since_flush += elapsed
        if self._since_flush >= FLUSH_EVERY_S:
            self.flush()

    def set_tab(self, tab: str) -> None:
        self.tick()
        self.tab = tab

    def flush(self) -> None:
        """Hand whole seconds to the service; fractions wait for the next flush."""
        self._since_flush = 0.0
        for tab, seconds in list(self._pending.items()):
            whole = int(seconds)
            if whole:
                self._pending[tab] = seconds - whole
                self._report(tab, whole)

    def stop(self) -> None:
        self.tick()
        self.flush()
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
