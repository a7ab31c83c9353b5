from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.credit import (
    CertificateKind,
    CreditError,
    certificate_kind,
    claim_steps,
    from_quarters,
    to_quarters,
    validate_claim,
)

PHYSICIANS = frozenset({"MD", "DO"})


def test_steps_run_in_quarters_up_to_the_maximum() -> None:
    assert claim_steps(Decimal("1.00")) == [
        Decimal("0.25"),
        Decimal("0.50"),
        Decimal("0.75"),
        Decimal("1.00"),
    ]
    assert claim_steps(Decimal("0.25")) == [Decimal("0.25")]


@pytest.mark.parametrize(
    ("claimed", "message"),
    [
        ("0", "more than zero"),
        ("-0.25", "more than zero"),
        ("0.3", "steps of 0.25"),
        ("1.25", "at most 1.00"),
    ],
)
def test_bad_claims_are_refused_with_a_reason(claimed: str, message: str) -> None:
    with pytest.raises(CreditError, match=message):
        validate_claim(Decimal(claimed), Decimal("1.00"))


def test_valid_claim_returns_quarters() -> None:
    assert validate_claim(Decimal("0.75"), Decimal("1.00")) == 3


@pytest.mark.parametrize(
    ("credential", "kind"),
    [
        ("MD", CertificateKind.PHYSICIAN),
        ("DO", CertificateKind.PHYSICIAN),
        ("do", CertificateKind.PHYSICIAN),
        ("PA", CertificateKind.PARTICIPATION),
        ("NP", CertificateKind.PARTICIPATION),
        ("RN", CertificateKind.PARTICIPATION),
        ("PharmD", CertificateKind.PARTICIPATION),
        ("Other", CertificateKind.PARTICIPATION),
    ],
)
def test_certificate_kind_follows_credentials(credential: str, kind: CertificateKind) -> None:
    assert certificate_kind(credential, PHYSICIANS) is kind


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=-10, max_value=500))
def test_any_claim_is_a_valid_step_or_refused(max_quarters: int, claim_quarters: int) -> None:
    maximum = from_quarters(max_quarters)
    claimed = from_quarters(claim_quarters)
    if 1 <= claim_quarters <= max_quarters:
        assert validate_claim(claimed, maximum) == claim_quarters
        assert claimed in claim_steps(maximum)
    else:
        with pytest.raises(CreditError):
            validate_claim(claimed, maximum)


@given(st.lists(st.integers(min_value=1, max_value=400), max_size=50))
def test_totals_in_quarters_are_exact(claims: list[int]) -> None:
    total = sum(from_quarters(q) for q in claims)
    assert to_quarters(total) == sum(claims)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10"), places=2))
def test_off_step_amounts_never_pass(amount: Decimal) -> None:
    if (amount * 4) % 1 != 0:
        with pytest.raises(CreditError):
            validate_claim(amount, Decimal("10"))
