"""An activity asked for at start, before the data folder is open: shown at once from the
sealed library snapshot, with the steps marked as the database has them, then replaced by
the open activity keeping whatever the learner did meanwhile. Never shown when something
may have changed the data since the snapshot was saved."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import context as context_module
from studyapp.services import places
from studyapp.services.library_rows import read_snapshot, seal
from studyapp.ui import app as uiapp
from studyapp.ui import startup_marks, tasks, window_state
from studyapp.ui.activity_preview import ActivityPreview
from studyapp.ui.activity_view import ActivityView
from studyapp.ui.main_window import MainWindow
from tests.ui.helpers import fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


def quit_app(window: MainWindow) -> None:
    """Quit as the app does: the window closes (saving the snapshot), then the data."""
    window.close()
    uiapp.close_data(window)


def used_before(
    qtbot: QtBot, paths: DataPaths, leave_open: bool = False
) -> tuple[int, str, list[str]]:
    """A learner who opened an activity, went on to its Reading and back to the library
    (or, `leave_open`, not), then quit. Returns the activity, its title and its step rail
    as the screen showed it."""
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    pack_id = window.library.pack_id_at(0)
    window.open_activity(pack_id)
    view = window.activity_view
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.current_tab() == "reading")
    rail, title = view.rail.texts(), view.activity.title
    assert rail[0].startswith("✓") and rail[2].startswith("✓"), "Overview and Reading done"
    if not leave_open:
        window.show_library()
    qtbot.waitUntil(lambda: window.library_settled, timeout=10_000)
    quit_app(window)
    return pack_id, title, rail


class HeldOpen:
    """The data folder's opening, held until the test lets it finish."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        real = uiapp.open_library

        def held(*args, **kwargs):
            assert self.release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(uiapp, "open_library", held)


def start(qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The real start, with the snapshot's rows on screen and the data not yet open."""
    # The paint never settles here: only the learner's request opens the folder.
    monkeypatch.setattr(startup_marks, "after_painted", lambda _w, _then, **_k: None)
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.placed_early = window_state.place_early(window, paths.root)
    window.show()
    uiapp.start(window, paths)
    qtbot.waitUntil(lambda: len(window.library.row_texts()) > 0, timeout=15_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def ask_to_open(qtbot: QtBot, window: MainWindow, pack_id: int) -> None:
    window.library.select_pack(pack_id)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)


def shown(window: MainWindow) -> QWidget:
    return window.stack.currentWidget()


def top(widget: QWidget, rail: QWidget) -> QImage:
    """The screen's top: the way back, the title and the step rail."""
    return widget.grab(QRect(0, 0, widget.width(), rail.geometry().bottom() + 1)).toImage()


@dataclass
class Early:
    """A start after `used_before`, with the activity asked for before the data is up."""

    window: MainWindow
    preview: ActivityPreview
    held: HeldOpen
    pack_id: int
    title: str
    rail: list[str]

    def data_up(self, qtbot: QtBot) -> ActivityView:
        """Let the data folder finish opening; the open activity, once it shows."""
        self.held.release.set()
        qtbot.waitUntil(lambda: self.window.activity_view is not None, timeout=15_000)
        assert self.window.activity_view is not None
        return self.window.activity_view


def asked_early(qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> Early:
    pack_id, title, rail = used_before(qtbot, paths)
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    ask_to_open(qtbot, window, pack_id)
    preview = shown(window)
    assert isinstance(preview, ActivityPreview) and window.ctx is None
    return Early(window, preview, held, pack_id, title, rail)


def test_the_activity_shows_at_once_with_its_steps_as_the_database_has_them(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    window, preview, rail = early.window, early.preview, early.rail
    assert any(early.title in label.text() for label in preview.findChildren(QLabel))
    assert preview.rail.texts() == rail, "the marks are the ones the learner left"
    assert preview.rail.buttons[2].isChecked(), "at the Reading, where the learner left"
    waiting = preview.findChild(QLabel, "preview-waiting")
    assert waiting is not None and waiting.isVisible() and waiting.text() == "Opening Reading…"
    before = top(preview, preview.rail)

    view = early.data_up(qtbot)
    assert shown(window) is view and view.pack_id == early.pack_id
    assert view.current_tab() == "reading" and view.rail.texts() == rail
    assert window.activity_preview is None
    # Gone from the stack; deleted on the event loop's next turn.
    assert all(window.stack.widget(i) is not early.preview for i in range(window.stack.count()))
    assert not shiboken6.isValid(early.preview) or not early.preview.isVisible()
    qtbot.waitUntil(lambda: view.size() == window.stack.size())  # laid out, as painted
    after = top(view, view.rail)
    assert after == before, "the top of the screen did not move or change"
    quit_app(window)


def test_a_step_and_the_queue_chosen_meanwhile_are_kept(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    window, preview, pack_id = early.window, early.preview, early.pack_id
    qtbot.keyClick(preview, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert preview.rail.buttons[0].isChecked()
    queue = next(b for b in preview.findChildren(QPushButton) if b.text() == "Add to &queue")
    qtbot.mouseClick(queue, Qt.MouseButton.LeftButton)
    assert queue.text() == "In your queue ✓"

    view = early.data_up(qtbot)
    assert view.current_tab() == "overview", "the step chosen in the preview"
    assert view.overview.queue_button.isChecked()
    assert view.overview.queue_button.text() == "In your queue ✓"
    assert window.ctx is not None and window.learner is not None
    assert places.get(window.ctx, window.learner.id, pack_id).queued, "saved, not lost"
    assert places.get(window.ctx, window.learner.id, pack_id).last_tab == "overview"
    quit_app(window)


def test_going_back_before_the_data_is_up_cancels_the_open(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    window = early.window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert shown(window) is window.library and window.activity_preview is None
    early.held.release.set()
    qtbot.waitUntil(lambda: window.library_loaded, timeout=15_000)
    qtbot.wait(50)
    assert window.activity_view is None and shown(window) is window.library
    quit_app(window)


def test_no_preview_once_something_else_wrote_to_the_data(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_id, _title, _rail = used_before(qtbot, paths)
    # Another program (or a crash mid-session) changed the data after the snapshot.
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE learner_activity SET last_tab = 'credit'")
    conn.close()
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    ask_to_open(qtbot, window, pack_id)
    assert shown(window) is window.library and window.activity_preview is None
    assert window.statusBar().currentMessage() == "Opening your library…"

    held.release.set()
    qtbot.waitUntil(lambda: window.activity_view is not None, timeout=15_000)
    assert window.activity_view.current_tab() == "credit", "as the data now says"
    quit_app(window)


def test_the_activity_left_open_shows_at_start_without_waiting_for_the_data(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_id, title, rail = used_before(qtbot, paths, leave_open=True)
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    preview = shown(window)
    assert isinstance(preview, ActivityPreview) and window.ctx is None
    assert preview.pack_id == pack_id and preview.rail.texts() == rail
    assert preview.rail.buttons[2].isChecked(), "at the Reading, where the learner left"
    assert any(title in label.text() for label in preview.findChildren(QLabel))
    before = top(preview, preview.rail)

    held.release.set()  # the folder is opened at once: no paint has to settle first
    qtbot.waitUntil(lambda: window.activity_view is not None, timeout=15_000)
    view = window.activity_view
    assert shown(window) is view and view.current_tab() == "reading"
    qtbot.waitUntil(lambda: view.size() == window.stack.size())
    assert top(view, view.rail) == before
    quit_app(window)


def test_going_back_from_the_activity_left_open_keeps_to_the_library(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    used_before(qtbot, paths, leave_open=True)
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    assert isinstance(shown(window), ActivityPreview)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert shown(window) is window.library

    held.release.set()
    qtbot.waitUntil(lambda: window.library_loaded, timeout=15_000)
    qtbot.wait(50)
    assert window.activity_view is None and shown(window) is window.library
    assert window.ctx is not None and window.learner is not None
    assert places.last_activity(window.ctx, window.learner.id) is None, "not reopened next time"
    quit_app(window)


def test_a_session_quit_before_its_data_is_up_still_leaves_a_sealed_snapshot(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_id, _title, rail = used_before(qtbot, paths, leave_open=True)
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    assert isinstance(shown(window), ActivityPreview)
    window.close()  # Ctrl+Q at once: nothing to save yet
    assert window.ctx is None and not window.snapshot_saved
    held.release.set()
    assert tasks.drain()  # as the app does after its event loop: the data arrives
    uiapp.close_data(window)

    snapshot = read_snapshot(paths.root)
    assert snapshot.sealed and snapshot.reopen == pack_id
    row = next(r for r in snapshot.rows if r.pack_id == pack_id)
    assert row.last_tab == "reading"
    window = start(qtbot, paths, monkeypatch)  # the next start shows it at once again
    preview = shown(window)
    assert isinstance(preview, ActivityPreview) and preview.rail.texts() == rail
    held.release.set()
    qtbot.waitUntil(lambda: window.activity_view is not None, timeout=15_000)
    quit_app(window)


def test_the_keyboard_stays_where_the_learner_put_it(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    preview = early.preview
    assert QApplication.focusWidget() is preview.back
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is preview.rail.buttons[1], "Pre-Test, on the rail"

    view = early.data_up(qtbot)
    assert QApplication.focusWidget() is view.rail.buttons[1]
    quit_app(early.window)


def test_ctrl_and_a_step_number_in_the_preview_lands_in_that_step(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    preview = early.preview
    qtbot.keyClick(preview, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    waiting = preview.findChildren(QLabel, "preview-waiting")
    assert [label.text() for label in waiting if label.isVisible()] == ["Opening Pre-Test…"]

    view = early.data_up(qtbot)
    assert view.current_tab() == "pretest"
    focused = QApplication.focusWidget()
    assert focused is not None and view.pretest.isAncestorOf(focused), "in the Pre-Test"
    quit_app(early.window)


def test_a_folder_found_read_only_ends_the_preview_on_the_library_saying_why(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    early = asked_early(qtbot, paths, monkeypatch)
    window = early.window
    # The disk became read-only since the last session (permission bits stop no one as
    # root, so the probe's answer is set, as in test_read_only_folder.py).
    monkeypatch.setattr(context_module, "is_writable", lambda _folder: False)
    early.held.release.set()
    qtbot.waitUntil(lambda: window.learner_attached, timeout=15_000)
    assert window.ctx is not None and window.ctx.read_only
    assert shown(window) is window.library and window.activity_preview is None
    assert window.activity_view is None
    assert window.statusBar().currentMessage() == (
        "Activities cannot be opened: your data folder is read-only."
    )
    window.close()
    window.ctx.close()


def test_a_snapshot_naming_a_folder_outside_the_packs_shows_no_preview(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack_id, _title, _rail = used_before(qtbot, paths)
    snapshot = paths.root / "library-snapshot.json"
    data = json.loads(snapshot.read_text("utf-8"))
    for row in data["rows"]:
        row[15] = "../../outside"  # the row's pack folder, edited by hand
    snapshot.write_text(json.dumps(data), "utf-8")
    seal(paths.root)  # and sealed again: only the folder's check stands in the way
    held = HeldOpen(monkeypatch)
    window = start(qtbot, paths, monkeypatch)
    ask_to_open(qtbot, window, pack_id)
    assert shown(window) is window.library and window.activity_preview is None

    held.release.set()  # the database's own folder name opens it as ever
    qtbot.waitUntil(lambda: window.activity_view is not None, timeout=15_000)
    assert window.activity_view.pack_id == pack_id
    quit_app(window)
