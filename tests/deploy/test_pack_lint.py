"""Item-writing checks: each flaw found in a crafted pack, located by file and item, and
nothing in a clean one; the exit status a CI pipeline reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studyapp.paths import bundled_packs_dir
from tests.conftest import JOURNAL_CLUB
from tests.test_architecture import run_cli


def item(ident: str, stem: str, options: list[str], answer: str, **extra: str) -> str:
    fields = {"objective": "O1", "reference": "R1", "explanation": "Because the study says so."}
    fields.update(extra)
    opts = ",\n".join(
        f'  {{ key = "{k}", text = "{t}" }}' for k, t in zip("ABCDEFG", options, strict=False)
    )
    meta = "".join(f'{k} = "{v}"\n' for k, v in fields.items() if v is not None)
    return (
        f'[[items]]\nid = "{ident}"\nkind = "single-best"\n{meta}stem = "{stem}"\n'
        f'options = [\n{opts}\n]\nanswer = "{answer}"\n\n'
    )


def true_false(ident: str, stem: str) -> str:
    return (
        f'[[items]]\nid = "{ident}"\nkind = "true-false"\nobjective = "O1"\nreference = "R1"\n'
        f'explanation = "See the reading."\nstem = "{stem}"\nanswer = false\n\n'
    )


CLEAN_POST = (
    item("c1", "Which dose was given weekly?", ["162 mg", "80 mg", "400 mg", "8 mg/kg"], "A")
    + item("c2", "How many patients enrolled?", ["12", "20", "31", "45"], "B", objective="O2")
    + item("c3", "Which score fell?", ["DAS28", "mRSS", "HAQ", "FVC"], "C", objective="O2")
    + item("c4", "Which was the design?", ["Trial", "Meta-analysis", "Cohort", "Survey"], "D")
    + true_false("c5", "Tocilizumab blocks the IL-6 receptor.")
)
CLEAN_PRE = item(
    "p1", "Which dose was given weekly?", ["162 mg", "80 mg", "400 mg", "8 mg/kg"], "B"
)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_packs_dir() / JOURNAL_CLUB, folder)
    (folder / "pretest.toml").write_text(CLEAN_PRE, "utf-8")
    (folder / "posttest.toml").write_text(CLEAN_POST, "utf-8")
    return folder


def lint(*args: str):
    done = run_cli("pack", "lint", *args)
    lines = [line for line in done.stdout.splitlines() if line != "NOWIDGETS"]
    return done.returncode, lines, done.stderr


def test_a_clean_pack_has_nothing_to_say(pack: Path) -> None:
    code, lines, stderr = lint(str(pack))
    assert (code, lines) == (0, [])
    assert stderr.strip() == f"{pack}: 0 warnings, 0 notes"


FLAWED_POST = (
    item(
        "long-key",
        "Which dose was given?",
        ["162 mg subcutaneously once a week for the whole of the first year", "80 mg", "8 mg/kg"],
        "A",
    )
    + item("above", "Which scores were used?", ["mRSS", "DAS28", "All of the above"], "C")
    + true_false("absolute", "Tocilizumab always controls skin thickening.")
    + item(
        "twins",
        "Which design was used?",
        ["A single-centre cohort study", "A single centre cohort study.", "A randomised trial"],
        "C",
    )
    + item("negative", "Which was not measured?", ["mRSS", "DAS28", "Walk distance"], "C")
    + item("bare", "Which drug was given?", ["Tocilizumab", "Rituximab"], "A", explanation=None)
    + item("uncited", "Which centre?", ["One", "Many"], "A", reference=None)
    + item("unaimed", "Which year?", ["2018", "2019"], "A", objective=None)
)


@pytest.mark.parametrize(
    "expected",
    [
        "posttest.toml:long-key: warning: the key (A) is by far the longest option "
        "(65 characters, the next 7)",
        'posttest.toml:above: warning: option C says "All of the above"',
        'posttest.toml:absolute: warning: the statement says "always"',
        "posttest.toml:twins: warning: options A and B are the same or nearly so",
        'posttest.toml:negative: warning: the stem asks with "not" in lower case; write it as NOT',
        "posttest.toml:bare: warning: has no explanation",
        "posttest.toml:uncited: warning: cites no reference",
        "posttest.toml:unaimed: warning: is tied to no objective",
        "activity.toml:objectives.O2: warning: objective O2 is tested by 0 post-test items; "
        "at least 2",
        "posttest.toml: note: no key is ever B in 7 single-best items",
    ],
)
def test_each_flaw_is_found_and_located(pack: Path, expected: str) -> None:
    (pack / "posttest.toml").write_text(FLAWED_POST, "utf-8")
    code, lines, _ = lint(str(pack))
    assert code == 1
    assert any(line.startswith(f"{pack}/{expected}") for line in lines), lines


def test_notes_fail_only_with_strict(pack: Path) -> None:
    skewed = "".join(
        item(f"s{n}", f"Question {n}?", ["Right", "Wrong", "Other", "None"], "A") for n in range(4)
    ) + item("s4", "Question 4?", ["Right", "Wrong", "Other", "None"], "A", objective="O2")
    skewed += item("s5", "Question 5?", ["Wrong", "Right", "Other", "None"], "B", objective="O2")
    (pack / "posttest.toml").write_text(skewed, "utf-8")
    code, lines, _stderr = lint(str(pack))
    assert code == 0
    assert lines == [
        f"{pack}/posttest.toml: note: the key is A in 5 of 6 single-best items; "
        "spread the keys across the positions"
    ]
    assert lint("--strict", str(pack))[0] == 1


def test_an_unreadable_pack_is_exit_2(pack: Path) -> None:
    (pack / "posttest.toml").write_text("[[items]\n", "utf-8")
    code, _lines, stderr = lint(str(pack))
    assert code == 2
    assert "posttest.toml:line 1: not valid TOML" in stderr


def test_the_import_preview_shows_the_findings(ctx, pack: Path) -> None:
    from studyapp.services import library

    (pack / "posttest.toml").write_text(FLAWED_POST, "utf-8")
    summary = library.preview(ctx, pack).summary()
    assert "Item-writing checks (10), for the pack's authors:" in summary
    assert "posttest.toml:twins: warning: options A and B are the same or nearly so" in summary
