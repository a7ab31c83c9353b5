"""At 200% text size nothing is cut off: on every main screen and the dialogs that add a
profile, a licence and outside credit, each button, label and list box is at least as
large as its text needs, and the library's columns hold their words (long titles and
provider names are shortened with "…", the whole text in the cell's tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import zoom
from tests.ui.helpers import click, close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui
# A full-HD laptop screen, maximised.
SCREEN = (1920, 1080)


def cut_off(top: QWidget) -> list[str]:
    """Controls on `top` smaller than their text needs."""
    found = []
    widgets = top.findChildren(QLabel) + top.findChildren(QAbstractButton)
    for widget in widgets + top.findChildren(QComboBox):
        if not widget.isVisible():
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                need_height = widget.heightForWidth(widget.width())
                found.append(f"{text[:50]!r}: {widget.height()} px high of {need_height}")
            continue
        need = widget.sizeHint()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            size = f"{widget.size().toTuple()} of {need.toTuple()}"
            found.append(f"{type(widget).__name__} {text[:50]!r}: {size}")
    return found


@pytest.fixture
def at_200(qtbot: QtBot, paths: DataPaths):
    window, il6 = ready(qtbot, paths)
    window.resize(*SCREEN)
    zoom.apply(200)
    qtbot.wait(50)
    yield window, il6
    zoom.apply(100)
    close_window(window)


def test_no_screen_is_cut_off_at_200_percent(qtbot: QtBot, at_200) -> None:
    window, il6 = at_200
    problems = [f"library: {p}" for p in cut_off(window)]
    window.open_activity(il6)
    view = window.activity_view
    for step in ("overview", "pretest", "reading", "posttest", "evaluation", "credit"):
        view.show_tab(step)
        qtbot.wait(30)
        problems += [f"{step}: {p}" for p in cut_off(window)]
    window.show_history()
    qtbot.wait(50)
    problems += [f"history: {p}" for p in cut_off(window)]
    window.show_wallet()
    qtbot.wait(50)
    problems += [f"wallet: {p}" for p in cut_off(window)]
    view = window.wallet_view
    for button in (view.add_licence, view.add_board):
        click(qtbot, button)
        qtbot.wait(50)
        problems += [f"{button.text()}: {p}" for p in cut_off(view.dialog)]
        view.dialog.reject()
    view.tabs.setCurrentIndex(1)
    click(qtbot, view.add_certificate)
    qtbot.wait(50)
    problems += [f"outside credit: {p}" for p in cut_off(view.dialog)]
    view.dialog.reject()
    assert problems == [], problems


def test_the_library_columns_hold_their_words_at_200_percent(qtbot: QtBot, at_200) -> None:
    window, _il6 = at_200
    table = window.library.table
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert metrics.height() > 20  # the text really is twice its usual size
    for column in range(2, model.columnCount()):  # credits, time, progress, expiry, status
        texts = [str(model.index(r, column).data()) for r in range(model.rowCount())]
        title = model.headerData(column, Qt.Orientation.Horizontal)
        need = max(metrics.horizontalAdvance(t) for t in [*texts, title])
        assert header.sectionSize(column) >= need, (title, header.sectionSize(column), need)
    for column in (0, 1):  # title and provider: at least 20 characters, the rest in a tooltip
        assert header.sectionSize(column) >= 20 * metrics.averageCharWidth()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data())
            if metrics.horizontalAdvance(text) > header.sectionSize(column):
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
                assert text.split("  (")[0] in tip, (text, tip)
