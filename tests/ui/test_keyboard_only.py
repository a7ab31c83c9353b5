"""A whole activity, from the first profile to the certificate, with the keyboard alone:
this test sends only key events (Tab, arrows, Space, Enter, typing and shortcuts) and
reads where the focus is, as a keyboard user would see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui.question_widget import QuestionWidget
from tests.ui.helpers import close_window, open_window

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: QtBot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def owner(widget: QWidget, kind: type) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, kind):
        parent = parent.parentWidget()
    return parent


def answer_with_keys(qtbot: QtBot, tab, stop: QAbstractButton) -> int:
    """Tab through the test; on each question pick the key's options with arrows and
    Space. Returns how many questions were answered."""
    done: set[str] = set()
    for _ in range(400):
        widget = focused()
        if widget is stop:
            return len(done)
        question = owner(widget, QuestionWidget)
        if isinstance(question, QuestionWidget) and question.item.id not in done:
            wanted = set(question.item.answer)
            if isinstance(widget, QCheckBox):
                # Tab moves between a question's boxes, Space ticks one.
                for _box in question.buttons:
                    here = focused()
                    if here.property("option_key") in wanted and not here.isChecked():
                        key(qtbot, Qt.Key.Key_Space)
                    if set(question.selection()) == wanted:
                        break
                    key(qtbot, Qt.Key.Key_Tab)
                assert set(question.selection()) == wanted, (question.item.id, question.selection())
                done.add(question.item.id)
            elif isinstance(widget, QRadioButton):
                for _step in range(len(question.buttons) + 1):
                    if focused().property("option_key") in wanted:
                        key(qtbot, Qt.Key.Key_Space)
                        break
                    key(qtbot, Qt.Key.Key_Down)
                assert set(question.selection()) == wanted, question.item.id
                done.add(question.item.id)
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"the submit button never took the focus ({len(done)} answered)")


def test_a_whole_activity_with_the_keyboard_alone(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, paths)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = window.profile_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.full_name.hasFocus())  # the form starts where it begins

    # The profile: type, Tab between fields, pick the credential by typing, Enter saves.
    qtbot.keyClicks(focused(), "Maria Lopez")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.credentials
    qtbot.keyClicks(focused(), "MD")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Rheumatology")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "maria@example.org")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.learner is not None)
    assert window.learner.full_name == "Maria Lopez" and window.learner.credentials == "MD"

    # The library: Ctrl+F, type, Down to the list, Enter opens.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "journal")
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    view = window.activity_view
    assert view is not None and view.activity.title.startswith("Journal Club")

    # Pre-Test and Post-Test: Ctrl+2 / Ctrl+4, then Tab, arrows and Space; Alt+S submits.
    for shortcut, tab_name in ((Qt.Key.Key_2, "pretest"), (Qt.Key.Key_4, "posttest")):
        key(qtbot, shortcut, CTRL)
        assert view.current_tab() == tab_name
        tab = view.pretest if tab_name == "pretest" else view.posttest
        answered = answer_with_keys(qtbot, tab, tab.submit_button)
        assert answered == len(tab.questions)
        key(qtbot, Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda tab=tab: not tab.submit_button.isVisible())
    assert "You passed the Post-Test" in view.posttest.status.text()

    # Evaluation: Ctrl+5; each question in turn from the keyboard; Alt+S submits.
    key(qtbot, Qt.Key.Key_5, CTRL)
    evaluation = view.evaluation
    for _ in range(200):
        widget = focused()
        if widget is evaluation.submit_button:
            break
        if isinstance(widget, QRadioButton) and not widget.group().checkedButton():
            key(qtbot, Qt.Key.Key_Space)
        elif isinstance(widget, QLineEdit) and not widget.text():
            qtbot.keyClicks(widget, "30")
        elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
            qtbot.keyClicks(widget, "Check lung function first.")
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is evaluation.submit_button
    key(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "Evaluation submitted" in evaluation.status.text(), timeout=5000)

    # Credit: Ctrl+6; Tab to the attestation, Space ticks it; Tab to Claim, Space.
    key(qtbot, Qt.Key.Key_6, CTRL)
    credit = view.credit
    for _ in range(30):
        if focused() is credit.attest:
            break
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    assert credit.attest.isChecked()
    for _ in range(10):
        if focused() is credit.claim_button:
            break
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: credit.record_id is not None, timeout=20_000)
    qtbot.waitUntil(lambda: isinstance(focused(), QWidget) and credit.open_pdf.isEnabled())
    assert credit.status.text().startswith("<b>Credit claimed.</b>")
    assert view.rail.texts()[5] == "✓ Credit"
    assert isinstance(credit.open_pdf, QPushButton)
    close_window(window)
