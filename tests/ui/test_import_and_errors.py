"""Import a pack from the menu with a preview; bad packs and unexpected errors get clear words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import learners
from studyapp.ui import error_dialog
from tests.ui.helpers import click, close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


def ready_window(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Ana Silva", "PA", "Orthopaedics", "ana@example.org")
    save_profile(qtbot, window.profile_dialog)
    return window


def test_import_shows_preview_then_installs_with_progress(
    qtbot: QtBot, paths: DataPaths, il6_source: Path
) -> None:
    manifest = il6_source / "activity.toml"
    text = manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "2.0.0"')
    manifest.write_text(text.replace('title = "Treating', 'title = "Updated: Treating'), "utf-8")
    window = ready_window(qtbot, paths)
    before = len(window.library.row_texts())
    dialog = window.import_from(il6_source)
    qtbot.waitUntil(lambda: dialog.install_button.isEnabled(), timeout=10_000)
    assert dialog.heading.text() == "<b>This pack is valid.</b> It will install:"
    preview = dialog.details.toPlainText()
    assert "Updated: Treating to Target" in preview and "Version 2.0.0" in preview
    assert "11 pre-test and 12 post-test questions" in preview
    assert len(window.library.row_texts()) == before  # nothing installed yet
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    click(qtbot, dialog.install_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert seen and seen[-1] == 100

    def titles() -> list[str]:
        return [r[0] for r in window.library.row_texts()]

    # The library is read again on a worker: the new row shows a moment after the dialog.
    qtbot.waitUntil(lambda: len(titles()) == before + 1, timeout=10_000)
    assert any(t.startswith("Updated: Treating to Target") for t in titles())
    close_window(window)


def test_import_of_a_bad_pack_names_the_problem_and_changes_nothing(
    qtbot: QtBot, paths: DataPaths, il6_source: Path
) -> None:
    posttest = il6_source / "posttest.toml"
    posttest.write_text(
        posttest.read_text("utf-8").replace('answer = "B"', 'answer = "Q"', 1), "utf-8"
    )
    window = ready_window(qtbot, paths)
    before = window.library.row_texts()
    dialog = window.import_from(il6_source)
    qtbot.waitUntil(lambda: "cannot be installed" in dialog.heading.text(), timeout=10_000)
    assert "Nothing was changed." in dialog.heading.text()
    assert dialog.details.toPlainText() == (
        "posttest.toml:items[1].answer: 'Q' is not one of the options (A, B, C, D)"
    )
    assert not dialog.install_button.isEnabled()
    dialog.reject()
    assert window.library.row_texts() == before
    close_window(window)


def test_profile_dialog_shows_each_problem_beside_its_field(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, paths)
    dialog = window.profile_dialog
    qtbot.keyClicks(dialog.npi, "1234567890")
    qtbot.keyClicks(dialog.licence_state, "MA")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.error_text("full_name").startswith("Enter your full name")
    assert dialog.error_text("credentials").startswith("Choose your credentials")
    assert dialog.error_text("email").startswith("Enter an email address")
    assert "valid check digit" in dialog.error_text("npi")
    assert dialog.error_text("consent").startswith("Tick the consent box")
    assert learners.list_learners(window.ctx) == []
    close_window(window)


def test_unexpected_error_dialog_says_work_is_safe_and_copies_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    try:
        raise RuntimeError("disk hiccup")
    except RuntimeError as exc:
        detail = error_dialog.details(type(exc), exc, exc.__traceback__)
    box = error_dialog.build(None, "disk hiccup", detail, tmp_path / "studyapp.log")
    qtbot.addWidget(box)
    assert box.text() == "Something went wrong: disk hiccup"
    assert "Everything you had saved is safe" in box.informativeText()
    assert str(tmp_path / "studyapp.log") in box.informativeText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "RuntimeError: disk hiccup" in QApplication.clipboard().text()
    assert QMessageBox.StandardButton.Ok in [box.standardButton(b) for b in box.buttons()]


def test_import_of_a_pack_whose_version_climbs_out_is_refused_and_deletes_nothing(
    qtbot: QtBot, paths: DataPaths, il6_source: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "Documents"
    victim.mkdir()
    (victim / "thesis.docx").write_bytes(b"years of work")
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "../../../Documents"'),
        "utf-8",
    )
    window = ready_window(qtbot, paths)
    before = window.library.row_texts()
    dialog = window.import_from(il6_source)
    qtbot.waitUntil(lambda: "cannot be installed" in dialog.heading.text(), timeout=10_000)
    assert dialog.details.toPlainText().startswith(
        "activity.toml:version: '../../../Documents' is not a valid version"
    )
    assert not dialog.install_button.isEnabled()
    dialog.reject()
    assert (victim / "thesis.docx").read_bytes() == b"years of work"
    assert window.library.row_texts() == before
    close_window(window)
