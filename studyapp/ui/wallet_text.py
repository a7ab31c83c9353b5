"""The wallet's words: days left, what is missing, alerts, where a credit came from.
The rules (core/requirements.py) return codes and numbers; the sentences are made here."""

from __future__ import annotations

from studyapp.core.credit import format_credits, from_quarters
from studyapp.core.dates import format_date
from studyapp.core.requirements import Alert, Recurrence, Shortfall, ShortfallCode
from studyapp.services.wallet import WalletCredit, WalletEntry

RECURRENCE = {
    Recurrence.EVERY_CYCLE: "Every cycle",
    Recurrence.ONE_TIME: "Once (any earlier date counts)",
    Recurrence.FIRST_RENEWAL: "First renewal only",
}
SOURCE = {
    "studyapp": "StudyApp",
    "certificate": "Outside certificate",
    "record": "Imported record",
}
VERDICT = {
    "valid": "✓ Signature checks out",
    "unsigned": "Not signed",
    "unreadable": "Signature not checkable offline",
}


def credits(quarters: int) -> str:
    return format_credits(from_quarters(quarters))


def days_left(days: int) -> str:
    if days < 0:
        return f"ended {-days} day{'s' if days != -1 else ''} ago"
    if days == 0:
        return "ends today"
    return f"{days} day{'s' if days != 1 else ''} left"


def shortfall(s: Shortfall) -> str:
    if s.code is ShortfallCode.TOTAL:
        return f"{credits(s.missing_quarters)} more credits (of {credits(s.required_quarters)})"
    return f"{credits(s.missing_quarters)} more hours of {s.topic}"


def missing_text(entry: WalletEntry) -> str:
    prog = entry.progress
    if prog.met:
        return "Every requirement of this cycle is met."
    return "Still needed: " + "; ".join(shortfall(s) for s in prog.missing) + "."


def summary_line(entry: WalletEntry) -> str:
    """One line for the list of licences."""
    mark = "⚠ " if entry.progress.alert is not None else ("✓ " if entry.progress.met else "")
    state = (
        "requirements met"
        if entry.progress.met
        else (
            f"{len(entry.progress.missing)} requirement"
            f"{'s' if len(entry.progress.missing) != 1 else ''} unmet"
        )
    )
    return f"{mark}{entry.credential.name}: {days_left(entry.progress.days_left)}, {state}"


def alert_text(entry: WalletEntry) -> str:
    name = entry.credential.name
    end = format_date(entry.credential.cycle.end)
    needed = "; ".join(shortfall(s) for s in entry.progress.missing)
    if entry.progress.alert is Alert.ENDED:
        return (
            f"The cycle of your {name} ended on {end} with requirements unmet ({needed}). "
            "Check with your board, then start the next cycle in the wallet."
        )
    return (
        f"Your {name} renews on {end} ({days_left(entry.progress.days_left)}) and still needs "
        f"{needed}. Open View > CME wallet to see what counts."
    )


def check_text(c: WalletCredit) -> str:
    if c.source != "record":
        return ""
    return VERDICT.get(c.verdict or "", c.verdict or "")
