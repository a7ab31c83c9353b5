"""File > Restore from backup: pick an automatic backup; the current data is kept aside."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.paths import DataPaths
from studyapp.services import safety
from studyapp.storage.backup import Backup


class RestoreDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setMinimumWidth(480)
        self.chosen: Backup | None = None
        self.backups = safety.list_backups(paths)
        intro = QLabel(
            "StudyApp backs your data up when it starts after a change, after every "
            "completion record and before an upgrade. Restoring replaces your current data "
            "with the backup you choose; the current data is kept in the folder "
            f"{paths.root / 'replaced'} in case you need it."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for b in self.backups:
            self.list.addItem(QListWidgetItem(safety.describe(b)))
        self.empty = QLabel("There are no backups yet.")
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.backups:
            self.list.setCurrentRow(0)

    def _accept(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.chosen = self.backups[row]
            self.accept()
