"""The library screen: every installed activity with the learner's status."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.services.library import LibraryRow
from studyapp.ui.library_model import LibraryModel


class LibraryView(QWidget):
    open_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        self.heading = QLabel("<h2>Library</h2>")
        self.search = QLineEdit(placeholderText="Filter activities by title (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.hide()

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.model.set_rows(rows)
        empty = not rows
        self.placeholder.setText(
            "No activities are installed. Use File > Import pack… to add one." if empty else ""
        )
        self.placeholder.setVisible(empty)
        self.table.setVisible(not empty)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def select_pack(self, pack_id: int) -> None:
        row = self.model.row_of(pack_id)
        if row is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def row_texts(self) -> list[list[str]]:
        """What the table shows, in display order."""
        return [
            [self.proxy.index(r, c).data() for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]

    def _activated(self, index) -> None:
        source = self.proxy.mapToSource(index)
        self.open_requested.emit(self.model.row_at(source.row()).pack_id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])
