"""The CME history's columns are wide enough for every row, not only the first ones: a
long history is fitted from its distinct texts, and Qt's own measure of every cell agrees."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

from studyapp.services.transcript import Transcript, TranscriptRow
from studyapp.ui.history_view import HistoryView


def record(
    n: int, when: dt.datetime, credit_type: str = "AMA PRA Category 1 Credit™"
) -> TranscriptRow:
    return TranscriptRow(
        record_id=f"urn:uuid:{n}",
        completed_at=when,
        title=f"Activity {n}",
        provider="Provider",
        credits=Decimal("1.25"),
        credit_type=credit_type,
        certificate_kind="physician",
        is_sample=False,
    )


def test_every_cell_of_a_long_history_fits_its_column(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    start = dt.datetime(2027, 5, 1, 12, tzinfo=dt.UTC)
    rows = [record(n, start - dt.timedelta(days=n % 20)) for n in range(400)]
    # Far down the list, past anything fitted from the first rows: the longest month's
    # name, and a credit type longer than the others.
    rows.append(record(400, dt.datetime(2026, 9, 28, 12, tzinfo=dt.UTC)))
    rows.append(record(401, start, "ANCC Contact Hours in Pharmacotherapeutics, Nursing"))
    totals = {"AMA PRA Category 1 Credit™": Decimal("500.00")}
    view.show_transcript(Transcript(rows, totals, {}), None)

    table = view.table
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(-1)  # Qt measures every row, independently of ours
    metrics = table.fontMetrics()
    texts = view.table_texts()
    assert "September 28, 2026" in {r[0] for r in texts}
    for column in (0, 2, 3, 4):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
        widest = max(texts, key=lambda r: metrics.horizontalAdvance(r[column]))[column]
        assert metrics.horizontalAdvance(widest) < header.sectionSize(column), widest
