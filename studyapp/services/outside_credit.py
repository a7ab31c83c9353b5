"""Credit earned elsewhere: outside certificates the learner enters, and signed
completion records from another StudyApp or any Open Badges 3.0 issuer, checked on import.

A certificate's file is kept inside the database, in the data folder, so that backups and
restores carry it with its row. An imported record keeps its text, its verdict and its
signer; a record that fails its check is refused, never kept as if it were good.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from studyapp.core.message import QT_TRANSLATE_NOOP, Message, message_of
from studyapp.core.requirements import quarters_earned
from studyapp.records import pdf_attachment, strict_json
from studyapp.records.signing import Verdict
from studyapp.services import record_signing
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context, ReadOnlyFolderError
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.protection import require_unlocked
from studyapp.storage import wallet as wallet_store
from studyapp.storage.models import CompletionRecord, OutsideCredit

MAX_FILE_BYTES = 20_000_000
MAX_CREDITS = Decimal(1000)
# What a certificate file may be, by its first bytes (not its name).
FILE_KINDS = {
    b"%PDF-": "PDF",
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
}
KEEP_FILE = object()  # edit: leave the stored certificate file as it is


@dataclass(frozen=True)
class OutsideData:
    title: str
    provider: str
    earned_on: dt.date
    credits: Decimal
    credit_type: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordImport:
    """A signed record read from a file and checked, ready to add to the wallet."""

    text: str
    record_id: str
    verdict: Verdict
    signer: str | None
    message: str
    suggested: OutsideData


def read_certificate_file(path: Path) -> tuple[str, bytes]:
    """The file's name and bytes, or UserError saying why it cannot be kept."""
    try:
        if not path.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is not a file. Choose the certificate's PDF or image."
                ),
                name=path.name,
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is over {value} MB. Save the certificate as a smaller PDF or image "
                    "and choose that.",
                ),
                name=path.name,
                value=MAX_FILE_BYTES // 1_000_000,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Could not read {name}: {reason}."),
            name=path.name,
            reason=exc.strerror or exc,
        ) from exc
    if not any(data.startswith(magic) for magic in FILE_KINDS):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a PDF, PNG or JPEG file, so it cannot be kept as a certificate. "
                "Save or scan the certificate as one of those and choose that.",
            ),
            name=path.name,
        )
    return path.name, data


def file_kind(data: bytes) -> str:
    return next((kind for magic, kind in FILE_KINDS.items() if data.startswith(magic)), "file")


def _validate(data: OutsideData, today: dt.date) -> int:
    problems: dict[str, str] = {}
    if not data.title.strip():
        problems["title"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Enter the activity's title, as the certificate gives it."
            )
        )
    if data.earned_on > today:
        problems["earned_on"] = Message(
            QT_TRANSLATE_NOOP("Messages", "The date earned cannot be in the future.")
        )
    try:
        credits = Decimal(str(data.credits))
    except InvalidOperation:
        credits = Decimal(-1)
    if not credits.is_finite() or credits <= 0 or credits > MAX_CREDITS:
        problems["credits"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Enter the credits earned: more than 0, at most {most}."),
            most=MAX_CREDITS,
        )
    if problems:
        raise ValidationError(problems)
    # Credit is counted in steps of 0.25, rounded down: never more than the certificate says.
    return quarters_earned(credits)


def _writable(ctx: Context, learner_id: int) -> None:
    require_unlocked(ctx, learner_id)
    if ctx.read_only:
        raise ReadOnlyFolderError()


def add(
    ctx: Context,
    learner_id: int,
    data: OutsideData,
    file: tuple[str, bytes] | None = None,
    record: RecordImport | None = None,
) -> str:
    """Keep an outside credit (with its certificate file, or the record it came from)."""
    _writable(ctx, learner_id)
    quarters = _validate(data, ctx.today())
    credit_id = record.record_id if record is not None else str(uuid.uuid4())
    with ctx.db.transaction() as s:
        if record is not None and (
            s.get(OutsideCredit, credit_id) is not None
            or s.get(CompletionRecord, credit_id) is not None
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This record is already in your wallet or your CME history."
                )
            )
        row = OutsideCredit(id=credit_id, learner_id=learner_id, added_at=ctx.now())
        _apply(row, data, quarters)
        if record is not None:
            row.record_json, row.verdict, row.signer = (
                record.text,
                record.verdict.value,
                record.signer,
            )
        row.file_name = file[0] if file else None
        s.add(row)
        s.flush()
        wallet_store.put_outside_file(s, credit_id, file[1] if file else None)
    ctx.changes.publish(Changed(Change.WALLET, learner_id))
    return credit_id


def edit(
    ctx: Context, learner_id: int, credit_id: str, data: OutsideData, file: Any = KEEP_FILE
) -> None:
    """Change what the learner entered; `file` None removes the certificate file."""
    _writable(ctx, learner_id)
    quarters = _validate(data, ctx.today())
    with ctx.db.transaction() as s:
        row = wallet_store.outside_credit(s, learner_id, credit_id)
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "That credit is no longer in your wallet.")
            )
        _apply(row, data, quarters)
        if file is not KEEP_FILE:
            row.file_name = file[0] if file else None
            wallet_store.put_outside_file(s, credit_id, file[1] if file else None)
    ctx.changes.publish(Changed(Change.WALLET, learner_id))


def _apply(row: OutsideCredit, data: OutsideData, quarters: int) -> None:
    row.title = data.title.strip()
    row.provider = data.provider.strip()
    row.earned_on = data.earned_on
    row.quarters = quarters
    row.credit_type = data.credit_type.strip()
    row.topics = "\n".join(t.strip() for t in data.topics if t.strip())


def remove(ctx: Context, learner_id: int, credit_id: str) -> None:
    _writable(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = wallet_store.outside_credit(s, learner_id, credit_id)
        if row is not None:
            s.delete(row)
    ctx.changes.publish(Changed(Change.WALLET, learner_id))


def certificate_file(ctx: Context, learner_id: int, credit_id: str) -> tuple[str, bytes] | None:
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = wallet_store.outside_credit(s, learner_id, credit_id)
        if row is None or row.file_name is None:
            return None
        data = wallet_store.outside_file(s, credit_id)
        return None if data is None else (row.file_name, data)


def outside_data(ctx: Context, learner_id: int, credit_id: str) -> OutsideData | None:
    with ctx.db.transaction() as s:
        row = wallet_store.outside_credit(s, learner_id, credit_id)
        if row is None:
            return None
        return OutsideData(
            row.title,
            row.provider,
            row.earned_on,
            Decimal(row.quarters) / 4,
            row.credit_type,
            tuple(t for t in row.topics.split("\n") if t),
        )


def read_record(ctx: Context, path: Path) -> RecordImport:
    """Read and check a signed completion record (JSON, or attached to a certificate PDF).
    Raises UserError, saying why, for a record that is altered, signed by a key its issuer
    does not control, not a record at all, or already held."""
    known = record_signing.known_keys(ctx)
    check = record_signing.check_file(path, known)
    if check.transcript:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This is a whole transcript, not one completion record. Import the records it "
                "lists one at a time, from their own files.",
            )
        )
    if check.verdict in (Verdict.ALTERED, Verdict.NOT_CONTROLLER):
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Not added. {message}"), message=check.message
        )
    try:
        text = _record_text(path)
        document = strict_json.loads(text)
    except (pdf_attachment.PdfRecordError, strict_json.JsonRefusedError, UnicodeDecodeError) as exc:
        if check.verdict is Verdict.UNREADABLE:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Not added. {message}"), message=check.message
            ) from exc
        raise UserError(message_of(exc)) from exc
    if not isinstance(document, dict) or "credentialSubject" not in document:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This is not a completion record StudyApp can read: it is not an Open Badges "
                "credential. Add the certificate as an outside certificate instead.",
            )
        )
    verdict = check.verdict
    message = check.message
    if verdict is Verdict.UNREADABLE:
        # A proof StudyApp cannot check offline (a web key): kept, and said so.
        message = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The record's signature cannot be checked on this computer (it does not use a "
                "did:key). It is kept as not checked.",
            )
        )
    record_id = _record_id(document)
    with ctx.db.transaction() as s:
        if s.get(CompletionRecord, record_id) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This record is already in your CME history on this computer."
                )
            )
        if s.get(OutsideCredit, record_id) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "This record is already in your wallet."))
    return RecordImport(
        text, record_id, verdict, check.did, message, _suggested(document, ctx.today())
    )


def _record_text(path: Path) -> str:
    data = path.read_bytes()
    if pdf_attachment.is_pdf(data):
        return pdf_attachment.attached_record(data)
    return data.decode("utf-8")


def _record_id(document: dict[str, Any]) -> str:
    raw = str(document.get("id") or "")
    if raw.startswith("urn:uuid:"):
        return raw.removeprefix("urn:uuid:")[:36]
    if not raw:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This record has no id, so StudyApp cannot tell it from others. Add the "
                "certificate as an outside certificate instead.",
            )
        )
    return str(uuid.uuid5(uuid.NAMESPACE_URL, raw))


def _suggested(document: dict[str, Any], today: dt.date) -> OutsideData:
    """What the record states, for the learner to confirm: OB 3.0 fields, and StudyApp's
    own credit type and amount where the record carries them."""
    subject = document.get("credentialSubject") or {}
    subject = subject[0] if isinstance(subject, list) and subject else subject
    achievement = subject.get("achievement") or {} if isinstance(subject, dict) else {}
    issuer = document.get("issuer")
    provider = ""
    creator = achievement.get("creator") if isinstance(achievement, dict) else None
    if isinstance(creator, dict):
        provider = str(creator.get("name") or "")
    if not provider:
        provider = str(issuer.get("name") or "") if isinstance(issuer, dict) else str(issuer or "")
    title = str(achievement.get("name") or document.get("name") or "")
    when = str(document.get("validFrom") or document.get("issuanceDate") or "")
    try:
        earned = dt.datetime.fromisoformat(when.replace("Z", "+00:00")).date()
    except ValueError:
        earned = today
    credits = subject.get("creditsEarned", achievement.get("creditsAvailable", 0))
    try:
        amount = Decimal(str(credits))
    except InvalidOperation:
        amount = Decimal(0)
    tags = achievement.get("tag") if isinstance(achievement.get("tag"), list) else []
    return OutsideData(
        title[:300],
        provider[:300],
        min(earned, today),
        amount if amount.is_finite() else Decimal(0),
        str(achievement.get("creditType") or "")[:200],
        tuple(str(t)[:200] for t in tags if isinstance(t, str)),
    )
