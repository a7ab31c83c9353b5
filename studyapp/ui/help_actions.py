"""The Help menu: the log folder and the About box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from studyapp import __version__
from studyapp.ui.i18n import translate

if TYPE_CHECKING:
    from studyapp.services.context import Context


def open_logs(log_file: Path | None) -> None:
    if log_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


def about_text(ctx: Context | None) -> str:
    text = translate(
        "HelpActions",
        "<b>StudyApp {version}</b><p>Continuing medical education that works offline. Every "
        "answer is saved the moment you give it.</p>",
    ).format(version=__version__)
    if ctx is not None and ctx.institution.name:
        import html

        org = ctx.institution
        logo = f'<img src="{org.logo.as_uri()}" height="48"><br>' if org.logo else ""
        text += translate("HelpActions", "<p>{logo}Provided by <b>{name}</b>").format(
            logo=logo, name=html.escape(org.name)
        )
        if org.provider_id:
            text += translate("HelpActions", " (accredited provider {provider_id})").format(
                provider_id=html.escape(org.provider_id)
            )
        text += "</p>"
    if ctx is not None:
        from studyapp.services import record_signing  # the database is open by now

        text += translate(
            "HelpActions",
            "<p>Data folder: {root}</p><p>Completion records from this computer are signed with "
            "the key<br><tt>{this_computers_key}</tt></p>",
        ).format(root=ctx.paths.root, this_computers_key=record_signing.this_computers_key(ctx))
    return text


def about(window: QMainWindow) -> None:
    QMessageBox.about(
        window, translate("HelpActions", "About StudyApp"), about_text(getattr(window, "ctx", None))
    )
