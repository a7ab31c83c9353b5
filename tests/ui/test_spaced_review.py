"""View > Spaced review: the missed items come back, one at a time; the learner answers,
checks, reads when it is due next, and finishes the session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, library
from studyapp.ui.review_dialog import ReviewDialog
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import close_window, menu_action
from tests.ui.test_activity_screens import ready


def test_a_review_session_through_the_menu(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    ctx, learner_id = window.ctx, window.learner.id
    now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
    ctx.now = lambda: now
    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.PRE, right=11))
    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.POST, right=11))
    missed = library.activity(ctx, il6).posttest[11]
    menu_action(window, "Spaced review…").trigger()
    dialog = window.findChild(ReviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.heading.text().startswith("Question 1 of 1, from <i>Treating to Target")
    assert dialog.stem.text() == missed.stem.replace("&", "&amp;")
    wrong = next(k for k in missed.option_keys if k not in missed.answer)
    button = next(b for b in dialog.group.buttons() if b.property("key") == wrong)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    text = dialog.feedback.text()
    assert "Not yet.</b> The answer is " + ", ".join(sorted(missed.answer)) in text
    assert "Next review in 1 minute" in text
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.heading.text() == (
        "<b>Done for now:</b> 1 question reviewed. It comes back when it is due."
    )
    assert not dialog.check_button.isVisible()
    dialog.reject()
    close_window(window)
