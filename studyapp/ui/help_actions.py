"""The Help menu: the log folder and the About box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from studyapp import __version__

if TYPE_CHECKING:
    from studyapp.services.context import Context


def open_logs(log_file: Path | None) -> None:
    if log_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


def about_text(ctx: Context | None) -> str:
    text = (
        f"<b>StudyApp {__version__}</b><p>Continuing medical education that works offline. "
        "Every answer is saved the moment you give it.</p>"
    )
    if ctx is not None and ctx.institution.name:
        import html

        org = ctx.institution
        logo = f'<img src="{org.logo.as_uri()}" height="48"><br>' if org.logo else ""
        text += f"<p>{logo}Provided by <b>{html.escape(org.name)}</b>"
        if org.provider_id:
            text += f" (accredited provider {html.escape(org.provider_id)})"
        text += "</p>"
    if ctx is not None:
        from studyapp.services import record_signing  # the database is open by now

        text += (
            f"<p>Data folder: {ctx.paths.root}</p>"
            "<p>Completion records from this computer are signed with the key<br>"
            f"<tt>{record_signing.this_computers_key(ctx)}</tt></p>"
        )
    return text


def about(window: QMainWindow) -> None:
    QMessageBox.about(window, "About StudyApp", about_text(getattr(window, "ctx", None)))
