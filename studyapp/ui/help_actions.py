"""The Help menu: the log folder and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from studyapp import __version__


def open_logs(log_file: Path | None) -> None:
    if log_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


def about(window: QMainWindow) -> None:
    ctx = getattr(window, "ctx", None)
    QMessageBox.about(
        window,
        "About StudyApp",
        f"<b>StudyApp {__version__}</b><p>Continuing medical education that works offline. "
        "Every answer is saved the moment you give it.</p>"
        f"<p>Data folder: {ctx.paths.root if ctx else ''}</p>",
    )
