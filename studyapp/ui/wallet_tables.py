"""The wallet's tables: their columns in the learner's language, read-only rows selected
whole, and filling them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from studyapp.ui.i18n import translate


def topic_columns() -> tuple[str, ...]:
    return (
        translate("Wallet", "Topic"),
        translate("Wallet", "Due"),
        translate("Wallet", "Needed"),
        translate("Wallet", "Earned"),
        translate("Wallet", "Status"),
    )


def counting_columns() -> tuple[str, ...]:
    return (
        translate("Wallet", "Date"),
        translate("Wallet", "Title"),
        translate("Wallet", "Credits"),
        translate("Wallet", "Counts toward"),
        translate("Wallet", "From"),
    )


def credit_columns() -> tuple[str, ...]:
    return (
        translate("Wallet", "Date"),
        translate("Wallet", "Title"),
        translate("Wallet", "Provider"),
        translate("Wallet", "Credits"),
        translate("Wallet", "Credit type"),
        translate("Wallet", "Topics"),
        translate("Wallet", "From"),
        translate("Wallet", "Check"),
    )


def table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setAccessibleName(name)
    return table


def fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
