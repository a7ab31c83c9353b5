"""Signal colours follow the system's light or dark mode; the words carry the meaning."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import theme
from tests.ui.helpers import close_window, open_window, save_profile


def test_messages_take_the_dark_shade_on_a_dark_window(
    qtbot: QtBot, qapp: QApplication, paths: DataPaths
) -> None:
    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    try:
        assert theme.problem_colour() == theme.PROBLEM[0]
        qapp.setPalette(dark)
        assert theme.dark_mode()
        window = open_window(qtbot, paths)
        dialog = window.profile_dialog
        save_profile(qtbot, dialog)  # empty: every required field says what it needs
        label = dialog.errors["full_name"]
        assert label.text().startswith("Enter your full name")
        assert label.styleSheet() == f"color: {theme.PROBLEM[1]};"
        close_window(window)
    finally:
        qapp.setPalette(before)
    assert not theme.dark_mode()
