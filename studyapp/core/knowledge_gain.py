"""Knowledge gain: per objective, how the learner did on the pre-test and on the
post-test. Items name their objective; items without one are counted under no objective
and only in the totals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from studyapp.core.activity import Activity, Item, TestKind
from studyapp.core.scoring import Score, is_correct


@dataclass(frozen=True)
class ObjectiveGain:
    objective_id: str
    text: str
    pre: Score
    post: Score

    @property
    def change(self) -> int:
        """Post-test percent minus pre-test percent (whole points)."""
        return self.post.percent - self.pre.percent


@dataclass(frozen=True)
class KnowledgeGain:
    objectives: tuple[ObjectiveGain, ...]
    pre: Score
    post: Score


def _scores(items: Iterable[Item], answers: Mapping[str, Iterable[str]]) -> dict[str, Score]:
    correct: dict[str, int] = {}
    total: dict[str, int] = {}
    for item in items:
        key = item.objective
        total[key] = total.get(key, 0) + 1
        if item.id in answers and is_correct(item, answers[item.id]):
            correct[key] = correct.get(key, 0) + 1
    return {key: Score(correct.get(key, 0), count) for key, count in total.items()}


def gain(
    activity: Activity,
    pre_answers: Mapping[str, Iterable[str]],
    post_answers: Mapping[str, Iterable[str]],
    post_items: Iterable[Item] | None = None,
) -> KnowledgeGain:
    """Per objective (in the activity's order), pre-test and post-test scores. An
    objective neither test covers is left out; one only one test covers shows 0 of 0
    for the other."""
    pre = _scores(activity.items(TestKind.PRE), pre_answers)
    # A drawn post-test form asks some of the items: only those count.
    post = _scores(
        activity.items(TestKind.POST) if post_items is None else post_items, post_answers
    )
    rows = tuple(
        ObjectiveGain(o.id, o.text, pre.get(o.id, Score(0, 0)), post.get(o.id, Score(0, 0)))
        for o in activity.objectives
        if o.id in pre or o.id in post
    )
    return KnowledgeGain(
        rows,
        Score(sum(s.correct for s in pre.values()), sum(s.total for s in pre.values())),
        Score(sum(s.correct for s in post.values()), sum(s.total for s in post.values())),
    )


@dataclass(frozen=True)
class GainSummary:
    """Across activities: items answered right on the pre-tests and on the best post-tests,
    and the activity with the largest gain (title, points)."""

    activities: int
    pre: Score
    post: Score
    most: tuple[str, int] | None

    @property
    def change(self) -> int:
        return self.post.percent - self.pre.percent


def summarise(scores: Iterable[tuple[str, Score, Score]]) -> GainSummary:
    """From each activity's (title, pre-test score, best post-test score)."""
    rows = list(scores)
    pre = Score(sum(p.correct for _t, p, _q in rows), sum(p.total for _t, p, _q in rows))
    post = Score(sum(q.correct for _t, _p, q in rows), sum(q.total for _t, _p, q in rows))
    changes = [(title, q.percent - p.percent) for title, p, q in rows]
    most = max(changes, key=lambda c: c[1]) if changes else None
    return GainSummary(len(rows), pre, post, most)
