"""Claiming credit: the gate, the attestation, the completion record and its certificate."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

from studyapp.core import credit, gating
from studyapp.core.activity import TestKind
from studyapp.core.message import QT_TRANSLATE_NOOP, message_of
from studyapp.core.scoring import Score
from studyapp.records import completion, xapi
from studyapp.services import active_time, library, record_signing, xapi_outbox
from studyapp.services.branding import branding
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import LockedError, UserError
from studyapp.services.protection import require_unlocked
from studyapp.storage import active_time as active_time_store
from studyapp.storage import attempts as attempt_store
from studyapp.storage import completion_records as record_store
from studyapp.storage import learners as learner_store
from studyapp.storage import progress as progress_store
from studyapp.storage import record_verdicts as record_verdict_store
from studyapp.storage.models import CompletionRecord

log = logging.getLogger(__name__)
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class ClaimedView:
    record_id: str
    claimed_at: dt.datetime
    credits: Decimal
    credit_type: str
    minutes_spent: int
    certificate_kind: str


@dataclass(frozen=True)
class CreditState:
    lock: gating.Lock | None
    steps: list[Decimal]
    max_credits: Decimal
    credit_type: str
    certificate_kind: credit.CertificateKind
    record_id: str | None
    claimed: ClaimedView | None = None
    active_minutes: int = 0  # tracked while working: the suggested time to attest


def state(ctx: Context, learner_id: int, pack_id: int) -> CreditState:
    act = library.activity(ctx, pack_id)
    with ctx.db.transaction() as s:
        prog = library.to_progress(
            progress_store.progress_by_pack(s, learner_id, pack_id).get(pack_id)
        )
        active_seconds = active_time_store.total(s, learner_id, pack_id)
        learner = learner_store.get(s, learner_id)
        records = record_store.for_pack(s, learner_id, pack_id)
        claimed = (
            ClaimedView(
                records[0].id,
                records[0].claimed_at,
                credit.from_quarters(records[0].credit_quarters),
                records[0].credit_type,
                records[0].minutes_spent,
                records[0].certificate_kind,
            )
            if records
            else None
        )
    kind = credit.certificate_kind(
        learner.credentials if learner else "", act.credit.physician_credentials
    )
    return CreditState(
        lock=gating.credit_lock(act, prog, ctx.today()),
        steps=credit.claim_steps(act.credit.max_credits),
        max_credits=act.credit.max_credits,
        credit_type=act.credit.credit_type,
        certificate_kind=kind,
        record_id=records[0].id if records else None,
        claimed=claimed,
        active_minutes=active_time.whole_minutes(active_seconds),
    )


def claim(
    ctx: Context,
    learner_id: int,
    pack_id: int,
    credits: Decimal,
    minutes_spent: int,
    attested: bool,
) -> str:
    """Make the completion record in one transaction; returns its id."""
    require_unlocked(ctx, learner_id)
    act = library.activity(ctx, pack_id)
    if not attested:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tick the box to attest that the time and credit you claim are accurate.",
            )
        )
    if not 1 <= minutes_spent <= MAX_MINUTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Enter the time you spent, in minutes (1 to 1440).")
        )
    try:
        quarters = credit.validate_claim(credits, act.credit.max_credits)
    except credit.CreditError as exc:
        raise UserError(message_of(exc)) from exc
    with ctx.db.transaction() as s:
        # The gate is read in the transaction that writes the record: one use case, one
        # transaction, so nothing can change between the check and the claim.
        found = progress_store.progress_by_pack(s, learner_id, pack_id).get(pack_id)
        lock = gating.credit_lock(act, library.to_progress(found), ctx.today())
        if lock:
            raise LockedError(lock)
        if progress_store.has_claim(s, learner_id, pack_id):
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Credit has already been claimed for this activity.")
            )
        learner = learner_store.get(s, learner_id)
        if learner is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That profile no longer exists."))
        passed = [
            a
            for a in attempt_store.all_for(s, learner_id, pack_id, TestKind.POST.value)
            if a.passed
        ]
        # The percentage is scoring's, the same the Post-Test tab showed, not recomputed.
        best = max((Score(a.correct or 0, a.total or 0).percent for a in passed), default=0)
        kind = credit.certificate_kind(learner.credentials, act.credit.physician_credentials)
        record_id = str(uuid.uuid4())
        now = ctx.now()
        facts = completion.CompletionFacts(
            record_id=record_id,
            learner_name=learner.full_name,
            learner_credentials=learner.credentials,
            learner_email=learner.email,
            activity_id=act.id,
            activity_version=act.version,
            activity_title=act.title,
            provider=act.provider,
            activity_format=act.format,
            completed_at=now,
            credits_claimed=credit.from_quarters(quarters),
            max_credits=credit.from_quarters(credit.to_quarters(act.credit.max_credits)),
            credit_type=act.credit.credit_type,
            certificate_kind=kind.value,
            accreditation_statement=act.credit.accreditation_statement,
            designation_statement=act.credit.designation_statement,
            participation_statement=act.credit.participation_statement,
            minutes_spent=minutes_spent,
            posttest_percent=best,
            is_sample=act.is_sample,
        )
        signed = completion.dumps(record_signing.sign_record(s, facts, now))
        record_store.add(
            s,
            CompletionRecord(
                id=record_id,
                learner_id=learner_id,
                pack_id=pack_id,
                claimed_at=now,
                credit_quarters=quarters,
                credit_type=act.credit.credit_type,
                certificate_kind=kind.value,
                minutes_spent=minutes_spent,
                record_json=signed,
            ),
        )
        # Signed just now by this key: valid by construction, so exports never check it.
        record_verdict_store.keep(s, record_verdict_store.digest(signed), "valid")
        statement = xapi.credit_claimed(
            xapi_outbox.actor(ctx, s, learner_id),
            xapi_outbox.activity_ref(s, pack_id),
            record_id,
            str(facts.credits_claimed),
            facts.credit_type,
            now,
        )
        xapi_outbox.add(s, learner_id, statement)
    log.info("Completion record %s made for pack %s", record_id, pack_id)
    ctx.changes.publish(Changed(Change.CREDIT_CLAIMED, learner_id, pack_id, record_id))
    return record_id


def record_json(ctx: Context, record_id: str) -> str:
    with ctx.db.transaction() as s:
        row = record_store.get(s, record_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That completion record does not exist."))
        learner_id, text = row.learner_id, row.record_json
    require_unlocked(ctx, learner_id)
    return text


def certificate_pdf(ctx: Context, record_id: str) -> bytes:
    """The certificate, rendered from the record once and then kept.

    Qt draws it: in the app, call it on the UI thread (ui/tasks.py says why); it takes
    tens of milliseconds the first time, and reads the kept copy after that.
    """
    from studyapp.records import certificate

    with ctx.db.transaction() as s:
        row = record_store.get(s, record_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That completion record does not exist."))
        learner_id, kept, text = row.learner_id, row.certificate_pdf, row.record_json
    require_unlocked(ctx, learner_id)
    if kept:
        return kept
    record = json.loads(text)
    # Records from before signatures have no proof: their certificate carries no code.
    signed = text if isinstance(record.get("proof"), dict) else None
    pdf = certificate.render_pdf(
        completion.facts_from_record(record), record_json=signed, branding=branding(ctx)
    )
    with ctx.db.transaction() as s:
        row = record_store.get(s, record_id)
        if row is not None and not row.certificate_pdf:
            row.certificate_pdf = pdf
    return pdf


def back_up_after_claim(ctx: Context, record_id: str) -> None:
    """After a claim, off the UI thread: a backup with the new record in it."""
    from studyapp.services import safety

    try:
        safety.backup_now(ctx.paths, "record", ctx.now())
    except OSError:
        log.exception("Could not back up after completion record %s", record_id)


def make_certificate(ctx: Context, record_id: str) -> bytes:
    """After a claim: draw the certificate and tell the screens it is there."""
    pdf = certificate_pdf(ctx, record_id)
    ctx.changes.publish(Changed(Change.CERTIFICATE_MADE, record_id=record_id))
    return pdf
