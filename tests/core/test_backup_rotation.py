"""The backup rotation: the last sessions, one a day for a week, one a week for a month,
within a size budget, never losing the newest copy or the newest copy with profiles."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.backup_rotation import BUDGET_BYTES, Copy, keep

T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

copies_strategy = st.lists(
    st.builds(
        Copy,
        key=st.uuids().map(str),
        made_at=st.integers(0, 90 * 24 * 60).map(lambda m: T0 - dt.timedelta(minutes=m)),
        size=st.integers(1, 400 << 20),
        holds_learners=st.booleans(),
    ),
    max_size=60,
    unique_by=lambda c: c.made_at,
)


@given(copies_strategy)
def test_the_newest_and_the_newest_with_profiles_always_stay(copies) -> None:
    kept = keep(copies)
    if not copies:
        assert kept == set()
        return
    newest = max(copies, key=lambda c: c.made_at)
    assert newest.key in kept
    real = [c for c in copies if c.holds_learners]
    if real:
        assert max(real, key=lambda c: c.made_at).key in kept


@given(copies_strategy)
def test_the_budget_holds_beyond_the_two_protected_copies(copies) -> None:
    kept = [c for c in copies if c.key in keep(copies)]
    if len(kept) > 2:
        assert sum(c.size for c in kept) <= BUDGET_BYTES


@given(copies_strategy)
def test_no_more_than_the_policy_allows(copies) -> None:
    assert len(keep(copies)) <= 3 + 7 + 4 + 1


def _hourly(days: int) -> list[Copy]:
    return [Copy(f"c{n}", T0 - dt.timedelta(hours=n), size=10 << 20) for n in range(days * 24)]


def test_a_month_of_hourly_sessions_keeps_three_seven_days_and_four_weeks() -> None:
    copies = _hourly(40)
    kept = sorted((c for c in copies if c.key in keep(copies)), key=lambda c: c.made_at)
    days = {c.made_at.date() for c in kept}
    assert len(kept) <= 14 and len(days) >= 7
    assert kept[-1].made_at == T0  # the newest
    weeks = {c.made_at.isocalendar()[:2] for c in kept}
    assert len(weeks) == 4  # one copy in each of the last four calendar weeks
    assert T0 - kept[0].made_at <= dt.timedelta(days=28)


def test_large_copies_are_trimmed_to_the_budget_oldest_first() -> None:
    copies = [Copy(f"c{n}", T0 - dt.timedelta(days=n), size=300 << 20) for n in range(10)]
    kept = keep(copies)
    assert kept == {"c0", "c1", "c2"}  # 900 MiB: a fourth would pass 1 GiB


def test_an_empty_rotation_never_pushes_the_real_copy_out() -> None:
    real = Copy("real", T0 - dt.timedelta(days=60), size=1 << 20, holds_learners=True)
    empties = [
        Copy(f"e{n}", T0 - dt.timedelta(days=n), size=1 << 10, holds_learners=False)
        for n in range(30)
    ]
    assert "real" in keep([real, *empties])
