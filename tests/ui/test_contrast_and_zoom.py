"""Contrast and text size: every signal colour reads at 4.5:1 or more on its mode's window
(measured by a colour library, not by our code); the high-contrast palette reads at 7:1;
Ctrl+plus / Ctrl+minus / Ctrl+0 scale the app's text and the choice survives a restart."""

from __future__ import annotations

import pytest
from coloraide import Color
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import theme
from tests.ui.helpers import close_window, open_window
from tests.ui.test_activity_screens import ready

Role = QPalette.ColorRole
# Window colours each mode's text is drawn on: light (Fusion's grey, white), dark (common
# dark themes), high contrast (ours).
WINDOWS = (("#efefef", "#ffffff"), ("#202124", "#353535"), ("#000000",))


def ratio(foreground: str, background: str) -> float:
    return Color(foreground).contrast(Color(background), method="wcag21")


@pytest.mark.parametrize("name", ["PROBLEM", "GOOD", "WARNING"])
def test_signal_colours_read_in_every_mode(name: str) -> None:
    colours = getattr(theme, name)
    for mode, backgrounds in enumerate(WINDOWS):
        for background in backgrounds:
            assert ratio(colours[mode], background) >= 4.5, (name, mode, background)


def test_the_high_contrast_palette_reads_at_seven_to_one() -> None:
    hc = {role: enabled for role, (enabled, _disabled) in theme.HIGH_CONTRAST.items()}
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.Link, Role.Base),
        (Role.LinkVisited, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Base),
    ]
    for text, background in pairs:
        assert ratio(hc[text], hc[background]) >= 7, (text, background)
    disabled = theme.HIGH_CONTRAST[Role.WindowText][1]
    assert ratio(disabled, hc[Role.Window]) >= 4.5


def with_profile(qtbot: QtBot, paths: DataPaths):
    window, _il6 = ready(qtbot, paths)
    return window


def test_high_contrast_is_chosen_in_the_menu_and_kept(
    qtbot: QtBot, qapp: QApplication, paths: DataPaths
) -> None:
    window = with_profile(qtbot, paths)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = qapp.palette().color(Role.Window).name()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_C, ctrl_alt)
    assert window.high_contrast_action.isChecked()
    assert qapp.palette().color(Role.Window).name() == "#000000"
    assert qapp.palette().color(Role.WindowText).name() == "#ffffff"
    assert theme.problem_colour() == theme.PROBLEM[2]
    close_window(window)

    again = open_window(qtbot, paths)
    assert again.high_contrast_action.isChecked()
    assert qapp.palette().color(Role.Window).name() == "#000000"
    again.high_contrast_action.trigger()
    assert qapp.palette().color(Role.Window).name() == before
    close_window(again)


def test_ctrl_plus_minus_and_zero_scale_the_text_and_it_is_kept(
    qtbot: QtBot, qapp: QApplication, paths: DataPaths
) -> None:
    window = with_profile(qtbot, paths)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    base = qapp.font().pointSizeF()
    heading = window.library.search
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)
    # Widgets follow (Qt tells them on its next turn).
    qtbot.waitUntil(lambda: heading.font().pointSizeF() == pytest.approx(base * 1.25))
    assert window.statusBar().currentMessage() == "Text size 125%"
    close_window(window)

    again = open_window(qtbot, paths)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.10)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    close_window(again)
