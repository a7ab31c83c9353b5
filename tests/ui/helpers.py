"""Drive the real widgets the way a learner does: clicks and typing, then read the screen."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from studyapp.content.institution import DEFAULT as DEFAULT_INSTITUTION
from studyapp.content.institution import Institution
from studyapp.core.activity import Item
from studyapp.paths import DataPaths
from studyapp.services import library
from studyapp.services.context import open_context
from studyapp.ui.main_window import MainWindow
from studyapp.ui.profile_dialog import ProfileDialog
from studyapp.ui.test_tab import TestTab


def open_window(
    qtbot: QtBot, paths: DataPaths, institution: Institution = DEFAULT_INSTITUTION
) -> MainWindow:
    """What the app does at start, with the database opened on this thread for determinism."""
    ctx = open_context(paths, institution=institution)
    library.install_bundled(ctx)
    window = MainWindow(paths.logs / "studyapp.log", institution)
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    # The library is read on a worker when the data is attached, as at a real start.
    qtbot.waitUntil(lambda: window.library_loaded, timeout=10_000)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    assert window.ctx is not None
    window.ctx.close()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    qtbot.mouseClick(
        widget,
        Qt.MouseButton.LeftButton,
        pos=QPoint(min(10, widget.width() // 2), widget.height() // 2),
    )


def fill_profile(
    qtbot: QtBot, dialog: ProfileDialog, name: str, credential: str, profession: str, email: str
) -> None:
    for field, text in (
        (dialog.full_name, name),
        (dialog.profession, profession),
        (dialog.email, email),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.credentials.setCurrentIndex(dialog.credentials.findText(credential))


def save_profile(qtbot: QtBot, dialog: ProfileDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def answer(qtbot: QtBot, tab: TestTab, item: Item, keys: list[str]) -> None:
    widget = next(w for w in tab.questions if w.item.id == item.id)
    tab.scroll.ensureWidgetVisible(widget)
    for key in keys:
        click(qtbot, widget.buttons[key])


def wrong_keys(item: Item) -> list[str]:
    return [next(k for k in item.option_keys if k not in item.answer)]


def answer_test(qtbot: QtBot, tab: TestTab, right: int) -> None:
    """Answer every item the form asks, the first `right` of them (as written) correctly."""
    asked = {w.item.id for w in tab.questions}
    shown = [i for i in tab.activity.items(tab.test) if i.id in asked]
    for n, item in enumerate(shown):
        answer(qtbot, tab, item, sorted(item.answer) if n < right else wrong_keys(item))


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def read(path: Path) -> bytes:
    return path.read_bytes()


def menu_action(window: MainWindow, text: str):
    """The menu item a user would click, found by its text (without the & mnemonic)."""
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")
