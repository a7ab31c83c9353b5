"""Renewal requirements of a licence or board certification, and a cycle's progress.

Credit is counted in quarter-credits, as everywhere in StudyApp; one credit is one hour
toward a topic. Rules return data: what is missing comes back as reason codes with their
parameters, for the screens to word.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

QUARTERS_PER_CREDIT = 4
ALERT_DAYS = (90, 30)


class Recurrence(StrEnum):
    EVERY_CYCLE = "every-cycle"  # due again in each cycle
    ONE_TIME = "one-time"  # once in a career: credit from any earlier date counts
    FIRST_RENEWAL = "first-renewal"  # only in the cycle that ends at the first renewal


class CredentialKind(StrEnum):
    LICENCE = "licence"
    BOARD = "board"


@dataclass(frozen=True)
class TopicRule:
    topic: str
    quarters: int
    recurrence: Recurrence = Recurrence.EVERY_CYCLE


@dataclass(frozen=True)
class Requirements:
    total_quarters: int
    # Credit types that count (compared without regard to case); empty: every type.
    credit_types: frozenset[str] = frozenset()
    topics: tuple[TopicRule, ...] = ()


@dataclass(frozen=True)
class Cycle:
    start: dt.date
    end: dt.date
    # This cycle ends at the first renewal after the licence was granted.
    first_renewal: bool = False


@dataclass(frozen=True)
class EarnedCredit:
    """Credit from anywhere: a StudyApp record, an outside certificate, an imported record."""

    key: str
    title: str
    earned_on: dt.date
    quarters: int
    credit_type: str
    topics: frozenset[str] = frozenset()
    is_sample: bool = False


@dataclass(frozen=True)
class TopicProgress:
    rule: TopicRule
    applies: bool
    earned_quarters: int
    counted: tuple[str, ...]

    @property
    def missing_quarters(self) -> int:
        return max(0, self.rule.quarters - self.earned_quarters) if self.applies else 0

    @property
    def met(self) -> bool:
        return self.missing_quarters == 0


class ShortfallCode(StrEnum):
    TOTAL = "total"  # params: missing_quarters, required_quarters
    TOPIC = "topic"  # params: topic, missing_quarters, required_quarters


@dataclass(frozen=True)
class Shortfall:
    code: ShortfallCode
    missing_quarters: int
    required_quarters: int
    topic: str = ""


class Alert(StrEnum):
    DAYS_90 = "90-days"
    DAYS_30 = "30-days"
    ENDED = "ended"


@dataclass(frozen=True)
class CycleProgress:
    cycle: Cycle
    requirements: Requirements
    earned_quarters: int  # toward the total, each credit once
    counted: tuple[str, ...]  # keys of the credits counted toward the total
    topics: tuple[TopicProgress, ...]
    days_left: int
    missing: tuple[Shortfall, ...]
    alert: Alert | None

    @property
    def met(self) -> bool:
        return not self.missing

    @property
    def counting_keys(self) -> frozenset[str]:
        """Every credit that counts toward something in this cycle."""
        keys = set(self.counted)
        for t in self.topics:
            keys.update(t.counted)
        return frozenset(keys)


def topic_key(topic: str) -> str:
    """Topics match without regard to case, hyphens or spacing."""
    return re.sub(r"[\s\-_]+", " ", topic).strip().casefold()


def quarters_earned(credits: Decimal) -> int:
    """Earned credit in quarters, rounded down: a record never counts for more than it says."""
    return math.floor(Decimal(credits) * QUARTERS_PER_CREDIT)


def quarters_required(credits: Decimal) -> int:
    """A required amount in quarters, rounded up: a need is never understated."""
    return math.ceil(Decimal(credits) * QUARTERS_PER_CREDIT)


def counts_toward(credit: EarnedCredit, requirements: Requirements) -> bool:
    if credit.is_sample or credit.quarters <= 0:
        return False
    if not requirements.credit_types:
        return True
    accepted = {t.casefold().strip() for t in requirements.credit_types}
    return credit.credit_type.casefold().strip() in accepted


def in_cycle(credit: EarnedCredit, cycle: Cycle) -> bool:
    return cycle.start <= credit.earned_on <= cycle.end


def _topic_progress(rule: TopicRule, cycle: Cycle, credits: list[EarnedCredit]) -> TopicProgress:
    applies = rule.recurrence is not Recurrence.FIRST_RENEWAL or cycle.first_renewal
    wanted = topic_key(rule.topic)
    counted = [
        c
        for c in credits
        if wanted in {topic_key(t) for t in c.topics}
        and (
            c.earned_on <= cycle.end
            if rule.recurrence is Recurrence.ONE_TIME
            else in_cycle(c, cycle)
        )
    ]
    return TopicProgress(
        rule,
        applies,
        sum(c.quarters for c in counted) if applies else 0,
        tuple(c.key for c in counted) if applies else (),
    )


def alert(days_left: int, met: bool) -> Alert | None:
    if met:
        return None
    if days_left < 0:
        return Alert.ENDED
    if days_left <= ALERT_DAYS[1]:
        return Alert.DAYS_30
    if days_left <= ALERT_DAYS[0]:
        return Alert.DAYS_90
    return None


def progress(
    cycle: Cycle, requirements: Requirements, credits: list[EarnedCredit], today: dt.date
) -> CycleProgress:
    # A credit with the same key given twice (a record also imported) counts once.
    unique = {c.key: c for c in credits}
    eligible = sorted(
        (c for c in unique.values() if counts_toward(c, requirements)),
        key=lambda c: (c.earned_on, c.key),
    )
    in_this_cycle = [c for c in eligible if in_cycle(c, cycle)]
    earned = sum(c.quarters for c in in_this_cycle)
    topics = tuple(_topic_progress(rule, cycle, eligible) for rule in requirements.topics)
    missing: list[Shortfall] = []
    if earned < requirements.total_quarters:
        missing.append(
            Shortfall(
                ShortfallCode.TOTAL,
                requirements.total_quarters - earned,
                requirements.total_quarters,
            )
        )
    for t in topics:
        if not t.met:
            missing.append(
                Shortfall(ShortfallCode.TOPIC, t.missing_quarters, t.rule.quarters, t.rule.topic)
            )
    days_left = (cycle.end - today).days
    return CycleProgress(
        cycle=cycle,
        requirements=requirements,
        earned_quarters=earned,
        counted=tuple(c.key for c in in_this_cycle),
        topics=topics,
        days_left=days_left,
        missing=tuple(missing),
        alert=alert(days_left, not missing),
    )


def next_cycle(cycle: Cycle) -> Cycle:
    """The cycle after this one, as long as this one: by calendar months when it spans a
    whole number of them (a two-year cycle stays on its date), else by days."""
    start = cycle.end + dt.timedelta(days=1)
    months = (start.year - cycle.start.year) * 12 + start.month - cycle.start.month
    if start.day == cycle.start.day and months > 0:
        end = _add_months(start, months) - dt.timedelta(days=1)
    else:
        end = start + (cycle.end - cycle.start)
    return Cycle(start, end, first_renewal=False)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))
