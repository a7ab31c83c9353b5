"""What is unlocked, for whom, and why not.

Each gate returns None when open, or a Lock: a reason code with its parameters. The
sentence the learner reads is made at the edge (ui/reasons.py), so it can be translated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from studyapp.core.activity import Activity


class Status(StrEnum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    PASSED = "Passed"
    CREDIT_CLAIMED = "Credit claimed"
    EXPIRED = "Expired"


@dataclass(frozen=True, slots=True)
class Progress:
    """A learner's standing in one activity, as read from storage."""

    started: bool = False
    pretest_submitted: bool = False
    posttest_attempts: int = 0
    posttest_passed: bool = False
    evaluation_submitted: bool = False
    credit_claimed: bool = False
    reading_opened: bool = False


def is_expired(expiration_date: dt.date, today: dt.date) -> bool:
    return today > expiration_date


class Reason(StrEnum):
    """Why something is locked. The screens and the command line make the sentence."""

    PRETEST_FIRST = "pretest-first"
    POSTTEST_PASSED = "posttest-passed"
    NO_ATTEMPTS_LEFT = "no-attempts-left"  # count: the attempts allowed
    CREDIT_CLAIMED = "credit-claimed"
    EXPIRED = "expired"  # date: the expiration date
    NOT_YET_RELEASED = "not-yet-released"  # date: the release date
    STEPS_MISSING = "steps-missing"  # missing: the steps left; count: the passing score
    POSTTEST_FIRST = "posttest-first"  # the evaluation waits for a post-test attempt
    PASS_FIRST = "pass-first"  # the evaluation waits for a pass; count: the passing score


class Step(StrEnum):
    PRETEST = "pretest"
    POSTTEST = "posttest"
    EVALUATION = "evaluation"


@dataclass(frozen=True)
class Lock:
    reason: Reason
    date: dt.date | None = None
    count: int | None = None
    missing: tuple[Step, ...] = ()


def posttest_lock(progress: Progress) -> Lock | None:
    if not progress.pretest_submitted:
        return Lock(Reason.PRETEST_FIRST)
    return None


def attempts_left(activity: Activity, progress: Progress) -> int | None:
    """None means unlimited."""
    if activity.max_attempts is None:
        return None
    return max(0, activity.max_attempts - progress.posttest_attempts)


def retake_lock(activity: Activity, progress: Progress) -> Lock | None:
    """Whether a new post-test attempt may start."""
    lock = posttest_lock(progress)
    if lock:
        return lock
    if progress.posttest_passed:
        return Lock(Reason.POSTTEST_PASSED)
    if attempts_left(activity, progress) == 0:
        return Lock(Reason.NO_ATTEMPTS_LEFT, count=activity.max_attempts)
    return None


def evaluation_lock(activity: Activity, progress: Progress) -> Lock | None:
    """Rating whether the objectives were met means little before the post-test: the form
    opens once it has been attempted, or passed where the pack asks for that."""
    if activity.evaluation_after_pass:
        if not progress.posttest_passed:
            return Lock(Reason.PASS_FIRST, count=activity.passing_score)
        return None
    if progress.posttest_attempts == 0 and not progress.posttest_passed:
        return Lock(Reason.POSTTEST_FIRST)
    return None


def credit_lock(activity: Activity, progress: Progress, today: dt.date) -> Lock | None:
    if progress.credit_claimed:
        return Lock(Reason.CREDIT_CLAIMED)
    if is_expired(activity.expiration_date, today):
        return Lock(Reason.EXPIRED, date=activity.expiration_date)
    if today < activity.release_date:
        return Lock(Reason.NOT_YET_RELEASED, date=activity.release_date)
    missing = []
    if not progress.pretest_submitted:
        missing.append(Step.PRETEST)
    if not progress.posttest_passed:
        missing.append(Step.POSTTEST)
    if not progress.evaluation_submitted:
        missing.append(Step.EVALUATION)
    if missing:
        return Lock(Reason.STEPS_MISSING, count=activity.passing_score, missing=tuple(missing))
    return None


EXPIRY_WARNING_DAYS = 30


def expires_soon(expiration_date: dt.date, status: Status, today: dt.date) -> bool:
    """Within 30 days of its expiry, with credit still to claim: the library and the queue
    warn of it."""
    days = (expiration_date - today).days
    return 0 <= days <= EXPIRY_WARNING_DAYS and status not in (
        Status.CREDIT_CLAIMED,
        Status.EXPIRED,
    )


def status(expiration_date: dt.date, progress: Progress, today: dt.date) -> Status:
    if progress.credit_claimed:
        return Status.CREDIT_CLAIMED
    if is_expired(expiration_date, today):
        return Status.EXPIRED
    if progress.posttest_passed:
        return Status.PASSED
    if progress.started or progress.pretest_submitted or progress.posttest_attempts:
        return Status.IN_PROGRESS
    return Status.NOT_STARTED


class Stage(StrEnum):
    """The six steps of an activity, in the order the learner takes them."""

    OVERVIEW = "overview"
    PRETEST = "pretest"
    READING = "reading"
    POSTTEST = "posttest"
    EVALUATION = "evaluation"
    CREDIT = "credit"


class StageState(StrEnum):
    DONE = "done"
    NEXT = "next"  # the first step not done that is open
    OPEN = "open"
    LOCKED = "locked"


@dataclass(frozen=True)
class StageView:
    stage: Stage
    state: StageState
    lock: Lock | None = None  # why, when locked


# What marks each step done.
_DONE_WHEN = {
    Stage.OVERVIEW: "started",
    Stage.PRETEST: "pretest_submitted",
    Stage.READING: "reading_opened",
    Stage.POSTTEST: "posttest_passed",
    Stage.EVALUATION: "evaluation_submitted",
    Stage.CREDIT: "credit_claimed",
}


def stage_done(stage: Stage, progress: Progress) -> bool:
    return bool(getattr(progress, _DONE_WHEN[stage]))


def stages_done(progress: Progress) -> int:
    """How many of the six steps are done, for the library's progress bar (every row of a
    library of ten thousand: no mapping built per call)."""
    return sum(bool(getattr(progress, done)) for done in _DONE_WHEN.values())


def stages(activity: Activity, progress: Progress, today: dt.date) -> tuple[StageView, ...]:
    """Each step's state for the activity's step rail: done, next, open or locked (why)."""
    locks: dict[Stage, Lock | None] = {
        Stage.POSTTEST: posttest_lock(progress),
        Stage.EVALUATION: evaluation_lock(activity, progress),
        Stage.CREDIT: credit_lock(activity, progress, today),
    }
    views: list[StageView] = []
    next_found = False
    for stage in Stage:
        lock = locks.get(stage)
        if stage_done(stage, progress):
            views.append(StageView(stage, StageState.DONE))
        elif lock is not None:
            views.append(StageView(stage, StageState.LOCKED, lock))
        elif not next_found:
            next_found = True
            views.append(StageView(stage, StageState.NEXT))
        else:
            views.append(StageView(stage, StageState.OPEN))
    return tuple(views)
