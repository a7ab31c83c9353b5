"""`studyapp pack lint` and the import preview: item-writing findings in words, located
by file and item."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.activity import Activity, TestKind
from studyapp.core.item_writing import Finding, Flaw, Severity, check

FILES = {TestKind.PRE: "pretest.toml", TestKind.POST: "posttest.toml", None: "activity.toml"}


def _words(f: Finding) -> str:
    p = f.params
    return {
        Flaw.LONGEST_KEY: lambda: (
            f"the key ({p['key']}) is by far the longest option ({p['length']} characters, "
            f"the next {p['next']}); test-wise learners pick the longest option"
        ),
        Flaw.KEY_POSITION: lambda: (
            f"the key is {p['position']} in {p['count']} of {p['items']} single-best items; "
            "spread the keys across the positions"
            if p["count"]
            else f"no key is ever {p['position']} in {p['items']} single-best items; "
            "spread the keys across the positions"
        ),
        Flaw.ALL_NONE_ABOVE: lambda: (
            f'option {p["key"]} says "{p["words"]}"; write a real option instead'
        ),
        Flaw.ABSOLUTE_WORD: lambda: (
            f'the statement says "{p["word"]}"; absolute words give true/false items away'
        ),
        Flaw.DUPLICATE_OPTIONS: lambda: (
            f"options {p['a']} and {p['b']} are the same or nearly so; make each distinct"
        ),
        Flaw.NEGATIVE_STEM: lambda: (
            f'the stem asks with "{p["word"]}" in lower case; write it as '
            f"{str(p['word']).upper()} so no one misses it, or ask positively"
        ),
        Flaw.NO_EXPLANATION: lambda: "has no explanation; learners see none after the test",
        Flaw.NO_REFERENCE: lambda: "cites no reference",
        Flaw.NO_OBJECTIVE: lambda: "is tied to no objective",
        Flaw.LONG_EXPIRY: lambda: (
            f"credit is offered until {p['expiry']}, more than {p['years']} years after "
            f"release; expire it by {p['latest']}, after which the content is reviewed again"
        ),
        Flaw.NO_REVIEW_DATE: lambda: (
            "gives no review_date; say when the content was last reviewed against its sources"
        ),
        Flaw.UNDERTESTED_OBJECTIVE: lambda: (
            f"objective {f.item_id} is tested by {p['count']} post-test "
            f"item{'s' if p['count'] != 1 else ''}; at least {p['least']}"
        ),
    }[f.flaw]()


def line(f: Finding) -> str:
    """`file:item: warning: words`, as compilers and editors read them."""
    where = FILES[f.test]
    item = f"objectives.{f.item_id}" if f.flaw is Flaw.UNDERTESTED_OBJECTIVE else f.item_id
    location = f"{where}:{item}" if item else where
    return f"{location}: {f.severity.value}: {_words(f)}"


def lint(activity: Activity) -> list[Finding]:
    return check(activity)


def lint_path(path: Path) -> list[Finding]:
    """Raises PackError when the pack cannot be read at all."""
    from studyapp.content import loader

    return check(loader.load(path))


def counts(findings: list[Finding]) -> tuple[int, int]:
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    return warnings, len(findings) - warnings
