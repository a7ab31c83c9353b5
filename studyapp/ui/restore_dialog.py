"""File > Restore from backup: pick an automatic backup; the current data is kept aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.paths import DataPaths
from studyapp.services import safety
from studyapp.storage.backup import Backup

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow


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


def restore_into(window: MainWindow, chosen: Backup) -> None:
    """Close the data, swap the backup in (current file kept aside), open it again."""
    from studyapp.services.context import open_context, utc_now
    from studyapp.services.errors import UserError

    assert window.ctx is not None
    paths = window.ctx.paths
    window.show_library()
    window.ctx.close()
    window.ctx = None
    window.learner = None
    try:
        kept = safety.restore(paths, chosen, utc_now())
    except UserError as exc:
        QMessageBox.warning(window, "Restore failed", str(exc))
        kept = None
    window.attach(open_context(paths))
    if kept is not None:
        window.statusBar().showMessage(
            f"Restored the backup of {safety.describe(chosen)}. "
            f"The data it replaced is kept at {kept}."
        )
