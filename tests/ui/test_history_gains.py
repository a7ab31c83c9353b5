"""The CME history says what the learner learned across activities, not only the credit:
pre-tests against best post-tests, and where they gained most."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.core.knowledge_gain import summarise
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


def test_the_history_sums_up_what_was_learned(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    club = next(
        window.library.pack_id_at(i)
        for i, r in enumerate(window.library.row_texts())
        if r[0].startswith("Journal Club")
    )
    window.show_history()
    assert not window.history.gained.isVisible()  # nothing taken yet: nothing said

    for pack_id, pre, post in ((il6, 3, 9), (club, 0, 5)):
        attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.PRE, right=pre))
        attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.POST, right=post))
    window.show_library()
    window.show_history()
    gained = window.history.gained
    qtbot.waitUntil(gained.isVisible, timeout=10_000)
    # IL-6: 3 of 11, then 9 of 12. Journal club: 0 of 3, then 5 of 5.
    # Together: 3 of 14 (21%) and 14 of 17 (82%), rounded down as scores are.
    assert gained.text() == (
        "<b>What you learned.</b> Across 2 activities, 21% right on the pre-tests and 82% "
        "on your best post-tests (+61 points). Most gained: Journal Club: Tocilizumab in "
        "Refractory Systemic Sclerosis (+100 points)."
    )
    close_window(window)


def test_no_activity_taken_sums_to_nothing() -> None:
    summary = summarise([])
    assert summary.activities == 0 and summary.most is None
