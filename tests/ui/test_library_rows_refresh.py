"""What a change touches is read again, not the whole library: the row of the activity a
learner leaves or works in shows its new state, stays where filters and sorting put it,
and a whole read that began before the change cannot put the old state back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.core.gating import Status
from studyapp.paths import DataPaths
from studyapp.services import library
from studyapp.ui import tasks
from studyapp.ui.main_window import MainWindow
from tests.ui.helpers import (
    answer_test,
    click,
    close_window,
    fill_profile,
    open_window,
    save_profile,
)
from tests.ui.test_library_search import ROWS, titles
from tests.ui.test_library_search import library as library_view


def test_a_row_read_again_enters_leaves_and_moves_as_filters_and_sorting_say(
    qtbot: QtBot,
) -> None:
    view = library_view(qtbot)
    view.status_filter.setCurrentText("In progress")
    assert titles(view) == ["Lupus update"]
    view.select_pack(3)
    started = dataclasses.replace(ROWS[1], status=Status.IN_PROGRESS, stages_done=2)
    view.update_rows([started])
    assert titles(view) == ["Lupus update", "Opioid prescribing"]
    assert view.count.text() == "2 of 4 activities"
    assert view.selected_pack() == 3  # the learner's place is kept
    done = dataclasses.replace(ROWS[2], status=Status.PASSED)
    view.update_rows([done])
    assert titles(view) == ["Opioid prescribing"]

    view.status_filter.setCurrentIndex(0)
    view.model.sort_by("last_opened")
    assert titles(view)[0] == "Lupus update"
    opened = dataclasses.replace(ROWS[3], last_opened=dt.datetime(2027, 2, 28, tzinfo=dt.UTC))
    view.update_rows([opened])
    assert titles(view)[0] == "Asthma in children"

    # A change that moves nothing is drawn where the row stands.
    view.model.sort_by("title")
    view.select_pack(1)
    further = dataclasses.replace(ROWS[0], stages_done=5)
    view.update_rows([further])
    row = titles(view).index("Gout in primary care")
    assert "5 of 6 steps" in view.row_texts()[row]
    assert view.selected_pack() == 1


def window_with_learner(qtbot: QtBot, paths: DataPaths) -> MainWindow:
    """The app on the bundled samples, with a learner's first profile saved."""
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    qtbot.waitUntil(lambda: window.learner is not None)
    return window


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The packs each library read asked for (None: all of them)."""
    asked: list[object] = []
    real = library.rows

    def rows(ctx, learner_id, among=None):
        asked.append(None if among is None else tuple(among))
        return real(ctx, learner_id, among)

    monkeypatch.setattr(library, "rows", rows)
    return asked


def test_leaving_an_activity_reads_its_row_again_not_the_library(
    qtbot: QtBot, paths: DataPaths, reads: list[object]
) -> None:
    window = window_with_learner(qtbot, paths)
    texts = window.library.row_texts()
    row = 0
    title = texts[row][0]
    assert texts[row][-1] == "Not started"
    table = window.library.table
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.activity_view
    assert view is not None
    view.tabs.setCurrentIndex(1)
    answer_test(qtbot, view.pretest, right=2)
    reads.clear()
    click(qtbot, view.pretest.submit_button)
    click(qtbot, _back(view))

    def shows_progress() -> bool:
        shown = next(r for r in window.library.row_texts() if r[0] == title)
        return shown[-1] == "In progress" and "2 of 6 steps" in shown

    qtbot.waitUntil(shows_progress)
    qtbot.wait(50)  # any read still out
    assert reads and all(r == (view.pack_id,) for r in reads), reads
    assert len(window.library.row_texts()) == len(texts)  # every other row still there
    close_window(window)


def _back(view):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in view.findChildren(QPushButton) if "Library" in b.text())


def test_a_whole_read_from_before_a_change_does_not_put_the_old_row_back(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with_learner(qtbot, paths)
    held: list[tuple[object, Callable[[object], None]]] = []

    def hold(fn, args=(), on_success=None, on_failure=None):
        # The read runs now, as a worker would; its rows arrive when the test says.
        held.append((fn(*args), on_success))

    monkeypatch.setattr(tasks, "run_in_background", hold)
    pack_id = window.library.pack_id_at(0)
    model = window.library.model

    def shown() -> list[str]:
        return window.library.row_texts()[model.row_of(pack_id)]

    before = shown()
    window.refresh_library()  # a whole read, made before the change below
    assert len(held) == 1
    from studyapp.services import places

    places.set_queued(window.ctx, window.learner.id, pack_id, True)  # the row is read again
    qtbot.waitUntil(lambda: len(held) == 2)
    rows, deliver = held[1]
    deliver(rows)
    queued = shown()
    assert queued != before and model.row_by_pack(pack_id).queued
    rows, deliver = held[0]
    deliver(rows)  # the older whole read arrives last
    assert shown() == queued
    assert model.row_by_pack(pack_id).queued
    close_window(window)


def test_quitting_keeps_the_rows_shown_without_reading_the_library_again(
    qtbot: QtBot, paths: DataPaths, reads: list[object]
) -> None:
    from studyapp.services import places
    from studyapp.services.library_rows import load_snapshot

    window = window_with_learner(qtbot, paths)
    pack_id = window.library.pack_id_at(1)
    places.set_queued(window.ctx, window.learner.id, pack_id, True)
    qtbot.waitUntil(lambda: window.library_settled)
    assert window.library.model.row_by_pack(pack_id).queued
    reads.clear()
    close_window(window)
    assert reads == []  # the snapshot came from the rows on screen
    kept = {r.pack_id: r for r in load_snapshot(paths.root)}
    assert kept[pack_id].queued
    assert len(kept) == 2
