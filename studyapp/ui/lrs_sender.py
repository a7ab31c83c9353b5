"""Sending statements to the learning record store in the background while the app is
open, and the status line that says how it stands (waiting, last sent, last problem)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from studyapp.services import lrs_sync
from studyapp.services.context import Context
from studyapp.ui.i18n import translate
from studyapp.ui.tasks import run_in_background

log = logging.getLogger(__name__)
EVERY_MS = 60_000


class LrsSender(QObject):
    def __init__(self, ctx: Context, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = label
        self.busy = False
        self.wait: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.send_now)
        self.show_status()
        self.timer.start(2_000)  # soon after start: what was left from last time

    def show_status(self) -> None:
        status = lrs_sync.status(self.ctx)
        self.label.setText(
            translate("LrsSender", "Records store: {text}").format(text=status.text())
        )

    def send_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        run_in_background(
            lrs_sync.send_pending, (self.ctx,), on_success=self._sent, on_failure=self._failed
        )

    def _sent(self, _count: int) -> None:
        self.busy = False
        self.wait = None
        self.show_status()
        self.timer.start(EVERY_MS)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if not isinstance(exc, lrs_sync.SendError):
            log.error("Sending statements failed", exc_info=exc)
        self.wait = lrs_sync.next_wait(self.wait)
        self.show_status()
        self.timer.start(self.wait * 1000)

    def stop(self) -> None:
        self.timer.stop()
