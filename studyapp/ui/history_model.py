"""The CME history's table as a model: a row per completion record, its words made when
the view asks for them (the rows on screen), not for all of a long history at every
reload. A thousand records were five thousand table items, refilled at each change of
dates (100 ms at ten times the large folder; bench/scale.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studyapp.core.credit import CertificateKind
from studyapp.services.transcript import TranscriptRow
from studyapp.ui.i18n import credits_text, date_text, translate
from studyapp.ui.reasons import certificate_kind_name

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "Completed"),
    QT_TRANSLATE_NOOP("HistoryView", "Activity"),
    QT_TRANSLATE_NOOP("HistoryView", "Credits"),
    QT_TRANSLATE_NOOP("HistoryView", "Credit type"),
    QT_TRANSLATE_NOOP("HistoryView", "Certificate"),
)
TITLE = 1  # the column that takes the room the others leave
CREDITS = 2
Index = QModelIndex | QPersistentModelIndex


def cell_text(row: TranscriptRow, column: int) -> str:
    if column == 0:
        return date_text(row.completed_at.astimezone().date())
    if column == TITLE:
        return row.title
    if column == CREDITS:
        return credits_text(row.credits)
    if column == 3:
        return row.credit_type
    return certificate_kind_name(CertificateKind(row.certificate_kind), row.is_sample)


def fitting_texts(rows: list[TranscriptRow], column: int) -> set[str]:
    """Texts as wide as the widest the column shows for these rows: each distinct text, or
    for dates the last days of every month of the years present (a month's name sets a
    date's width), so a column never has to look at every row to fit."""
    if column != 0:
        return {cell_text(row, column) for row in rows}
    years = {row.completed_at.astimezone().year for row in rows}
    return {date_text(dt.date(year, month, 28)) for year in years for month in range(1, 13)}


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TranscriptRow] = []

    def set_rows(self, rows: list[TranscriptRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CREDITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("HistoryView", COLUMNS[section])
        return None
