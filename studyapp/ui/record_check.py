"""File > Check a completion record: is a saved record, certificate or transcript exactly
as it was signed? Checked off the UI thread; a transcript shows its progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from studyapp.core.message import QT_TRANSLATE_NOOP, Message, message_of
from studyapp.services import record_signing
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import say
from studyapp.ui.tasks import run_in_background


def check_record_file(parent: QWidget, ctx: Context) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RecordCheck", "Check a completion record"),
        str(Path.home()),
        translate(
            "RecordCheck",
            "Completion records, certificates and transcripts (*.json *.pdf);;All files (*)",
        ),
    )
    if not path:
        return
    show_check(parent, ctx, Path(path))


def _progress_dialog(parent: QWidget, name: str) -> QProgressDialog:
    dialog = QProgressDialog(
        translate("RecordCheck", "Checking the signatures in {name}…").format(name=name),
        "",
        0,
        0,
        parent,
    )
    dialog.setObjectName("record-check-progress")
    dialog.setWindowTitle(translate("RecordCheck", "Checking"))
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
            progress(
                round(100 * done / total),
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Checked {done} of {total} signatures…"),
                    done=done,
                    total=total,
                ),
            )

        try:
            check = record_signing.check_file(path, known, counted, originals)
        except UserError as exc:
            return message_of(exc), False, False
        return check.message, check.valid, check.transcript

    def progressed(percent: int, text: str) -> None:
        dialog.setMaximum(100)
        dialog.setValue(percent)
        dialog.setLabelText(say(text))

    def finished(result: tuple[str, bool, bool]) -> None:
        dialog.close()
        text, good, transcript = result
        shown(_result_box(parent, path, say(text), good, transcript))

    def failed(exc: BaseException) -> None:
        dialog.close()
        shown(
            _result_box(
                parent,
                path,
                translate("RecordCheck", "The file could not be checked: {reason}").format(
                    reason=exc
                ),
                False,
            )
        )

    run_in_background(work, on_success=finished, on_failure=failed, on_progress=progressed)


def _verdict_title(good: bool, transcript: bool) -> str:
    if transcript:
        if good:
            return translate("RecordCheck", "Transcript checks out")
        return translate("RecordCheck", "Transcript does not check out")
    if good:
        return translate("RecordCheck", "Record checks out")
    return translate("RecordCheck", "Record does not check out")


def _result_box(
    parent: QWidget, path: Path, text: str, good: bool, transcript: bool = False
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information if good else QMessageBox.Icon.Warning,
        _verdict_title(good, transcript),
        f"{path.name}\n\n{text}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("record-check")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
