"""Retakes that test, not recall: a pack with pools asks a drawn form, each attempt its
own questions and order; a restart shows the same form; pinned options keep their order;
the score counts the questions asked."""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners, library
from studyapp.services.context import open_context
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import (
    answer,
    answer_test,
    click,
    close_window,
    fill_profile,
    open_window,
    save_profile,
)

pytestmark = pytest.mark.gui


def pooled_pack(source: Path) -> Path:
    """The IL-6 post-test with its two cytokine items in one pool (ask 1) and the two
    treat-to-target items in another (ask 1); the first item's options pinned."""
    text = (source / "posttest.toml").read_text("utf-8")
    for section, pool in (("cytokines", "cytokines"), ("treat-to-target", "target")):
        text = text.replace(f'section = "{section}"\n', f'section = "{section}"\npool = "{pool}"\n')
    text = text.replace('id = "post-5"\n', 'id = "post-5"\nshuffle = false\n')
    text += "\n[pools]\ncytokines = 1\ntarget = 1\n"
    (source / "posttest.toml").write_text(text, "utf-8")
    return source


class Seeds:
    """random.SystemRandom stand-in: seeds 1, 2, 3… so each test run draws the same forms."""

    counter = itertools.count(1)

    def randrange(self, _stop: int) -> int:
        return next(self.counter)


def shown(tab) -> list[tuple[str, list[str]]]:
    return [(w.item.id, list(w.buttons)) for w in tab.questions]


def test_each_attempt_draws_its_form_and_a_restart_keeps_it(
    qtbot: QtBot, paths: DataPaths, il6_source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Seeds.counter = itertools.count(1)
    monkeypatch.setattr(random, "SystemRandom", Seeds)
    ctx = open_context(paths)
    shutil.rmtree(il6_source / ".git", ignore_errors=True)
    pack_id = library.install(ctx, pooled_pack(il6_source))
    ctx.close()
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.PRE, right=3))
    window.open_activity(pack_id)
    view = window.activity_view
    view.show_tab("posttest")
    post = view.posttest
    first_form = shown(post)
    ids = [i for i, _keys in first_form]
    assert len(ids) == 10  # 8 fixed items, one of each pool of two
    assert len({"post-1", "post-2"} & set(ids)) == 1
    assert len({"post-3", "post-4"} & set(ids)) == 1
    assert ids != sorted(ids, key=lambda i: int(i.split("-")[1]))  # not as written
    assert dict(first_form)["post-5"] == ["A", "B", "C", "D"]  # pinned
    assert post.questions[0].title() == "Question 1"

    item = next(i for i in view.activity.posttest if i.id == ids[0])
    answer(qtbot, post, item, sorted(item.answer))
    close_window(window)

    # A restart shows the same form, in the same order, with the answer kept.
    again = open_window(qtbot, paths)
    post = again.activity_view.posttest
    assert shown(post) == first_form
    assert post.questions[0].selection() == sorted(item.answer)

    answer_test(qtbot, post, right=4)
    click(qtbot, post.submit_button)
    assert "(4 of 10 correct)" in post.status.text()  # only the questions asked count
    click(qtbot, post.retake_button)
    second_form = shown(post)
    assert second_form != first_form
    assert len(second_form) == 10
    assert all(not w.review.isVisible() and not w.selection() for w in post.questions)
    close_window(again)
