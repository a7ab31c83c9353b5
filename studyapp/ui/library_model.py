"""The library as a Qt table model: one row per installed activity, searched, filtered and
sorted in plain Python lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from studyapp.ui import theme
from studyapp.ui.i18n import date_text, translate

if TYPE_CHECKING:  # the model is built before the database layer is imported
    from studyapp.core.gating import Status
    from studyapp.services.library_rows import LibraryRow

COLUMNS = ("Title", "Provider", "Credits", "Time", "Progress", "Expires", "Status")


def column_names() -> tuple[str, ...]:
    return (
        translate("Library", "Title"),
        translate("Library", "Provider"),
        translate("Library", "Credits"),
        translate("Library", "Time"),
        translate("Library", "Progress"),
        translate("Library", "Expires"),
        translate("Library", "Status"),
    )


def status_name(value: str) -> str:
    """A status (core.gating.Status value) in the learner's language."""
    names = {
        "Not started": translate("Library", "Not started"),
        "In progress": translate("Library", "In progress"),
        "Passed": translate("Library", "Passed"),
        "Credit claimed": translate("Library", "Credit claimed"),
        "Expired": translate("Library", "Expired"),
    }
    return names.get(value, value)


TITLE, PROVIDER, CREDITS, TIME, PROGRESS, EXPIRES, STATUS = range(len(COLUMNS))
STAGES = 6
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
# The share of the six steps done, 0 to 1, for the progress bar drawn in its column.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return translate("Library", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return translate("Library", "{hours} h").format(hours=hours)
    return translate("Library", "{minutes} min").format(minutes=rest)


def days_words(days: int) -> str:
    """When something falls due: "today", "in 1 day", "in 12 days"."""
    if days == 0:
        return translate("Library", "today")
    if days == 1:
        return translate("Library", "in 1 day")
    return translate("Library", "in {days} days").format(days=days)


# One key per way of sorting, so sorting a long library computes only the key it sorts by.
SORT_KEYS: dict[str, Callable[[LibraryRow], Any]] = {
    "title": lambda r: r.title.lower(),
    "provider": lambda r: (r.provider.lower(), r.title.lower()),
    "credits": lambda r: r.credits,
    "time": lambda r: r.estimated_minutes,
    "progress": lambda r: r.stages_done,
    "expiry": lambda r: r.expiration_date,
    "status": lambda r: r.status.value,
    # Newest first when ascending: what a learner means by "recently opened".
    "last_opened": lambda r: -r.last_opened.timestamp() if r.last_opened else 0.0,
}
COLUMN_SORTS = ("title", "provider", "credits", "time", "progress", "expiry", "status")


class LibraryModel(QAbstractTableModel):
    """Sorts and filters itself, in plain Python lists: a sort-filter proxy called back into
    Python some 17,000 times to lay out a 1,000-activity library (bench/scale.py)."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[LibraryRow] = []
        self._rows: list[LibraryRow] = []  # what is shown: filtered and sorted
        self._texts: list[tuple[str, ...] | None] = []
        self._words: list[str] = []
        self._status: Status | None = None
        self._credit_type: str | None = None
        self._sort: tuple[str, bool] = ("title", False)
        self.today = dt.date.today()
        # Words every row uses, translated once: the table asks for thousands of cells.
        self._header = column_names()
        self._steps = translate("Library", "{done} of {total} steps")
        self._expires = translate("Library", "⚠ Expires {when}")
        self._statuses: dict[str, str] = {}

    def set_rows(self, rows: list[LibraryRow], today: dt.date | None = None) -> None:
        self._all = list(rows)  # update_rows changes it in place: not the caller's list
        self.today = today or dt.date.today()
        self._rebuild()

    def set_filters(self, text: str, status: Status | None, credit_type: str | None) -> None:
        """Words to find (all of them, in title, provider, topics or credit type), and the
        status and credit type to show (None: any)."""
        self._words = text.lower().split()
        self._status = status
        self._credit_type = credit_type
        self._rebuild()

    def credit_types(self) -> list[str]:
        return sorted({r.credit_type for r in self._all})

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_by(COLUMN_SORTS[column], order == Qt.SortOrder.DescendingOrder)

    def sort_by(self, key: str, descending: bool = False) -> None:
        self._sort = (key, descending)
        self._rebuild()

    def sorting(self) -> tuple[str, bool]:
        return self._sort

    def update_rows(self, rows: list[LibraryRow]) -> None:
        """Rows read again for a few packs (what a change touched). Each is replaced where
        it stands; the list is filtered and sorted again only when one enters, leaves or
        moves along it, which a long library pays for in tens of milliseconds."""
        fresh = {r.pack_id: r for r in rows}
        before: dict[int, LibraryRow] = {}
        for i, r in enumerate(self._all):
            if r.pack_id in fresh:
                before[r.pack_id] = r
                self._all[i] = fresh[r.pack_id]
        key = SORT_KEYS[self._sort[0]]
        if len(before) < len(fresh) or any(
            self._shows(old) != self._shows(fresh[pack_id]) or key(old) != key(fresh[pack_id])
            for pack_id, old in before.items()
        ):
            self._all.extend(r for r in rows if r.pack_id not in before)
            self._rebuild()
            return
        last = len(COLUMNS) - 1
        for i, r in enumerate(self._rows):
            if r.pack_id in fresh:
                self._rows[i] = fresh[r.pack_id]
                self._texts[i] = None
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _shows(self, r: LibraryRow) -> bool:
        """Whether the filters let the row through."""
        return (
            (self._status is None or r.status == self._status)
            and (self._credit_type is None or r.credit_type == self._credit_type)
            and (not self._words or r.matches(self._words))
        )

    def _rebuild(self) -> None:
        key, descending = self._sort
        shown = [r for r in self._all if self._shows(r)]
        shown.sort(key=SORT_KEYS[key], reverse=descending)
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

    def all_rows(self) -> list[LibraryRow]:
        """Every row, whatever the filters show."""
        return list(self._all)

    def row_by_pack(self, pack_id: int) -> LibraryRow | None:
        return next((r for r in self._all if r.pack_id == pack_id), None)

    def row_of(self, pack_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.pack_id == pack_id), None)

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header[section]
        return None

    @staticmethod
    def locale_number(value: object) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().toString(float(value), "f", 2)  # type: ignore[arg-type]

    def days_left(self, row: LibraryRow) -> int:
        return (row.expiration_date - self.today).days

    def expires_soon(self, row: LibraryRow) -> bool:
        from studyapp.core.gating import expires_soon

        return expires_soon(row.expiration_date, row.status, self.today)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called some ten times per visible cell per paint, mostly for roles we leave to
        # the style: answer those first, before touching the index.
        if role == DISPLAY:
            return self._text(index.row(), index.column())
        if role == ALIGNMENT:
            return RIGHT if index.column() in (CREDITS, TIME) else None
        if role == PROGRESS_ROLE and index.column() == PROGRESS:
            return self._rows[index.row()].stages_done / STAGES
        if role == FOREGROUND and index.column() == EXPIRES:
            row = self._rows[index.row()]
            return QColor(theme.warning_colour()) if self.expires_soon(row) else None
        if role == TOOLTIP:
            return self._tooltip(self._rows[index.row()], index.column())
        return None

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:
        """All the roles a cell's painting asks for, in one call into Python. Qt's item
        delegate asks for seven at once; answered one by one, each was a call that had to
        wait for the interpreter's lock while a worker ran Python, which at start-up (the
        worker importing SQLAlchemy) held a 10,000-row list's frames to 100-270 ms."""
        for wanted in roleDataSpan:
            # Every role is set, None too: the span's entries can hold the last cell's.
            wanted.setData(self.data(index, wanted.role()))

    def _tooltip(self, row: LibraryRow, column: int) -> str | None:
        if column == TITLE:
            lines = [
                row.title,
                translate("Library", "Version {version}").format(version=row.version),
            ]
            if row.topics:
                lines.append(
                    translate("Library", "Topics: {topics}").format(topics=", ".join(row.topics))
                )
            if row.is_sample:
                lines.append(translate("Library", "Sample activity: not valid for credit"))
            return "\n".join(lines)
        if column == PROVIDER:
            return row.provider
        if column == EXPIRES:
            return translate("Library", "Credit can be claimed until {date}.").format(
                date=date_text(row.expiration_date)
            )
        if column == PROGRESS:
            return translate(
                "Library", "{done} of the {total} steps done, Overview to Credit."
            ).format(done=row.stages_done, total=STAGES)
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        if column == TITLE:
            marks = []
            if row.queued:
                marks.append(translate("Library", "queued"))
            if row.is_sample:
                marks.append(translate("Library", "sample"))
            return row.title + (f"  ({', '.join(marks)})" if marks else "")
        if column == PROVIDER:
            return row.provider
        if column == CREDITS:
            return self.locale_number(row.credits)
        if column == TIME:
            return format_minutes(row.estimated_minutes)
        if column == PROGRESS:
            return self._steps.format(done=row.stages_done, total=STAGES)
        if column == EXPIRES:
            assert isinstance(row.expiration_date, dt.date)
            if self.expires_soon(row):
                return self._expires.format(when=days_words(self.days_left(row)))
            return date_text(row.expiration_date)
        value = row.status.value
        if value not in self._statuses:
            self._statuses[value] = status_name(value)
        return self._statuses[value]
