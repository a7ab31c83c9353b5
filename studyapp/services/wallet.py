"""The clinician's wallet: licences and board certifications, the requirements of each
renewal cycle, and the progress made toward them by credit from anywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from studyapp.content.requirements_file import RequirementSet
from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.core.requirements import (
    Alert,
    CredentialKind,
    Cycle,
    CycleProgress,
    EarnedCredit,
    Recurrence,
    Requirements,
    TopicRule,
    next_cycle,
    progress,
    quarters_required,
)
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context, ReadOnlyFolderError
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.protection import require_unlocked
from studyapp.storage import completion_records as record_store
from studyapp.storage import preferences
from studyapp.storage import wallet as wallet_store
from studyapp.storage.models import Credential, CredentialTopic

MAX_CREDITS = Decimal(1000)
ENTERED_BY_LEARNER = "Entered by you"


@dataclass(frozen=True)
class CredentialData:
    """A licence or certification as the learner enters it."""

    kind: CredentialKind
    authority: str
    profession: str = ""
    number: str = ""
    cycle_start: dt.date = dt.date(2000, 1, 1)
    cycle_end: dt.date = dt.date(2000, 1, 1)
    first_renewal: bool = False
    total_credits: Decimal = Decimal(0)
    credit_types: tuple[str, ...] = ()
    topics: tuple[TopicRule, ...] = ()
    requirements_source: str = ENTERED_BY_LEARNER


@dataclass(frozen=True)
class CredentialView:
    id: int
    data: CredentialData
    cycle: Cycle
    requirements: Requirements

    @property
    def name(self) -> str:
        d = self.data
        parts = [d.authority, d.profession] if d.kind is CredentialKind.LICENCE else [d.authority]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class WalletCredit:
    """One credit as the wallet lists it: where it came from, and whether it is checked."""

    credit: EarnedCredit
    source: str  # "studyapp", "certificate" or "record"
    provider: str
    verdict: str | None = None  # of an imported record (records.signing.Verdict value)
    has_file: bool = False
    outside_id: str | None = None


@dataclass(frozen=True)
class WalletEntry:
    credential: CredentialView
    progress: CycleProgress


@dataclass(frozen=True)
class Wallet:
    entries: list[WalletEntry] = field(default_factory=list)
    credits: list[WalletCredit] = field(default_factory=list)

    def credit(self, key: str) -> WalletCredit | None:
        return next((c for c in self.credits if c.credit.key == key), None)


def parse_credits(text: str | Decimal, field_name: str, *, allow_zero: bool) -> int:
    """Quarters from a number the learner typed, or ValidationError for `field_name`."""
    try:
        value = Decimal(str(text).strip() or "0")
    except InvalidOperation:
        raise ValidationError(
            {
                field_name: Message(
                    QT_TRANSLATE_NOOP("Messages", "'{text}' is not a number."), text=text
                )
            }
        ) from None
    if not value.is_finite() or value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(
            {
                field_name: Message(
                    QT_TRANSLATE_NOOP("Messages", "Enter a number of credits more than zero.")
                )
            }
        )
    if value > MAX_CREDITS:
        raise ValidationError(
            {
                field_name: Message(
                    QT_TRANSLATE_NOOP("Messages", "Enter at most {most} credits."), most=MAX_CREDITS
                )
            }
        )
    return quarters_required(value)


def _check(data: CredentialData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.authority.strip():
        problems["authority"] = (
            Message(QT_TRANSLATE_NOOP("Messages", "Enter the state or country of the licence."))
            if data.kind is CredentialKind.LICENCE
            else Message(QT_TRANSLATE_NOOP("Messages", "Enter the board that certifies you."))
        )
    if data.cycle_end <= data.cycle_start:
        problems["cycle_end"] = Message(
            QT_TRANSLATE_NOOP("Messages", "The cycle must end after it starts.")
        )
    try:
        parse_credits(data.total_credits, "total", allow_zero=True)
    except ValidationError as exc:
        problems["total"] = exc.problems["total"]
    seen: set[str] = set()
    for rule in data.topics:
        key = rule.topic.strip().casefold()
        if not key:
            problems["topics"] = Message(
                QT_TRANSLATE_NOOP("Messages", "Every topic requirement needs a topic.")
            )
        elif key in seen:
            problems["topics"] = Message(
                QT_TRANSLATE_NOOP("Messages", "The topic '{topic}' is listed twice."),
                topic=rule.topic,
            )
        elif rule.quarters <= 0:
            problems["topics"] = Message(
                QT_TRANSLATE_NOOP("Messages", "Give the hours '{topic}' needs (more than zero)."),
                topic=rule.topic,
            )
        seen.add(key)
    return problems


def save_credential(
    ctx: Context, learner_id: int, data: CredentialData, credential_id: int | None = None
) -> int:
    """Add (no id) or change a licence or certification; returns its id."""
    require_unlocked(ctx, learner_id)
    if ctx.read_only:
        raise ReadOnlyFolderError()
    problems = _check(data)
    if problems:
        raise ValidationError(problems)
    with ctx.db.transaction() as s:
        if credential_id is None:
            row = Credential(learner_id=learner_id, created_at=ctx.now())
            s.add(row)
        else:
            found = wallet_store.credential(s, learner_id, credential_id)
            if found is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "That licence or certification is no longer in your wallet."
                    )
                )
            row = found
        row.kind = data.kind.value
        row.authority = data.authority.strip()
        row.profession = data.profession.strip()
        row.number = data.number.strip()
        row.cycle_start, row.cycle_end = data.cycle_start, data.cycle_end
        row.first_renewal = data.first_renewal
        row.total_quarters = parse_credits(data.total_credits, "total", allow_zero=True)
        row.credit_types = "\n".join(t.strip() for t in data.credit_types if t.strip())
        row.requirements_source = data.requirements_source
        s.flush()
        wallet_store.replace_topics(
            s,
            row.id,
            [
                CredentialTopic(
                    topic=t.topic.strip(), quarters=t.quarters, recurrence=t.recurrence.value
                )
                for t in data.topics
            ],
        )
        saved = row.id
    ctx.changes.publish(Changed(Change.WALLET, learner_id))
    return saved


def remove_credential(ctx: Context, learner_id: int, credential_id: int) -> None:
    require_unlocked(ctx, learner_id)
    if ctx.read_only:
        raise ReadOnlyFolderError()
    with ctx.db.transaction() as s:
        row = wallet_store.credential(s, learner_id, credential_id)
        if row is not None:
            s.delete(row)
    ctx.changes.publish(Changed(Change.WALLET, learner_id))


def start_next_cycle(ctx: Context, learner_id: int, credential_id: int) -> Cycle:
    """Move a licence on to its next cycle, as long as the last; its requirements stay."""
    view = next((c for c in credentials(ctx, learner_id) if c.id == credential_id), None)
    if view is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "That licence or certification is no longer in your wallet."
            )
        )
    following = next_cycle(view.cycle)
    d = view.data
    save_credential(
        ctx,
        learner_id,
        CredentialData(
            d.kind,
            d.authority,
            d.profession,
            d.number,
            following.start,
            following.end,
            False,
            d.total_credits,
            d.credit_types,
            d.topics,
            d.requirements_source,
        ),
        credential_id,
    )
    return following


def from_requirement_set(
    base: CredentialData, chosen: RequirementSet, source: str
) -> CredentialData:
    """The learner's licence with the requirements of a loaded file in place of its own;
    a new cycle's end follows from the file's cycle length when the licence has none yet."""
    end = base.cycle_end
    if chosen.cycle_years and end <= base.cycle_start:
        start = base.cycle_start
        try:
            end = start.replace(year=start.year + chosen.cycle_years) - dt.timedelta(days=1)
        except ValueError:  # 29 February
            end = dt.date(start.year + chosen.cycle_years, 2, 28)
    reqs = chosen.requirements
    return CredentialData(
        base.kind,
        base.authority,
        base.profession,
        base.number,
        base.cycle_start,
        end,
        base.first_renewal,
        Decimal(reqs.total_quarters) / 4,
        tuple(sorted(reqs.credit_types)),
        reqs.topics,
        source,
    )


def credentials(ctx: Context, learner_id: int) -> list[CredentialView]:
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        rows = wallet_store.credentials(s, learner_id)
        by_id = wallet_store.topics(s, [r.id for r in rows])
        return [_view(row, by_id[row.id]) for row in rows]


def _view(row: Credential, topic_rows: list[CredentialTopic]) -> CredentialView:
    topics = tuple(TopicRule(t.topic, t.quarters, Recurrence(t.recurrence)) for t in topic_rows)
    types = tuple(t for t in row.credit_types.split("\n") if t)
    data = CredentialData(
        CredentialKind(row.kind),
        row.authority,
        row.profession,
        row.number,
        row.cycle_start,
        row.cycle_end,
        row.first_renewal,
        Decimal(row.total_quarters) / 4,
        types,
        topics,
        row.requirements_source,
    )
    return CredentialView(
        row.id,
        data,
        Cycle(row.cycle_start, row.cycle_end, row.first_renewal),
        Requirements(row.total_quarters, frozenset(types), topics),
    )


def split_topics(text: str | None) -> frozenset[str]:
    return frozenset(t.strip() for t in (text or "").replace(";", "\n").split("\n") if t.strip())


def earned_credits(ctx: Context, learner_id: int) -> list[WalletCredit]:
    """Credit from StudyApp's own records and from elsewhere, newest first."""
    require_unlocked(ctx, learner_id)
    found: list[WalletCredit] = []
    with ctx.db.transaction() as s:
        for record, pack in record_store.for_learner(s, learner_id):
            earned = EarnedCredit(
                f"record:{record.id}",
                pack.title,
                record.claimed_at.astimezone().date(),
                record.credit_quarters,
                record.credit_type,
                split_topics(pack.topics),
                pack.is_sample,
            )
            found.append(WalletCredit(earned, "studyapp", pack.provider))
        for row in wallet_store.outside_credits(s, learner_id):
            key = f"record:{row.id}" if row.record_json else f"outside:{row.id}"
            earned = EarnedCredit(
                key,
                row.title,
                row.earned_on,
                row.quarters,
                row.credit_type,
                split_topics(row.topics),
            )
            source = "record" if row.record_json else "certificate"
            found.append(
                WalletCredit(
                    earned, source, row.provider, row.verdict, row.file_name is not None, row.id
                )
            )
    found.sort(key=lambda c: (c.credit.earned_on, c.credit.title), reverse=True)
    return found


def wallet(ctx: Context, learner_id: int) -> Wallet:
    views = credentials(ctx, learner_id)
    credits = earned_credits(ctx, learner_id)
    earned = [c.credit for c in credits]
    today = ctx.today()
    entries = [WalletEntry(v, progress(v.cycle, v.requirements, earned, today)) for v in views]
    return Wallet(entries, credits)


def known_credit_types(ctx: Context, learner_id: int) -> list[str]:
    """Credit types the learner's licences accept or their credit has, to choose from."""
    found = {t for v in credentials(ctx, learner_id) for t in v.data.credit_types}
    found |= {
        c.credit.credit_type
        for c in earned_credits(ctx, learner_id)
        if c.credit.credit_type and not c.credit.is_sample
    }
    return sorted(found)


def alerts_to_show(ctx: Context, learner_id: int) -> list[WalletEntry]:
    """Cycles whose 90- or 30-day alert (or end) has come with requirements unmet and has
    not been shown yet; each is shown once per cycle and level, then remembered."""
    if ctx.read_only:
        return []
    due = [e for e in wallet(ctx, learner_id).entries if e.progress.alert is not None]
    fresh: list[WalletEntry] = []
    with ctx.db.transaction() as s:
        for entry in due:
            key = f"wallet/alerted/{entry.credential.id}"
            mark = f"{entry.credential.cycle.end.isoformat()}:{entry.progress.alert}"
            if preferences.get(s, key) != mark:
                preferences.put(s, key, mark)
                fresh.append(entry)
    return fresh


__all__ = ["Alert", "CredentialData", "CredentialKind", "Wallet", "WalletEntry", "wallet"]
