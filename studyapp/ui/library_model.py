"""The library as a Qt table model: one row per installed activity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.dates import format_date

if TYPE_CHECKING:  # the model is built before the database layer is imported
    from studyapp.services.library_rows import LibraryRow

COLUMNS = ("Title", "Credits", "Time", "Expires", "Status")
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


# One key per column, so sorting a long library computes only the key it sorts by.
SORT_KEYS: tuple[Callable[[LibraryRow], Any], ...] = (
    lambda r: r.title.lower(),
    lambda r: r.credits,
    lambda r: r.estimated_minutes,
    lambda r: r.expiration_date,
    lambda r: r.status.value,
)


class LibraryModel(QAbstractTableModel):
    """Sorts and filters itself, in plain Python lists: a sort-filter proxy called back into
    Python some 17,000 times to lay out a 1,000-activity library (bench/scale.py)."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[LibraryRow] = []
        self._rows: list[LibraryRow] = []  # what is shown: filtered and sorted
        self._texts: list[tuple[str, ...] | None] = []
        self._filter = ""
        self._sort: tuple[int, bool] = (0, False)

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self._all = rows
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._rebuild()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._rebuild()

    def _rebuild(self) -> None:
        column, descending = self._sort
        shown = [r for r in self._all if self._filter in r.title.lower()]
        shown.sort(key=SORT_KEYS[column], reverse=descending)
        self.beginResetModel()
        self._rows = shown
        # Each row is formatted the first time the view asks for it, then kept: the view
        # asks for every visible cell many times, and never for most rows of a long library.
        self._texts = [None] * len(shown)
        self.endResetModel()

    def _text(self, row: int, column: int) -> str:
        texts = self._texts[row]
        if texts is None:
            texts = tuple(self._display(self._rows[row], c) for c in range(len(COLUMNS)))
            self._texts[row] = texts
        return texts[column]

    def row_at(self, row: int) -> LibraryRow:
        return self._rows[row]

    def row_of(self, pack_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.pack_id == pack_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called some ten times per visible cell per paint, mostly for roles we leave to
        # the style: answer those first, before touching the index.
        if role == DISPLAY:
            return self._text(index.row(), index.column())
        if role == ALIGNMENT:
            return RIGHT if index.column() in (1, 2) else None
        if role == TOOLTIP and index.column() == 0:
            row = self._rows[index.row()]
            return f"{row.title}\nVersion {row.version}" + (
                "\nSample activity: not valid for credit" if row.is_sample else ""
            )
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        if column == 0:
            marks = []
            if row.queued:
                marks.append("queued")
            if row.is_sample:
                marks.append("sample")
            return row.title + (f"  ({', '.join(marks)})" if marks else "")
        if column == 1:
            return f"{row.credits:.2f}"
        if column == 2:
            return format_minutes(row.estimated_minutes)
        if column == 3:
            assert isinstance(row.expiration_date, dt.date)
            return format_date(row.expiration_date)
        return row.status.value
