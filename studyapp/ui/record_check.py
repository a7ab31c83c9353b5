"""File > Check a completion record: is a saved record, certificate or transcript exactly
as it was signed? Checked off the UI thread; a transcript shows its progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from studyapp.services import record_signing
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.tasks import run_in_background


def check_record_file(parent: QWidget, ctx: Context) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        "Check a completion record",
        str(Path.home()),
        "Completion records, certificates and transcripts (*.json *.pdf);;All files (*)",
    )
    if not path:
        return
    show_check(parent, ctx, Path(path))


def _progress_dialog(parent: QWidget, name: str) -> QProgressDialog:
    dialog = QProgressDialog(f"Checking the signatures in {name}…", "", 0, 0, parent)
    dialog.setObjectName("record-check-progress")
    dialog.setWindowTitle("Checking")
    dialog.setCancelButton(None)  # one check is short; a transcript's is seconds at most
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def show_check(
    parent: QWidget,
    ctx: Context,
    path: Path,
    shown: Callable[[QMessageBox], None] = lambda _box: None,
) -> None:
    known = record_signing.known_keys(ctx)
    originals = record_signing.history_originals(ctx)
    dialog = _progress_dialog(parent, path.name)

    def work(progress: Callable[[int, str], None]) -> tuple[str, bool, bool]:
        def counted(done: int, total: int) -> None:
            progress(round(100 * done / total), f"Checked {done} of {total} signatures…")

        try:
            check = record_signing.check_file(path, known, counted, originals)
        except UserError as exc:
            return str(exc), False, False
        return check.message, check.valid, check.transcript

    def progressed(percent: int, text: str) -> None:
        dialog.setMaximum(100)
        dialog.setValue(percent)
        dialog.setLabelText(text)

    def finished(result: tuple[str, bool, bool]) -> None:
        dialog.close()
        text, good, transcript = result
        shown(_result_box(parent, path, text, good, "Transcript" if transcript else "Record"))

    def failed(exc: BaseException) -> None:
        dialog.close()
        shown(_result_box(parent, path, f"The file could not be checked: {exc}", False))

    run_in_background(work, on_success=finished, on_failure=failed, on_progress=progressed)


def _result_box(
    parent: QWidget, path: Path, text: str, good: bool, what: str = "Record"
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information if good else QMessageBox.Icon.Warning,
        f"{what} checks out" if good else f"{what} does not check out",
        f"{path.name}\n\n{text}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("record-check")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
