"""The audit pack of one licence cycle: what a board's auditor asks for, in one zip.

It holds the signed transcript of the cycle's StudyApp records (PDF, and the CLR
credential as JSON), every outside certificate and imported record that counts toward the
cycle, a list of the credits (credits.csv) and a summary (README.txt). Like transcripts it
is made in two steps for the app's two threads: `prepare` reads and signs on a worker; the
transcript PDF is drawn on the UI thread (transcript_export.render); `build_zip` packs.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.credit import from_quarters
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.core.requirements import CycleProgress, ShortfallCode
from studyapp.records.transcript_credential import Period
from studyapp.services import exports, transcript_export, wallet
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.transcript_export import SignedTranscript, TranscriptFiles
from studyapp.services.wallet import CredentialView, WalletCredit
from studyapp.storage import wallet as wallet_store

SOURCES = {
    "studyapp": "StudyApp record (in the transcript)",
    "certificate": "Outside certificate",
    "record": "Imported signed record",
}
VERDICTS = {
    "valid": "signature checks out",
    "unsigned": "not signed",
    "unreadable": "signature not checkable offline",
}


@dataclass(frozen=True)
class AuditParts:
    credential: CredentialView
    progress: CycleProgress
    credits: list[WalletCredit]
    transcript: SignedTranscript | None
    files: dict[str, bytes]  # name in the zip -> bytes


def _safe(text: str, limit: int = 60) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:limit].lower() or "credit"


def prepare(ctx: Context, learner_id: int, credential_id: int) -> AuditParts:
    """Everything the pack holds but the transcript's PDF (slow for long histories)."""
    found = wallet.wallet(ctx, learner_id)
    entry = next((e for e in found.entries if e.credential.id == credential_id), None)
    if entry is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "That licence or certification is no longer in your wallet."
            )
        )
    counting = entry.progress.counting_keys
    # Oldest first, numbered in that order in the zip and in credits.csv.
    listed = sorted(
        (c for c in found.credits if c.credit.key in counting),
        key=lambda c: (c.credit.earned_on, c.credit.title),
    )
    files: dict[str, bytes] = {}
    with ctx.db.transaction() as s:
        for n, c in enumerate(listed, start=1):
            if c.outside_id is None:
                continue
            row = wallet_store.outside_credit(s, learner_id, c.outside_id)
            if row is None:
                continue
            stem = f"{n:02d}-{_safe(row.title)}"
            if row.record_json:
                files[f"records/{stem}.json"] = row.record_json.encode("utf-8")
            data = wallet_store.outside_file(s, row.id) if row.file_name else None
            if data is not None and row.file_name:
                suffix = Path(row.file_name).suffix.lower()[:8] or ".bin"
                files[f"certificates/{stem}{suffix}"] = data
    cycle = entry.credential.cycle
    try:
        signed = transcript_export.sign(ctx, learner_id, Period(cycle.start, cycle.end))
    except UserError:
        signed = None  # no StudyApp record in the cycle: the pack holds outside credit only
    return AuditParts(entry.credential, entry.progress, listed, signed, files)


def _credits_csv(parts: AuditParts) -> bytes:
    topics_of = {t.rule.topic: set(t.counted) for t in parts.progress.topics}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "Date",
            "Title",
            "Provider",
            "Credits",
            "Credit type",
            "Topics",
            "Source",
            "Check",
            "Counts toward",
        ]
    )
    for c in parts.credits:
        toward = ["total"] if c.credit.key in parts.progress.counted else []
        toward += [topic for topic, keys in topics_of.items() if c.credit.key in keys]
        writer.writerow(
            [
                c.credit.earned_on.isoformat(),
                c.credit.title,
                c.provider,
                str(from_quarters(c.credit.quarters)),
                c.credit.credit_type,
                "; ".join(sorted(c.credit.topics)),
                SOURCES[c.source],
                VERDICTS.get(c.verdict or "", "") if c.source == "record" else "",
                "; ".join(toward),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # a BOM, so spreadsheets read UTF-8


def _readme(parts: AuditParts, transcript: TranscriptFiles | None) -> bytes:
    view, prog = parts.credential, parts.progress
    d = view.data
    lines = [
        f"Audit pack: {view.name}",
        f"Number: {d.number or 'not given'}",
        f"Cycle: {view.cycle.start.isoformat()} to {view.cycle.end.isoformat()}",
        f"Requirements: {d.requirements_source}",
        "",
        f"Credits toward the total: {from_quarters(prog.earned_quarters)} of "
        f"{from_quarters(view.requirements.total_quarters)}",
    ]
    for t in prog.topics:
        state = (
            "not required this cycle"
            if not t.applies
            else ("met" if t.met else f"{from_quarters(t.missing_quarters)} hours missing")
        )
        lines.append(
            f"Topic '{t.rule.topic}' ({t.rule.recurrence.value}): "
            f"{from_quarters(t.earned_quarters)} of {from_quarters(t.rule.quarters)} hours, {state}"
        )
    missing = [m for m in prog.missing if m.code is ShortfallCode.TOTAL]
    lines.append("")
    lines.append("All requirements are met." if prog.met else "Requirements are not yet met.")
    if missing:
        lines.append(f"Credits still needed: {from_quarters(missing[0].missing_quarters)}")
    lines += ["", "In this pack:", "  credits.csv: every credit that counts toward this cycle"]
    if transcript is not None:
        lines.append(
            f"  transcript.pdf and transcript-clr.json: the cycle's {transcript.count} StudyApp "
            "records, signed (check with StudyApp's File > Check a completion record, or any "
            "Verifiable Credentials verifier)"
        )
    for name in sorted(parts.files):
        lines.append(f"  {name}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_zip(parts: AuditParts, transcript: TranscriptFiles | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("README.txt", _readme(parts, transcript))
        z.writestr("credits.csv", _credits_csv(parts))
        if transcript is not None:
            z.writestr("transcript.pdf", transcript.pdf)
            if transcript.credential_json:
                z.writestr("transcript-clr.json", transcript.credential_json)
        for name, data in sorted(parts.files.items()):
            z.writestr(name, data)
    return buffer.getvalue()


def suggested_name(parts: AuditParts) -> str:
    return f"audit-{_safe(parts.credential.name, 40)}-{parts.credential.cycle.end.isoformat()}.zip"


def make(ctx: Context, learner_id: int, credential_id: int, target: Path) -> None:
    """All three steps at once (the command line and tests)."""
    parts = prepare(ctx, learner_id, credential_id)
    files = transcript_export.render(parts.transcript) if parts.transcript else None
    exports.save_file(target, build_zip(parts, files))
