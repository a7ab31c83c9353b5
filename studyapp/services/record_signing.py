"""Signing completion records as they are made, and checking records later.

Each data folder makes its own Ed25519 key the first time it signs. The key's did:key
is the name an institution records when it sets a computer up (`studyapp record key`);
a record signed by a key the institution did not record proves only that it is
unchanged, not where it came from. docs/records.md says what this does and does not
protect against.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from studyapp.records import completion, did_key, pdf_attachment, rdfc, signing, strict_json
from studyapp.records.signing import Verdict
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.protection import require_unlocked
from studyapp.storage import completion_records as record_store
from studyapp.storage import signing_keys
from studyapp.storage.models import SigningKey


@dataclass(frozen=True)
class RecordCheck:
    verdict: Verdict
    did: str | None
    this_computer: bool
    message: str

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


def _message(result: signing.Verification, this_computer: bool) -> str:
    if result.verdict is Verdict.VALID:
        where = (
            "by this computer's StudyApp"
            if this_computer
            else f"with key {result.did}. Check that this is a key you trust"
        )
        return f"Signature checks out: the record is exactly as it was signed {where}."
    if result.verdict is Verdict.ALTERED:
        return (
            "The signature does not match: this record was changed after it was signed. "
            "Do not accept it; ask for the original file."
        )
    if result.verdict is Verdict.NOT_CONTROLLER:
        return (
            "The signature does not belong to the record's issuer: it was made with a key "
            "the issuer does not control. Do not accept it; ask for the original file."
        )
    if result.verdict is Verdict.UNSIGNED:
        return (
            "This record has no signature, so it cannot be checked. Records made before "
            "StudyApp signed them have none; newer ones always do."
        )
    return f"This is not a record StudyApp can check: {result.reason}."


def check_document(document: Any, known: set[str] | None = None) -> RecordCheck:
    result = signing.verify(document)
    this_computer = result.did is not None and result.did in (known or set())
    return RecordCheck(result.verdict, result.did, this_computer, _message(result, this_computer))


def check_text(text: str, known: set[str] | None = None) -> RecordCheck:
    try:
        document = strict_json.loads(text)
    except strict_json.JsonRefusedError as exc:
        return RecordCheck(
            Verdict.UNREADABLE, None, False, f"This is not a record StudyApp can check: {exc}."
        )
    return check_document(document, known)


def check_file(path: Path, known: set[str] | None = None) -> RecordCheck:
    """Check a saved record, or the record attached to a certificate PDF; raises UserError
    when the file cannot be read at all."""
    try:
        size = path.stat().st_size
        if size > pdf_attachment.MAX_PDF_BYTES:
            return _unreadable(f"the file is over {pdf_attachment.MAX_PDF_BYTES // 1_000_000} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Could not read {path.name}: {exc.strerror or exc}.") from exc
    if pdf_attachment.is_pdf(data):
        try:
            return check_text(pdf_attachment.attached_record(data), known)
        except pdf_attachment.PdfRecordError as exc:
            return _unreadable(str(exc))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name} is not a text file, so it is not a record.") from exc
    return check_text(text, known)


def _unreadable(reason: str) -> RecordCheck:
    return RecordCheck(
        Verdict.UNREADABLE, None, False, f"This is not a record StudyApp can check: {reason}."
    )


def known_keys(ctx: Context) -> set[str]:
    """Every key this data folder has signed with."""
    with ctx.db.transaction() as s:
        return signing_keys.known_dids(s)


def check_record(ctx: Context, record_id: str) -> RecordCheck:
    """Check a record in the history against its own signature."""
    with ctx.db.transaction() as s:
        row = record_store.get(s, record_id)
        if row is None:
            raise UserError("That completion record does not exist.")
        learner_id, text = row.learner_id, row.record_json
        known = signing_keys.known_dids(s)
    require_unlocked(ctx, learner_id)
    return check_text(text, known)
