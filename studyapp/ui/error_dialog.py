"""The dialog for an unexpected error: what happened, that saved work is safe, where the log is."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studyapp.ui.i18n import translate

log = logging.getLogger(__name__)


def details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def build(parent: QWidget | None, summary: str, detail: str, log_file: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "StudyApp hit a problem"))
    box.setText(translate("ErrorDialog", "Something went wrong: {summary}").format(summary=summary))
    box.setInformativeText(
        translate(
            "ErrorDialog",
            "Everything you had saved is safe: each answer is stored the moment you give it. "
            "Details are in the log at:\n{log_file}\n\nYou can carry on; if the problem repeats, "
            "send the details to your support contact.",
        ).format(log_file=log_file)
    )
    box.setDetailedText(detail)
    copy = box.addButton(
        translate("ErrorDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(detail))
    return box


def install_excepthook(log_file: Path, parent_getter) -> None:
    """Route uncaught errors to the log and a dialog, never a silent exit."""
    import sys

    showing = {"now": False}

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt) or showing["now"]:
            return
        showing["now"] = True
        try:
            summary = str(exc) or exc_type.__name__
            build(parent_getter(), summary, details(exc_type, exc, tb), log_file).exec()
        finally:
            showing["now"] = False

    sys.excepthook = hook
