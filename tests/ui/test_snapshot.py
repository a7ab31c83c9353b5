"""The library shows at once from the last session's snapshot, then from the database."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from studyapp.core.activity import TestKind
from studyapp.core.gating import Progress
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners, protection
from studyapp.services.context import open_context
from studyapp.services.library_rows import load_snapshot, read_snapshot
from studyapp.ui.main_window import MainWindow
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


def started(qtbot: QtBot, paths: DataPaths) -> int:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Ana Silva", "NP", "Primary care", "ana@example.org")
    save_profile(qtbot, window.profile_dialog)
    pack_id = window.library.pack_id_at(0)
    attempts.start(window.ctx, window.learner.id, pack_id, TestKind.PRE)
    window.show_library()
    close_window(window)
    return pack_id


def test_library_is_browsable_before_the_database_opens(qtbot: QtBot, paths: DataPaths) -> None:
    pack_id = started(qtbot, paths)
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    window.show_snapshot(paths.root)
    assert window.ctx is None
    rows = window.library.row_texts()
    assert len(rows) == 2 and "In progress" in [r[-1] for r in rows]
    window.open_activity(pack_id)  # chosen before the data is up: opens when it is
    assert window.activity_view is None
    window.attach(open_context(paths))
    qtbot.waitUntil(lambda: window.activity_view is not None)
    assert window.activity_view.pack_id == pack_id
    close_window(window)


def test_snapshot_never_shows_a_protected_profiles_progress(qtbot: QtBot, paths: DataPaths) -> None:
    started(qtbot, paths)
    ctx = open_context(paths)
    ana = learners.last_used(ctx)
    protection.set_passphrase(ctx, ana.id, "tea and toast", "tea and toast")
    ctx.close()
    window = open_window(qtbot, paths)
    window.unlock_dialog.passphrase.setText("tea and toast")
    window.unlock_dialog._unlock()
    assert window.learner is not None
    window.open_activity(window.library.pack_id_at(0))  # left open at quit
    close_window(window)
    assert {row.status.value for row in load_snapshot(paths.root)} == {"Not started"}
    snapshot = read_snapshot(paths.root)
    assert all(row.progress == Progress() and row.last_tab is None for row in snapshot.rows)
    assert snapshot.learner_id is None, "so no activity is shown from it at start"
    assert snapshot.reopen is None, "nor the activity left open"


def test_the_library_is_read_off_the_ui_thread_and_input_goes_on(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the data folder is attached, the library's query (which grows with the
    library) runs on a worker: the window takes typing on the snapshot meanwhile, and the
    rows from the database replace it when they come."""
    import threading

    from PySide6.QtCore import Qt

    from studyapp.services import library

    started(qtbot, paths)
    release = threading.Event()
    real_rows = library.rows

    def slow_rows(*args):
        release.wait(20)
        return real_rows(*args)

    monkeypatch.setattr(library, "rows", slow_rows)
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    window.show_snapshot(paths.root)
    window.attach(open_context(paths))
    assert not window.library_loaded  # attach came back without waiting for the query
    window.library.search.setFocus()
    qtbot.keyClicks(window.library.search, "Journal")
    assert [r[0][:12] for r in window.library.row_texts()] == ["Journal Club"]
    qtbot.keyClick(window.library.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.library.search, Qt.Key.Key_Delete)
    release.set()
    qtbot.waitUntil(lambda: window.library_loaded, timeout=10_000)
    assert len(window.library.row_texts()) == 2
    close_window(window)


def test_the_snapshot_is_read_off_the_ui_thread_and_never_over_fresher_rows(
    qtbot: QtBot, paths: DataPaths
) -> None:
    started(qtbot, paths)
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    window.show_snapshot(paths.root, background=True)
    qtbot.waitUntil(lambda: len(window.library.row_texts()) == 2)
    assert window.ctx is None  # browsable before the data is open
    window.close()  # no data folder was opened: nothing to close but the window

    # A snapshot that arrives after the database's rows is dropped.
    later = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(later)
    later.show()
    later.attach(open_context(paths))
    qtbot.waitUntil(lambda: later.library_loaded)
    fresh = later.library.row_texts()
    later.show_snapshot(paths.root, background=True)
    qtbot.wait(100)
    assert later.library.row_texts() == fresh
    close_window(later)


def test_alt_o_before_there_is_a_list_opens_the_first_activity_when_it_comes(
    qtbot: QtBot, paths: DataPaths
) -> None:
    """The learner presses Alt+O the moment the window appears, before any library is on
    screen (no snapshot yet, database not open): the key is kept, and the activity opens
    as soon as the list is there."""
    from PySide6.QtCore import Qt

    started(qtbot, paths)
    (paths.root / "library-snapshot.json").unlink()
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.library.table is None  # nothing to open from yet
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert window.activity_view is None
    window.attach(open_context(paths))
    qtbot.waitUntil(lambda: window.activity_view is not None)
    first = window.library.pack_id_at(0)
    assert window.activity_view.pack_id == first
    assert window.stack.currentWidget() is window.activity_view
    close_window(window)


def test_the_window_opens_where_it_was_left_and_stays_there_when_the_data_opens(
    qtbot: QtBot, paths: DataPaths
) -> None:
    from studyapp.ui import window_state

    started(qtbot, paths)
    window = open_window(qtbot, paths)
    window.setGeometry(40, 60, 700, 480)  # inside the offscreen screen (800 x 600)
    qtbot.waitUntil(lambda: window.geometry().width() == 700)
    left = window.geometry()
    close_window(window)  # the place is kept as the window closes

    # As the program starts: placed before it shows, the database not yet open.
    again = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(again)
    again.placed_early = window_state.place_early(again, paths.root)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry() == left
    again.attach(open_context(paths))
    qtbot.waitUntil(lambda: again.library_loaded)
    qtbot.wait(50)
    assert again.geometry() == left  # not moved once the data arrived
    close_window(again)
