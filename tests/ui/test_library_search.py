"""The library as a learner uses it: type to search by title, topic or provider, narrow by
status and credit type, sort by title, expiry or last opened, see how far each activity
is and which expire soon, and move with the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from studyapp.core.gating import Status
from studyapp.paths import DataPaths
from studyapp.ui.library_model import PROGRESS_ROLE
from studyapp.ui.library_view import LibraryView
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile
from tests.ui.test_library_model import row

TODAY = dt.date(2027, 3, 1)
ROWS = [
    row(1, "Gout in primary care", "1.00", Status.PASSED, "Arthritis Society", ("Gout",),
        expires=dt.date(2027, 3, 20), opened=dt.datetime(2027, 2, 1, tzinfo=dt.UTC), stages=4),
    row(2, "Opioid prescribing", "2.00", Status.NOT_STARTED, "State Pain Board",
        ("Pain management", "Controlled substances"), expires=dt.date(2028, 1, 1),
        credit_type="AAFP Prescribed"),
    row(3, "Lupus update", "0.50", Status.IN_PROGRESS, "Arthritis Society", ("SLE",),
        expires=dt.date(2027, 3, 1), opened=dt.datetime(2027, 2, 20, tzinfo=dt.UTC), stages=2),
    row(4, "Asthma in children", "0.25", Status.CREDIT_CLAIMED, "Paediatrics Online",
        expires=dt.date(2027, 3, 10), stages=6),
]  # fmt: skip


def library(qtbot: QtBot) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    view.set_rows(ROWS, TODAY)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def titles(view: LibraryView) -> list[str]:
    return [r[0] for r in view.row_texts()]


def test_typing_searches_titles_topics_and_providers(qtbot: QtBot) -> None:
    view = library(qtbot)
    qtbot.keyClicks(view.search, "pain")
    assert titles(view) == ["Opioid prescribing"]  # by its topic "Pain management"
    view.search.clear()
    qtbot.keyClicks(view.search, "arthritis society")
    assert titles(view) == ["Gout in primary care", "Lupus update"]
    assert view.count.text() == "2 of 4 activities"
    view.search.clear()
    qtbot.keyClicks(view.search, "nothing like this")
    assert not view.table.isVisible()
    assert view.placeholder.text() == (
        "No activity matches. Clear the search or choose “All” in the filters."
    )
    view.search.clear()
    assert view.count.text() == "4 activities" and view.table.isVisible()


def test_status_and_credit_type_filters_narrow_the_list(qtbot: QtBot) -> None:
    view = library(qtbot)
    statuses = [view.status_filter.itemText(i) for i in range(view.status_filter.count())]
    assert statuses == ["All statuses", *(s.value for s in Status)]
    view.status_filter.setCurrentText("In progress")
    assert titles(view) == ["Lupus update"]
    view.status_filter.setCurrentIndex(0)
    assert view.credit_filter.isVisibleTo(view)  # two credit types: the filter is offered
    view.credit_filter.setCurrentText("AAFP Prescribed")
    assert titles(view) == ["Opioid prescribing"]
    view.set_rows(ROWS, TODAY)  # a refresh keeps the learner's filters
    assert titles(view) == ["Opioid prescribing"]


def test_sorting_by_title_expiry_and_last_opened(qtbot: QtBot) -> None:
    view = library(qtbot)
    assert titles(view) == [
        "Asthma in children",
        "Gout in primary care",
        "Lupus update",
        "Opioid prescribing",
    ]
    view.sort_choice.setCurrentText("Sort by expiry")
    assert titles(view)[0] == "Lupus update"  # expires today
    view.sort_choice.setCurrentText("Sort by last opened")
    assert titles(view)[:2] == ["Lupus update", "Gout in primary care"]  # newest first
    # The column headers sort too, and the choice above follows them.
    view.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    assert [r[2] for r in view.row_texts()] == ["2.00", "1.00", "0.50", "0.25"]
    assert view.sort_choice.currentText() == ""
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert view.sort_choice.currentText() == "Sort by title"


def test_progress_and_soon_expiring_activities_are_said_in_words(qtbot: QtBot) -> None:
    view = library(qtbot)
    shown = {r[0]: r for r in view.row_texts()}
    assert shown["Gout in primary care"][4] == "4 of 6 steps"
    assert shown["Gout in primary care"][5] == "⚠ Expires in 19 days"
    assert shown["Lupus update"][5] == "⚠ Expires today"
    assert shown["Opioid prescribing"][5] == "January 1, 2028"
    # Credit already claimed: nothing to warn about.
    assert shown["Asthma in children"][5] == "March 10, 2027"
    model = view.model
    gout = model.row_of(1)
    assert model.index(gout, 4).data(PROGRESS_ROLE) == 4 / 6
    assert model.index(gout, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(model.row_of(2), 5).data(Qt.ItemDataRole.ForegroundRole) is None


def test_keyboard_moves_from_search_to_list_and_opens(qtbot: QtBot) -> None:
    view = library(qtbot)
    opened: list[int] = []
    view.open_requested.connect(opened.append)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "lupus")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [3]


def test_the_real_library_finds_a_bundled_activity_by_topic(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    qtbot.keyClicks(window.library.search, "interstitial lung")
    assert [r[0] for r in window.library.row_texts()] == [
        "Journal Club: Tocilizumab in Refractory Systemic Sclerosis  (sample)"
    ]
    close_window(window)


def test_the_list_paints_the_same_through_one_call_per_cell(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model answers all of a cell's roles in one call (multiData), for painting while a
    worker runs Python; what is painted is exactly what asking role by role paints."""
    from PySide6.QtCore import QAbstractTableModel

    from studyapp.ui import library_model

    def painted() -> QImage:
        view = library(qtbot)
        view.select_pack(3)
        return view.table.viewport().grab().toImage()

    one_call = painted()

    class RoleByRole(library_model.LibraryModel):
        multiData = QAbstractTableModel.multiData  # Qt's own: data() once per role

    monkeypatch.setattr(library_model, "LibraryModel", RoleByRole)
    role_by_role = painted()
    assert one_call == role_by_role
    assert not one_call.isNull() and one_call.width() > 100
