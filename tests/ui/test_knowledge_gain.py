"""The Credit tab shows what the learner gained, per objective, once both tests are
submitted: the heading's numbers, the bars' data, and the words behind them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, library
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import close_window
from tests.ui.test_activity_screens import ready


def test_the_credit_tab_shows_the_gain_by_objective(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    ctx, learner_id = window.ctx, window.learner.id
    window.open_activity(il6)
    view = window.activity_view
    view.show_tab("credit")
    tab = view.credit
    assert not tab.gain_chart.isVisible()  # nothing to compare yet
    assert tab.gain_heading.text() == ""

    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.PRE, right=4))
    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.POST, right=12))
    qtbot.waitUntil(tab.gain_chart.isVisible, timeout=5_000)
    act = library.activity(ctx, il6)
    pre_percent = 4 * 100 // len(act.pretest)
    assert tab.gain_heading.text() == (
        f"<b>What you gained.</b> Pre-test {pre_percent}% → best post-test 100%, by objective:"
    )
    rows = tab.gain_chart.rows()
    assert [oid for oid, _pre, _post in rows] == [o.id for o in act.objectives]
    assert all(post == 100 for _oid, _pre, post in rows)
    first_four = {i.objective for i in act.pretest[:4]}
    assert all((pre > 0) == (oid in first_four) for oid, pre, _post in rows)
    # The numbers are in words too, for screen readers and for anyone not reading colour.
    assert tab.gain_chart.accessibleDescription().startswith(
        f"{rows[0][0]}: pre-test {rows[0][1]}%, post-test 100%"
    )
    assert not tab.gain_chart.grab().isNull()
    close_window(window)
