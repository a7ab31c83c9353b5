"""Restoring a backup from the File menu: the learner picks one, the data folder is
closed, the copy put back and the folder opened again, with progress shown meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:  # provided by MainWindow; declared for the checker
    from PySide6.QtWidgets import QDialog, QStatusBar, QWidget

    from studyapp.services.context import Context
    from studyapp.storage.backup import Backup
    from studyapp.ui.session import Session


class RestoreActions:
    if TYPE_CHECKING:
        session: Session
        restoring: bool
        restore_job: QObject | None
        restore_progress: QDialog | None
        restore_dialog: QDialog | None

        @property
        def ctx(self) -> Context | None: ...
        def show_library(self) -> None: ...
        def centralWidget(self) -> QWidget: ...
        def statusBar(self) -> QStatusBar: ...

    def restore_backup(self) -> None:
        from studyapp.ui.restore_dialog import RestoreDialog

        if self.ctx is None:
            return
        dialog = RestoreDialog(self.ctx.paths, self)
        dialog.accepted.connect(lambda: dialog.chosen and self._restore(dialog.chosen))
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, chosen: Backup) -> None:
        from studyapp.ui.restore_dialog import RestoreJob

        self.show_library()
        job = RestoreJob(self, self.session, chosen)
        job.ended.connect(self._restore_ended)
        self.restoring = True
        self.restore_job = job
        if not job.start():
            self.restoring = False
            self.restore_job = None
            return
        self.restore_progress = job.progress

    def _restore_ended(self, status: str) -> None:
        self.restoring = False
        self.restore_job = None
        self.restore_progress = None
        self.centralWidget().setEnabled(True)
        if status:
            # After the learner is attached again (a turn later), whose own line would
            # cover this one.
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(status))
