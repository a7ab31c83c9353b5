"""Sentences for the reason codes the rules return: made here, at the edge, through Qt's
translation mechanism, so the rules stay data and the words can be translated."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from studyapp.core.credit import CertificateKind
from studyapp.core.gating import Lock, Reason, Step
from studyapp.core.message import Message, message_of
from studyapp.services.errors import LockedError
from studyapp.ui.i18n import date_text, translate


def _steps(missing: tuple[Step, ...], passing_score: int | None) -> str:
    words = {
        Step.PRETEST: translate("Reasons", "submit the Pre-Test"),
        Step.POSTTEST: translate("Reasons", "pass the Post-Test ({score}% or more)").format(
            score=passing_score
        ),
        Step.EVALUATION: translate("Reasons", "submit the Evaluation"),
    }
    parts = [words[step] for step in missing]
    if len(parts) == 1:
        return parts[0]
    return translate("Reasons", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def describe(lock: Lock) -> str:
    """What the learner reads about a closed gate: what is locked, why, and what to do."""
    reason = lock.reason
    if reason is Reason.PRETEST_FIRST:
        return translate(
            "Reasons", "Submit the Pre-Test first. Your score there does not count against you."
        )
    if reason is Reason.POSTTEST_PASSED:
        return translate("Reasons", "You have passed the Post-Test.")
    if reason is Reason.NO_ATTEMPTS_LEFT:
        return translate(
            "Reasons",
            "You have used all {count} Post-Test attempts for this activity, so credit cannot "
            "be claimed.",
        ).format(count=lock.count)
    if reason is Reason.CREDIT_CLAIMED:
        return translate(
            "Reasons",
            "You have claimed credit for this activity. Your certificate is in your CME history.",
        )
    if reason is Reason.EXPIRED:
        assert lock.date is not None
        return translate(
            "Reasons",
            "This activity expired on {date}. You can still study it, but credit can no longer "
            "be claimed.",
        ).format(date=date_text(lock.date))
    if reason is Reason.NOT_YET_RELEASED:
        assert lock.date is not None
        return translate("Reasons", "Credit can be claimed from {date}.").format(
            date=date_text(lock.date)
        )
    if reason is Reason.STEPS_MISSING:
        return translate("Reasons", "To claim credit, {steps}.").format(
            steps=_steps(lock.missing, lock.count)
        )
    if reason is Reason.POSTTEST_FIRST:
        return translate(
            "Reasons",
            "The Evaluation opens once you have taken the Post-Test: it asks how well the "
            "activity met its objectives, which you can judge only after the test.",
        )
    if reason is Reason.PASS_FIRST:
        return translate(
            "Reasons", "The Evaluation opens once you pass the Post-Test ({score}% or more)."
        ).format(score=lock.count)
    raise AssertionError(reason)


def error_text(exc: BaseException) -> str:
    """A service error in words: a closed gate is described here, anything else says itself,
    in the learner's language when it was raised with a Message."""
    if isinstance(exc, LockedError):
        return describe(exc.lock)
    return say(message_of(exc))


def say(text: str) -> str:
    """A Message from the layers below in the learner's language: its template translated,
    then filled with the same parameters (Messages among them said in turn, numbers in the
    locale's form). Plain text is shown as it is."""
    if not isinstance(text, Message):
        return text
    if text.parts:
        return text.separator.join(say(p) for p in text.parts)
    if text.template == "{text}":
        return str(text)
    words = translate("Messages", text.template)
    if not text.params:
        return words
    # Thousands are grouped by the locale ("5,000", "5.000"), not by the template's ":,".
    words = re.sub(r"\{(\w+):,\}", r"{\1}", words)
    return words.format(**{k: _param(v) for k, v in text.params.items()})


def _param(value: object) -> object:
    if isinstance(value, Message):
        return say(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
        return QLocale().toString(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", max(0, -int(value.as_tuple().exponent)))
    return value


def certificate_label(kind: CertificateKind, credit_type: str) -> str:
    """What the learner will receive. The credit type is the pack's own designation."""
    if kind is CertificateKind.PHYSICIAN:
        return translate("Reasons", "a certificate for {credit_type}").format(
            credit_type=credit_type
        )
    return translate("Reasons", "a certificate of participation")


def certificate_kind_name(kind: CertificateKind, sample: bool) -> str:
    """The kind in a word or two, as the CME history lists it."""
    name = (
        translate("Reasons", "Credit")
        if kind is CertificateKind.PHYSICIAN
        else translate("Reasons", "Participation")
    )
    return translate("Reasons", "{name} (sample)").format(name=name) if sample else name
