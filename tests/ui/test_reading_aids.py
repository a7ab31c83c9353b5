"""Reading aids as the learner uses them: sections read are ticked and counted, a
bookmark and a note per section survive a restart, and search finds the sections that
mention a word and opens one at the match."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from tests.ui.helpers import click, close_window, open_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui


def open_reading(qtbot: QtBot, window, pack_id: int | None = None):
    if pack_id is not None:
        window.open_activity(pack_id)
    view = window.activity_view
    view.show_tab("reading")
    reading = view.reading
    qtbot.waitUntil(reading.isVisible)
    return view, reading, reading.aids


def test_progress_bookmark_and_note_survive_a_restart(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    _view, reading, aids = open_reading(qtbot, window, il6)
    assert aids.progress.text() == "Read 1 of 8 sections"
    assert reading.sections.item(0).text() == "✓ 1. The burden of rheumatoid arthritis"
    reading.sections.setCurrentRow(2)
    assert aids.progress.text() == "Read 2 of 8 sections"
    assert reading.sections.item(2).text() == "✓ 3. Treating to target"

    click(qtbot, aids.bookmark)
    assert aids.bookmark.text() == "★ Bookmarked"
    assert reading.sections.item(2).text() == "✓ 3. Treating to target ★"
    assert reading.sections.item(2).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "3. Treating to target (read, bookmarked)"
    )
    aids.note.setFocus()
    qtbot.keyClicks(aids.note, "Ask about DAS28 at the next visit")
    qtbot.waitUntil(lambda: aids.note_state.text() == "Note saved", timeout=3000)

    # Another section has its own (empty) note; the first one's is kept.
    reading.sections.setCurrentRow(1)
    assert aids.note.toPlainText() == "" and not aids.bookmark.isChecked()
    close_window(window)

    again = open_window(qtbot, paths)
    _view, reading, aids = open_reading(qtbot, again)
    assert aids.progress.text() == "Read 3 of 8 sections"  # the section shown when closed
    reading.sections.setCurrentRow(2)
    assert aids.bookmark.isChecked()
    assert aids.note.toPlainText() == "Ask about DAS28 at the next visit"
    close_window(again)


def test_a_note_typed_just_before_quitting_is_kept(qtbot: QtBot, paths: DataPaths) -> None:
    window, il6 = ready(qtbot, paths)
    _view, _reading, aids = open_reading(qtbot, window, il6)
    aids._note_timer.setInterval(600_000)  # the app quits before the save timer fires
    qtbot.keyClicks(aids.note, "Half a thought")
    assert aids.note_state.text() == "Saving…"
    close_window(window)  # before the save timer fires: closing writes it
    again = open_window(qtbot, paths)
    _view, _reading, aids = open_reading(qtbot, again)
    assert aids.note.toPlainText() == "Half a thought"
    close_window(again)


def test_search_finds_the_sections_and_opens_one_at_the_match(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, il6 = ready(qtbot, paths)
    view, reading, aids = open_reading(qtbot, window, il6)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(reading, Qt.Key.Key_F, ctrl_shift)
    assert aids.search.hasFocus()
    qtbot.keyClicks(aids.search, "tocilizumab")
    qtbot.keyClick(aids.search, Qt.Key.Key_Return)
    texts = aids.result_texts()
    assert texts and all("tocilizumab" in t.lower() for t in texts)
    assert any(t.startswith("6. IL-6 inhibition in refractory systemic sclerosis") for t in texts)
    row = next(i for i, t in enumerate(texts) if t.startswith("6. IL-6 inhibition"))
    where = aids.results.visualItemRect(aids.results.item(row)).center()
    qtbot.mouseClick(aids.results.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert reading.current_section() == "systemic-sclerosis"
    assert reading.view.textCursor().selectedText().lower() == "tocilizumab"

    aids.search.clear()
    qtbot.keyClicks(aids.search, "no such words here")
    qtbot.keyClick(aids.search, Qt.Key.Key_Return)
    assert aids.result_texts() == ["No section mentions “no such words here”."]
    close_window(window)
