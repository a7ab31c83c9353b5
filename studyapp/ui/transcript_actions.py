"""Save the CME transcript (signed CLR 2.0 credential, or the printable PDF carrying it)
for the dates the history shows. `report(text, ok)` says how it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from studyapp.records.transcript_credential import Period
from studyapp.services import exports, transcript_export
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text
from studyapp.ui.record_actions import Report
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify


def pdf_filter() -> str:
    return translate("TranscriptActions", "Printable transcript with the signed credential (*.pdf)")


def json_filter() -> str:
    return translate("TranscriptActions", "Signed transcript credential, CLR 2.0 (*.json)")


def _default_name(period: Period) -> str:
    if period.start or period.end:
        start = period.start.isoformat() if period.start else "start"
        end = period.end.isoformat() if period.end else "today"
        return f"CME-transcript-{start}-to-{end}.pdf"
    return "CME-transcript.pdf"


def save_transcript(
    parent: QWidget,
    ctx: Context,
    learner_id: int,
    period: Period,
    report: Report,
    done: Callable[[], None] = lambda: None,
) -> bool:
    """Ask where, then make and save the transcript off the UI thread. False when the
    user cancelled (nothing started)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("TranscriptActions", "Save CME transcript"),
        str(Path.home() / _default_name(period)),
        f"{pdf_filter()};;{json_filter()}",
    )
    if not path:
        return False
    target = Path(path)
    as_json = chosen == json_filter() or target.suffix.lower() == ".json"
    if target.suffix.lower() not in (".pdf", ".json"):
        target = target.with_suffix(".json" if as_json else ".pdf")
    report(translate("TranscriptActions", "Making and signing the transcript…"), True)

    def failed(exc: BaseException) -> None:
        report(
            error_text(exc)
            if isinstance(exc, UserError)
            else translate(
                "TranscriptActions", "The transcript could not be saved: {reason}"
            ).format(reason=exc),
            False,
        )
        done()

    def saved(count: int) -> None:
        text = (
            translate("TranscriptActions", "Transcript of 1 record saved to {target}.")
            if count == 1
            else translate("TranscriptActions", "Transcript of {count} records saved to {target}.")
        ).format(count=count, target=target)
        report(text, True)
        notify(parent, text)
        done()

    def signed(transcript: transcript_export.SignedTranscript) -> None:
        # Drawn here, on the UI thread, as Qt requires (ui/tasks.py); written on a worker.
        try:
            files = transcript_export.render(transcript)
        except Exception as exc:
            failed(exc)
            return
        data = files.credential_json.encode("utf-8") if as_json else files.pdf

        def write() -> int:
            exports.save_file(target, data)
            return files.count

        run_in_background(write, on_success=saved, on_failure=failed)

    def sign() -> transcript_export.SignedTranscript:
        return transcript_export.sign(ctx, learner_id, period)

    run_in_background(sign, on_success=signed, on_failure=failed)
    return True
