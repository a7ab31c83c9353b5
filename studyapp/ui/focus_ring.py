"""A ring in the selection colour around the list, table or text pane that has the
keyboard focus: the style draws none on a list without a current row or on a read-only
text pane, so a keyboard user could not see where they were. Drawn by an overlay rather
than a style sheet, which would stop those widgets following the text size (Ctrl+plus)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

RINGED = (QAbstractItemView, QTextEdit, QPlainTextEdit)
WIDTH = 2


class FocusRing(QWidget):
    """Lives in one window (and dies with it); drawn over the focused widget's edge."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        self.target: QWidget | None = None
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
            self.target.destroyed.disconnect(self._gone)
        self.target = widget
        if widget is None:
            self.hide()
            return
        widget.installEventFilter(self)
        widget.destroyed.connect(self._gone)
        self._place()

    def _gone(self, *_args: object) -> None:
        self.target = None
        if isValid(self):
            self.hide()

    def _place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(self.parentWidget(), QPoint(0, 0))
        self.setGeometry(
            corner.x() - WIDTH,
            corner.y() - WIDTH,
            target.width() + 2 * WIDTH,
            target.height() + 2 * WIDTH,
        )
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False


def _ring_of(window: QWidget, make: bool) -> FocusRing | None:
    ring = window.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if ring is None and make:
        ring = FocusRing(window)
    return ring


_shown: list[FocusRing] = []


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    # The widget losing the focus may be half destroyed (its window closing): it is not
    # asked anything; the ring that showed it is found from the list instead.
    while _shown:
        ring = _shown.pop()
        if isValid(ring):
            ring.follow(None)
    if isinstance(new, RINGED) and isValid(new) and new.window() is not new:
        ring = _ring_of(new.window(), make=True)
        assert ring is not None
        ring.follow(new)
        _shown.append(ring)


_installed: list[bool] = []


def install(app: QApplication) -> None:
    """Ring whichever list, table or text pane has the focus, in any window."""
    if not _installed:
        app.focusChanged.connect(_focus_changed)
        _installed.append(True)
