"""The Post-Test review, as the learner reads it: each question with their answer marked
right or wrong, the key, the explanation, the reference and a link to the reading section
it rests on; a filter to the missed ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import click, close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


def failed_posttest(qtbot: QtBot, paths: DataPaths):
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    ctx = window.ctx
    learner = learners.last_used(ctx)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6, TestKind.PRE, right=3))
    # The first four right, the rest wrong: a failed attempt with seven missed.
    attempts.submit(ctx, answer_all(ctx, learner.id, il6, TestKind.POST, right=4))
    view.show_tab("posttest")
    tab = view.posttest
    qtbot.waitUntil(lambda: tab.missed_only.isVisible())
    return window, view, tab


def test_the_review_says_right_or_wrong_and_links_to_the_reading(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, view, tab = failed_posttest(qtbot, paths)
    by_id = {w.item.id: w for w in tab.questions}
    first, fifth = by_id["post-1"], by_id["post-5"]
    assert first.review.text().startswith("<b style=")
    assert "Correct.</b> Correct answer: B. IL-6 and its receptor are high in inflamed joints" in (
        first.review.text()
    )
    assert "Incorrect.</b>" in fifth.review.text()
    assert 'href="section:cytokines">Read the section: 2. Cytokine networks and IL-6</a>' in (
        first.review.text()
    )
    # The link is reached with the keyboard and opens the Reading at that section.
    first.review.setFocus()
    qtbot.keyClick(first.review, Qt.Key.Key_Tab)
    qtbot.keyClick(first.review, Qt.Key.Key_Return)
    assert view.current_tab() == "reading"
    assert view.reading.sections.currentItem().text() == "✓ 2. Cytokine networks and IL-6"
    assert view.rail.buttons[2].isChecked()
    close_window(window)


def test_the_missed_filter_shows_only_what_was_got_wrong(qtbot: QtBot, paths: DataPaths) -> None:
    window, _view, tab = failed_posttest(qtbot, paths)
    assert tab.missed_only.text() == "Show only the 8 questions I &missed"
    assert all(w.isVisible() for w in tab.questions)
    click(qtbot, tab.missed_only)
    shown = {w.item.id for w in tab.questions if w.isVisible()}
    assert shown == {f"post-{n}" for n in range(5, 13)}
    assert all("Incorrect." in w.review.text() for w in tab.questions if w.isVisible())
    click(qtbot, tab.missed_only)
    assert all(w.isVisible() for w in tab.questions)

    # A retake starts a fresh form: no review, no filter.
    click(qtbot, tab.retake_button)
    assert not tab.missed_only.isVisible()
    assert all(w.isVisible() and not w.review.isVisible() for w in tab.questions)
    close_window(window)


class _Reader:
    """Stands where Qt hands announcements to the platform's screen reader."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

    def __init__(self) -> None:
        self.heard: list[tuple[str, object]] = []

    def updateAccessibility(self, event) -> None:
        self.heard.append((event.message(), event.politeness()))


def test_the_score_and_each_verdict_are_announced(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui import announce
    from tests.ui.helpers import answer_test

    reader = _Reader()
    monkeypatch.setattr(announce, "QAccessible", reader)
    window, il6 = ready(qtbot, paths)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6, TestKind.PRE, right=3))
    window.open_activity(il6)
    view = window.activity_view
    view.show_tab("posttest")
    tab = view.posttest
    answer_test(qtbot, tab, right=len(tab.questions) - 2)
    click(qtbot, tab.submit_button)
    qtbot.waitUntil(lambda: bool(reader.heard))
    ((said, politeness),) = reader.heard
    assert politeness == reader.AnnouncementPoliteness.Polite  # the reader finishes first
    assert said.startswith("You passed the Post-Test with ")
    verdicts = said.split("then complete the Evaluation to claim credit. ")[1]
    assert verdicts.count("incorrect") == 2
    assert verdicts.count(": correct") == len(tab.questions) - 2
    assert "<" not in said  # said as words, not markup
    close_window(window)
