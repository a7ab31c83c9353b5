"""Notifications that do not block: saving a record or certificate says so in the window's
corner, leaves the keyboard where it was, and goes by itself or when dismissed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from tests.ui.helpers import close_window
from tests.ui.test_record_check import window_with_record

pytestmark = pytest.mark.gui


def test_a_saved_certificate_is_announced_without_taking_the_keyboard(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _record_id = window_with_record(qtbot, paths)
    window.toaster.shown_ms = 2000  # long enough to read it on a busy machine, short to wait
    window.show_history()
    history = window.history
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    history.table.setFocus()
    target = tmp_path / "certificate.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(history.save_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.toaster.texts()), timeout=10_000)
    assert window.toaster.texts() == [f"✓ Certificate saved to {target}."]
    assert target.read_bytes().startswith(b"%PDF")
    toast = window.toaster.toasts()[0]
    # In the lower right corner of the window, inside it, and the table kept the focus.
    corner = toast.geometry()
    assert corner.right() <= window.width() and corner.bottom() <= window.height()
    assert corner.left() > window.width() // 2 and corner.top() > window.height() // 2
    assert not toast.hasFocus() and toast.accessibleDescription().startswith("✓ Certificate")
    qtbot.waitUntil(lambda: not window.toaster.texts(), timeout=8_000)  # gone by itself
    close_window(window)


def test_a_notification_can_be_dismissed_and_only_the_newest_three_stay(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, _record_id = window_with_record(qtbot, paths)
    for n in range(5):
        window.toaster.show(f"Export {n} done.")
    assert window.toaster.texts() == [
        "✓ Export 2 done.",
        "✓ Export 3 done.",
        "✓ Export 4 done.",
    ]
    tops = [t.geometry().top() for t in window.toaster.toasts()]
    assert tops == sorted(tops)  # stacked, the newest lowest
    newest = window.toaster.toasts()[-1]
    qtbot.mouseClick(newest.findChild(QToolButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.toaster.texts()) == 2)
    assert window.toaster.texts() == ["✓ Export 2 done.", "✓ Export 3 done."]
    close_window(window)
