"""The library screen: every installed activity with the learner's status."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.i18n import translate
from studyapp.ui.instant_button import InstantButton
from studyapp.ui.startup_marks import after_painted

if TYPE_CHECKING:  # shown before the database layer is imported
    from collections.abc import Callable

    from PySide6.QtWidgets import QTableView

    from studyapp.services.library_rows import LibraryRow
    from studyapp.ui.library_model import LibraryModel


class LibraryView(QWidget):
    """The table is built when the first rows arrive, so the window's first paint stays cheap."""

    open_requested = Signal(int)
    import_requested = Signal()
    queue_requested = Signal(int, bool)  # pack id, whether it should be in the queue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: LibraryModel | None = None
        self.table: QTableView | None = None
        self.heading = QLabel("<h2>{}</h2>".format(translate("Library", "Library")))
        self.search = QLineEdit(
            placeholderText=translate("Library", "Search by title, topic or provider (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Library", "Search the library"))
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(
            translate("Library", "Show activities with this status")
        )
        self.status_filter.addItem(translate("Library", "All statuses"), None)
        self.credit_filter = QComboBox()
        self.credit_filter.setAccessibleName(
            translate("Library", "Show activities with this credit type")
        )
        self.credit_filter.addItem(translate("Library", "All credit types"), None)
        self.sort_choice = QComboBox()
        self.sort_choice.setAccessibleName(translate("Library", "Sort the library"))
        for text, key in (
            (translate("Library", "Sort by title"), "title"),
            (translate("Library", "Sort by expiry"), "expiry"),
            (translate("Library", "Sort by last opened"), "last_opened"),
        ):
            self.sort_choice.addItem(text, key)
        self.count = QLabel()
        self.placeholder = QLabel(translate("Library", "Opening your library…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Alt+O opens at once: Qt's mnemonic would animate a 100 ms press first.
        self.open_button = InstantButton(translate("Library", "&Open activity"))
        self.open_button.clicked.connect(self._open_selected)
        self.queue_button = QPushButton(translate("Library", "Add to &queue"))
        self.queue_button.clicked.connect(self._queue_selected)
        self.import_button = QPushButton(translate("Library", "&Import pack…"))
        self.import_button.clicked.connect(self.import_requested)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.credit_filter)
        filters.addWidget(self.sort_choice)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.queue_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.open_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(filters)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addLayout(buttons)

    def prepare_table(self) -> None:
        """What the table is made of, imported in a turn of its own ahead of the first rows:
        17 ms, most of it PySide6 making Python enums for Qt's, which with the building
        and first paint of 10,000 rows made one 55 ms frame."""
        from studyapp.ui import library_model, progress_delegate  # noqa: F401

    def _build_table(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from studyapp.core.gating import Status  # loaded with the first rows anyway
        from studyapp.ui.i18n import date_text
        from studyapp.ui.library_model import (
            PROGRESS,
            PROGRESS_ROLE,
            LibraryModel,
            days_words,
            format_minutes,
            status_name,
        )
        from studyapp.ui.progress_delegate import ProgressDelegate

        self.model = LibraryModel()
        for status in Status:
            self.status_filter.addItem(status_name(status.value), status)
        self.search.textChanged.connect(self._filter)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.credit_filter.currentIndexChanged.connect(self._filter)
        self.sort_choice.currentIndexChanged.connect(self._sort_chosen)
        table = QTableView()
        # Tab leaves the table (arrows move between rows): a keyboard user is never caught.
        table.setTabKeyNavigation(False)
        table.setAccessibleName(translate("Library", "Activities"))
        table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(table, PROGRESS_ROLE))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The other columns are sized from the widest text they can hold, not measured
        # from rows: sizing to contents asked the model some 4,000 times per layout for a
        # long library, the largest part of the snapshot's cost at start-up.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._widest = (  # credits, time, progress, expiry, status, in the learner's language
            (LibraryModel.locale_number(99.75),),
            (format_minutes(23 * 60 + 59),),
            (translate("Library", "{done} of {total} steps").format(done=6, total=6),),
            (
                date_text(dt.date(2029, 9, 30)),
                date_text(dt.date(2029, 12, 31)),
                translate("Library", "⚠ Expires {when}").format(when=days_words(30)),
            ),
            tuple(status_name(status.value) for status in Status),
        )
        self.table = table
        self._size_columns()
        # Sized again when the text size changes (Ctrl+plus): nothing cut off at 200%.
        table.installEventFilter(self)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._label_queue())
        table.doubleClicked.connect(self._activated)
        header.sortIndicatorChanged.connect(self._header_sorted)
        self._layout.insertWidget(3, table, 1)
        # Focus follows the screen: the search and filters, the table, the buttons under it.
        order = [
            self.search,
            self.status_filter,
            self.credit_filter,
            self.sort_choice,
            table,
            self.queue_button,
            self.import_button,
            self.open_button,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def set_rows(self, rows: list[LibraryRow], today: dt.date | None = None) -> None:
        if self.table is None:
            self._build_table()
        assert self.model is not None and self.table is not None
        kept = self.selected_pack()  # a refresh keeps the learner's place in the list
        self.model.set_rows(rows, today)
        self._offer_credit_types()
        self._show_result(kept)
        if self._open_asked and self.model.rowCount():
            # Alt+O came before there was a list to open from: carried out now, not lost.
            self._open_asked = False
            self._open_selected()

    def after_painted(self, then: Callable[[], None]) -> None:
        """Run `then` once the rows on screen are painted (at once if there are none)."""
        if self.table is None:
            then()
        else:
            after_painted(self.table.viewport(), then)

    def update_rows(self, rows: list[LibraryRow]) -> None:
        """A few rows read again; the learner's place in the list is kept."""
        if self.model is None:
            return
        kept = self.selected_pack()
        self.model.update_rows(rows)
        self._show_result(kept)

    def _offer_credit_types(self) -> None:
        assert self.model is not None
        chosen = self.credit_filter.currentData()
        types = self.model.credit_types()
        if [self.credit_filter.itemData(i) for i in range(1, self.credit_filter.count())] == types:
            return
        self.credit_filter.blockSignals(True)
        while self.credit_filter.count() > 1:
            self.credit_filter.removeItem(1)
        for credit_type in types:
            self.credit_filter.addItem(credit_type, credit_type)
        self.credit_filter.setCurrentIndex(max(0, self.credit_filter.findData(chosen)))
        self.credit_filter.blockSignals(False)
        self.credit_filter.setVisible(len(types) > 1)
        if self.credit_filter.currentData() != chosen:
            self._filter()

    def _filter(self) -> None:
        if self.model is None:
            return
        kept = self.selected_pack()
        self.model.set_filters(
            self.search.text(), self.status_filter.currentData(), self.credit_filter.currentData()
        )
        self._show_result(kept)

    def _sort_chosen(self) -> None:
        if self.model is None or self.table is None:
            return
        kept = self.selected_pack()
        key = self.sort_choice.currentData()
        self.model.sort_by(key)
        from studyapp.ui.library_model import COLUMN_SORTS

        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if key in COLUMN_SORTS:
            header.setSortIndicator(COLUMN_SORTS.index(key), Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self._show_result(kept)

    def _header_sorted(self, column: int, _order: Qt.SortOrder) -> None:
        from studyapp.ui.library_model import COLUMN_SORTS

        index = self.sort_choice.findData(COLUMN_SORTS[column] if column >= 0 else None)
        self.sort_choice.blockSignals(True)
        self.sort_choice.setCurrentIndex(index)  # -1 (blank) for a column not offered there
        self.sort_choice.blockSignals(False)

    def _show_result(self, kept: int | None) -> None:
        assert self.model is not None and self.table is not None
        shown, total = self.model.rowCount(), self.model.total()
        if total == 0:
            message = translate(
                "Library", "No activities are installed. Use File > Import pack… to add one."
            )
        elif shown == 0:
            message = translate(
                "Library", "No activity matches. Clear the search or choose “All” in the filters."
            )
        else:
            message = ""
        self.placeholder.setText(message)
        self.placeholder.setVisible(bool(message))
        self.table.setVisible(not message)
        self.count.setText(
            translate("Library", "{shown} of {total} activities").format(shown=shown, total=total)
            if shown != total
            else translate("Library", "{total} activities").format(total=total)
        )
        if kept is not None:
            self.select_pack(kept)
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._label_queue()

    def _selected_row(self) -> LibraryRow | None:
        pack_id = self.selected_pack()
        if pack_id is None or self.model is None:
            return None
        row = self.model.row_of(pack_id)
        return self.model.row_at(row) if row is not None else None

    def _label_queue(self) -> None:
        row = self._selected_row()
        self.queue_button.setEnabled(row is not None)
        queued = row is not None and row.queued
        self.queue_button.setText(
            translate("Library", "Remove from &queue")
            if queued
            else translate("Library", "Add to &queue")
        )

    def _queue_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.queue_requested.emit(row.pack_id, not row.queued)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _size_columns(self) -> None:
        from PySide6.QtWidgets import QStyle

        from studyapp.ui.library_model import PROGRESS

        table = self.table
        assert table is not None
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        for col, texts in enumerate(self._widest, start=2):
            width = max(metrics.horizontalAdvance(t) for t in texts) + padding
            if col == PROGRESS:
                width += 24  # the bar's own frame and margins around its words
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        # The provider: about 24 characters at any text size; longer names are elided,
        # with the whole name in the cell's tooltip.
        header.resizeSection(1, metrics.averageCharWidth() * 24 + padding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._size_columns()
        # Down or Enter in the search box goes to the list, as in a file dialog.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_table()
                return True
        return super().eventFilter(watched, event)

    def selected_pack(self) -> int | None:
        if self.model is None or self.table is None:
            return None
        chosen = self.table.selectionModel().selectedRows()
        return self.pack_id_at(chosen[0].row()) if chosen else None

    def select_pack(self, pack_id: int) -> None:
        if self.model is None or self.table is None:
            return
        row = self.model.row_of(pack_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def row_texts(self) -> list[list[str]]:
        """What the table shows, in display order."""
        if self.model is None:
            return []
        return [
            [self.model.index(r, c).data() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]

    def pack_id_at(self, row: int) -> int:
        assert self.model is not None
        return self.model.row_at(row).pack_id

    def _activated(self, index: QModelIndex) -> None:
        assert self.model is not None
        self.open_requested.emit(self.model.row_at(index.row()).pack_id)

    _open_asked = False

    def _open_selected(self) -> None:
        if self.table is None:  # no list yet (before the first rows arrive)
            self._open_asked = True
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])

    def focus_table(self) -> None:
        if self.table is not None:
            self.table.setFocus()
