"""Every defect in a pack gives a located, human message: file, field or line, expectation."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.problems import PackError


def edit(name: str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / name
        text = path.read_text("utf-8")
        assert old in text, f"fixture text {old!r} not in {name}"
        path.write_text(text.replace(old, new, count), "utf-8")

    return apply


def sub(name: str, pattern: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / name
        text, n = re.subn(pattern, new, path.read_text("utf-8"), count=1, flags=re.M)
        assert n == 1, f"pattern {pattern!r} not in {name}"
        path.write_text(text, "utf-8")

    return apply


def delete(name: str) -> Callable[[Path], None]:
    return lambda root: (root / name).unlink()


def raw(name: str, data: bytes) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / name
        path.write_bytes(path.read_bytes() + data)

    return apply


# (defect id, change, expected "file:where" prefix, expected words in the message)
DEFECTS = [
    ("manifest missing", delete("activity.toml"), "activity.toml:file", "missing from"),
    (
        "toml syntax",
        sub("activity.toml", r"^title = ", "title = = "),
        "activity.toml:line 5",
        "not valid TOML",
    ),
    (
        "bad utf-8",
        raw("pretest.toml", b"\n# \xff\xfe broken\n"),
        "pretest.toml:line",
        "not valid UTF-8",
    ),
    (
        "title missing",
        sub("activity.toml", r"^title = .*\n", ""),
        "activity.toml:title",
        "missing; expected text",
    ),
    (
        "minutes wrong type",
        edit("activity.toml", "estimated_minutes = 60", 'estimated_minutes = "sixty"'),
        "activity.toml:estimated_minutes",
        "expected a whole number, found text",
    ),
    (
        "pool not declared",
        edit("posttest.toml", 'section = "cytokines"', 'section = "cytokines"\npool = "mech"'),
        "posttest.toml:items[1].pool",
        "'mech' is not declared under [pools] (how many to ask)",
    ),
    (
        "pool asks more than it holds",
        lambda root: (
            edit("posttest.toml", 'section = "cytokines"', 'section = "cytokines"\npool = "mech"')(
                root
            ),
            (root / "posttest.toml").write_text(
                (root / "posttest.toml").read_text("utf-8") + "\n[pools]\nmech = 3\n", "utf-8"
            ),
        ),
        "posttest.toml:pools.mech",
        "asks 3 items; the pool has 1 (ask 1 to that)",
    ),
    (
        "item section unknown",
        edit("posttest.toml", 'section = "cytokines"', 'section = "nowhere"'),
        "posttest.toml:items[1].section",
        "'nowhere' is not a reading section in activity.toml",
    ),
    (
        "topics not a list",
        sub("activity.toml", r"^topics = .*$", 'topics = "Gout"'),
        "activity.toml:topics",
        "expected a list of text, found text",
    ),
    (
        "topic with a semicolon",
        sub("activity.toml", r"^topics = .*$", 'topics = ["Gout; lupus"]'),
        "activity.toml:topics",
        "must be at most 80 characters, without ';'",
    ),
    (
        "language not a language tag",
        sub("activity.toml", r"^topics = (.*)$", 'topics = \\1\nlanguage = "Spanish"'),
        "activity.toml:language",
        "'Spanish' is not a language tag such as en, es or es-MX",
    ),
    (
        "dates reversed",
        edit("activity.toml", "expiration_date = 2029-10-31", "expiration_date = 2025-01-01"),
        "activity.toml:expiration_date",
        "is not after release_date",
    ),
    (
        "passing score out of range",
        edit("activity.toml", "passing_score = 70", "passing_score = 150"),
        "activity.toml:passing_score",
        "150 is out of range; expected 1 to 100",
    ),
    (
        "credit not a quarter",
        edit("activity.toml", "max_credits = 1.00", "max_credits = 1.1"),
        "activity.toml:credit.max_credits",
        "not a multiple of 0.25",
    ),
    (
        "credit zero",
        edit("activity.toml", "max_credits = 1.00", "max_credits = 0"),
        "activity.toml:credit.max_credits",
        "out of range",
    ),
    (
        "newer format",
        edit("activity.toml", "format_version = 1", "format_version = 2"),
        "activity.toml:format_version",
        "update StudyApp",
    ),
    (
        "unknown field",
        edit("activity.toml", "passing_score = 70", "pasing_score = 70"),
        "activity.toml:pasing_score",
        "did you mean 'passing_score'",
    ),
    (
        "answer key points nowhere",
        edit("posttest.toml", 'answer = "B"', 'answer = "Z"'),
        "posttest.toml:items[1].answer",
        "'Z' is not one of the options",
    ),
    (
        "duplicate item id",
        edit("posttest.toml", 'id = "post-2"', 'id = "post-1"'),
        "posttest.toml:items[2].id",
        "'post-1' is used twice",
    ),
    (
        "unknown item kind",
        edit("posttest.toml", 'kind = "single-best"', 'kind = "essay"'),
        "posttest.toml:items[1].kind",
        "'essay' is not a question kind",
    ),
    (
        "objective unknown",
        edit("posttest.toml", 'objective = "O1"', 'objective = "O9"'),
        "posttest.toml:items[1].objective",
        "'O9' is not an objective",
    ),
    (
        "reference unknown",
        edit("posttest.toml", 'reference = "R5"', 'reference = "R99"'),
        "posttest.toml:items[1].reference",
        "'R99' is not a reference",
    ),
    (
        "single-best with two keys",
        edit("posttest.toml", 'answer = "B"', 'answer = ["A", "B"]'),
        "posttest.toml:items[1].answer",
        "exactly one correct option",
    ),
    (
        "multiple-response with one key",
        edit("posttest.toml", 'answer = ["A", "B"]', 'answer = ["A"]'),
        "posttest.toml:items[2].answer",
        "two or more correct options",
    ),
    (
        "true-false not boolean",
        edit("posttest.toml", "answer = true", 'answer = "yes"'),
        "posttest.toml:items[3].answer",
        "expected true or false",
    ),
    (
        "one option only",
        sub(
            "posttest.toml",
            r'options = \[\n(  \{ key = "A".*\n)(  \{.*\n)+\]',
            'options = [\n  { key = "B", text = "Only" },\n]',
        ),
        "posttest.toml:items[1].options",
        "has 1 options; expected 2 to 10",
    ),
    (
        "reading file missing",
        edit("activity.toml", "reading/01-burden.md", "reading/nope.md"),
        "activity.toml:sections[1].file",
        "'reading/nope.md' does not exist in the pack",
    ),
    (
        "reading path escapes",
        edit("activity.toml", "reading/01-burden.md", "../outside.md"),
        "activity.toml:sections[1].file",
        "points outside the pack",
    ),
    (
        "image missing",
        edit("reading/05-difficult-to-treat.md", "images/spectrum.png", "images/missing.png"),
        "reading/05-difficult-to-treat.md:line",
        "does not resolve to a file in the pack",
    ),
    (
        "image from the web",
        edit(
            "reading/05-difficult-to-treat.md",
            "(images/spectrum.png)",
            "(https://example.org/x.png)",
        ),
        "reading/05-difficult-to-treat.md:line",
        "is not inside the pack",
    ),
    ("evaluation missing", delete("evaluation.toml"), "evaluation.toml:file", "missing"),
    (
        "evaluation kind unknown",
        edit("evaluation.toml", 'kind = "yes-no"', 'kind = "stars"'),
        "evaluation.toml:questions[11].kind",
        "'stars' is not a question kind",
    ),
    (
        "duplicate objective",
        edit("activity.toml", 'id = "O2"', 'id = "O1"'),
        "activity.toml:objectives[2].id",
        "'O1' is used twice",
    ),
    (
        "bad id characters",
        edit("activity.toml", 'id = "il6-treat-to-target"', 'id = "il6 treat/target"'),
        "activity.toml:id",
        "is not a valid id",
    ),
    (
        "empty test file",
        lambda root: (root / "pretest.toml").write_bytes(b""),
        "pretest.toml:items",
        "missing; expected one or more [[items]] entries",
    ),
    (
        "unknown table in a test file",
        edit("posttest.toml", "[[items]]", "[[itemz]]", 1),
        "posttest.toml:itemz",
        "did you mean 'items'",
    ),
    (
        "release date not a date",
        edit("activity.toml", "release_date = 2026-11-01", 'release_date = "soon"'),
        "activity.toml:release_date",
        "expected a date such as 2026-01-31, found text",
    ),
]


@pytest.mark.parametrize(
    ("change", "location", "words"), [d[1:] for d in DEFECTS], ids=[d[0] for d in DEFECTS]
)
def test_defect_is_reported_with_location_and_message(
    il6_source: Path, change: Callable[[Path], None], location: str, words: str
) -> None:
    change(il6_source)
    with pytest.raises(PackError) as caught:
        loader.load(il6_source)
    lines = [str(p) for p in caught.value.problems]
    assert any(line.startswith(location) and words in line for line in lines), lines


def test_at_least_fifteen_distinct_defects_are_covered() -> None:
    assert len({d[0] for d in DEFECTS}) >= 15


def test_all_problems_are_reported_at_once(il6_source: Path) -> None:
    edit("activity.toml", "passing_score = 70", "passing_score = 150")(il6_source)
    edit("posttest.toml", 'answer = "B"', 'answer = "Z"')(il6_source)
    problems = loader.validate(il6_source)
    assert {p.file for p in problems} == {"activity.toml", "posttest.toml"}


def test_valid_pack_loads(il6_source: Path) -> None:
    activity = loader.load(il6_source)
    assert activity.id == "il6-treat-to-target"
    assert activity.topics == (
        "Rheumatoid arthritis",
        "Interleukin-6 inhibitors",
        "Treat-to-target",
    )
    assert len(activity.posttest) >= 10
    assert activity.language == "en"  # the default


def test_a_pack_says_which_language_it_is_written_in(il6_source: Path) -> None:
    manifest = il6_source / "activity.toml"
    text = manifest.read_text("utf-8")
    manifest.write_text(text.replace("\ntopics = ", '\nlanguage = "es-MX"\ntopics = ', 1), "utf-8")
    assert loader.load(il6_source).language == "es-MX"
