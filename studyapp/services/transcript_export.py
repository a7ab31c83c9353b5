"""The whole CME transcript as one signed credential (CLR 2.0) and a printable PDF that
carries it: from the learner's history, for a period.

Two steps, for the app's two threads: `sign` is slow for long histories (canonicalizing
hundreds of records), so the app runs it on a worker; `render` draws the PDF with Qt, so
it runs on the UI thread (ui/tasks.py says why). `make` does both, for the command line.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from studyapp.core.credit import from_quarters, to_quarters
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.records import completion, rdfc, strict_json, transcript_credential
from studyapp.records.branding import Branding
from studyapp.records.transcript_credential import Period
from studyapp.records.verification_code import verification_code
from studyapp.services import record_signing
from studyapp.services.branding import branding
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.protection import require_unlocked
from studyapp.services.transcript import day_bounds
from studyapp.storage import completion_records as record_store
from studyapp.storage import learners as learner_store


@dataclass(frozen=True)
class SignedTranscript:
    credential: dict  # empty when no record could go inside a credential
    credential_json: str
    learner: str
    period: Period
    issued: dt.datetime
    transcript_id: str
    rows: list[completion.CompletionFacts]
    wrapped_ids: frozenset[str]
    branding: Branding | None


@dataclass(frozen=True)
class TranscriptFiles:
    credential: dict
    credential_json: str
    pdf: bytes
    count: int  # records listed
    wrapped: int  # records inside the signed credential


def _records(ctx: Context, learner_id: int, period: Period) -> tuple[str, str, list[dict]]:
    lower, upper = day_bounds(period.start, period.end)
    with ctx.db.transaction() as s:
        learner = learner_store.get(s, learner_id)
        if learner is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That profile does not exist."))
        name, email = learner.full_name, learner.email
        if learner.credentials:
            name += f", {learner.credentials}"
        texts = [
            r.record_json
            for r, _pack in record_store.for_learner(s, learner_id, lower, upper, documents=True)
        ]
    return name, email, [strict_json.loads(t) for t in texts]


def _sums(rows: list[completion.CompletionFacts], sample: bool) -> dict[str, Decimal]:
    quarters: dict[str, int] = defaultdict(int)
    for f in rows:
        if f.is_sample == sample:
            quarters[f.credit_type] += to_quarters(f.credits_claimed)
    return {k: from_quarters(v) for k, v in sorted(quarters.items())}


def make(
    ctx: Context,
    learner_id: int,
    period: Period,
    progress: transcript_credential.Progress | None = None,
) -> TranscriptFiles:
    """Sign a transcript of the learner's records in the period and render its PDF.
    Raises UserError when the period holds no record."""
    return render(sign(ctx, learner_id, period, progress))


def sign(
    ctx: Context,
    learner_id: int,
    period: Period,
    progress: transcript_credential.Progress | None = None,
) -> SignedTranscript:
    """The signed credential and what the printed transcript lists. Raises UserError when
    the period holds no record."""
    require_unlocked(ctx, learner_id)
    name, email, records = _records(ctx, learner_id, period)
    if not records:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There are no completion records in this period, so there is no transcript to "
                "make. Choose other dates, or claim credit for an activity first.",
            )
        )
    now = ctx.now()
    wrapped = [r for r in records if transcript_credential.can_wrap(r)]
    transcript_id = str(uuid.uuid4())
    signed: dict | None = None
    if wrapped:
        with ctx.db.transaction() as s:
            key = record_signing.signing_key(s, now)
            did, private = key.did, key.private_key
        unsigned = transcript_credential.build(
            wrapped,
            transcript_id=transcript_id,
            learner_name=name,
            learner_email=email,
            issuer_id=did,
            issuer_name=completion.ISSUER_NAME,
            issued=now,
            period=period,
        )
        signed = rdfc.sign(unsigned, private, now)
    if progress:
        progress(1, 2)
    return SignedTranscript(
        credential=signed or {},
        credential_json=json.dumps(signed, ensure_ascii=False, indent=2) if signed else "",
        learner=name,
        period=period,
        issued=now,
        transcript_id=transcript_id,
        rows=[completion.facts_from_record(r) for r in records],
        wrapped_ids=frozenset(completion.facts_from_record(r).record_id for r in wrapped),
        branding=branding(ctx),
    )


def render(signed: SignedTranscript) -> TranscriptFiles:
    """The printable PDF carrying the signed credential. Qt draws it: in the app, call it
    on the UI thread."""
    from studyapp.records import transcript_pdf

    rows = signed.rows
    credential = signed.credential
    sheet = transcript_pdf.TranscriptSheet(
        learner=signed.learner,
        period=transcript_credential.period_text(signed.period),
        issued=signed.issued,
        issuer=completion.ISSUER_NAME,
        transcript_id=signed.transcript_id,
        code=verification_code(credential["proof"]["proofValue"]) if credential else None,
        rows=rows,
        unwrapped=frozenset(f.record_id for f in rows if f.record_id not in signed.wrapped_ids),
        totals=_sums(rows, sample=False),
        sample_totals=_sums(rows, sample=True),
        branding=signed.branding,
    )
    pdf = transcript_pdf.render_pdf(sheet, signed.credential_json or None)
    return TranscriptFiles(
        credential, signed.credential_json, pdf, len(rows), len(signed.wrapped_ids)
    )
