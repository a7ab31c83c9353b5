"""Knowledge gain per objective: the numbers behind the chart."""

from __future__ import annotations

from pathlib import Path

from studyapp.content import loader
from studyapp.core.activity import TestKind
from studyapp.core.knowledge_gain import gain
from studyapp.core.scoring import Score
from studyapp.paths import bundled_packs_dir


def test_each_objective_has_its_pre_and_post_score() -> None:
    act = loader.load(bundled_packs_dir() / "il6-treat-to-target")
    pre = {i.id: sorted(i.answer) for i in act.items(TestKind.PRE)[:3]}  # three right
    post = {i.id: sorted(i.answer) for i in act.items(TestKind.POST)}  # all right
    found = gain(act, pre, post)
    assert found.pre == Score(3, len(act.pretest))
    assert found.post == Score(len(act.posttest), len(act.posttest))
    assert [o.objective_id for o in found.objectives] == [
        o.id for o in act.objectives if any(i.objective == o.id for i in act.pretest + act.posttest)
    ]
    for row in found.objectives:
        in_pre = [i for i in act.pretest if i.objective == row.objective_id]
        right = [i for i in in_pre if i.id in pre]
        assert row.pre == Score(len(right), len(in_pre))
        assert row.post.correct == row.post.total > 0
        assert row.change == row.post.percent - row.pre.percent


def test_unanswered_and_wrong_answers_count_as_not_known(tmp_path: Path) -> None:
    act = loader.load(bundled_packs_dir() / "il6-treat-to-target")
    wrong = {i.id: [next(k for k in i.option_keys if k not in i.answer)] for i in act.posttest}
    found = gain(act, {}, wrong)
    assert found.pre.correct == 0 and found.post.correct == 0
    assert all(o.pre.percent == 0 == o.post.percent for o in found.objectives)
