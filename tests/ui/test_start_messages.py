"""What the learner is told at start when the data file is missing, empty, damaged beyond
backups, or the data folder is not a folder: never a silent fresh start, never a wrong title,
never a pointer to a log that cannot exist."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import learners, safety
from studyapp.ui import app as uiapp
from studyapp.ui.main_window import MainWindow
from studyapp.ui.tasks import drain
from tests.ui.helpers import click, close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


def start(qtbot: QtBot, paths: DataPaths) -> MainWindow:
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    uiapp.start(window, paths)
    return window


def profile_and_backup(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Ana Silva", "NP", "Primary care", "a@x.org")
    save_profile(qtbot, window.profile_dialog)
    safety.backup_now(paths, "record", dt.datetime.now(dt.UTC))
    close_window(window)


def test_a_missing_data_file_offers_the_newest_backup(qtbot: QtBot, paths: DataPaths) -> None:
    profile_and_backup(qtbot, paths)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)

    window = start(qtbot, paths)
    qtbot.waitUntil(lambda: window.data_missing_box is not None, timeout=15_000)
    box = window.data_missing_box
    assert box.isVisible() and box.windowTitle() == "Your data file is missing"
    assert "The newest backup with your profiles is from" in box.text()
    assert "after a completion record" in box.text()
    assert window.profile_dialog is None or not window.profile_dialog.isVisible()
    click(qtbot, box.buttons()[0])  # "Restore the backup", the default
    qtbot.waitUntil(lambda: window.learner is not None, timeout=15_000)
    assert window.learner.full_name == "Ana Silva"
    assert drain()
    close_window(window)


def test_starting_empty_is_the_learners_choice_and_keeps_the_backups(
    qtbot: QtBot, paths: DataPaths
) -> None:
    profile_and_backup(qtbot, paths)
    before = safety.list_backups(paths)
    paths.database.write_bytes(b"")
    Path(f"{paths.database}-wal").unlink(missing_ok=True)

    window = start(qtbot, paths)
    qtbot.waitUntil(lambda: window.data_missing_box is not None, timeout=15_000)
    box = window.data_missing_box
    assert box.windowTitle() == "Your data file is empty"
    empty = next(b for b in box.buttons() if b.text() == "Start with &no data")
    click(qtbot, empty)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=15_000)
    assert learners.list_learners(window.ctx) == []
    assert drain()
    assert safety.list_backups(paths) == before  # nothing empty crowds them
    window.profile_dialog.reject()
    close_window(window)


def test_damage_with_no_usable_backup_is_not_called_a_restore(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Ana Silva", "NP", "Primary care", "a@x.org")
    save_profile(qtbot, window.profile_dialog)
    close_window(window)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(paths.database, "r+b") as fh:
        fh.write(b"garbage" * 20)

    window = open_window(qtbot, paths)
    box = window.recovery_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Your data file was damaged"
    assert "No usable backup was found, so StudyApp has started with no history." in box.text()
    assert "restored" not in box.windowTitle().lower()
    box.accept()
    window.profile_dialog.reject()
    close_window(window)


def test_a_data_folder_that_is_a_file_says_so_and_points_to_no_missing_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    where = tmp_path / "StudyApp"
    where.write_text("a file", "utf-8")
    window = start(qtbot, DataPaths(where))
    qtbot.waitUntil(lambda: window.open_failed_box is not None, timeout=15_000)
    box = window.open_failed_box
    assert box.windowTitle() == "StudyApp cannot open your data"
    assert "but a file has that name. Move or rename that file" in box.text()
    assert "log" not in box.text()
    assert box.icon() == QMessageBox.Icon.Critical
    box.accept()
    window.close()


def test_a_disk_error_at_start_says_so_and_moves_nothing(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.storage import backup

    profile_and_backup(qtbot, paths)
    before = paths.database.read_bytes()

    def disk_io_error(*_args, **_kwargs):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = 10
        raise exc

    monkeypatch.setattr(backup, "_open_read_only", disk_io_error)
    window = start(qtbot, paths)
    qtbot.waitUntil(lambda: window.open_failed_box is not None, timeout=15_000)
    text = window.open_failed_box.text()
    assert "the disk is full or failing. Nothing was moved or changed." in text
    assert paths.database.read_bytes() == before
    assert not (paths.root / "damaged").exists()
    window.open_failed_box.accept()
    window.close()
