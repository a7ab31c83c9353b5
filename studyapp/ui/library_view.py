"""The library screen: every installed activity with the learner's status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # shown before the database layer is imported
    from PySide6.QtWidgets import QTableView

    from studyapp.services.library_rows import LibraryRow
    from studyapp.ui.library_model import LibraryModel


class LibraryView(QWidget):
    """The table is built when the first rows arrive, so the window's first paint stays cheap."""

    open_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: LibraryModel | None = None
        self.table: QTableView | None = None
        self.heading = QLabel("<h2>Library</h2>")
        self.search = QLineEdit(placeholderText="Filter activities by title")
        self.search.setClearButtonEnabled(True)
        self.placeholder = QLabel("Opening your library…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton("&Open activity")
        self.open_button.clicked.connect(self._open_selected)
        self.import_button = QPushButton("&Import pack…")
        self.import_button.clicked.connect(self.import_requested)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.open_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addLayout(buttons)

    def _build_table(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

        from studyapp.core.gating import Status  # loaded with the first rows anyway
        from studyapp.ui.library_model import LibraryModel

        self.model = LibraryModel()
        self.search.textChanged.connect(self.model.set_filter)
        table = QTableView()
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
        widest = (  # credits, time, expiry, status
            ("99.75",),
            ("23 h 59 min",),
            ("September 30, 2029", "December 31, 2029"),
            tuple(status.value for status in Status),
        )
        metrics = table.fontMetrics()
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        for col, texts in enumerate(widest, start=1):
            width = max(metrics.horizontalAdvance(t) for t in texts) + padding
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        table.activated.connect(self._activated)
        table.doubleClicked.connect(self._activated)
        self._layout.insertWidget(2, table, 1)
        self.table = table

    def set_rows(self, rows: list[LibraryRow]) -> None:
        if self.table is None:
            self._build_table()
        assert self.model is not None and self.table is not None
        kept = self.selected_pack()  # a refresh keeps the learner's place in the list
        self.model.set_rows(rows)
        empty = not rows
        self.placeholder.setText(
            "No activities are installed. Use File > Import pack… to add one." if empty else ""
        )
        self.placeholder.setVisible(empty)
        self.table.setVisible(not empty)
        if kept is not None:
            self.select_pack(kept)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

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

    def _open_selected(self) -> None:
        if self.table is None:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])

    def focus_table(self) -> None:
        if self.table is not None:
            self.table.setFocus()
