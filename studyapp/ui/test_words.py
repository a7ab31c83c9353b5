"""The Pre-Test and Post-Test tabs' own words: buttons, locks and the line above an attempt,
made per test, so a translation can word each whole."""

from __future__ import annotations

from studyapp.core.activity import TestKind
from studyapp.services.attempts import TestState
from studyapp.ui.i18n import translate


def submit_text(test: TestKind) -> str:
    if test is TestKind.PRE:
        return translate("TestTab", "&Submit Pre-Test")
    return translate("TestTab", "&Submit Post-Test")


def locked_text(test: TestKind) -> str:
    if test is TestKind.PRE:
        return translate("TestTab", "<b>The Pre-Test is locked.</b> {why}")
    return translate("TestTab", "<b>The Post-Test is locked.</b> {why}")


def intro_text(test: TestKind, state: TestState, passing_score: int) -> str:
    """What the test tab says above an attempt in progress."""
    if test is TestKind.PRE:
        return translate(
            "TestTab",
            "Answer every question in any order; each answer is saved as you give it. Your "
            "Pre-Test score is recorded but does not count against you.",
        )
    left = state.attempts_left
    if left is None:
        limit = ""
    elif left == 1:
        limit = " " + translate("TestTab", "You have 1 attempt left.")
    else:
        limit = " " + translate("TestTab", "You have {count} attempts left.").format(count=left)
    number = state.attempt.number if state.attempt else state.attempts_used + 1
    return (
        translate(
            "TestTab",
            "Post-Test, attempt {number}. You need {score}% to pass. Each answer is saved as "
            "you give it.",
        ).format(number=number, score=passing_score)
        + limit
    )
