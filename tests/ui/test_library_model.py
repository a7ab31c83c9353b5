"""The library model sorts and filters itself, as the header and the filter box ask."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from studyapp.core.gating import Status
from studyapp.services.library_rows import LibraryRow
from studyapp.ui.library_model import LibraryModel


def row(
    pack_id: int,
    title: str,
    credits: str,
    status: Status,
    provider: str = "Provider",
    topics: tuple[str, ...] = (),
    expires: dt.date = dt.date(2029, 1, 1),
    credit_type: str = "AMA",
    opened: dt.datetime | None = None,
    stages: int = 0,
) -> LibraryRow:
    return LibraryRow(
        pack_id,
        f"a{pack_id}",
        "1",
        title,
        Decimal(credits),
        credit_type,
        30,
        expires,
        status,
        False,
        False,
        provider,
        topics,
        stages,
        opened,
    )


ROWS = [
    row(1, "Gout", "1.00", Status.PASSED),
    row(2, "asthma", "0.25", Status.NOT_STARTED),
    row(3, "Lupus update", "0.50", Status.IN_PROGRESS),
]


def titles(model: LibraryModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_sorted_by_title_ignoring_case_and_by_any_column(qapp) -> None:
    model = LibraryModel()
    model.set_rows(ROWS)
    assert titles(model) == ["asthma", "Gout", "Lupus update"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 2).data() for r in range(3)] == ["1.00", "0.50", "0.25"]
    model.set_rows(list(reversed(ROWS)))  # a refresh keeps the chosen order
    assert [model.index(r, 2).data() for r in range(3)] == ["1.00", "0.50", "0.25"]


def test_filter_keeps_matching_titles_and_row_lookup_follows(qapp) -> None:
    model = LibraryModel()
    model.set_rows(ROWS)
    model.set_filters("  LUP ", None, None)
    assert titles(model) == ["Lupus update"]
    assert model.row_at(0).pack_id == 3 and model.row_of(1) is None
    model.set_filters("", None, None)
    assert model.rowCount() == 3


def test_every_column_shows_its_widest_text_whole(qtbot) -> None:
    """Columns are sized from the widest text they can hold, not measured from rows."""
    from studyapp.ui.library_view import LibraryView

    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    widest = [
        LibraryRow(
            n,
            f"w{n}",
            "1",
            f"Widest {status.name}",
            Decimal("99.75"),
            "AMA",
            23 * 60 + 59,
            dt.date(2029, 9, 30),
            status,
            False,
            False,
            "Provider",
            (),
            6,
        )
        for n, status in enumerate(Status)
    ]
    view.set_rows(widest)
    table = view.table
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for r in range(view.model.rowCount()):
        for c in range(2, 7):
            text = view.model.index(r, c).data()
            assert metrics.horizontalAdvance(text) < header.sectionSize(c), (text, c)
    assert {view.model.index(r, 6).data() for r in range(len(widest))} == {s.value for s in Status}
