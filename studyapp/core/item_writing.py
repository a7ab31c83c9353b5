"""Item-writing checks: the flaws item-writing guides warn about (cues to the key,
absolute words, "all of the above", hidden negatives, missing explanations), found in a
pack's test items. Rules return findings with codes and parameters; words are made at
the edge."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from studyapp.core.activity import Activity, Item, ItemKind, TestKind


class Flaw(Enum):
    LONGEST_KEY = "longest-key"  # the key is the longest option by far
    KEY_POSITION = "key-position"  # the keys bunch on one position, or skip one
    ALL_NONE_ABOVE = "all-none-above"  # "all of the above" / "none of the above"
    ABSOLUTE_WORD = "absolute-word"  # "always", "never"… in a true/false statement
    DUPLICATE_OPTIONS = "duplicate-options"  # two options the same or nearly so
    NEGATIVE_STEM = "negative-stem"  # NOT / EXCEPT written in lower case
    NO_EXPLANATION = "no-explanation"
    NO_REFERENCE = "no-reference"
    NO_OBJECTIVE = "no-objective"  # a post-test item tied to no objective
    UNDERTESTED_OBJECTIVE = "undertested-objective"  # fewer than two post-test items
    LONG_EXPIRY = "long-expiry"  # credit offered more than three years after release
    NO_REVIEW_DATE = "no-review-date"  # no date of the most recent content review


class Severity(Enum):
    WARNING = "warning"  # a flaw to fix
    NOTE = "note"  # a pattern worth a look (counts only with --strict)


SEVERITY = {Flaw.KEY_POSITION: Severity.NOTE}


@dataclass(frozen=True)
class Finding:
    flaw: Flaw
    test: TestKind | None  # None for pack-wide findings
    item_id: str  # or an objective id for UNDERTESTED_OBJECTIVE
    params: dict[str, str | int] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY.get(self.flaw, Severity.WARNING)


LONGEST_RATIO = 1.5  # the key at least half again as long as the next longest
LONGEST_MARGIN = 12  # characters: short options differ by a word without cueing
ALL_NONE = re.compile(r"\b(all|none|both|neither) of the (above|options|answers)\b", re.I)
ABSOLUTE = re.compile(
    r"\b(always|never|alone|nearly every|invariably|in every case|without exception)\b", re.I
)
NEGATIVE = re.compile(r"\b(not|except|least|false|incorrect)\b", re.I)
NEAR_DUPLICATE = 0.9
MIN_POST_ITEMS_PER_OBJECTIVE = 2
# Enduring material is reviewed at least every three years; credit is offered no longer.
MAX_YEARS_OF_CREDIT = 3


def _normal(text: str) -> str:
    """Case, spacing and end punctuation aside; signs and symbols count (−6.9 is not +6.9)."""
    return re.sub(r"\s+", " ", text.casefold()).strip(" .;,:")


def _near(a: str, b: str) -> bool:
    """Nearly the same wording. Figures differ by a digit and mean different things, and
    very short options differ by a word: those count only when identical."""
    if re.search(r"\d", a + b) or min(len(a), len(b)) < 15:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= NEAR_DUPLICATE


def _item_findings(item: Item, test: TestKind) -> list[Finding]:
    found: list[Finding] = []
    if item.kind is ItemKind.SINGLE_BEST:
        [key] = sorted(item.answer)
        others = [len(o.text) for o in item.options if o.key != key]
        longest_other = max(others, default=0)
        key_length = len(item.option_text(key))
        if (
            longest_other
            and key_length >= LONGEST_RATIO * longest_other
            and key_length - longest_other >= LONGEST_MARGIN
        ):
            found.append(
                Finding(
                    Flaw.LONGEST_KEY,
                    test,
                    item.id,
                    {"key": key, "length": key_length, "next": longest_other},
                )
            )
    if item.kind is not ItemKind.TRUE_FALSE:
        for option in item.options:
            match = ALL_NONE.search(option.text)
            if match:
                found.append(
                    Finding(
                        Flaw.ALL_NONE_ABOVE, test, item.id, {"key": option.key, "words": match[0]}
                    )
                )
        texts = [(o.key, _normal(o.text)) for o in item.options]
        for i, (a_key, a) in enumerate(texts):
            for b_key, b in texts[i + 1 :]:
                if a == b or _near(a, b):
                    found.append(
                        Finding(Flaw.DUPLICATE_OPTIONS, test, item.id, {"a": a_key, "b": b_key})
                    )
    else:
        match = ABSOLUTE.search(item.stem)
        if match:
            found.append(Finding(Flaw.ABSOLUTE_WORD, test, item.id, {"word": match[0]}))
    for match in NEGATIVE.finditer(item.stem):
        if not match[0].isupper():
            found.append(Finding(Flaw.NEGATIVE_STEM, test, item.id, {"word": match[0]}))
            break
    if not item.explanation:
        found.append(Finding(Flaw.NO_EXPLANATION, test, item.id))
    if not item.reference:
        found.append(Finding(Flaw.NO_REFERENCE, test, item.id))
    if test is TestKind.POST and not item.objective:
        found.append(Finding(Flaw.NO_OBJECTIVE, test, item.id))
    return found


def _key_positions(items: tuple[Item, ...], test: TestKind) -> list[Finding]:
    """Across a test's single-best items: one position holding more than half the keys
    (or more than twice its share), or, with enough items, a position never used."""
    single = [i for i in items if i.kind is ItemKind.SINGLE_BEST]
    if len(single) < 4:
        return []
    width = max(len(i.options) for i in single)
    letters = "ABCDEFGHIJ"
    positions = Counter(i.option_keys.index(next(iter(i.answer))) for i in single)
    most, count = positions.most_common(1)[0]
    found = []
    if count > max(len(single) / 2, 2 * len(single) / width):
        found.append(
            Finding(
                Flaw.KEY_POSITION,
                test,
                "",
                {"position": letters[most], "count": count, "items": len(single)},
            )
        )
    elif len(single) >= 2 * width:
        unused = [letters[p] for p in range(width) if positions[p] == 0]
        if unused:
            found.append(
                Finding(
                    Flaw.KEY_POSITION,
                    test,
                    "",
                    {"position": unused[0], "count": 0, "items": len(single)},
                )
            )
    return found


def check(activity: Activity) -> list[Finding]:
    """Every finding, in file and item order, pack-wide ones last."""
    found: list[Finding] = []
    for test in (TestKind.PRE, TestKind.POST):
        items = activity.items(test)
        for item in items:
            found.extend(_item_findings(item, test))
        found.extend(_key_positions(items, test))
    tested = Counter(i.objective for i in activity.items(TestKind.POST) if i.objective)
    for objective in activity.objectives:
        if tested[objective.id] < MIN_POST_ITEMS_PER_OBJECTIVE:
            found.append(
                Finding(
                    Flaw.UNDERTESTED_OBJECTIVE,
                    None,
                    objective.id,
                    {"count": tested[objective.id], "least": MIN_POST_ITEMS_PER_OBJECTIVE},
                )
            )
    found.extend(_dates(activity))
    return found


def _dates(activity: Activity) -> list[Finding]:
    release, expiry = activity.release_date, activity.expiration_date
    try:
        latest = release.replace(year=release.year + MAX_YEARS_OF_CREDIT)
    except ValueError:  # 29 February
        latest = release.replace(year=release.year + MAX_YEARS_OF_CREDIT, day=28)
    found = []
    if expiry > latest:
        found.append(
            Finding(
                Flaw.LONG_EXPIRY,
                None,
                "expiration_date",
                {
                    "expiry": expiry.isoformat(),
                    "latest": latest.isoformat(),
                    "years": MAX_YEARS_OF_CREDIT,
                },
            )
        )
    if activity.review_date is None:
        found.append(Finding(Flaw.NO_REVIEW_DATE, None, "review_date", {}))
    return found
