"""Notifications that do not block: a short line in the window's lower right corner ("Record
saved to …", "Export done"), gone after a few seconds or when closed, never taking the
keyboard from what the learner is doing. Screen readers hear it as a status message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from studyapp.ui import theme
from studyapp.ui.i18n import translate

SHOWN_MS = 6000
MARGIN = 16
MAX_SHOWN = 3


class Toast(QFrame):
    def __init__(self, text: str, ok: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("Toast", "Notification"))
        self.ok = ok
        self.label = QLabel(("✓ " if ok else "⚠ ") + text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMaximumWidth(420)
        if not ok:
            self.label.setStyleSheet(theme.problem_style())
        self.setAccessibleDescription(self.label.text())
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(translate("Toast", "Dismiss notification"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 6, 8)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.dismiss)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


class Toaster(QObject):
    """Keeps a window's toasts stacked in its lower right corner as it resizes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.shown_ms = SHOWN_MS
        window.installEventFilter(self)

    def show(self, text: str, ok: bool = True) -> Toast:
        toast = Toast(text, ok, self.window)
        toast.destroyed.connect(self._place)
        toast.show()
        toast.raise_()
        toast.timer.start(self.shown_ms if ok else 2 * self.shown_ms)
        for old in self.toasts()[:-MAX_SHOWN]:
            old.dismiss()
        self._place()
        self._announce(toast)
        return toast

    def toasts(self) -> list[Toast]:
        return [t for t in self.window.findChildren(Toast) if t.isVisible()]

    def texts(self) -> list[str]:
        return [t.label.text() for t in self.toasts()]

    def _place(self, *_args: object) -> None:
        bottom = self.window.height() - MARGIN
        status = getattr(self.window, "statusBar", None)
        if callable(status) and status().isVisible():
            bottom -= status().height()
        for toast in reversed(self.toasts()):
            toast.adjustSize()
            toast.move(self.window.width() - toast.width() - MARGIN, bottom - toast.height())
            bottom -= toast.height() + 8

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _announce(self, toast: Toast) -> None:
        from studyapp.ui.announce import announce

        announce(toast, toast.label.text(), assertive=not toast.ok)


def notify(widget: QWidget, text: str, ok: bool = True) -> None:
    """Show `text` on the main window `widget` belongs to (if it has a toaster)."""
    window = widget.window()
    parent = window.parentWidget()
    while parent is not None:  # from a dialog: its main window
        window = parent.window()
        parent = window.parentWidget()
    toaster = getattr(window, "toaster", None)
    if isinstance(toaster, Toaster):
        toaster.show(text, ok)
