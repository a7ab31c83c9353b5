"""Credit arithmetic and the certificate a learner's credentials earn.

Credit is counted in quarter-credits (integers) so that sums and steps are
exact: 0.25 has no exact binary float.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from studyapp.core.message import QT_TRANSLATE_NOOP, Message

STEP = Decimal("0.25")
QUARTERS_PER_CREDIT = 4


class CreditError(ValueError):
    """A claim that the rules do not allow; the message is for the learner."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(Message(template, **params))


class CertificateKind(StrEnum):
    PHYSICIAN = "physician"
    PARTICIPATION = "participation"


def to_quarters(credits: Decimal) -> int:
    quarters = Decimal(credits) * QUARTERS_PER_CREDIT
    if quarters != quarters.to_integral_value():
        raise CreditError(
            QT_TRANSLATE_NOOP(
                "Messages", "Credit must be claimed in steps of {step}; {credits} is not."
            ),
            step=STEP,
            credits=credits,
        )
    return int(quarters)


def from_quarters(quarters: int) -> Decimal:
    return (Decimal(quarters) / QUARTERS_PER_CREDIT).quantize(Decimal("0.01"))


def claim_steps(max_credits: Decimal) -> list[Decimal]:
    """Every claimable amount from the smallest step up to the maximum."""
    return [from_quarters(q) for q in range(1, to_quarters(max_credits) + 1)]


def validate_claim(claimed: Decimal, max_credits: Decimal) -> int:
    """Return the claim in quarters, or raise with a message for the learner."""
    if claimed <= 0:
        raise CreditError(
            QT_TRANSLATE_NOOP(
                "Messages", "Choose how much credit to claim; it must be more than zero."
            )
        )
    quarters = to_quarters(claimed)
    if quarters > to_quarters(max_credits):
        raise CreditError(
            QT_TRANSLATE_NOOP(
                "Messages", "You can claim at most {most} credits for this activity."
            ),
            most=from_quarters(to_quarters(max_credits)),
        )
    return quarters


def certificate_kind(credential: str, physician_credentials: frozenset[str]) -> CertificateKind:
    if credential.strip().upper() in {c.upper() for c in physician_credentials}:
        return CertificateKind.PHYSICIAN
    return CertificateKind.PARTICIPATION


def format_credits(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"
