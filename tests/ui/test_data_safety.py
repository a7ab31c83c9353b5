"""What the learner sees when their data file is damaged, when restoring, and on a second copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import learners, safety
from studyapp.services.context import open_context
from tests.ui.helpers import (
    click,
    close_window,
    fill_profile,
    menu_action,
    open_window,
    save_profile,
)

pytestmark = pytest.mark.gui


def first_profile(qtbot: QtBot, paths: DataPaths, name: str = "Ana Silva"):
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, name, "NP", "Primary care", "ana@example.org")
    save_profile(qtbot, window.profile_dialog)
    return window


def test_damaged_data_file_is_restored_and_the_learner_is_told(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window = first_profile(qtbot, paths)
    safety.backup_now(paths, "record", dt.datetime.now(dt.UTC))
    close_window(window)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(paths.database, "r+b") as fh:
        fh.write(b"garbage" * 20)

    window = open_window(qtbot, paths)
    box = window.recovery_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Your data was restored from a backup"
    assert "could not use its data file" in box.text()
    assert "restored from the automatic backup" in box.text()
    assert window.learner is not None and window.learner.full_name == "Ana Silva"
    box.accept()
    close_window(window)


def test_damage_the_quick_start_cannot_see_is_found_after_start_and_repaired(
    qtbot: QtBot, paths: DataPaths
) -> None:
    """The full integrity check is off the start-up path: the library opens at once, and
    damage found afterwards is handled as a damaged start is (moved aside, the newest good
    backup in its place, the learner told), never copied over a good backup."""
    window = first_profile(qtbot, paths)
    safety.backup_now(paths, "record", dt.datetime.now(dt.UTC))
    close_window(window)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_xapi_outbox_unsent'"
        ).fetchone()[0]
    conn.close()
    with open(paths.database, "r+b") as fh:  # an index start-up never reads
        fh.seek((page - 1) * 4096)
        fh.write(b"\x0d" + b"\xff" * 200)
    backups_before = sorted(p.name for p in paths.backups.glob("*.sqlite3"))

    window = start_app(qtbot, paths, wait_for_tasks=False)
    qtbot.waitUntil(
        lambda: window.recovery_box is not None and window.recovery_box.isVisible(),
        timeout=20_000,
    )
    box = window.recovery_box
    assert box.windowTitle() == "Your data was restored from a backup"
    assert "integrity check failed" in box.text()
    assert list((paths.root / "damaged").iterdir())
    qtbot.waitUntil(lambda: window.learner is not None)
    assert window.learner.full_name == "Ana Silva"
    assert len(window.library.row_texts()) == 2
    # The damaged file was not backed up.
    assert sorted(p.name for p in paths.backups.glob("*.sqlite3")) == backups_before
    box.accept()
    close_window(window)


def two_profiles_one_backup(qtbot: QtBot, paths: DataPaths):
    window = first_profile(qtbot, paths)
    safety.backup_now(paths, "manual", dt.datetime.now(dt.UTC))
    learners.create(window.ctx, learners.Profile("Ben Okafor", "MD", "GP", "ben@example.org"))
    assert len(learners.list_learners(window.ctx)) == 2
    return window


def choose_the_backup(qtbot: QtBot, window) -> None:
    menu_action(window, "Restore from backup…").trigger()
    dialog = window.restore_dialog
    assert dialog.list.count() == 1
    assert "made by hand" in dialog.list.item(0).text()
    click(qtbot, dialog.restore_button)


def restored(window) -> bool:
    return window.ctx is not None and not window.restoring


def shown_warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warning boxes, as (title, text), instead of waiting on a click."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append((title, text)))
    )
    return shown


def test_restore_from_backup_through_the_menu(qtbot: QtBot, paths: DataPaths) -> None:
    window = two_profiles_one_backup(qtbot, paths)
    choose_the_backup(qtbot, window)
    qtbot.waitUntil(lambda: restored(window), timeout=15_000)
    assert [p.full_name for p in learners.list_learners(window.ctx)] == ["Ana Silva"]
    qtbot.waitUntil(
        lambda: "The data it replaced is kept at" in window.statusBar().currentMessage()
    )
    assert list((paths.root / "replaced").glob("studyapp-*.sqlite3"))
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()
    close_window(window)


def test_restore_runs_off_the_ui_thread_with_progress_and_holds_the_folder(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.storage import backup
    from studyapp.storage.lock import FolderInUseError

    window = two_profiles_one_backup(qtbot, paths)
    copying, go_on = threading.Event(), threading.Event()
    real_restore = backup.restore

    def slow_restore(*args, **kwargs) -> None:
        copying.set()
        assert go_on.wait(10)
        real_restore(*args, **kwargs)

    monkeypatch.setattr(backup, "restore", slow_restore)
    choose_the_backup(qtbot, window)
    qtbot.waitUntil(copying.is_set, timeout=10_000)
    progress = window.restore_progress
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() >= 30)
    assert progress.windowTitle() == "Restoring from backup"
    assert progress.labelText() == "Keeping your current data aside…"
    assert not window.menuBar().isEnabled()
    # The window stays while the copy runs, and no second copy can take the folder.
    window.close()
    assert window.isVisible()
    assert window.statusBar().currentMessage() == "Wait for the restore to finish, then quit."
    with pytest.raises(FolderInUseError):
        open_context(paths)
    go_on.set()
    qtbot.waitUntil(lambda: restored(window), timeout=15_000)
    assert not progress.isVisible()
    assert [p.full_name for p in learners.list_learners(window.ctx)] == ["Ana Silva"]
    close_window(window)


def test_restore_that_cannot_copy_leaves_the_data_as_it_was(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from studyapp.storage import backup

    window = two_profiles_one_backup(qtbot, paths)
    warnings = shown_warnings(monkeypatch)
    real_open = open

    class FullDisk:
        """The copy's target refuses writes part-way, as a full disk does."""

        def __init__(self, path, mode="r", *a, **k):
            self.inner = real_open(path, mode, *a, **k)
            self.writes = 0 if "w" in mode else None

        def write(self, data):
            if self.writes is not None:
                self.writes += 1
                if self.writes > 1:
                    raise OSError(errno.ENOSPC, "No space left on device")
            return self.inner.write(data)

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.inner.close()

    monkeypatch.setattr(backup, "COPY_CHUNK", 1024)
    monkeypatch.setattr(backup, "open", FullDisk, raising=False)
    choose_the_backup(qtbot, window)
    qtbot.waitUntil(lambda: restored(window), timeout=15_000)
    assert warnings == [
        (
            "Restore failed",
            "The backup could not be copied (No space left on device). Check the disk has "
            "space, then try again. Your data is unchanged.",
        )
    ]
    assert [p.full_name for p in learners.list_learners(window.ctx)] == ["Ana Silva", "Ben Okafor"]
    assert not list(paths.root.glob("*.restoring"))
    assert not list((paths.root / "replaced").glob("studyapp-*.sqlite3"))
    close_window(window)


def test_a_damaged_backup_is_refused_and_the_data_kept(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = two_profiles_one_backup(qtbot, paths)
    warnings = shown_warnings(monkeypatch)
    (made,) = safety.list_backups(paths)
    with open(made.path, "r+b") as fh:
        fh.write(b"not a database" * 10)
    choose_the_backup(qtbot, window)
    qtbot.waitUntil(lambda: restored(window), timeout=15_000)
    assert warnings == [
        (
            "Restore failed",
            "That backup is damaged and cannot be restored. Choose another one. "
            "Your data is unchanged.",
        )
    ]
    assert len(learners.list_learners(window.ctx)) == 2
    close_window(window)


def test_second_copy_is_refused_with_a_message(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui import app as uiapp
    from studyapp.ui.main_window import MainWindow

    first = open_context(paths)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _p, title, text: shown.append((title, text))),
    )
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    uiapp.start(window, paths)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] == "StudyApp is already open"
    assert "only one copy of StudyApp can use the same data" in shown[0][1]
    assert not window.isVisible()
    first.close()


def test_protected_profile_asks_for_its_passphrase_at_start(qtbot: QtBot, paths: DataPaths) -> None:
    window = first_profile(qtbot, paths)
    window.protect_profile()
    dialog = window.protect_dialog
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    from PySide6.QtWidgets import QDialogButtonBox

    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.error.text() == "Use at least 8 characters."
    for field in (dialog.passphrase, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, "tea and toast")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    close_window(window)

    window = open_window(qtbot, paths)
    assert window.learner is None
    assert window.statusBar().currentMessage() == "Ana Silva, NP is locked."
    assert all(row[-1] == "Not started" for row in window.library.row_texts())
    unlock = window.unlock_dialog
    assert unlock is not None and unlock.isVisible()
    qtbot.keyClicks(unlock.passphrase, "coffee")
    click(qtbot, unlock.unlock_button)
    assert unlock.error.text() == "That passphrase is not right."
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, "tea and toast")
    click(qtbot, unlock.unlock_button)
    assert not unlock.isVisible()
    assert window.learner is not None and window.learner.full_name == "Ana Silva"
    window.lock_profile()
    assert window.learner is None and window.unlock_dialog.isVisible()
    window.unlock_dialog.reject()
    close_window(window)


def test_full_disk_mid_test_keeps_answers_and_says_so(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui import test_tab
    from tests.services.test_disk_trouble import Disk
    from tests.ui.helpers import answer

    monkeypatch.setattr(test_tab, "RETRY_MS", 50)
    window = first_profile(qtbot, paths)
    pack_id = window.library.pack_id_at(
        next(i for i, r in enumerate(window.library.row_texts()) if r[0].startswith("Treat"))
    )
    window.open_activity(pack_id)
    view = window.activity_view
    view.show_tab("pretest")
    items = view.activity.pretest
    answer(qtbot, view.pretest, items[0], sorted(items[0].answer))
    disk = Disk(monkeypatch, "database or disk is full")
    answer(qtbot, view.pretest, items[1], sorted(items[1].answer))
    widget = view.pretest.questions[1]
    assert widget.saved.text() == "Kept in memory: not yet saved to disk."
    assert view.pretest.message.text().startswith("Not yet saved to disk: the disk is full.")

    # Quitting now would lose it: the learner is asked, and "No" keeps the window open.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No),
    )
    window.close()
    assert window.isVisible() and "1 answer(s) could not be saved" in asked[0]

    disk.refusing = False
    qtbot.waitUntil(lambda: widget.saved.text() == "Saved", timeout=5000)
    assert view.pretest.message.text() == "All answers are now saved to disk."
    close_window(window)
    reopened = open_window(qtbot, paths)
    post = reopened.activity_view.pretest
    assert post.questions[1].selection() == sorted(items[1].answer)
    close_window(reopened)


def start_app(qtbot: QtBot, paths: DataPaths, wait_for_tasks: bool = True):
    """The real start: snapshot, data folder opened on a pool thread, start-up backup."""
    from studyapp.ui import app as uiapp
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.tasks import drain

    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)  # its geometry settled: closing saves it, unchanged
    uiapp.start(window, paths)
    qtbot.waitUntil(lambda: window.ctx is not None and window.learner_attached, timeout=15_000)
    if wait_for_tasks:
        assert drain()  # the start-up backup, if any, and the sample pack check
    return window


def test_a_start_that_changes_nothing_makes_no_new_backup(qtbot: QtBot, paths: DataPaths) -> None:
    """Ten backups are kept: one per idle start would soon push out the useful ones."""
    window = first_profile(qtbot, paths)
    close_window(window)
    close_window(start_app(qtbot, paths))  # backs up the new profile; the window settles
    close_window(start_app(qtbot, paths))  # backs up the settled window position
    before = safety.list_backups(paths)
    assert before

    close_window(start_app(qtbot, paths))
    close_window(start_app(qtbot, paths))
    assert safety.list_backups(paths) == before

    window = start_app(qtbot, paths)
    learners.create(window.ctx, learners.Profile("Ben Okafor", "MD", "GP", "ben@example.org"))
    close_window(window)
    close_window(start_app(qtbot, paths))
    after = safety.list_backups(paths)
    assert len(after) == len(before) + 1 and after[0].reason == "start"


def test_restore_is_refused_while_a_protected_profile_is_locked(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.services import protection

    window = two_profiles_one_backup(qtbot, paths)  # backup made before Ben existed
    ben = next(p for p in learners.list_learners(window.ctx) if p.full_name == "Ben Okafor")
    protection.set_passphrase(window.ctx, ben.id, "tea and toast", "tea and toast")
    protection.lock_all(window.ctx)
    warnings = shown_warnings(monkeypatch)

    choose_the_backup(qtbot, window)

    assert warnings == [
        (
            "Restore needs the profile unlocked",
            "Restoring a backup replaces the data of protected profiles (Ben Okafor). Unlock "
            "each of them with its passphrase first (File > Switch profile), then restore.",
        )
    ]
    assert window.ctx is not None and not window.restoring
    assert sorted(p.full_name for p in learners.list_learners(window.ctx)) == [
        "Ana Silva",
        "Ben Okafor",
    ]
    assert not (paths.root / "replaced").exists()
    close_window(window)
