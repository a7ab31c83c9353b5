"""The library as a Qt table model: one row per installed activity."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from studyapp.core.dates import format_date

if TYPE_CHECKING:  # the model is built before the database layer is imported
    from studyapp.services.library_rows import LibraryRow

COLUMNS = ("Title", "Credits", "Time", "Expires", "Status")
Index = QModelIndex | QPersistentModelIndex


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


class LibraryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LibraryRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        # Formatted once here: the view asks for each cell many times while it lays out.
        self._texts = [tuple(self._display(r, c) for c in range(len(COLUMNS))) for r in rows]
        self._keys = [self._sort_keys(r) for r in rows]
        self.endResetModel()

    def sort_rows(self, rows: list[LibraryRow], column: int, descending: bool) -> list[LibraryRow]:
        return sorted(rows, key=lambda r: self._sort_keys(r)[column], reverse=descending)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.title}\nVersion {row.version}" + (
                "\nSample activity: not valid for credit" if row.is_sample else ""
            )
        if role == Qt.ItemDataRole.UserRole:
            return self._keys[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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

    @staticmethod
    def _sort_keys(row: LibraryRow) -> tuple:
        return (
            row.title.lower(),
            float(row.credits),
            row.estimated_minutes,
            str(row.expiration_date),
            row.status.value,
        )
