"""What is unlocked, for whom, and why not.

Each gate returns None when open, or the sentence the learner should read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from studyapp.core.activity import Activity
from studyapp.core.dates import format_date


class Status(StrEnum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    PASSED = "Passed"
    CREDIT_CLAIMED = "Credit claimed"
    EXPIRED = "Expired"


@dataclass(frozen=True)
class Progress:
    """A learner's standing in one activity, as read from storage."""

    started: bool = False
    pretest_submitted: bool = False
    posttest_attempts: int = 0
    posttest_passed: bool = False
    evaluation_submitted: bool = False
    credit_claimed: bool = False


def is_expired(expiration_date: dt.date, today: dt.date) -> bool:
    return today > expiration_date


def posttest_lock(progress: Progress) -> str | None:
    if not progress.pretest_submitted:
        return "Submit the Pre-Test first. Your score there does not count against you."
    return None


def attempts_left(activity: Activity, progress: Progress) -> int | None:
    """None means unlimited."""
    if activity.max_attempts is None:
        return None
    return max(0, activity.max_attempts - progress.posttest_attempts)


def retake_lock(activity: Activity, progress: Progress) -> str | None:
    """Whether a new post-test attempt may start."""
    lock = posttest_lock(progress)
    if lock:
        return lock
    if progress.posttest_passed:
        return "You have passed the Post-Test."
    left = attempts_left(activity, progress)
    if left == 0:
        return (
            f"You have used all {activity.max_attempts} Post-Test attempts for this activity, "
            "so credit cannot be claimed."
        )
    return None


def credit_lock(activity: Activity, progress: Progress, today: dt.date) -> str | None:
    if progress.credit_claimed:
        return "You have claimed credit for this activity. Your certificate is in your CME history."
    if is_expired(activity.expiration_date, today):
        return (
            f"This activity expired on {format_date(activity.expiration_date)}. "
            "You can still study it, but credit can no longer be claimed."
        )
    if today < activity.release_date:
        return f"Credit can be claimed from {format_date(activity.release_date)}."
    missing = []
    if not progress.pretest_submitted:
        missing.append("submit the Pre-Test")
    if not progress.posttest_passed:
        missing.append(f"pass the Post-Test ({activity.passing_score}% or more)")
    if not progress.evaluation_submitted:
        missing.append("submit the Evaluation")
    if missing:
        return "To claim credit, " + _join(missing) + "."
    return None


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


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]
