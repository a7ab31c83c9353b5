"""Scoring a test attempt.

Every item is worth one point and is scored all-or-nothing: the learner's
selection must equal the key exactly. For a multiple-response item that means
every correct option chosen and no wrong one; partial credit would let a
learner pass by ticking every box. An unanswered item scores zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from studyapp.core.activity import Item


@dataclass(frozen=True)
class Score:
    correct: int
    total: int

    @property
    def percent(self) -> int:
        """Whole percent, rounded down so a score never looks higher than it is."""
        if self.total == 0:
            return 0
        return (self.correct * 100) // self.total

    def passes(self, passing_score: int) -> bool:
        # Compared in integers: 7 of 10 against 70% must pass, with no float error.
        return self.total > 0 and self.correct * 100 >= passing_score * self.total


def is_correct(item: Item, selection: Iterable[str]) -> bool:
    return frozenset(selection) == item.answer


def score(items: Iterable[Item], answers: Mapping[str, Iterable[str]]) -> Score:
    items = list(items)
    correct = sum(1 for item in items if item.id in answers and is_correct(item, answers[item.id]))
    return Score(correct=correct, total=len(items))
