"""What a new user met on the activity screens: the Overview's first view, the Evaluation's
lock, the Credit tab after a claim whose certificate failed, active time, the read-only look
of a submitted evaluation, and the library's selection on return."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import learners
from tests.services.test_study_flow import answer_all, complete, fill_evaluation
from tests.ui.helpers import click, close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


def ready(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    rows = window.library.row_texts()
    il6 = window.library.pack_id_at(
        next(i for i, r in enumerate(rows) if r[0].startswith("Treating"))
    )
    return window, il6


def tables_in(document) -> int:
    frames, found = [document.rootFrame()], 0
    while frames:
        frame = frames.pop()
        found += isinstance(frame, QTextTable)
        frames.extend(frame.childFrames())
    return found


def test_the_overview_opens_at_its_top_with_the_title_once(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    overview = view.overview
    qtbot.waitExposed(overview.view)
    qtbot.wait(50)  # the first paint, where a text view scrolls to its cursor
    bar = overview.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    text = overview.view.toPlainText()
    assert view.activity.title not in text  # shown once, in the header above the tabs
    assert tables_in(overview.view.document()) == 0  # no empty bordered header row
    assert "Provider: Global Education Group" in text

    # The learner scrolls: that place is kept; nothing else moves it.
    overview.view.setFocus()
    qtbot.keyClick(overview.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(overview.view, Qt.Key.Key_PageDown)
    scrolled = bar.value()
    assert scrolled > 0
    close_window(window)
    reopened = open_window(qtbot, paths)
    overview = reopened.activity_view.overview
    qtbot.waitExposed(overview.view)
    qtbot.waitUntil(lambda: overview.view.verticalScrollBar().value() == scrolled)
    close_window(reopened)


def test_the_evaluation_waits_for_the_posttest_and_says_why(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    evaluation = view.evaluation
    assert evaluation.status.text().startswith(
        "<b>The Evaluation is locked.</b> The Evaluation opens once you have taken the Post-Test"
    )
    assert not evaluation.submit_button.isVisible()
    assert not evaluation.scroll.isEnabled()

    ctx, learner_id = window.ctx, window.learner.id
    from studyapp.services import attempts

    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.PRE, right=5))
    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.POST, right=3))
    # Taken (and failed) elsewhere: the open tab hears of it and unlocks itself.
    assert evaluation.submit_button.isVisible() and evaluation.scroll.isEnabled()
    assert view.current_tab() == "evaluation"
    assert "locked" not in evaluation.status.text()
    close_window(window)


def test_a_submitted_evaluation_has_one_read_only_look(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    ctx, learner_id = window.ctx, window.learner.id
    from studyapp.services import attempts, evaluations

    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.PRE, right=5))
    attempts.submit(ctx, answer_all(ctx, learner_id, il6, TestKind.POST, right=11))
    fill_evaluation(ctx, learner_id, il6)
    evaluations.submit(ctx, learner_id, il6)
    window.open_activity(il6)
    evaluation = window.activity_view.evaluation
    for widget in evaluation.questions:
        inputs = widget.group.buttons() if widget.group is not None else [widget.text]
        assert all(not i.isEnabled() for i in inputs), widget.question.id
    texts = [w.text for w in evaluation.questions if isinstance(w.text, QPlainTextEdit)]
    assert texts and all(t.toPlainText() or not t.isEnabled() for t in texts)
    close_window(window)


def test_a_claim_is_shown_even_when_the_certificate_cannot_be_made(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.records import certificate

    window, il6 = ready(qtbot, paths)
    complete(window.ctx, window.learner.id, il6)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the PDF writer failed")

    monkeypatch.setattr(certificate, "render_pdf", broken)
    window.open_activity(il6)
    view = window.activity_view
    qtbot.keyClick(view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    tab = view.credit
    click(qtbot, tab.attest)
    click(qtbot, tab.claim_button)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=15_000)
    assert tab.status.text().startswith("<b>Credit claimed.</b> You claimed 1.00")
    assert "the certificate could not be made yet (the PDF writer failed)" in tab.message.text()
    assert view.rail.texts()[5] == "✓ Credit"
    window.show_library()
    qtbot.waitUntil(  # the library re-reads itself on a worker
        lambda: (
            next(r for r in window.library.row_texts() if r[0].startswith("Treating"))[-1]
            == "Credit claimed"
        )
    )
    assert window.library.selected_pack() == il6  # back where the learner left
    close_window(window)


def test_active_time_counts_only_work_and_is_the_suggested_time(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, il6 = ready(qtbot, paths)
    complete(window.ctx, window.learner.id, il6)
    window.open_activity(il6)
    view = window.activity_view
    clock = view.clock
    moment = [1000.0]
    clock.now = lambda: moment[0]
    clock._last_tick = clock._last_input = moment[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Reading

    def seconds(n: int, typing: bool = True) -> None:
        for _ in range(n):
            moment[0] += 1
            if typing:
                qtbot.keyClick(view.reading.sections, Qt.Key.Key_Down)
            clock.tick()

    seconds(150)  # two and a half minutes of reading
    seconds(600, typing=False)  # then ten minutes away from the keyboard: five count
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isActiveWindow() or window.isMinimized())
    seconds(300)  # minimised: nothing counts
    window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view.flush()
    tab = view.credit
    # 150 s of reading, then 299 s before the learner counts as away (5 minutes without
    # input): 449 s, which rounds to 7 minutes. The 300 s minimised add nothing.
    assert tab.minutes.value() == 7
    assert tab.minutes_hint.text().startswith("StudyApp counted 7 minutes of active work")
    close_window(window)


def test_the_library_keeps_the_activity_just_left_selected(qtbot: QtBot, paths: DataPaths) -> None:
    window, _ = ready(qtbot, paths)
    rows = window.library.row_texts()
    other = window.library.pack_id_at(
        next(i for i, r in enumerate(rows) if not r[0].startswith("Treating"))
    )
    window.open_activity(other)
    qtbot.keyClick(window.activity_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.show_library()
    assert window.library.selected_pack() == other
    assert learners.last_used(window.ctx) is not None
    close_window(window)


def test_the_claim_signs_and_renders_off_the_ui_thread(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from studyapp.services import credit

    window, il6 = ready(qtbot, paths)
    complete(window.ctx, window.learner.id, il6)
    threads: list[str] = []
    real_claim = credit.claim

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_claim(*args, **kwargs)

    monkeypatch.setattr(credit, "claim", watched)
    window.open_activity(il6)
    view = window.activity_view
    view.show_tab("credit")
    tab = view.credit
    click(qtbot, tab.attest)
    click(qtbot, tab.claim_button)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=15_000)
    assert threads and threads[0] != threading.main_thread().name
    assert tab.status.text().startswith("<b>Credit claimed.</b>")
    close_window(window)
