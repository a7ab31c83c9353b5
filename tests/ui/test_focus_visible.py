"""Keyboard focus is always visible and never caught: on each screen, Tab visits every
control in the screen's order, each looks different while it has the focus (what a
keyboard user sees), and Tab comes back round instead of getting stuck in a table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from tests.ui.helpers import close_window
from tests.ui.test_activity_screens import ready

pytestmark = pytest.mark.gui
MOST_STOPS = 80


def look(widget: QWidget):
    """What the user sees of the widget and just around it (a focus ring drawn over its
    edge belongs to what they see)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    area = QRect(corner, widget.size()).adjusted(-3, -3, 3, 3)
    return window.grab(area).toImage()


def tab_round(qtbot: QtBot, start: QWidget) -> list[tuple[QWidget, bool]]:
    """Tab from `start` until the focus comes back to it: each stop, and whether the
    widget looked different with the focus than without it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    # Arrive by keyboard, as a user does: styles draw the focus once keys move it.
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.wait(20)
    assert QApplication.focusWidget() is start
    stops: list[tuple[QWidget, bool]] = []
    current = QApplication.focusWidget()
    assert current is not None
    for _ in range(MOST_STOPS):
        focused_look = look(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.wait(10)
        following = QApplication.focusWidget()
        assert following is not None
        stops.append((current, look(current) != focused_look))
        current = following
        if current is start:
            return stops
    raise AssertionError(
        "Tab never came back round: caught after "
        + ", ".join(type(w).__name__ for w, _ in stops[-5:])
    )


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__} {label or widget.accessibleName()!r}"


def test_the_library_in_screen_order_with_the_focus_shown(qtbot: QtBot, paths: DataPaths) -> None:
    window, _il6 = ready(qtbot, paths)
    lib = window.library
    stops = tab_round(qtbot, lib.search)
    expected = [
        lib.search,
        lib.status_filter,
        lib.credit_filter,
        lib.sort_choice,
        lib.table,
        lib.queue_button,
        lib.import_button,
        lib.open_button,
    ]
    shown = [_name(w) for w in expected if w.isVisible() and w.isEnabled()]
    assert [_name(w) for w, _ in stops][: len(shown)] == shown
    assert [_name(w) for w, shown in stops if not shown] == []
    close_window(window)


@pytest.mark.parametrize("step", ["overview", "pretest", "reading", "credit"])
def test_each_activity_step_shows_the_focus_and_lets_it_go(
    qtbot: QtBot, paths: DataPaths, step: str
) -> None:
    window, il6 = ready(qtbot, paths)
    window.open_activity(il6)
    view = window.activity_view
    view.show_tab(step)
    qtbot.wait(50)
    stops = tab_round(qtbot, view.rail.buttons[0])
    widgets = [w for w, _ in stops]
    assert widgets[:6] == view.rail.buttons  # the six steps in order, then the step itself
    assert len(stops) > 6
    assert [_name(w) for w, shown in stops if not shown] == []
    close_window(window)


def test_the_wallet_shows_the_focus_and_lets_it_go(qtbot: QtBot, paths: DataPaths) -> None:
    window, _il6 = ready(qtbot, paths)
    window.show_wallet()
    view = window.wallet_view
    stops = tab_round(qtbot, view.credential_list)
    assert view.add_licence in [w for w, _ in stops]
    assert [_name(w) for w, shown in stops if not shown] == []
    close_window(window)


def test_alt_o_opens_the_activity_at_once(qtbot: QtBot, paths: DataPaths) -> None:
    """The accelerator acts on the key press itself, without the 100 ms pressed-button
    animation a mnemonic plays first: the activity is open before any event loop turn."""
    window, il6 = ready(qtbot, paths)
    window.library.select_pack(il6)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert window.activity_view is not None
    assert window.activity_view.pack_id == il6
    close_window(window)
