"""Requirements files: renewal rules an institution or board association hands out, in
the TOML format docs/requirements.md describes, read with located problems like packs.

A file that is not marked `example = true` must name its source and that source's date:
StudyApp passes on no claim about a real board's rules without saying where it is from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from studyapp.content.fields import FieldReader, read_toml
from studyapp.content.problems import PackError, PackProblem
from studyapp.core.requirements import (
    CredentialKind,
    Recurrence,
    Requirements,
    TopicRule,
    quarters_required,
    topic_key,
)

FORMAT = 1
MAX_CREDITS = Decimal(1000)
TOP_FIELDS = {"format", "title", "example", "source", "source_date", "requirements"}
SET_FIELDS = {"id", "name", "applies_to", "cycle_years", "total_credits", "credit_types", "topic"}
TOPIC_FIELDS = {"topic", "hours", "recurrence"}


@dataclass(frozen=True)
class RequirementSet:
    id: str
    name: str
    applies_to: CredentialKind
    cycle_years: int | None
    requirements: Requirements


@dataclass(frozen=True)
class RequirementsFile:
    title: str
    example: bool
    source: str
    source_date: dt.date | None
    sets: tuple[RequirementSet, ...]

    def provenance(self) -> str:
        """How the wallet names where a licence's rules came from."""
        if self.example:
            return f"{self.title} (an example, not any board's rules)"
        day = self.source_date.isoformat() if self.source_date else ""
        return f"{self.title}; source: {self.source}, {day}"


def load(path: Path) -> RequirementsFile:
    """Read a requirements file; PackError lists every problem, located."""
    problems: list[PackProblem] = []
    data = read_toml(path.parent, path.name, problems)
    if data is None:
        raise PackError(problems)
    parsed = parse(data, path.name, problems)
    if problems or parsed is None:
        raise PackError(problems)
    return parsed


def parse(data: dict[str, Any], name: str, problems: list[PackProblem]) -> RequirementsFile | None:
    r = FieldReader(name, problems)
    r.unknown(data, TOP_FIELDS)
    fmt = r.integer(data, "format", minimum=1)
    if fmt is not None and fmt != FORMAT:
        r.problem("format", f"is {fmt}; this StudyApp reads requirements format {FORMAT}")
    title = r.text(data, "title", max_length=300)
    example = r.boolean(data, "example")
    source = r.text(data, "source", required=not example, max_length=1000)
    source_date = None
    if not example or "source_date" in data:
        source_date = r.date(data, "source_date")
    if example and "source" not in data:
        source = ""
    sets: list[RequirementSet] = []
    seen: set[str] = set()
    for i, entry in enumerate(r.table_list(data, "requirements", most=200), start=1):
        where = f"requirements[{i}]"
        parsed = _set(r, entry, where)
        if parsed is None:
            continue
        if parsed.id in seen:
            r.problem(f"{where}.id", f"'{parsed.id}' is used by an earlier entry; ids are unique")
        seen.add(parsed.id)
        sets.append(parsed)
    if problems:
        return None
    return RequirementsFile(title, example, source, source_date, tuple(sets))


def _set(r: FieldReader, entry: dict[str, Any], where: str) -> RequirementSet | None:
    before = len(r.problems)
    r.unknown(entry, SET_FIELDS, where)
    set_id = r.identifier(entry, "id", where)
    name = r.text(entry, "name", where, max_length=300)
    kind_text = r.text(entry, "applies_to", where, required=False, default="licence")
    kinds = {k.value for k in CredentialKind}
    if kind_text not in kinds:
        r.problem(f"{where}.applies_to", f"'{kind_text}' is not one of: {', '.join(sorted(kinds))}")
    cycle_years = r.integer(entry, "cycle_years", where, required=False, minimum=1, maximum=10)
    total = _credits(r, entry, "total_credits", where, allow_zero=True)
    types: list[str] = []
    if "credit_types" in entry:
        types = r.string_list(entry, "credit_types", where) or []
    topics: list[TopicRule] = []
    raw_topics = entry.get("topic", [])
    if not isinstance(raw_topics, list) or not all(isinstance(t, dict) for t in raw_topics):
        r.problem(f"{where}.topic", "expected [[requirements.topic]] tables")
        raw_topics = []
    seen: set[str] = set()
    for j, topic in enumerate(raw_topics, start=1):
        at = f"{where}.topic[{j}]"
        r.unknown(topic, TOPIC_FIELDS, at)
        label = r.text(topic, "topic", at, max_length=200)
        hours = _credits(r, topic, "hours", at, allow_zero=False)
        recurrence_text = r.text(
            topic, "recurrence", at, required=False, default=Recurrence.EVERY_CYCLE.value
        )
        choices = [x.value for x in Recurrence]
        if recurrence_text not in choices:
            r.problem(
                f"{at}.recurrence", f"'{recurrence_text}' is not one of: {', '.join(choices)}"
            )
            continue
        if label and topic_key(label) in seen:
            r.problem(f"{at}.topic", f"'{label}' is listed twice in this entry")
        seen.add(topic_key(label))
        if label and hours is not None:
            topics.append(TopicRule(label, hours, Recurrence(recurrence_text)))
    if len(r.problems) > before or total is None:
        return None
    return RequirementSet(
        set_id,
        name,
        CredentialKind(kind_text),
        cycle_years,
        Requirements(total, frozenset(t.strip() for t in types if t.strip()), tuple(topics)),
    )


def _credits(
    r: FieldReader, data: dict[str, Any], key: str, where: str, *, allow_zero: bool
) -> int | None:
    value = r.decimal(data, key, where)
    if value is None:
        return None
    low_ok = value >= 0 if allow_zero else value > 0
    if not low_ok or value > MAX_CREDITS:
        low = "0" if allow_zero else "more than 0"
        r.problem(f"{where}.{key}", f"{value} is out of range; expected {low} to {MAX_CREDITS}")
        return None
    if value * 4 != (value * 4).to_integral_value():
        r.problem(f"{where}.{key}", f"{value} is not in steps of 0.25")
        return None
    return quarters_required(value)
