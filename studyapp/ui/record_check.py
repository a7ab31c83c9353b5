"""File > Check a completion record: is a saved record exactly as it was signed?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studyapp.services import record_signing
from studyapp.services.context import Context
from studyapp.services.errors import UserError


def check_record_file(parent: QWidget, ctx: Context) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        "Check a completion record",
        str(Path.home()),
        "Completion records and certificates (*.json *.pdf);;All files (*)",
    )
    if not path:
        return
    show_check(parent, ctx, Path(path))


def show_check(parent: QWidget, ctx: Context, path: Path) -> QMessageBox:
    try:
        check = record_signing.check_file(path, record_signing.known_keys(ctx))
        text, good = check.message, check.valid
    except UserError as exc:
        text, good = str(exc), False
    box = QMessageBox(
        QMessageBox.Icon.Information if good else QMessageBox.Icon.Warning,
        "Record checks out" if good else "Record does not check out",
        f"{path.name}\n\n{text}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("record-check")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
