"""File > Restore from backup: pick an automatic backup; the current data is kept aside."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
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

from studyapp.core.message import QT_TRANSLATE_NOOP, Message, message_of
from studyapp.paths import DataPaths
from studyapp.services import safety
from studyapp.storage.backup import Backup
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say

if TYPE_CHECKING:
    from studyapp.services.context import Context
    from studyapp.ui.session import Session

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.setMinimumWidth(480)
        self.chosen: Backup | None = None
        self.backups = safety.list_backups(paths)
        intro = QLabel(
            translate(
                "RestoreDialog",
                "StudyApp backs your data up when it starts after a change, after every "
                "completion record and before an upgrade. Restoring replaces your current data "
                "with the backup you choose; the current data is kept in the folder {folder} in "
                "case you need it.",
            ).format(folder=paths.root / "replaced")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RestoreDialog", "Backups, newest first"))
        for b in self.backups:
            self.list.addItem(QListWidgetItem(safety.describe(b)))
        self.empty = QLabel(translate("RestoreDialog", "There are no backups yet."))
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("RestoreDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
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


class RestoreJob(QObject):
    """Close the data, swap the chosen backup in (the current file kept aside) and open it
    again, on a pool thread with progress shown; the folder stays locked to this copy.

    Works through the session: detaching it tells the screens the data is gone, attaching
    the reopened folder fills them again. `ended` carries the line for the status bar."""

    ended = Signal(str)

    def __init__(self, parent: QWidget, session: Session, chosen: Backup) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = session
        self.chosen = chosen
        self.progress: QProgressDialog | None = None

    def start(self) -> bool:
        """False, with the reason shown, when the restore may not start."""
        from studyapp.services import protection
        from studyapp.services.context import open_context, utc_now
        from studyapp.services.errors import UserError
        from studyapp.ui.tasks import run_in_background

        ctx = self.session.ctx
        assert ctx is not None
        try:
            guards = protection.before_restore(ctx)
        except UserError as exc:
            QMessageBox.warning(
                self._parent,
                translate("RestoreDialog", "Restore needs the profile unlocked"),
                error_text(exc),
            )
            return False
        paths, chosen, institution = ctx.paths, self.chosen, ctx.institution
        lock = ctx.close(keep_lock=True)
        self.session.detach()
        shown = QProgressDialog(
            translate("RestoreDialog", "Checking the backup…"), "", 0, 100, self._parent
        )
        shown.setWindowTitle(translate("RestoreDialog", "Restoring from backup"))
        shown.setCancelButton(None)  # half a restore is worse than a slow one
        shown.setWindowModality(Qt.WindowModality.WindowModal)
        shown.setMinimumDuration(0)
        shown.setAutoClose(False)
        shown.setValue(0)
        self.progress = shown

        def work(progress: Callable[[int, str], None]) -> tuple[Context, Path | None, str | None]:
            kept = refused = None
            try:
                kept = safety.restore(paths, chosen, utc_now(), progress)
            except UserError as exc:
                refused = message_of(exc)  # worded on the UI thread: a worker touches no Qt
            progress(95, Message(QT_TRANSLATE_NOOP("Messages", "Opening the data…")))
            reopened = open_context(paths, lock, institution=institution)
            protection.after_restore(reopened, guards)
            return reopened, kept, refused

        def step(percent: int, message: str) -> None:
            shown.setValue(percent)
            shown.setLabelText(say(message))

        def done(result: tuple[Context, Path | None, str | None]) -> None:
            reopened, kept, refused = result
            shown.close()
            self.session.attach(reopened)
            if refused:
                QMessageBox.warning(
                    self._parent,
                    translate("RestoreDialog", "Restore failed"),
                    translate("RestoreDialog", "{reason} Your data is unchanged.").format(
                        reason=say(refused)
                    ),
                )
                self.ended.emit("")
            else:
                self.ended.emit(
                    translate(
                        "RestoreDialog",
                        "Restored the backup of {chosen}. The data it replaced is kept at {kept}.",
                    ).format(chosen=say(safety.describe(chosen)), kept=kept)
                )

        def failed(exc: BaseException) -> None:
            shown.close()
            log.error("Restore from %s failed", chosen.path, exc_info=exc)
            QMessageBox.critical(
                self._parent,
                translate("RestoreDialog", "Restore failed"),
                translate(
                    "RestoreDialog",
                    "StudyApp could not restore the backup or open your data "
                    "again:\n\n{reason}\n\nYour previous data is kept in the folder {folder}. "
                    "Quit and start StudyApp again.",
                ).format(reason=exc, folder=paths.root / "replaced"),
            )
            self.ended.emit("")

        run_in_background(work, on_success=done, on_failure=failed, on_progress=step)
        return True
