"""Signing completion records as they are made, and checking records later.

Each data folder makes its own Ed25519 key the first time it signs. The key's did:key
is the name an institution records when it sets a computer up (`studyapp record key`);
a record signed by a key the institution did not record proves only that it is
unchanged, not where it came from. docs/records.md says what this does and does not
protect against.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from studyapp.core.message import QT_TRANSLATE_NOOP, Message, message_of
from studyapp.records import (
    completion,
    did_key,
    pdf_attachment,
    rdfc,
    record_diff,
    signing,
    strict_json,
    transcript_credential,
)
from studyapp.records.signing import Verdict
from studyapp.records.verification_code import verification_code
from studyapp.services import record_verdicts
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.protection import is_unlocked, require_unlocked
from studyapp.services.verdict_words import transcript_report, transcript_valid, verdict_message
from studyapp.storage import completion_records as record_store
from studyapp.storage import signing_keys
from studyapp.storage.models import SigningKey

Progress = Callable[[int, int], None]
# The stored copy of a record, by id, to say what was changed in a presented one.
Originals = Callable[[str], dict[str, Any] | None]


@dataclass(frozen=True)
class RecordCheck:
    verdict: Verdict
    did: str | None
    this_computer: bool
    message: str
    transcript: bool = False

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


def signing_key(session: Session, now: dt.datetime) -> SigningKey:
    """The key to sign with, made on first use."""
    key = signing_keys.newest(session)
    if key is None:
        private = signing.new_private_key()
        key = signing_keys.add(
            session,
            SigningKey(
                created_at=now,
                private_key=private,
                did=did_key.did_from_public_key(signing.public_key(private)),
            ),
        )
    return key


def sign_record(session: Session, facts: completion.CompletionFacts, now: dt.datetime) -> dict:
    """A new completion record: issued by this data folder's key (its did:key is the
    issuer), signed with eddsa-rdfc-2022."""
    key = signing_key(session, now)
    return rdfc.sign(completion.build(facts, key.did), key.private_key, now)


def this_computers_key(ctx: Context) -> str:
    """The did:key records from this data folder are signed with (made if need be)."""
    with ctx.db.transaction() as s:
        return signing_key(s, ctx.now()).did


def check_document(
    document: Any,
    known: set[str] | None = None,
    progress: Progress | None = None,
    originals: Originals | None = None,
) -> RecordCheck:
    """A completion record or a whole transcript, checked against its signatures.
    With `originals`, an altered record also says which of its parts changed."""
    if transcript_credential.is_transcript(document):
        if len(transcript_credential.inner_records(document)) > transcript_credential.MAX_RECORDS:
            return _unreadable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the transcript holds over {count:,} records, more than StudyApp checks "
                        "in one file",
                    ),
                    count=transcript_credential.MAX_RECORDS,
                )
            )
        return _check_transcript(document, known or set(), progress)
    result = signing.verify(document)
    this_computer = result.did is not None and result.did in (known or set())
    message = verdict_message(result, this_computer)
    if result.verdict is Verdict.ALTERED and originals is not None:
        changed = _what_changed(document, originals)
        if changed:
            message = Message.joined([message, changed], " ")
    return RecordCheck(result.verdict, result.did, this_computer, message)


def _what_changed(document: dict[str, Any], originals: Originals) -> Message | None:
    record_id = document.get("id")
    if not isinstance(record_id, str):
        return None
    original = originals(record_id.removeprefix("urn:uuid:"))
    if original is None:
        return None
    parts = record_diff.changed_parts(original, document)
    if not parts:
        return None
    return Message(
        QT_TRANSLATE_NOOP("Messages", "Compared with this computer's copy, these differ: {parts}."),
        parts=", ".join(parts),
    )


def _check_transcript(
    document: dict[str, Any], known: set[str], progress: Progress | None
) -> RecordCheck:
    result = transcript_credential.verify(document, progress)
    outer = result.outer
    this_computer = outer.did is not None and outer.did in known
    count = len(result.inner)
    failed = result.failed
    if result.valid:
        return RecordCheck(
            outer.verdict,
            outer.did,
            this_computer,
            transcript_valid(count, this_computer, outer.did),
            transcript=True,
        )
    report = transcript_report(outer, failed, count, known, this_computer)
    verdict = outer.verdict if not outer.valid else failed[0].verification.verdict
    return RecordCheck(verdict, outer.did, this_computer, report, transcript=True)


def check_text(
    text: str,
    known: set[str] | None = None,
    progress: Progress | None = None,
    originals: Originals | None = None,
) -> RecordCheck:
    try:
        document = strict_json.loads(text)
    except strict_json.JsonRefusedError as exc:
        return _unreadable(message_of(exc))
    return check_document(document, known, progress, originals)


def check_file(
    path: Path,
    known: set[str] | None = None,
    progress: Progress | None = None,
    originals: Originals | None = None,
) -> RecordCheck:
    """Check a saved record or transcript, or the one attached to a certificate or
    transcript PDF; raises UserError when the file cannot be read at all."""
    try:
        size = path.stat().st_size
        if size > pdf_attachment.MAX_PDF_BYTES:
            return _unreadable(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "the file is over {count} MB"),
                    count=pdf_attachment.MAX_PDF_BYTES // 1_000_000,
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Could not read {name}: {reason}."),
            name=path.name,
            reason=exc.strerror or exc,
        ) from exc
    if pdf_attachment.is_pdf(data):
        try:
            attached = pdf_attachment.attached_record(data)
        except pdf_attachment.PdfRecordError as exc:
            return _unreadable(message_of(exc))
        check = check_text(attached, known, progress, originals)
        return _matches_print(check, attached, pdf_attachment.printed_code(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{name} is not a text file, so it is not a record."),
            name=path.name,
        ) from exc
    return check_text(text, known, progress, originals)


def _matches_print(check: RecordCheck, attached: str, printed: str | None) -> RecordCheck:
    """A valid record attached to a PDF printed for another one (the attachment swapped)
    is caught by the verification code printed on the page."""
    if not check.valid or printed is None:
        return check
    proof = strict_json.loads(attached).get("proof", {})
    own = verification_code(proof.get("proofValue", ""))
    if printed == own:
        return check
    if check.transcript:
        message = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The attached transcript checks out on its own, but it is not the one this PDF "
                "was printed for: the page shows verification code {printed}, the attached "
                "transcript has {own}. Do not accept it; ask for the original file.",
            ),
            printed=printed,
            own=own,
        )
    else:
        message = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The attached record checks out on its own, but it is not the one this PDF was "
                "printed for: the page shows verification code {printed}, the attached record "
                "has {own}. Do not accept it; ask for the original file.",
            ),
            printed=printed,
            own=own,
        )
    return RecordCheck(Verdict.ALTERED, check.did, check.this_computer, message, check.transcript)


def _unreadable(reason: str) -> RecordCheck:
    return RecordCheck(
        Verdict.UNREADABLE,
        None,
        False,
        Message(
            QT_TRANSLATE_NOOP("Messages", "This is not a record StudyApp can check: {reason}."),
            reason=reason,
        ),
    )


def known_keys(ctx: Context) -> set[str]:
    """Every key this data folder has signed with."""
    with ctx.db.transaction() as s:
        return signing_keys.known_dids(s)


_VERDICTS: OrderedDict[str, RecordCheck] = OrderedDict()
_VERDICTS_KEPT = 4096


def check_record(ctx: Context, record_id: str) -> RecordCheck:
    """Check a record in the history against its own signature. A valid verdict is kept
    with the record's hash (in memory and in the database), so a record is checked once
    until its text changes."""
    with ctx.db.transaction() as s:
        row = record_store.get(s, record_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That completion record does not exist."))
        learner_id, text = row.learner_id, row.record_json
        known = signing_keys.known_dids(s)
    require_unlocked(ctx, learner_id)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest() + " ".join(sorted(known))
    kept = _VERDICTS.get(digest)
    if kept is not None:
        _VERDICTS.move_to_end(digest)
        return kept
    signer = record_verdicts.kept_valid(ctx, text)
    if signer is not None:
        this_computer = signer in known
        found = signing.Verification(Verdict.VALID, signer, "it is exactly as it was signed")
        check = RecordCheck(
            Verdict.VALID, signer, this_computer, verdict_message(found, this_computer)
        )
    else:
        check = check_text(text, known)
        if check.valid:
            record_verdicts.keep_valid(ctx, text)
    _VERDICTS[digest] = check
    while len(_VERDICTS) > _VERDICTS_KEPT:
        _VERDICTS.popitem(last=False)
    return check


def history_originals(ctx: Context) -> Originals:
    """The copies of records in this data folder's history, for saying what changed in
    a presented one; a protected profile's records stay out of it until unlocked."""

    def original(record_id: str) -> dict[str, Any] | None:
        with ctx.db.transaction() as s:
            row = record_store.get(s, record_id)
            if row is None:
                return None
            learner_id, text = row.learner_id, row.record_json
        if not is_unlocked(ctx, learner_id):
            return None
        try:
            document = strict_json.loads(text)
        except strict_json.JsonRefusedError:
            return None
        return document if isinstance(document, dict) else None

    return original
