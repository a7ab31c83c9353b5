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
from studyapp.ui.record_actions import Report
from studyapp.ui.tasks import run_in_background

PDF_FILTER = "Printable transcript with the signed credential (*.pdf)"
JSON_FILTER = "Signed transcript credential, CLR 2.0 (*.json)"


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
        "Save CME transcript",
        str(Path.home() / _default_name(period)),
        f"{PDF_FILTER};;{JSON_FILTER}",
    )
    if not path:
        return False
    target = Path(path)
    as_json = chosen == JSON_FILTER or target.suffix.lower() == ".json"
    if target.suffix.lower() not in (".pdf", ".json"):
        target = target.with_suffix(".json" if as_json else ".pdf")
    report("Making and signing the transcript…", True)

    def work() -> tuple[Path, int]:
        files = transcript_export.make(ctx, learner_id, period)
        exports.save_file(target, files.credential_json.encode("utf-8") if as_json else files.pdf)
        return target, files.count

    def saved(result: tuple[Path, int]) -> None:
        where, count = result
        report(f"Transcript of {count} record{'s' if count != 1 else ''} saved to {where}.", True)
        done()

    def failed(exc: BaseException) -> None:
        report(
            str(exc) if isinstance(exc, UserError) else f"The transcript could not be saved: {exc}",
            False,
        )
        done()

    run_in_background(work, on_success=saved, on_failure=failed)
    return True
