"""Quitting with answers the disk has not yet taken: try once more, then ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.ui.i18n import translate

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
        translate("QuitGuard", "Answers not yet saved"),
        translate(
            "QuitGuard",
            "{left} answer(s) could not be saved to disk ({reason}) and are only in memory. If "
            "you quit now they will be lost.\n\nQuit anyway?",
        ).format(left=left, reason=ctx.pending.reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
