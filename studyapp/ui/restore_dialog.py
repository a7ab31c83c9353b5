"""File > Restore from backup: pick an automatic backup; the current data is kept aside."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from studyapp.paths import DataPaths
from studyapp.services import safety
from studyapp.storage.backup import Backup

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)


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


def ask_and_restore(window: MainWindow, paths: DataPaths) -> RestoreDialog:
    """File > Restore from backup: the dialog, then the restore of the backup chosen."""
    dialog = RestoreDialog(paths, window)
    dialog.accepted.connect(lambda: dialog.chosen and restore_into(window, dialog.chosen))
    dialog.open()
    return dialog


def restore_into(window: MainWindow, chosen: Backup) -> None:
    """Close the data, swap the backup in (current file kept aside) and open it again, on
    a pool thread with progress shown; the folder stays locked to this copy throughout."""
    from studyapp.services import protection
    from studyapp.services.context import open_context, utc_now
    from studyapp.services.errors import UserError
    from studyapp.ui.tasks import run_in_background

    assert window.ctx is not None
    paths = window.ctx.paths
    try:
        guards = protection.before_restore(window.ctx)
    except UserError as exc:
        QMessageBox.warning(window, "Restore needs the profile unlocked", str(exc))
        return
    window.show_library()
    lock = window.ctx.close(keep_lock=True)
    window.ctx = None
    window.learner = None
    window.restoring = True
    window.menuBar().setEnabled(False)
    window.centralWidget().setEnabled(False)
    progress = QProgressDialog("Checking the backup…", "", 0, 100, window)
    progress.setWindowTitle("Restoring from backup")
    progress.setCancelButton(None)  # half a restore is worse than a slow one
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setValue(0)
    window.restore_progress = progress

    def work(progress: Callable[[int, str], None]) -> tuple[Context, Path | None, str | None]:
        kept = refused = None
        try:
            kept = safety.restore(paths, chosen, utc_now(), progress)
        except UserError as exc:
            refused = str(exc)
        progress(95, "Opening the data…")
        ctx = open_context(paths, lock)
        protection.after_restore(ctx, guards)
        return ctx, kept, refused

    def step(percent: int, message: str) -> None:
        progress.setValue(percent)
        progress.setLabelText(message)

    def finish() -> None:
        progress.close()
        window.restore_progress = None
        window.restoring = False
        window.centralWidget().setEnabled(True)

    def done(result: tuple[Context, Path | None, str | None]) -> None:
        ctx, kept, refused = result
        finish()
        window.attach(ctx)
        if refused:
            QMessageBox.warning(window, "Restore failed", f"{refused} Your data is unchanged.")
        else:
            window.statusBar().showMessage(
                f"Restored the backup of {safety.describe(chosen)}. "
                f"The data it replaced is kept at {kept}."
            )

    def failed(exc: BaseException) -> None:
        finish()
        log.error("Restore from %s failed", chosen.path, exc_info=exc)
        QMessageBox.critical(
            window,
            "Restore failed",
            f"StudyApp could not restore the backup or open your data again:\n\n{exc}\n\n"
            "Your previous data is kept in the folder "
            f"{paths.root / 'replaced'}. Quit and start StudyApp again; details are in the "
            f"log at {window.log_file}.",
        )

    run_in_background(work, on_success=done, on_failure=failed, on_progress=step)
