"""Learner profiles: create, edit, list, and remember the last one used."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.storage import learners as learner_store
from studyapp.storage import preferences
from studyapp.storage.models import Learner

CREDENTIALS = ("MD", "DO", "PA", "NP", "RN", "PharmD", "Other")
LAST_LEARNER = "last_learner_id"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_FIELD = 200


@dataclass(frozen=True)
class Profile:
    full_name: str
    credentials: str
    profession: str
    email: str
    licence_state: str = ""
    licence_number: str = ""
    npi: str = ""
    birth_month: int | None = None
    birth_day: int | None = None
    consent_to_report: bool = False
    # Apart, as accreditors ask for them; when left empty they come from full_name, split
    # at its last space (docs/exports.md).
    first_name: str = ""
    last_name: str = ""
    # (board, the learner's id at that board), for maintenance of certification credit.
    boards: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LearnerView:
    id: int
    full_name: str
    credentials: str
    profession: str
    email: str
    profile: Profile

    @property
    def display_name(self) -> str:
        return f"{self.full_name}, {self.credentials}" if self.credentials else self.full_name


def npi_is_valid(npi: str) -> bool:
    """The NPI check digit: Luhn over the number prefixed with 80840."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def validate(p: Profile) -> Profile:
    problems: dict[str, str] = {}
    clean = Profile(
        full_name=" ".join(p.full_name.split()),
        credentials=p.credentials.strip(),
        profession=p.profession.strip(),
        email=p.email.strip(),
        licence_state=p.licence_state.strip(),
        licence_number=p.licence_number.strip(),
        npi=p.npi.strip(),
        birth_month=p.birth_month,
        birth_day=p.birth_day,
        consent_to_report=p.consent_to_report,
        first_name=" ".join(p.first_name.split()),
        last_name=" ".join(p.last_name.split()),
        boards=tuple((" ".join(b.split()), i.strip()) for b, i in p.boards),
    )
    if not clean.first_name and not clean.last_name:
        first, _, last = clean.full_name.rpartition(" ")
        clean = replace(clean, first_name=first, last_name=last)
    if len(clean.first_name) > 100 or len(clean.last_name) > 100:
        problems["names"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "First or last name is too long: at most 100 characters each."
            )
        )
    elif not clean.last_name:
        problems["names"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Enter your last name as your licensing board has it.")
        )
    bad_boards = [b for b, i in clean.boards if not b or not i or len(b) > 80 or len(i) > 60]
    if bad_boards or len(clean.boards) > 20:
        problems["boards"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Give each board certification as the board and your id there, such as ABIM: "
                "123456 (up to 20).",
            )
        )
    if not clean.full_name:
        problems["full_name"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Enter your full name as it should appear on certificates."
            )
        )
    elif len(clean.full_name) > MAX_FIELD:
        problems["full_name"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Your name is too long: at most {max_field} characters."),
            max_field=MAX_FIELD,
        )
    if clean.credentials not in CREDENTIALS:
        problems["credentials"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Choose your credentials (MD, DO, PA, NP, RN, PharmD or Other)."
            )
        )
    if not clean.profession:
        problems["profession"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Enter your profession or specialty, such as Rheumatology."
            )
        )
    elif len(clean.profession) > MAX_FIELD:
        problems["profession"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Profession is too long: at most {max_field} characters."
            ),
            max_field=MAX_FIELD,
        )
    if not EMAIL.match(clean.email) or len(clean.email) > 320:
        problems["email"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Enter an email address such as name@example.org.")
        )
    if clean.npi and not npi_is_valid(clean.npi):
        problems["npi"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The NPI must be 10 digits with a valid check digit; check it or leave it empty.",
            )
        )
    if (clean.birth_month is None) != (clean.birth_day is None):
        problems["birth"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Give both the month and the day of birth, or neither.")
        )
    elif clean.birth_month is not None and clean.birth_day is not None:
        month_ok = 1 <= clean.birth_month <= 12
        days = calendar.monthrange(2000, clean.birth_month)[1] if month_ok else 0
        if not month_ok or not 1 <= clean.birth_day <= days:
            problems["birth"] = Message(
                QT_TRANSLATE_NOOP("Messages", "That month and day of birth do not exist.")
            )
    if len(clean.licence_state) > 40 or len(clean.licence_number) > 60:
        problems["licence"] = Message(
            QT_TRANSLATE_NOOP("Messages", "The licence state or number is too long.")
        )
    reporting = (
        clean.licence_state or clean.licence_number or clean.npi or clean.birth_month is not None
    )
    if reporting and not clean.consent_to_report:
        problems["consent"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tick the consent box to allow these details in reports to accreditors, or clear "
                "the licence, NPI and birth date fields.",
            )
        )
    if problems:
        raise ValidationError(problems)
    return clean


def _view(row: Learner, boards: list[tuple[str, str]] | None = None) -> LearnerView:
    boards = boards or []
    profile = Profile(
        full_name=row.full_name,
        credentials=row.credentials,
        profession=row.profession,
        email=row.email,
        licence_state=row.licence_state or "",
        licence_number=row.licence_number or "",
        npi=row.npi or "",
        birth_month=row.birth_month,
        birth_day=row.birth_day,
        consent_to_report=row.consent_to_report,
        first_name=row.first_name,
        last_name=row.last_name,
        boards=tuple(boards),
    )
    return LearnerView(row.id, row.full_name, row.credentials, row.profession, row.email, profile)


def _apply(row: Learner, p: Profile) -> None:
    row.full_name = p.full_name
    row.credentials = p.credentials
    row.profession = p.profession
    row.email = p.email
    row.licence_state = p.licence_state or None
    row.licence_number = p.licence_number or None
    row.npi = p.npi or None
    row.birth_month = p.birth_month
    row.birth_day = p.birth_day
    row.consent_to_report = p.consent_to_report
    row.first_name = p.first_name
    row.last_name = p.last_name


def list_learners(ctx: Context) -> list[LearnerView]:
    with ctx.db.transaction() as s:
        return [
            _view(row, learner_store.boards(s, row.id)) for row in learner_store.all_learners(s)
        ]


def create(ctx: Context, profile: Profile, passphrase: str = "", repeat: str = "") -> LearnerView:
    """A new profile. Where the institution requires passphrases, the passphrase comes
    with it, and the profile is never stored without one."""
    from studyapp.services import protection

    problems: dict[str, str] = {}
    try:
        clean = validate(profile)
    except ValidationError as exc:
        problems.update(exc.problems)
    stored = None
    if ctx.institution.require_passphrase:
        try:
            stored = protection.checked_hash(passphrase, repeat)
        except ValidationError as exc:
            problems.update(exc.problems)
    if problems:
        raise ValidationError(problems)
    with ctx.db.transaction() as s:
        row = Learner(created_at=ctx.now(), passphrase_hash=stored)
        _apply(row, clean)
        learner_store.add(s, row)
        learner_store.set_boards(s, row.id, clean.boards)
        preferences.put(s, LAST_LEARNER, str(row.id))
        view = _view(row, list(clean.boards))
    if stored is not None:
        ctx.unlocked.add(view.id)  # who just chose the passphrase need not type it again
    ctx.changes.publish(Changed(Change.LEARNERS, view.id))
    return view


def update(ctx: Context, learner_id: int, profile: Profile) -> LearnerView:
    from studyapp.services.protection import require_unlocked

    require_unlocked(ctx, learner_id)
    clean = validate(profile)
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That profile no longer exists."))
        _apply(row, clean)
        learner_store.set_boards(s, row.id, clean.boards)
        view = _view(row, list(clean.boards))
    ctx.changes.publish(Changed(Change.LEARNERS, learner_id))
    return view


def get(ctx: Context, learner_id: int) -> LearnerView | None:
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        return _view(row, learner_store.boards(s, row.id)) if row else None


def last_used(ctx: Context) -> LearnerView | None:
    with ctx.db.transaction() as s:
        value = preferences.get(s, LAST_LEARNER)
        row = learner_store.get(s, int(value)) if value and value.isdigit() else None
        if row is None:
            rows = learner_store.all_learners(s)
            row = rows[0] if len(rows) == 1 else None
        return _view(row, learner_store.boards(s, row.id)) if row else None


def remember(ctx: Context, learner_id: int) -> None:
    if ctx.read_only:
        return  # a convenience for the next start, not the learner's data
    with ctx.db.transaction() as s:
        if preferences.get(s, LAST_LEARNER) != str(learner_id):
            preferences.put(s, LAST_LEARNER, str(learner_id))
