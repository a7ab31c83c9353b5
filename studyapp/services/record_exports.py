"""What an institution collects from a laptop: completion records as CSV, as the
accreditor's learner report (ACCME PARS: Excel template or tab-delimited text), or as
xAPI statements. docs/exports.md shows an example of each.

Sample-activity credit is never reported as real credit: the CSV marks it, PARS leaves
it out (and says so), xAPI marks the statement. PARS includes only learners who agreed
to reporting; a learner who agreed but lacks a field PARS requires is a located problem,
and nothing is written unless the caller chose to skip incomplete rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from studyapp.core.credit import format_credits, from_quarters
from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.records.signing import Verdict
from studyapp.services import record_verdicts
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.transcript import day_bounds
from studyapp.storage import completion_records as record_store
from studyapp.storage import learners as learner_store

Progress = Callable[[int, str], None]


class Format(Enum):
    CSV = "csv"
    PARS = "pars"
    XAPI = "xapi"


@dataclass(frozen=True)
class ExportRow:
    record_id: str
    learner_id: int
    full_name: str
    first_name: str
    last_name: str
    credentials: str
    email: str
    birth_month: int | None
    birth_day: int | None
    licence_state: str
    licence_number: str
    npi: str
    consent: bool
    boards: tuple[tuple[str, str], ...]
    activity_id: str
    version: str
    title: str
    provider: str
    accreditor_activity_id: str
    moc_points: str
    completed_at: dt.datetime
    credits: Decimal
    max_credits: Decimal
    credit_type: str
    certificate_kind: str
    is_sample: bool
    record_json: str = field(repr=False)
    verdict: Verdict = Verdict.VALID


@dataclass(frozen=True)
class Exported:
    data: bytes
    rows: int
    notes: tuple[str, ...] = ()  # what was left out, and why


class IncompleteError(UserError):
    """Learners who agreed to reporting but lack a field the accreditor requires."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing was written: these learners agreed to reporting but their profiles "
                "lack what the accreditor requires.\n{problems}\nComplete their profiles, or "
                "export again leaving incomplete profiles out (--skip-incomplete).",
            ),
            problems=Message.joined(problems),
        )


def rows(
    ctx: Context,
    start: dt.date | None = None,
    end: dt.date | None = None,
    learner_id: int | None = None,
    progress: Progress | None = None,
) -> list[ExportRow]:
    """Every completion record in the period (the learners' local days), oldest first,
    with its signature verdict. Protected profiles that are locked are left out."""
    lower, upper = day_bounds(start, end)
    found: list[ExportRow] = []
    with ctx.db.transaction() as s:
        boards: dict[int, tuple[tuple[str, str], ...]] = {}
        for record, pack, learner in record_store.for_export(s, lower, upper, learner_id):
            # A locked protected profile stays out (the row has its passphrase: no query).
            if learner.passphrase_hash and learner.id not in ctx.unlocked:
                continue
            if learner.id not in boards:
                boards[learner.id] = tuple(learner_store.boards(s, learner.id))
            found.append(
                ExportRow(
                    record_id=record.id,
                    learner_id=learner.id,
                    full_name=learner.full_name,
                    first_name=learner.first_name,
                    last_name=learner.last_name,
                    credentials=learner.credentials,
                    email=learner.email,
                    birth_month=learner.birth_month,
                    birth_day=learner.birth_day,
                    licence_state=learner.licence_state or "",
                    licence_number=learner.licence_number or "",
                    npi=learner.npi or "",
                    consent=learner.consent_to_report,
                    boards=boards[learner.id],
                    activity_id=pack.activity_id,
                    version=pack.version,
                    title=pack.title,
                    provider=pack.provider,
                    accreditor_activity_id=pack.accreditor_activity_id or "",
                    moc_points=pack.moc_points or "",
                    completed_at=record.claimed_at,
                    credits=from_quarters(record.credit_quarters),
                    max_credits=from_quarters(pack.max_credit_quarters),
                    credit_type=record.credit_type,
                    certificate_kind=record.certificate_kind,
                    is_sample=pack.is_sample,
                    record_json=record.record_json,
                )
            )
    step = (
        (
            lambda d, t: progress(
                10 + 80 * d // max(t, 1),
                Message(QT_TRANSLATE_NOOP("Messages", "Checking signatures…")),
            )
        )
        if (progress)
        else None
    )
    verdicts = record_verdicts.verdicts(ctx, {r.record_id: r.record_json for r in found}, step)
    return [replace(r, verdict=verdicts[r.record_id]) for r in found]


# --- CSV -------------------------------------------------------------------------------

CSV_COLUMNS = (
    "record_id",
    "learner_id",
    "learner_name",
    "credentials",
    "email",
    "activity_id",
    "activity_version",
    "activity_title",
    "provider",
    "completed_on",
    "credits",
    "max_credits",
    "credit_type",
    "certificate_kind",
    "sample_activity",
    "signature",
)


def to_csv(found: list[ExportRow]) -> Exported:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in found:
        writer.writerow(
            (
                r.record_id,
                r.learner_id,
                r.full_name,
                r.credentials,
                r.email,
                r.activity_id,
                r.version,
                r.title,
                r.provider,
                r.completed_at.astimezone().date().isoformat(),
                format_credits(r.credits),
                format_credits(r.max_credits),
                r.credit_type,
                r.certificate_kind,
                "yes (not valid for credit)" if r.is_sample else "no",
                r.verdict.value,
            )
        )
    # A byte-order mark, so Excel reads the ™ of credit types as UTF-8.
    return Exported(("\ufeff" + out.getvalue()).encode("utf-8"), len(found))


# --- PARS ------------------------------------------------------------------------------

PARS_COLUMNS = (
    "Record Action",
    "Activity ID",
    "Completion Date",
    "First Name",
    "Last Name",
    "DOB Month",
    "DOB Day",
    "Licensing State",
    "License ID",
    "NPI",
    "CME Credits Claimed",
    "Certifying Board",
    "Board Learner ID",
    "MOC Credits",
)


def _pars_problem(r: ExportRow) -> Message | None:
    missing = []
    if not r.first_name or not r.last_name:
        missing.append(Message(QT_TRANSLATE_NOOP("Messages", "first and last name")))
    if r.birth_month is None or r.birth_day is None:
        missing.append(Message(QT_TRANSLATE_NOOP("Messages", "month and day of birth")))
    if not r.npi and not (r.licence_state and r.licence_number):
        missing.append(Message(QT_TRANSLATE_NOOP("Messages", "licence state and number, or NPI")))
    if not missing:
        return None
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{name}: missing {fields}"),
        name=r.full_name,
        fields=Message.joined(missing, "; "),
    )


def pars_rows(
    found: list[ExportRow], skip_incomplete: bool
) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """The learner rows in template order, and notes on what was left out."""
    notes = []
    sample = [r for r in found if r.is_sample]
    if sample:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Sample-activity records left out, not valid for credit: {count}."
                ),
                count=len(sample),
            )
        )
    unreportable = [r for r in found if not r.is_sample and r.certificate_kind != "physician"]
    if unreportable:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Records of participation (non-physician) left out, as PARS takes physician "
                    "credit: {count}.",
                ),
                count=len(unreportable),
            )
        )
    no_consent = {r.learner_id for r in found if not r.consent and not r.is_sample}
    if no_consent:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Learners who did not agree to reporting, whose records are left out: {count}.",
                ),
                count=len(no_consent),
            )
        )
    reportable = [
        r for r in found if r.consent and not r.is_sample and r.certificate_kind == "physician"
    ]
    problems: dict[int, Message] = {}
    for r in reportable:
        problem = _pars_problem(r)
        if problem:
            problems[r.learner_id] = problem
    if problems and not skip_incomplete:
        raise IncompleteError(sorted(set(problems.values())))
    if problems:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Left out as incomplete: {problems}."),
                problems=Message.joined(sorted(set(problems.values())), "; "),
            )
        )
    lines = []
    for r in reportable:
        if r.learner_id in problems:
            continue
        common = (
            "Add",
            r.accreditor_activity_id or r.activity_id,
            r.completed_at.astimezone().strftime("%m/%d/%Y"),
            r.first_name,
            r.last_name,
            str(r.birth_month),
            str(r.birth_day),
            r.licence_state,
            r.licence_number,
            r.npi,
        )
        boards = r.boards if r.moc_points else ()
        if not boards:
            lines.append((*common, format_credits(r.credits), "", "", ""))
        for n, (board, board_id) in enumerate(boards):
            # CME credit once per completion; each further board row carries MOC only.
            cme = format_credits(r.credits) if n == 0 else ""
            lines.append((*common, cme, board, board_id, r.moc_points))
    return lines, tuple(notes)


def to_pars(found: list[ExportRow], excel: bool, skip_incomplete: bool) -> Exported:
    lines, notes = pars_rows(found, skip_incomplete)
    if not excel:
        text = "\t".join(PARS_COLUMNS) + "\r\n"
        text += "".join("\t".join(v.replace("\t", " ") for v in line) + "\r\n" for line in lines)
        return Exported(text.encode("utf-8"), len(lines), notes)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Learners"
    sheet.append(PARS_COLUMNS)
    for line in lines:
        sheet.append(list(line))
    for column in sheet.columns:  # text cells: ids and dates keep their leading zeros
        for cell in column:
            cell.number_format = "@"
    out = io.BytesIO()
    book.save(out)
    return Exported(out.getvalue(), len(lines), notes)


# --- xAPI ------------------------------------------------------------------------------


def to_xapi(ctx: Context, found: list[ExportRow]) -> Exported:
    """The statements of the learners in these records, as the outbox holds them."""
    from studyapp.services import xapi_outbox

    learners = {r.learner_id for r in found}
    statements = [st for st in xapi_outbox.statements(ctx) if st["learner_id"] in learners]
    body = json.dumps([st["statement"] for st in statements], ensure_ascii=False, indent=2)
    return Exported(body.encode("utf-8"), len(statements))


def export(
    ctx: Context,
    fmt: Format,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    learner_id: int | None = None,
    excel: bool = True,
    skip_incomplete: bool = False,
    progress: Progress | None = None,
) -> Exported:
    if progress:
        progress(5, Message(QT_TRANSLATE_NOOP("Messages", "Reading the records…")))
    found = rows(ctx, start, end, learner_id, progress)
    if progress:
        progress(92, Message(QT_TRANSLATE_NOOP("Messages", "Writing…")))
    if fmt is Format.CSV:
        done = to_csv(found)
    elif fmt is Format.PARS:
        done = to_pars(found, excel, skip_incomplete)
    else:
        done = to_xapi(ctx, found)
    if progress:
        progress(100, Message(QT_TRANSLATE_NOOP("Messages", "Done.")))
    return done
