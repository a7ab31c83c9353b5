"""The order of a start with a library snapshot: the last library is painted first, and only
then is the data folder opened on a worker (its Python would hold up the painting); a
learner who asks for an activity before then has the folder opened at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.ui import app as uiapp
from studyapp.ui import startup_marks
from studyapp.ui.library_view import LibraryView
from studyapp.ui.main_window import MainWindow
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def used_before(qtbot: QtBot, paths: DataPaths) -> None:
    """A folder with a learner, closed once: it has a snapshot of its library."""
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    close_window(window)
    assert (Path(paths.root) / "library-snapshot.json").is_file()


def start(qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch):
    """The real start, noting what was on screen when the folder began to open."""
    paints = Paints()
    build = LibraryView._build_table

    def build_and_watch(view: LibraryView) -> None:
        build(view)
        assert view.table is not None
        view.table.viewport().installEventFilter(paints)

    monkeypatch.setattr(LibraryView, "_build_table", build_and_watch)
    set_rows = LibraryView.set_rows

    def set_rows_and_note(view: LibraryView, rows: list, today=None) -> None:
        set_rows(view, rows, today)
        if today is not None:  # the database's rows, not the snapshot's
            database_rows_at.append(paints.count)

    monkeypatch.setattr(LibraryView, "set_rows", set_rows_and_note)
    opened_with: list[tuple[int, int]] = []
    database_rows_at: list[int] = []  # the paints before the database's rows were shown
    checked_at: list[int] = []  # the paints before the start's check and backup began
    real = uiapp.run_in_background

    def noting(fn, *args, **kwargs):
        if fn is uiapp.open_library:
            rows = window.library.model.rowCount() if window.library.model else 0
            opened_with.append((rows, paints.count))
        if getattr(fn, "__name__", "") == "check_then_back_up":
            checked_at.append(paints.count)
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(uiapp, "run_in_background", noting)
    window = MainWindow(paths.logs / "studyapp.log")
    qtbot.addWidget(window)
    window.show()
    uiapp.start(window, paths)
    return window, opened_with, (database_rows_at, checked_at)


def test_the_folder_opens_once_the_last_library_is_painted(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    used_before(qtbot, paths)
    window, opened_with, _order = start(qtbot, paths, monkeypatch)
    qtbot.waitUntil(lambda: window.library_loaded, timeout=15_000)
    assert len(opened_with) == 1, "the folder is opened once"
    rows, paints = opened_with[0]
    assert rows == len(window.library.row_texts()) > 0, "the snapshot's rows were shown"
    assert paints >= 1, "and painted, before the folder began to open"
    close_window(window)


def test_alt_o_before_then_opens_the_folder_and_the_activity_at_once(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    used_before(qtbot, paths)
    waiting: list = []
    # The paint never settles here: only the learner's request can open the folder.
    monkeypatch.setattr(startup_marks, "after_painted", lambda _w, then, **_k: waiting.append(then))
    window, opened_with, _order = start(qtbot, paths, monkeypatch)
    qtbot.waitUntil(lambda: len(window.library.row_texts()) > 0, timeout=15_000)
    assert waiting and opened_with == [] and window.ctx is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    chosen = window.library.selected_pack()
    assert chosen is not None
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: window.activity_view is not None and window.activity_view.isVisible(),
        timeout=15_000,
    )
    view = window.activity_view
    assert view.pack_id == chosen
    assert any(view.activity.title in label.text() for label in view.findChildren(QLabel))
    assert len(opened_with) == 1
    waiting[0]()  # the paint settling later opens nothing twice
    assert len(opened_with) == 1
    close_window(window)


def test_the_checks_begin_once_the_databases_rows_are_painted(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The integrity check and backup, and the bundled packs' check, run on workers whose
    Python would hold up the painting of the rows just read."""
    used_before(qtbot, paths)
    window, _opened, (database_rows_at, checked_at) = start(qtbot, paths, monkeypatch)
    qtbot.waitUntil(lambda: len(checked_at) == 1, timeout=15_000)
    assert len(database_rows_at) == 1
    assert checked_at[0] > database_rows_at[0], "the rows were painted before the check began"
    close_window(window)
