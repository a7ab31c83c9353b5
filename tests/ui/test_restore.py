"""Quit at any moment and reopen: answers, typed text, the open activity and tab are back."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import learners
from tests.ui.helpers import (
    answer,
    answer_test,
    click,
    close_window,
    fill_profile,
    open_window,
    save_profile,
    wrong_keys,
)

pytestmark = pytest.mark.gui


def start_learner(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    fill_profile(
        qtbot, window.profile_dialog, "Maria Lopez", "DO", "Rheumatology", "maria@example.org"
    )
    save_profile(qtbot, window.profile_dialog)
    pack_id = window.library.pack_id_at(
        next(i for i, r in enumerate(window.library.row_texts()) if r[0].startswith("Treating"))
    )
    window.open_activity(pack_id)
    return window, pack_id


def test_quit_mid_posttest_and_reopen(qtbot: QtBot, paths: DataPaths) -> None:
    window, pack_id = start_learner(qtbot, paths)
    view = window.activity_view
    view.show_tab("pretest")
    answer_test(qtbot, view.pretest, right=11)
    click(qtbot, view.pretest.submit_button)
    view.show_tab("posttest")
    items = view.activity.posttest
    # A first attempt, failed, opens the Evaluation; the retake is left half done.
    answer_test(qtbot, view.posttest, right=2)
    click(qtbot, view.posttest.submit_button)
    click(qtbot, view.posttest.retake_button)
    answer(qtbot, view.posttest, items[0], sorted(items[0].answer))
    answer(qtbot, view.posttest, items[1], sorted(items[1].answer))  # multiple response
    answer(qtbot, view.posttest, items[4], wrong_keys(items[4]))
    # Part of the evaluation typed, then the app quits before the save timer fires.
    view.show_tab("evaluation")
    comments = next(w for w in view.evaluation.questions if w.question.id == "comments")
    qtbot.keyClicks(comments.text, "Half a thought")
    assert comments.pending()
    view.show_tab("posttest")
    window.resize(700, 520)
    close_window(window)

    reopened = open_window(qtbot, paths)
    assert reopened.profile_dialog is None
    assert reopened.learner is not None and reopened.learner.full_name == "Maria Lopez"
    view = reopened.activity_view
    assert view is not None and view.pack_id == pack_id
    assert view.current_tab() == "posttest"
    post = view.posttest
    shown = {w.item.id: w for w in post.questions}
    assert shown[items[0].id].selection() == sorted(items[0].answer)
    assert shown[items[1].id].selection() == sorted(items[1].answer)
    assert shown[items[4].id].selection() == wrong_keys(items[4])
    assert shown[items[2].id].selection() == []
    assert "attempt 2" in post.status.text()
    comments = next(w for w in view.evaluation.questions if w.question.id == "comments")
    assert comments.value() == "Half a thought"
    assert (reopened.width(), reopened.height()) == (700, 520)
    close_window(reopened)


def test_reading_place_is_remembered(qtbot: QtBot, paths: DataPaths) -> None:
    window, _ = start_learner(qtbot, paths)
    view = window.activity_view
    view.show_tab("reading")
    view.reading.sections.setCurrentRow(3)
    close_window(window)
    reopened = open_window(qtbot, paths)
    view = reopened.activity_view
    assert view.current_tab() == "reading"
    assert view.reading.current_section() == "il6-biologics"
    assert "MONARCH" in view.reading.view.toPlainText()
    close_window(reopened)


def test_back_to_library_is_remembered(qtbot: QtBot, paths: DataPaths) -> None:
    window, _ = start_learner(qtbot, paths)
    window.show_library()
    close_window(window)
    reopened = open_window(qtbot, paths)
    assert reopened.activity_view is None
    assert reopened.stack.currentWidget() is reopened.library
    close_window(reopened)


def test_expired_activity_can_be_studied_but_not_claimed(qtbot: QtBot, paths: DataPaths) -> None:
    from tests.services.test_study_flow import complete

    window, pack_id = start_learner(qtbot, paths)
    ctx = window.ctx
    complete(ctx, learners.last_used(ctx).id, pack_id)
    ctx.today = lambda: dt.date(2030, 1, 15)
    window.show_library()

    def treating() -> list[str]:
        return next(r for r in window.library.row_texts() if r[0].startswith("Treating"))

    qtbot.waitUntil(lambda: treating()[-1] == "Expired")  # re-read on a worker
    window.open_activity(pack_id)
    view = window.activity_view
    view.show_tab("reading")
    assert view.reading.view.toPlainText().strip()
    view.show_tab("credit")
    assert view.credit.status.text() == (
        "<b>Credit is locked.</b> This activity expired on October 31, 2029. "
        "You can still study it, but credit can no longer be claimed."
    )
    assert not view.credit.claim_button.isVisible()
    close_window(window)
