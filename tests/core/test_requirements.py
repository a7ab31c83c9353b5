"""Renewal requirement arithmetic: totals, topics, cycles, one-time rules and rounding."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.requirements import (
    Alert,
    Cycle,
    EarnedCredit,
    Recurrence,
    Requirements,
    ShortfallCode,
    TopicRule,
    next_cycle,
    progress,
    quarters_earned,
    quarters_required,
)

CYCLE = Cycle(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
TODAY = dt.date(2026, 6, 1)
TOPICS = ("opioid prescribing", "ethics", "implicit bias")

credits_strategy = st.lists(
    st.builds(
        EarnedCredit,
        key=st.sampled_from([f"c{i}" for i in range(12)]),
        title=st.just("An activity"),
        earned_on=st.dates(dt.date(2022, 1, 1), dt.date(2028, 12, 31)),
        quarters=st.integers(0, 200),
        credit_type=st.sampled_from(["Category 1", "category 1 ", "Category 2", "Sample"]),
        topics=st.frozensets(st.sampled_from((*TOPICS, "Opioid-Prescribing")), max_size=3),
        is_sample=st.booleans(),
    ),
    max_size=20,
)


def _deduplicated(credits: list[EarnedCredit]) -> list[EarnedCredit]:
    return list({c.key: c for c in credits}.values())


@given(credits_strategy, st.integers(0, 400))
def test_each_credit_counts_once_toward_the_total(credits, total) -> None:
    reqs = Requirements(total, frozenset({"Category 1"}))
    result = progress(CYCLE, reqs, credits, TODAY)
    expected = [
        c
        for c in _deduplicated(credits)
        if c.credit_type.strip().lower() == "category 1"
        and not c.is_sample
        and c.quarters > 0
        and CYCLE.start <= c.earned_on <= CYCLE.end
    ]
    assert len(result.counted) == len(set(result.counted))
    assert sorted(result.counted) == sorted(c.key for c in expected)
    assert result.earned_quarters == sum(c.quarters for c in expected)
    totals = [m for m in result.missing if m.code is ShortfallCode.TOTAL]
    if result.earned_quarters >= total:
        assert totals == []
    else:
        assert totals[0].missing_quarters == total - result.earned_quarters


@given(credits_strategy)
def test_sample_credit_never_counts(credits) -> None:
    result = progress(CYCLE, Requirements(4, topics=(TopicRule("ethics", 4),)), credits, TODAY)
    samples = {c.key for c in credits if c.is_sample}
    real = {c.key for c in credits if not c.is_sample}
    assert not (result.counting_keys & (samples - real))


@given(credits_strategy, st.sampled_from(list(Recurrence)), st.booleans())
def test_topic_hours_by_recurrence(credits, recurrence, first_renewal) -> None:
    cycle = Cycle(CYCLE.start, CYCLE.end, first_renewal)
    rule = TopicRule("Opioid prescribing", 8, recurrence)
    result = progress(cycle, Requirements(0, topics=(rule,)), credits, TODAY)
    topic = result.topics[0]
    if recurrence is Recurrence.FIRST_RENEWAL and not first_renewal:
        assert not topic.applies and topic.met and topic.earned_quarters == 0
        return
    eligible = [
        c
        for c in _deduplicated(credits)
        if not c.is_sample
        and c.quarters > 0
        and {"opioid prescribing"} & {t.lower().replace("-", " ") for t in c.topics}
        and c.earned_on <= cycle.end
        and (recurrence is Recurrence.ONE_TIME or c.earned_on >= cycle.start)
    ]
    assert topic.earned_quarters == sum(c.quarters for c in eligible)
    assert sorted(topic.counted) == sorted(c.key for c in eligible)
    assert topic.met == (topic.earned_quarters >= 8)
    assert (topic.missing_quarters == 0) or any(
        m.code is ShortfallCode.TOPIC and m.topic == "Opioid prescribing" for m in result.missing
    )


@given(st.decimals(min_value=0, max_value=1000, places=3))
def test_rounding_in_quarter_steps(value: Decimal) -> None:
    down, up = quarters_earned(value), quarters_required(value)
    assert Decimal(down) / 4 <= value < Decimal(down) / 4 + Decimal("0.25")
    assert Decimal(up) / 4 - Decimal("0.25") < value <= Decimal(up) / 4


def _one(quarters: int, on: dt.date, key: str = "a", **kw) -> EarnedCredit:
    return EarnedCredit(key, "Activity", on, quarters, kw.pop("credit_type", "Category 1"), **kw)


def test_a_one_time_topic_done_in_an_earlier_cycle_stays_done() -> None:
    earlier = _one(12, dt.date(2020, 5, 1), topics=frozenset({"Implicit bias"}))
    rules = (
        TopicRule("implicit bias", 12, Recurrence.ONE_TIME),
        TopicRule("implicit-bias", 12, Recurrence.EVERY_CYCLE),
    )
    result = progress(CYCLE, Requirements(0, topics=rules), [earlier], TODAY)
    assert [t.met for t in result.topics] == [True, False]
    assert [m.topic for m in result.missing] == ["implicit-bias"]
    assert result.counted == ()  # not in this cycle, so not toward the total


def test_credit_after_the_cycle_end_does_not_count() -> None:
    late = _one(40, dt.date(2027, 1, 1), topics=frozenset({"ethics"}))
    rules = (TopicRule("ethics", 4, Recurrence.ONE_TIME),)
    result = progress(CYCLE, Requirements(4, topics=rules), [late], TODAY)
    assert result.earned_quarters == 0 and not result.topics[0].met


def test_alerts_at_90_and_30_days_only_when_unmet() -> None:
    reqs = Requirements(4)
    end = CYCLE.end
    days = {
        d: progress(CYCLE, reqs, [], end - dt.timedelta(days=d)).alert
        for d in (91, 90, 31, 30, 0, -1)
    }
    assert days == {
        91: None,
        90: Alert.DAYS_90,
        31: Alert.DAYS_90,
        30: Alert.DAYS_30,
        0: Alert.DAYS_30,
        -1: Alert.ENDED,
    }
    done = progress(CYCLE, reqs, [_one(4, dt.date(2025, 3, 1))], end)
    assert done.met and done.alert is None and done.days_left == 0


def test_the_next_cycle_keeps_its_length() -> None:
    assert next_cycle(CYCLE) == Cycle(dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    leap = Cycle(dt.date(2024, 3, 1), dt.date(2026, 2, 28), first_renewal=True)
    assert next_cycle(leap) == Cycle(dt.date(2026, 3, 1), dt.date(2028, 2, 29))
    odd = Cycle(dt.date(2025, 1, 10), dt.date(2025, 4, 19))
    assert next_cycle(odd) == Cycle(dt.date(2025, 4, 20), dt.date(2025, 7, 28))
