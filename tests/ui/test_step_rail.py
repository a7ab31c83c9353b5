"""The step rail above an open activity, as the learner meets it: what is done, what is
next, what is locked and why; clicking a step or pressing Ctrl+number goes there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import click, close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


def test_the_rail_shows_the_way_and_says_why_a_step_is_locked(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    rail = view.rail
    assert rail.texts() == [
        "✓ Overview",
        "→ Pre-Test",
        "Reading",
        "⊘ Post-Test",
        "⊘ Evaluation",
        "⊘ Credit",
    ]
    assert rail.buttons[1].accessibleName() == "Step 2 of 6: Pre-Test, your next step"

    click(qtbot, rail.buttons[3])
    assert view.current_tab() == "posttest"
    assert rail.buttons[3].isChecked()
    assert rail.note.text() == (
        "Post-Test is locked. Submit the Pre-Test first. Your score there does not count "
        "against you."
    )
    assert rail.note.isVisible()

    qtbot.keyClick(view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert view.current_tab() == "credit" and rail.buttons[5].isChecked()
    assert rail.note.text() == (
        "Credit is locked. To claim credit, submit the Pre-Test, pass the Post-Test (70% or "
        "more) and submit the Evaluation."
    )
    close_window(window)


def test_the_rail_follows_the_learners_progress(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    ctx = window.ctx
    learner = learners.last_used(ctx)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6, TestKind.PRE, right=2))
    qtbot.waitUntil(lambda: view.rail.texts()[1] == "✓ Pre-Test")
    assert view.rail.texts()[2:4] == ["→ Reading", "Post-Test"]  # the Post-Test is open

    click(qtbot, view.rail.buttons[2])  # reading it counts as done
    assert view.rail.texts()[2:4] == ["✓ Reading", "→ Post-Test"]
    click(qtbot, view.rail.buttons[1])
    assert view.rail.note.text() == "Pre-Test is done. Next: Post-Test."
    close_window(window)
