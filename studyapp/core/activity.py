"""What an activity is, as the rules see it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from studyapp.core.message import QT_TRANSLATE_NOOP, Message


class ItemKind(StrEnum):
    SINGLE_BEST = "single-best"
    MULTIPLE_RESPONSE = "multiple-response"
    TRUE_FALSE = "true-false"


class TestKind(StrEnum):
    __test__ = False  # a name pytest would otherwise try to collect

    PRE = "pre"
    POST = "post"

    @property
    def label(self) -> str:
        if self is TestKind.PRE:
            return Message(QT_TRANSLATE_NOOP("Messages", "Pre-Test"))
        return Message(QT_TRANSLATE_NOOP("Messages", "Post-Test"))


@dataclass(frozen=True)
class Option:
    key: str
    text: str


@dataclass(frozen=True)
class Item:
    """One test question with its key, explanation and source."""

    id: str
    kind: ItemKind
    stem: str
    options: tuple[Option, ...]
    answer: frozenset[str]
    explanation: str
    reference: str
    objective: str
    section: str = ""  # the reading section the item rests on, linked from the review
    pool: str = ""  # the post-test pool it is drawn from ("": always asked)
    shuffle: bool = True  # False pins the options in the written order

    @property
    def option_keys(self) -> tuple[str, ...]:
        return tuple(o.key for o in self.options)

    def option_text(self, key: str) -> str:
        for option in self.options:
            if option.key == key:
                return option.text
        raise KeyError(key)


@dataclass(frozen=True)
class Objective:
    id: str
    text: str


@dataclass(frozen=True)
class Reference:
    id: str
    citation: str


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    affiliation: str
    disclosure: str


class EvaluationKind(StrEnum):
    LIKERT = "likert"
    YES_NO = "yes-no"
    TEXT = "text"
    NUMBER = "number"


LIKERT_LABELS = (
    QT_TRANSLATE_NOOP("Messages", "Strongly disagree"),
    QT_TRANSLATE_NOOP("Messages", "Disagree"),
    QT_TRANSLATE_NOOP("Messages", "Neutral"),
    QT_TRANSLATE_NOOP("Messages", "Agree"),
    QT_TRANSLATE_NOOP("Messages", "Strongly agree"),
)
# Stored as "yes" / "no"; shown in the learner's language.
YES_NO_LABELS = (QT_TRANSLATE_NOOP("Messages", "Yes"), QT_TRANSLATE_NOOP("Messages", "No"))


@dataclass(frozen=True)
class EvaluationQuestion:
    id: str
    kind: EvaluationKind
    prompt: str
    required: bool
    objective: str | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class ReadingSection:
    id: str
    title: str
    file: str


@dataclass(frozen=True)
class CreditDesignation:
    """How much credit, of what type, and who gets which certificate."""

    max_credits: Decimal
    credit_type: str
    physician_credentials: frozenset[str]
    accreditation_statement: str
    designation_statement: str
    participation_statement: str
    # The accreditor's id for the activity (PARS); the pack id is reported when absent.
    accreditor_activity_id: str = ""
    # Maintenance of certification points the activity grants, reported with board ids.
    moc_points: Decimal | None = None


@dataclass(frozen=True)
class Overview:
    statement_of_need: str
    audience: str
    commercial_support: str
    unlabeled_use: str
    fee_policy: str
    credit_requirements: str
    hardware: str
    disclosure_policy: str
    history: str = ""


@dataclass(frozen=True)
class Activity:
    id: str
    version: str
    title: str
    provider: str
    format: str
    release_date: dt.date
    expiration_date: dt.date
    estimated_minutes: int
    passing_score: int
    max_attempts: int | None
    is_sample: bool
    overview: Overview
    credit: CreditDesignation
    objectives: tuple[Objective, ...] = ()
    references: tuple[Reference, ...] = ()
    faculty: tuple[Person, ...] = ()
    planners: tuple[Person, ...] = ()
    sections: tuple[ReadingSection, ...] = ()
    pretest: tuple[Item, ...] = ()
    posttest: tuple[Item, ...] = ()
    evaluation: tuple[EvaluationQuestion, ...] = field(default=())
    # The evaluation opens once the post-test is attempted, or (True) once it is passed.
    evaluation_after_pass: bool = False
    # Subjects the activity covers (pain management, ethics…): found by the library's
    # search, and counted toward a licence's topic requirements.
    topics: tuple[str, ...] = ()
    # When the content was last reviewed against its sources (shown on the Overview).
    review_date: dt.date | None = None
    # The language the pack is written in (a BCP 47 tag): shown as written, never translated.
    language: str = "en"
    # Post-test pools: how many items of each pool one attempt asks (core/forms.py).
    pools: tuple[tuple[str, int], ...] = ()

    def items(self, test: TestKind) -> tuple[Item, ...]:
        return self.pretest if test is TestKind.PRE else self.posttest

    def reference(self, ref_id: str) -> Reference | None:
        return next((r for r in self.references if r.id == ref_id), None)

    def objective(self, objective_id: str) -> Objective | None:
        return next((o for o in self.objectives if o.id == objective_id), None)
