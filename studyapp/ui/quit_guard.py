"""Quitting with answers the disk has not yet taken: try once more, then ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from studyapp.services.context import Context


def may_quit(parent: QWidget, ctx: Context | None) -> bool:
    if ctx is None or not len(ctx.pending):
        return True
    from studyapp.services import attempts

    left = attempts.retry_pending(ctx)
    if not left:
        return True
    answer = QMessageBox.question(
        parent,
        "Answers not yet saved",
        f"{left} answer(s) could not be saved to disk ({ctx.pending.reason}) and are only in "
        "memory. If you quit now they will be lost.\n\nQuit anyway?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
