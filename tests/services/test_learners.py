from __future__ import annotations

import dataclasses

import pytest

from studyapp.services import learners
from studyapp.services.errors import ValidationError
from studyapp.services.learners import Profile, npi_is_valid

GOOD = Profile(
    full_name="  Ana   Silva ", credentials="NP", profession="Primary care", email="ana@example.org"
)


def test_profile_is_cleaned_and_remembered(ctx) -> None:
    ana = learners.create(ctx, GOOD)
    assert ana.full_name == "Ana Silva"
    assert learners.last_used(ctx) == ana
    ben = learners.create(ctx, Profile("Ben Okafor", "DO", "Rheumatology", "ben@example.org"))
    assert learners.last_used(ctx) == ben
    learners.remember(ctx, ana.id)
    assert learners.last_used(ctx).id == ana.id
    assert [p.full_name for p in learners.list_learners(ctx)] == ["Ana Silva", "Ben Okafor"]


def test_npi_check_digit() -> None:
    assert npi_is_valid("1234567893")
    assert not npi_is_valid("1234567890")
    assert not npi_is_valid("12345")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"full_name": "  "}, "full_name", "Enter your full name"),
        ({"full_name": "x" * 201}, "full_name", "too long"),
        ({"credentials": "Dr"}, "credentials", "Choose your credentials"),
        ({"profession": ""}, "profession", "Enter your profession"),
        ({"email": "not-an-email"}, "email", "Enter an email address"),
        ({"npi": "1234567890", "consent_to_report": True}, "npi", "valid check digit"),
        (
            {"birth_month": 2, "birth_day": None, "consent_to_report": True},
            "birth",
            "both the month and the day",
        ),
        ({"birth_month": 2, "birth_day": 30, "consent_to_report": True}, "birth", "do not exist"),
        ({"licence_state": "MA"}, "consent", "Tick the consent box"),
    ],
)
def test_bad_profile_input_names_the_field(ctx, changes: dict, field: str, words: str) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as caught:
        learners.create(ctx, replace(GOOD, **changes))
    assert words in caught.value.problems[field]
    assert learners.list_learners(ctx) == []


def test_any_unicode_is_kept_and_shown_faithfully(ctx) -> None:
    name = "Zoë Ölmez-Fitzgerald 李小龍 \u05e9\u05dc\u05d5\u05dd"
    profession = "Rheumatology\u2009— pédiatrie \U0001f9ec\x07"
    saved = learners.create(ctx, Profile(name, "MD", profession, "zoë@exämple.org"))
    again = learners.get(ctx, saved.id)
    assert again.full_name == name and again.profession == profession


def test_names_come_apart_from_the_full_name_unless_given(ctx) -> None:
    ana = learners.create(ctx, GOOD)
    assert (ana.profile.first_name, ana.profile.last_name) == ("Ana", "Silva")
    given = learners.update(
        ctx,
        ana.id,
        dataclasses.replace(GOOD, first_name="Ana Maria", last_name="Silva Santos"),
    )
    assert (given.profile.first_name, given.profile.last_name) == ("Ana Maria", "Silva Santos")
    assert given.full_name == "Ana Silva"  # the certificate name is the learner's own


def test_board_certifications_are_kept_and_checked(ctx) -> None:
    ana = learners.create(
        ctx, dataclasses.replace(GOOD, boards=(("ABIM", " 123456 "), ("ABFM", "98765")))
    )
    assert learners.get(ctx, ana.id).profile.boards == (("ABIM", "123456"), ("ABFM", "98765"))
    with pytest.raises(ValidationError) as caught:
        learners.update(ctx, ana.id, dataclasses.replace(GOOD, boards=(("ABIM", ""),)))
    assert caught.value.problems["boards"].startswith(
        "Give each board certification as the board and your id there"
    )
    assert learners.get(ctx, ana.id).profile.boards == (("ABIM", "123456"), ("ABFM", "98765"))
