import datetime as dt
from dataclasses import replace
from decimal import Decimal

from studyapp.core import gating
from studyapp.core.activity import Activity, CreditDesignation, Overview
from studyapp.core.gating import Lock, Progress, Reason, Status, Step

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
    assert gating.posttest_lock(Progress()) == Lock(Reason.PRETEST_FIRST)
    assert gating.posttest_lock(Progress(pretest_submitted=True)) is None


def test_credit_needs_all_three_steps_and_names_what_is_missing() -> None:
    lock = gating.credit_lock(activity(), Progress(pretest_submitted=True), TODAY)
    assert lock == Lock(Reason.STEPS_MISSING, count=70, missing=(Step.POSTTEST, Step.EVALUATION))
    done = Progress(pretest_submitted=True, posttest_passed=True, evaluation_submitted=True)
    assert gating.credit_lock(activity(), done, TODAY) is None


def test_expired_activity_locks_credit_with_the_date_but_not_study() -> None:
    done = Progress(pretest_submitted=True, posttest_passed=True, evaluation_submitted=True)
    old = activity(expiration_date=dt.date(2027, 5, 31))
    lock = gating.credit_lock(old, done, TODAY)
    assert lock == Lock(Reason.EXPIRED, date=dt.date(2027, 5, 31))
    assert gating.posttest_lock(done) is None
    # The expiry day itself is still claimable.
    assert gating.credit_lock(activity(expiration_date=TODAY), done, TODAY) is None


def test_attempt_limit() -> None:
    limited = activity(max_attempts=2)
    one = Progress(pretest_submitted=True, posttest_attempts=1)
    two = Progress(pretest_submitted=True, posttest_attempts=2)
    assert gating.attempts_left(limited, one) == 1
    assert gating.retake_lock(limited, one) is None
    assert gating.retake_lock(limited, two) == Lock(Reason.NO_ATTEMPTS_LEFT, count=2)
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


def test_evaluation_opens_after_a_posttest_attempt_or_a_pass_if_the_pack_says() -> None:
    assert gating.evaluation_lock(activity(), Progress(pretest_submitted=True)) == Lock(
        Reason.POSTTEST_FIRST
    )
    tried = Progress(pretest_submitted=True, posttest_attempts=1)
    assert gating.evaluation_lock(activity(), tried) is None
    strict = activity(evaluation_after_pass=True)
    assert gating.evaluation_lock(strict, tried) == Lock(Reason.PASS_FIRST, count=70)
    passed = Progress(pretest_submitted=True, posttest_attempts=1, posttest_passed=True)
    assert gating.evaluation_lock(strict, passed) is None


def rail(progress: Progress, **changes) -> list[tuple[str, str, Reason | None]]:
    views = gating.stages(activity(**changes), progress, TODAY)
    return [(v.stage.value, v.state.value, v.lock.reason if v.lock else None) for v in views]


def test_the_step_rail_says_done_next_open_and_locked_with_the_reason() -> None:
    assert rail(Progress()) == [
        ("overview", "next", None),
        ("pretest", "open", None),
        ("reading", "open", None),
        ("posttest", "locked", Reason.PRETEST_FIRST),
        ("evaluation", "locked", Reason.POSTTEST_FIRST),
        ("credit", "locked", Reason.STEPS_MISSING),
    ]
    read_and_pretested = Progress(started=True, pretest_submitted=True, reading_opened=True)
    assert rail(read_and_pretested) == [
        ("overview", "done", None),
        ("pretest", "done", None),
        ("reading", "done", None),
        ("posttest", "next", None),
        ("evaluation", "locked", Reason.POSTTEST_FIRST),
        ("credit", "locked", Reason.STEPS_MISSING),
    ]
    failed_once = replace(read_and_pretested, posttest_attempts=1)
    assert rail(failed_once)[3:5] == [("posttest", "next", None), ("evaluation", "open", None)]
    everything = Progress(True, True, 1, True, True, True, True)
    assert {state for _s, state, _r in rail(everything)} == {"done"}
    assert gating.stages_done(everything) == 6 and gating.stages_done(Progress()) == 0
    expired = rail(read_and_pretested, expiration_date=dt.date(2027, 1, 1))
    assert expired[5] == ("credit", "locked", Reason.EXPIRED)


def test_an_activity_expires_soon_within_thirty_days_while_credit_is_still_to_claim() -> None:
    expiry = dt.date(2027, 6, 30)
    soon = [
        gating.expires_soon(expiry, Status.IN_PROGRESS, expiry - dt.timedelta(days=d))
        for d in (31, 30, 1, 0, -1)
    ]
    assert soon == [False, True, True, True, False]
    assert not gating.expires_soon(expiry, Status.CREDIT_CLAIMED, expiry)
