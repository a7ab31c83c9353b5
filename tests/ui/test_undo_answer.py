"""Ctrl+Z on a test takes back the last answer change (saved again at once), until the
test is submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts
from tests.ui.helpers import answer, close_window
from tests.ui.test_activity_screens import ready


def stored(window, il6) -> dict[str, list[str]]:
    state = attempts.state(window.ctx, window.learner.id, il6, TestKind.PRE)
    return state.attempt.answers if state.attempt else {}


def test_ctrl_z_puts_back_the_answer_before_the_last_change(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    view.show_tab("pretest")
    tab = view.pretest
    first = tab.questions[0]
    single = first.item
    keys = list(single.option_keys)
    answer(qtbot, tab, single, [keys[0]])
    answer(qtbot, tab, single, [keys[1]])
    assert stored(window, il6)[single.id] == [keys[1]]
    assert tab.undo_button.isVisible()

    qtbot.keyClick(tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.selection() == [keys[0]]
    assert stored(window, il6)[single.id] == [keys[0]]  # saved again, not only shown
    assert tab.message.text() == "Question 1: your earlier answer is back and saved."

    qtbot.keyClick(tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.selection() == []
    assert stored(window, il6)[single.id] == []
    assert tab.message.text() == "Question 1: unanswered again."
    assert not tab.undo_button.isVisible()

    answer(qtbot, tab, single, [keys[2]])
    attempts.submit(window.ctx, tab.attempt_id)
    tab.refresh()
    qtbot.keyClick(tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.selection() == [keys[2]]  # a submitted test stays as submitted
    assert not tab.undo_button.isVisible()
    close_window(window)
