"""The wallet's words: days left, what is missing, alerts, where a credit came from.
The rules (core/requirements.py) return codes and numbers; the sentences are made here."""

from __future__ import annotations

import html

from studyapp.core.credit import from_quarters
from studyapp.core.requirements import Alert, Recurrence, Shortfall, ShortfallCode
from studyapp.services.wallet import ENTERED_BY_LEARNER, WalletCredit, WalletEntry
from studyapp.ui.i18n import date_text, number_text, translate


def recurrence_name(recurrence: Recurrence) -> str:
    return {
        Recurrence.EVERY_CYCLE: translate("Wallet", "Every cycle"),
        Recurrence.ONE_TIME: translate("Wallet", "Once (any earlier date counts)"),
        Recurrence.FIRST_RENEWAL: translate("Wallet", "First renewal only"),
    }[recurrence]


def source_name(source: str) -> str:
    return {
        "studyapp": "StudyApp",
        "certificate": translate("Wallet", "Outside certificate"),
        "record": translate("Wallet", "Imported record"),
    }[source]


def source_words(source: str) -> str:
    """Where a licence's requirements came from, as plain text: the learner, or a file."""
    if source == ENTERED_BY_LEARNER:
        return translate("Wallet", "Entered by you")
    return source


def source_text(source: str) -> str:
    """The same, as rich text."""
    return html.escape(source_words(source))


def verdict_name(verdict: str) -> str:
    return {
        "valid": translate("Wallet", "✓ Signature checks out"),
        "unsigned": translate("Wallet", "Not signed"),
        "unreadable": translate("Wallet", "Signature not checkable offline"),
    }.get(verdict, verdict)


def credits(quarters: int) -> str:
    """An amount of credit with the learner's decimal mark ("2.50", "2,50")."""
    return number_text(float(from_quarters(quarters)))


def days_left(days: int) -> str:
    if days < 0:
        if days == -1:
            return translate("Wallet", "ended 1 day ago")
        return translate("Wallet", "ended {days} days ago").format(days=-days)
    if days == 0:
        return translate("Wallet", "ends today")
    if days == 1:
        return translate("Wallet", "1 day left")
    return translate("Wallet", "{days} days left").format(days=days)


def shortfall(s: Shortfall) -> str:
    if s.code is ShortfallCode.TOTAL:
        return translate("Wallet", "{missing} more credits (of {required})").format(
            missing=credits(s.missing_quarters), required=credits(s.required_quarters)
        )
    return translate("Wallet", "{missing} more hours of {topic}").format(
        missing=credits(s.missing_quarters), topic=s.topic
    )


def missing_text(entry: WalletEntry) -> str:
    prog = entry.progress
    if prog.met:
        return translate("Wallet", "Every requirement of this cycle is met.")
    return translate("Wallet", "Still needed: {needs}.").format(
        needs="; ".join(shortfall(s) for s in prog.missing)
    )


def summary_line(entry: WalletEntry) -> str:
    """One line for the list of licences."""
    mark = "⚠ " if entry.progress.alert is not None else ("✓ " if entry.progress.met else "")
    unmet = len(entry.progress.missing)
    if entry.progress.met:
        state = translate("Wallet", "requirements met")
    elif unmet == 1:
        state = translate("Wallet", "1 requirement unmet")
    else:
        state = translate("Wallet", "{count} requirements unmet").format(count=unmet)
    return f"{mark}{entry.credential.name}: {days_left(entry.progress.days_left)}, {state}"


def alert_text(entry: WalletEntry) -> str:
    name = entry.credential.name
    end = date_text(entry.credential.cycle.end)
    needed = "; ".join(shortfall(s) for s in entry.progress.missing)
    if entry.progress.alert is Alert.ENDED:
        return translate(
            "WalletText",
            "The cycle of your {name} ended on {end} with requirements unmet ({needed}). Check "
            "with your board, then start the next cycle in the wallet.",
        ).format(name=name, end=end, needed=needed)
    return translate(
        "WalletText",
        "Your {name} renews on {end} ({days_left}) and still needs {needed}. Open View > CME "
        "wallet to see what counts.",
    ).format(name=name, end=end, days_left=days_left(entry.progress.days_left), needed=needed)


def check_text(c: WalletCredit) -> str:
    if c.source != "record":
        return ""
    return verdict_name(c.verdict or "")
