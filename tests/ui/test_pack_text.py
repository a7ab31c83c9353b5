"""Pack text is shown exactly as written, and a hostile pack gets a message in the import
dialog, never a dialog stuck on "Checking…"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import library
from tests.ui.helpers import close_window
from tests.ui.test_import_and_errors import ready_window

pytestmark = pytest.mark.gui


def test_ampersands_in_stems_and_options_show_as_written(
    qtbot: QtBot, paths: DataPaths, il6_source: Path
) -> None:
    pretest = il6_source / "pretest.toml"
    text = pretest.read_text("utf-8")
    text = re.sub(
        r'^stem = ".*"$', 'stem = "R&D and Q&A: which is <b>true</b>?"', text, count=1, flags=re.M
    )
    text = re.sub(r'text = "[^"]*"', 'text = "Risk & benefit"', text, count=1)
    pretest.write_text(text, "utf-8")
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "1.0.1"'), "utf-8"
    )
    window = ready_window(qtbot, paths)
    pack_id = library.install(window.ctx, il6_source)
    window.refresh_library()
    window.open_activity(pack_id)
    view = window.activity_view
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    first = view.pretest.questions[0]
    assert first.stem.text() == "R&D and Q&A: which is <b>true</b>?"
    assert first.stem.textFormat() == Qt.TextFormat.PlainText
    button = next(iter(first.buttons.values()))
    assert button.text() == "A. Risk && benefit"  # one "&" on screen, no shortcut letter
    close_window(window)


def test_import_of_a_pack_with_nan_credit_names_the_problem(
    qtbot: QtBot, paths: DataPaths, il6_source: Path
) -> None:
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        re.sub(
            r"^max_credits = .*$",
            "max_credits = nan",
            manifest.read_text("utf-8"),
            count=1,
            flags=re.M,
        ),
        "utf-8",
    )
    window = ready_window(qtbot, paths)
    before = window.library.row_texts()
    dialog = window.import_from(il6_source)
    qtbot.waitUntil(lambda: "cannot be installed" in dialog.heading.text(), timeout=10_000)
    assert dialog.details.toPlainText() == (
        "activity.toml:credit.max_credits: 'nan' is not a finite number; "
        "expected something like 1.00"
    )
    assert not dialog.install_button.isEnabled()
    dialog.reject()
    assert window.library.row_texts() == before
    close_window(window)
