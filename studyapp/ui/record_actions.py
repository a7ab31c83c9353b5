"""Open a completion record's certificate, or save it (PDF) or the record (JSON) where the
user chooses. `report(text, ok)` says how it went; `ok` is False for a failure."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from studyapp.services import credit, exports
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify

Report = Callable[[str, bool], None]


def _default_name(title: str, record_id: str, suffix: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60] or "certificate"
    return f"{stem}-{record_id[:8]}{suffix}"


def save_certificate(
    parent: QWidget, ctx: Context, record_id: str, title: str, report: Report
) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RecordActions", "Save certificate"),
        str(Path.home() / _default_name(title, record_id, ".pdf")),
        translate("RecordActions", "PDF files (*.pdf)"),
    )
    if not path:
        return
    target = Path(path)
    report(translate("RecordActions", "Saving the certificate…"), True)
    try:
        pdf = credit.certificate_pdf(ctx, record_id)  # Qt draws it: on this, the UI thread
    except UserError as exc:
        report(error_text(exc), False)
        return

    def work() -> Path:
        exports.save_file(target, pdf)
        return target

    def saved(where: Path) -> None:
        report(
            translate("RecordActions", "Certificate saved to {where}.").format(where=where), True
        )
        notify(
            parent, translate("RecordActions", "Certificate saved to {where}.").format(where=where)
        )

    run_in_background(
        work,
        on_success=saved,
        on_failure=lambda exc: report(
            error_text(exc)
            if isinstance(exc, UserError)
            else translate("RecordActions", "The certificate could not be saved: {reason}").format(
                reason=exc
            ),
            False,
        ),
    )


def save_record(parent: QWidget, ctx: Context, record_id: str, title: str, report: Report) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RecordActions", "Save completion record"),
        str(Path.home() / _default_name(title, record_id, ".json")),
        translate("RecordActions", "Completion records (*.json)"),
    )
    if not path:
        return
    try:
        exports.save_file(Path(path), credit.record_json(ctx, record_id).encode("utf-8"))
    except UserError as exc:
        report(error_text(exc), False)
        return
    report(translate("RecordActions", "Record saved to {path}.").format(path=path), True)
    notify(
        parent, translate("RecordActions", "Completion record saved to {path}.").format(path=path)
    )


def open_certificate(parent: QWidget, ctx: Context, record_id: str, report: Report) -> None:
    """Write the certificate into the data folder and open it in the PDF viewer."""
    target = ctx.paths.root / "certificates" / f"{record_id}.pdf"
    try:
        pdf = credit.certificate_pdf(ctx, record_id)  # Qt draws it: on this, the UI thread
    except UserError as exc:
        report(error_text(exc), False)
        return

    def work() -> str:
        target.parent.mkdir(parents=True, exist_ok=True)
        exports.save_file(target, pdf)
        return str(target)

    def opened(where: str) -> None:
        report(
            translate("RecordActions", "Certificate opened from {where}.").format(where=where), True
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(where))

    report(translate("RecordActions", "Opening the certificate…"), True)
    run_in_background(
        work,
        on_success=opened,
        on_failure=lambda exc: report(
            error_text(exc)
            if isinstance(exc, UserError)
            else translate("RecordActions", "Could not open it: {reason}").format(reason=exc),
            False,
        ),
    )
