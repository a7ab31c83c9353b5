"""Screen readers: every screen the app has is walked through Qt's accessibility interface,
and a control a user can act on without a name, or a picture without a text, fails the
test. Screens are found, not listed: every step of every bundled activity, the history,
and whatever each menu command opens, so a new screen is walked without a new test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners
from tests.services.test_study_flow import answer_all
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui
Role = QAccessible.Role
NAMED = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.EditableText,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Graphic,  # a picture: its text is what a screen reader says
    Role.Chart,
}
# Commands that would end the test's session or reach outside it.
SKIPPED = {"&Quit", "&Lock profile"}


def nameless(iface: QAccessibleInterface | None, where: str, depth: int = 0) -> list[str]:
    if iface is None or not iface.isValid() or depth > 60:
        return []
    found = []
    role = iface.role()
    if role in NAMED and not iface.state().invisible:
        name = iface.text(QAccessible.Text.Name).strip()
        description = iface.text(QAccessible.Text.Description).strip()
        if not name and not (role in (Role.Graphic, Role.Chart) and description):
            obj = iface.object()
            found.append(f"{where}: {role.name} {type(obj).__name__} {obj.objectName()!r}")
    if role in (Role.List, Role.Table, Role.Tree):
        return found  # their rows are data, named by their text
    for n in range(iface.childCount()):
        found += nameless(iface.child(n), where, depth + 1)
    return found


def walk_visible(where: str) -> list[str]:
    found = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and not isinstance(top, QMenu):
            found += nameless(QAccessible.queryAccessibleInterface(top), where)
    return found


def _close_others(window: QWidget) -> None:
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible() and isinstance(top, QWidget):
            top.close()


def walk_screen(qtbot: QtBot, window, screen: QWidget, where: str) -> list[str]:
    """A main-window screen: each page of its tabs, and each dialog its "…" buttons open."""
    found: list[str] = []
    tab_sets = screen.findChildren(QTabWidget) or [None]
    for tabs in tab_sets:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                qtbot.wait(10)
            page = f"{where}, {tabs.tabText(index).replace('&', '')}" if tabs else where
            found += walk_visible(page)
            for button in screen.findChildren(QPushButton):
                if not (button.isVisible() and button.isEnabled()) or not button.text().endswith(
                    "…"
                ):
                    continue
                button.click()
                qtbot.wait(50)
                found += walk_visible(f"{page}, after {button.text().replace('&', '')}")
                _close_others(window)
    return found


def test_every_screen_names_its_controls(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda *_a: True))
    window = open_window(qtbot, paths)
    problems = walk_visible("first start, profile form")
    dialog = window.profile_dialog
    # Fields are named by their own labels, which a screen reader reads with them.
    assert dialog.full_name.accessibleName() == "Full name"
    assert dialog.npi.accessibleName() == "NPI"
    assert dialog.birth_month.accessibleName() == "Month of birth"
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    problems += walk_visible("library")

    screens = 0
    for row in range(len(window.library.row_texts())):
        pack_id = window.library.pack_id_at(row)
        attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.PRE, right=1))
        attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.POST, right=2))
        window.open_activity(pack_id)
        view = window.activity_view
        for step in range(6):
            view.rail.buttons[step].click()
            qtbot.wait(10)
            problems += walk_visible(f"{view.activity.id}, step {step + 1}")
            screens += 1
        window.show_library()
    window.show_history()
    problems += walk_visible("CME history")

    walked: list[QWidget] = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.text() in SKIPPED or not action.isEnabled():
                continue
            seen: list[str] = []

            def look(label: str = action.text(), seen: list[str] = seen) -> None:
                seen += walk_visible(f"after {label.replace('&', '')}")
                modal = QApplication.activeModalWidget()
                if modal is not None:
                    modal.close()  # a dialog run with exec(): closing it returns

            QTimer.singleShot(150, look)
            action.trigger()
            qtbot.wait(250)
            problems += seen
            _close_others(window)
            screen = window.stack.currentWidget()
            if screen is not window.library and screen not in walked:
                walked.append(screen)
                problems += walk_screen(qtbot, window, screen, action.text().replace("&", ""))
            screens += 1
            if action.isCheckable() and action.isChecked():
                action.trigger()  # high contrast back off
    window.zoom_reset()
    assert len(walked) >= 2  # the history and the wallet at least
    assert screens > 20
    assert problems == [], "\n".join(problems)
    close_window(window)


def test_every_menu_command_has_a_shortcut_or_an_accelerator(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window = open_window(qtbot, paths)
    missing = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title() for m in menus] == ["&File", "&View", "&Help"]
    for menu in menus:
        if "&" not in menu.title():
            missing.append(f"menu {menu.title()}")
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            if "&" not in text.replace("&&", "") and action.shortcut().isEmpty():
                missing.append(text)
            if "&" in text:
                letter = text[text.index("&") + 1].lower()
                assert letter not in letters, f"{text!r} and {letters[letter]!r} share Alt+{letter}"
                letters[letter] = text
    assert missing == []
    close_window(window)
