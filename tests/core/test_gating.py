import datetime as dt
from dataclasses import replace
from decimal import Decimal

from studyapp.core import gating
from studyapp.core.activity import Activity, CreditDesignation, Overview
from studyapp.core.gating import Progress, Status

TODAY = dt.date(2027, 6, 1)


def activity(**changes) -> Activity:
    base = Activity(
        id="a",
        version="1",
        title="A",
        provider="P",
        format="Enduring material",
        release_date=dt.date(2026, 1, 1),
        expiration_date=dt.date(2028, 1, 1),
        estimated_minutes=60,
        passing_score=70,
        max_attempts=None,
        is_sample=False,
        overview=Overview(*["x"] * 8),
        credit=CreditDesignation(Decimal("1"), "AMA", frozenset({"MD"}), "a", "d", "p"),
    )
    return replace(base, **changes)


def test_posttest_locked_until_pretest_submitted() -> None:
    assert "Submit the Pre-Test first" in gating.posttest_lock(Progress())
    assert gating.posttest_lock(Progress(pretest_submitted=True)) is None


def test_credit_needs_all_three_steps_and_names_what_is_missing() -> None:
    lock = gating.credit_lock(activity(), Progress(pretest_submitted=True), TODAY)
    assert lock == "To claim credit, pass the Post-Test (70% or more) and submit the Evaluation."
    done = Progress(pretest_submitted=True, posttest_passed=True, evaluation_submitted=True)
    assert gating.credit_lock(activity(), done, TODAY) is None


def test_expired_activity_locks_credit_with_the_date_but_not_study() -> None:
    done = Progress(pretest_submitted=True, posttest_passed=True, evaluation_submitted=True)
    old = activity(expiration_date=dt.date(2027, 5, 31))
    lock = gating.credit_lock(old, done, TODAY)
    assert lock is not None and "expired on May 31, 2027" in lock
    assert "can still study" in lock
    assert gating.posttest_lock(done) is None
    # The expiry day itself is still claimable.
    assert gating.credit_lock(activity(expiration_date=TODAY), done, TODAY) is None


def test_attempt_limit() -> None:
    limited = activity(max_attempts=2)
    one = Progress(pretest_submitted=True, posttest_attempts=1)
    two = Progress(pretest_submitted=True, posttest_attempts=2)
    assert gating.attempts_left(limited, one) == 1
    assert gating.retake_lock(limited, one) is None
    assert "used all 2 Post-Test attempts" in gating.retake_lock(limited, two)
    assert gating.attempts_left(activity(), two) is None
    assert gating.retake_lock(activity(), two) is None
    assert gating.retake_lock(activity(), replace(two, posttest_passed=True)) is not None


def test_status_order() -> None:
    end = dt.date(2028, 1, 1)
    assert gating.status(end, Progress(), TODAY) is Status.NOT_STARTED
    assert gating.status(end, Progress(started=True), TODAY) is Status.IN_PROGRESS
    assert gating.status(end, Progress(posttest_passed=True), TODAY) is Status.PASSED
    assert gating.status(end, Progress(credit_claimed=True), TODAY) is Status.CREDIT_CLAIMED
    past = dt.date(2027, 1, 1)
    assert gating.status(past, Progress(started=True), TODAY) is Status.EXPIRED
    assert gating.status(past, Progress(credit_claimed=True), TODAY) is Status.CREDIT_CLAIMED
