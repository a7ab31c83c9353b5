"""Requirements files: the documented example loads; broken files are refused with every
problem located, and a file of real rules must name its source and date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from studyapp.content import requirements_file
from studyapp.content.problems import PackError
from studyapp.core.requirements import CredentialKind, Recurrence

DOCS = Path(__file__).resolve().parents[2] / "docs"

GOOD_REAL = """
format = 1
title = "Rules of the Example Board"
source = "Example Board of Medicine, Rule 4.2"
source_date = 2026-01-15

[[requirements]]
id = "md"
name = "Physician licence"
total_credits = 25.5

[[requirements.topic]]
topic = "Ethics"
hours = 1.25
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, "utf-8")
    return path


def test_the_shipped_example_loads_and_says_it_is_an_example() -> None:
    loaded = requirements_file.load(DOCS / "requirements-example.toml")
    assert loaded.example and "made up" in loaded.title
    assert "an example, not any board's rules" in loaded.provenance()
    licence, board = loaded.sets
    assert licence.applies_to is CredentialKind.LICENCE and board.applies_to is CredentialKind.BOARD
    assert licence.requirements.total_quarters == 160
    assert [(t.topic, t.quarters, t.recurrence) for t in licence.requirements.topics] == [
        ("Controlled-substance prescribing", 8, Recurrence.EVERY_CYCLE),
        ("Implicit bias", 8, Recurrence.ONE_TIME),
        ("Pain management", 12, Recurrence.FIRST_RENEWAL),
    ]
    assert board.requirements.topics[0].quarters == 18 and board.cycle_years == 5
    assert (
        "example" in (DOCS / "requirements-example.toml").read_text("utf-8").splitlines()[0].lower()
    )


def test_a_real_file_names_its_source_and_date(tmp_path: Path) -> None:
    loaded = requirements_file.load(_write(tmp_path, GOOD_REAL))
    assert not loaded.example
    assert loaded.source_date == dt.date(2026, 1, 15)
    assert loaded.provenance() == (
        "Rules of the Example Board; source: Example Board of Medicine, Rule 4.2, 2026-01-15"
    )
    assert loaded.sets[0].requirements.total_quarters == 102


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda t: t.replace('source = "Example Board of Medicine, Rule 4.2"\n', ""),
            ["rules.toml:source: missing"],
        ),
        (
            lambda t: t.replace("source_date = 2026-01-15\n", ""),
            ["rules.toml:source_date: missing"],
        ),
        (
            lambda t: t.replace("hours = 1.25", "hours = 0.3"),
            ["rules.toml:requirements[1].topic[1].hours: 0.3 is not in steps of 0.25"],
        ),
        (
            lambda t: t.replace("hours = 1.25", "hours = 0"),
            ["rules.toml:requirements[1].topic[1].hours: 0 is out of range"],
        ),
        (
            lambda t: t.replace("hours = 1.25", 'hours = 1\nrecurrence = "yearly"'),
            ["rules.toml:requirements[1].topic[1].recurrence: 'yearly' is not one of"],
        ),
        (
            lambda t: t.replace("total_credits", "total_credit"),
            [
                "rules.toml:requirements[1].total_credit: is not a field of this format; did you "
                "mean 'total_credits'?",
                "rules.toml:requirements[1].total_credits: missing",
            ],
        ),
        (
            lambda t: t + '\n[[requirements]]\nid = "md"\nname = "Again"\ntotal_credits = 1\n',
            ["rules.toml:requirements[2].id: 'md' is used by an earlier entry"],
        ),
        (
            lambda t: t + '\n[[requirements.topic]]\ntopic = "ETHICS"\nhours = 1\n',
            ["rules.toml:requirements[1].topic[2].topic: 'ETHICS' is listed twice"],
        ),
        (
            lambda t: t.replace("format = 1", "format = 2"),
            ["rules.toml:format: is 2; this StudyApp reads requirements format 1"],
        ),
        (
            lambda t: t.replace('id = "md"', 'id = "md"\napplies_to = "nurse"'),
            ["rules.toml:requirements[1].applies_to: 'nurse' is not one of: board, licence"],
        ),
        (
            lambda t: t.replace("[[requirements.topic]]", "[[requirements.topic]"),
            ["rules.toml:line 12: not valid TOML"],
        ),
    ],
)
def test_broken_files_are_refused_with_located_messages(tmp_path, change, expected) -> None:
    with pytest.raises(PackError) as caught:
        requirements_file.load(_write(tmp_path, change(GOOD_REAL)))
    found = [str(p) for p in caught.value.problems]
    assert len(found) == len(expected), found
    for line, start in zip(found, expected, strict=True):
        assert line.startswith(start), (line, start)
