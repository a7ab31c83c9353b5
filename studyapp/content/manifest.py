"""The pack manifest, activity.toml: activity facts, dates, credit, overview."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from studyapp.content.fields import FieldReader
from studyapp.core.activity import (
    CreditDesignation,
    Objective,
    Overview,
    Person,
    ReadingSection,
    Reference,
)

MANIFEST = "activity.toml"
FORMAT_VERSION = 1
DEFAULT_PASSING_SCORE = 70
MAX_CREDITS = Decimal("100")
EVALUATION_OPENS = ("after-attempt", "after-pass")

MANIFEST_FIELDS = {
    "format_version",
    "id",
    "version",
    "title",
    "provider",
    "format",
    "release_date",
    "expiration_date",
    "estimated_minutes",
    "passing_score",
    "max_attempts",
    "evaluation_opens",
    "sample",
    "credit",
    "overview",
    "objectives",
    "references",
    "faculty",
    "planners",
    "sections",
    "topics",
    "language",
    "review_date",
}
CREDIT_FIELDS = {
    "max_credits",
    "credit_type",
    "physician_credentials",
    "accreditation_statement",
    "designation_statement",
    "participation_statement",
    "accreditor_activity_id",
    "moc_points",
}

OVERVIEW_FIELDS = (
    "statement_of_need",
    "audience",
    "commercial_support",
    "unlabeled_use",
    "fee_policy",
    "credit_requirements",
    "hardware",
    "disclosure_policy",
)


def read_overview(r: FieldReader, data: dict[str, Any]) -> Overview:
    table = r.table(data, "overview")
    r.unknown(table, {*OVERVIEW_FIELDS, "history"}, "overview")
    values = {name: r.text(table, name, "overview") for name in OVERVIEW_FIELDS}
    history = r.text(table, "history", "overview", required=False)
    return Overview(**values, history=history)


def read_credit(r: FieldReader, data: dict[str, Any]) -> CreditDesignation | None:
    table = r.table(data, "credit")
    r.unknown(table, CREDIT_FIELDS, "credit")
    max_credits = r.decimal(table, "max_credits", "credit")
    if max_credits is not None and not (Decimal(0) < max_credits <= MAX_CREDITS):
        r.problem(
            "credit.max_credits",
            f"{max_credits} is out of range; expected more than 0 and at most {MAX_CREDITS}",
        )
        max_credits = None
    if max_credits is not None and (max_credits * 4) % 1 != 0:
        r.problem("credit.max_credits", f"{max_credits} is not a multiple of 0.25")
        max_credits = None
    credentials = r.string_list(table, "physician_credentials", "credit")
    credit = CreditDesignation(
        max_credits=max_credits or Decimal(0),
        credit_type=r.text(table, "credit_type", "credit", max_length=200),
        physician_credentials=frozenset(c.strip().upper() for c in credentials or []),
        accreditation_statement=r.text(table, "accreditation_statement", "credit"),
        designation_statement=r.text(table, "designation_statement", "credit"),
        participation_statement=r.text(table, "participation_statement", "credit"),
        accreditor_activity_id=r.text(
            table, "accreditor_activity_id", "credit", required=False, max_length=40
        ),
        moc_points=_moc_points(r, table),
    )
    return credit if max_credits is not None else None


def _moc_points(r: FieldReader, table: dict[str, Any]) -> Decimal | None:
    if "moc_points" not in table:
        return None
    points = r.decimal(table, "moc_points", "credit")
    if points is not None and not (Decimal(0) < points <= MAX_CREDITS):
        r.problem("credit.moc_points", f"{points} is out of range; expected more than 0")
        return None
    return points


def read_objectives(r: FieldReader, data: dict[str, Any]) -> tuple[Objective, ...]:
    result = []
    for n, entry in enumerate(r.table_list(data, "objectives", most=100), start=1):
        where = f"objectives[{n}]"
        result.append(
            Objective(id=r.identifier(entry, "id", where), text=r.text(entry, "text", where))
        )
    _check_unique(r, "objectives", [o.id for o in result])
    return tuple(result)


def read_references(r: FieldReader, data: dict[str, Any]) -> tuple[Reference, ...]:
    result = []
    for n, entry in enumerate(r.table_list(data, "references", most=100), start=1):
        where = f"references[{n}]"
        result.append(
            Reference(
                id=r.identifier(entry, "id", where), citation=r.text(entry, "citation", where)
            )
        )
    _check_unique(r, "references", [x.id for x in result])
    return tuple(result)


def read_people(r: FieldReader, data: dict[str, Any], key: str) -> tuple[Person, ...]:
    result = []
    for n, entry in enumerate(r.table_list(data, key, required=key == "faculty"), start=1):
        where = f"{key}[{n}]"
        result.append(
            Person(
                name=r.text(entry, "name", where, max_length=200),
                role=r.text(entry, "role", where, required=False),
                affiliation=r.text(entry, "affiliation", where, required=False),
                disclosure=r.text(entry, "disclosure", where),
            )
        )
    return tuple(result)


def read_sections(r: FieldReader, data: dict[str, Any]) -> tuple[ReadingSection, ...]:
    result = []
    for n, entry in enumerate(r.table_list(data, "sections", most=100), start=1):
        where = f"sections[{n}]"
        result.append(
            ReadingSection(
                id=r.identifier(entry, "id", where),
                title=r.text(entry, "title", where, max_length=200),
                file=r.text(entry, "file", where, max_length=255),
            )
        )
    _check_unique(r, "sections", [s.id for s in result])
    return tuple(result)


def _check_unique(r: FieldReader, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for n, ident in enumerate(ids, start=1):
        if ident and ident in seen:
            r.problem(f"{key}[{n}].id", f"'{ident}' is used twice; ids must be unique")
        seen.add(ident)
