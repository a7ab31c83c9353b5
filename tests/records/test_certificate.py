"""The certificate PDF and the JSON record state the same facts, and survive a round trip."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtGui import QGuiApplication

from studyapp.records import completion
from studyapp.records.certificate import render_pdf
from tests.ui.helpers import pdf_text

FACTS = completion.CompletionFacts(
    record_id="0dbbf8b4-79bd-4a69-8e94-7439ff65e4cb",  # "ff" and "fi" must not become ligatures
    learner_name="Zoë Ölmez-Fitzgerald",
    learner_credentials="DO",
    learner_email="zoe@example.org",
    activity_id="il6-treat-to-target",
    activity_version="1.0.0",
    activity_title="Treating to Target",
    provider="Global Education Group",
    activity_format="Enduring material",
    completed_at=dt.datetime(2027, 3, 15, 14, 30, tzinfo=dt.UTC),
    credits_claimed=Decimal("0.50"),
    max_credits=Decimal("1.00"),
    credit_type="AMA PRA Category 1 Credit™",
    certificate_kind="physician",
    accreditation_statement="Accredited by the ACCME.",
    designation_statement="Designated for a maximum of 1.00 credit.",
    participation_statement="Participation only.",
    minutes_spent=35,
    posttest_percent=80,
    is_sample=False,
)


@pytest.fixture(autouse=True)
def gui_app(qapp: QGuiApplication) -> QGuiApplication:
    """The PDF writer needs a GUI application; pytest-qt's serves the whole session."""
    return qapp


def test_physician_certificate_states_every_fact() -> None:
    text = pdf_text(render_pdf(FACTS))
    for fact in (
        "Certificate of Completion",
        "Zoë Ölmez-Fitzgerald, DO",
        "Treating to Target",
        "Global Education Group",
        "enduring material",
        "0.50 AMA PRA Category 1 Credit™",
        "(maximum 1.00)",
        "Accredited by the ACCME.",
        "Designated for a maximum of 1.00 credit.",
        "Record id: 0dbbf8b4-79bd-4a69-8e94-7439ff65e4cb",
    ):
        assert fact in text, fact
    assert "SAMPLE" not in text
    local = FACTS.completed_at.astimezone()
    assert f"{local:%B} {local.day}, {local.year}" in text


def test_participation_certificate_and_sample_mark() -> None:
    text = pdf_text(render_pdf(replace(FACTS, certificate_kind="participation", is_sample=True)))
    assert "Certificate of Participation" in text
    assert "Participation only." in text
    assert "SAMPLE ACTIVITY — NOT VALID FOR CREDIT" in text


def test_record_round_trips_to_the_same_facts() -> None:
    record = json.loads(completion.dumps(completion.build(FACTS, "did:key:z6MkExample")))
    assert record["validFrom"] == "2027-03-15T14:30:00+00:00"
    assert record["issuer"]["id"] == "did:key:z6MkExample"
    assert record["credentialSubject"]["achievement"]["creator"]["id"] == (
        "urn:studyapp:provider:global-education-group"
    )
    assert completion.facts_from_record(record) == FACTS
