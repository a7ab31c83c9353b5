"""File > Import pack: choose, validate and preview, then install with progress."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.problems import PackError
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say
from studyapp.ui.tasks import run_in_background


class ImportDialog(QDialog):
    """Shows what a pack holds before anything is installed; installs off the UI thread."""

    def __init__(self, ctx: Context, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.source = ctx, source
        self.installed_pack_id: int | None = None
        self.setWindowTitle(translate("ImportDialog", "Import activity pack"))
        self.setMinimumWidth(520)
        self.heading = QLabel(
            translate("ImportDialog", "Checking {name}…").format(name=source.name)
        )
        self.heading.setWordWrap(True)
        self.details = QPlainTextEdit(readOnly=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install_button = self.buttons.addButton(
            translate("ImportDialog", "&Install"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self._install)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        run_in_background(
            library.preview, (ctx, source), on_success=self._previewed, on_failure=self._failed
        )

    def _previewed(self, preview: library.PackPreview) -> None:
        self.progress.hide()
        self.heading.setText(
            translate("ImportDialog", "<b>This pack is valid.</b> It will install:")
        )
        self.details.setPlainText(preview.summary())
        if not preview.allowed:
            self.heading.setText(
                translate(
                    "ImportDialog",
                    "<b>{name} cannot be installed on this computer.</b> Nothing was changed.",
                ).format(name=html.escape(self.source.name))
            )
            self.install_button.setEnabled(False)
        elif preview.already_installed:
            self.install_button.setText(translate("ImportDialog", "Close"))
            self.install_button.setEnabled(True)
            self.install_button.clicked.disconnect()
            self.install_button.clicked.connect(self.reject)
        else:
            self.install_button.setEnabled(True)
            self.install_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.install_button.setEnabled(False)
        if isinstance(exc, PackError):
            self.heading.setText(
                translate(
                    "ImportDialog",
                    "<b>{name} cannot be installed.</b> Nothing was changed. Send these problems "
                    "to whoever made the pack:",
                ).format(name=html.escape(self.source.name))
            )
            self.details.setPlainText("\n".join(str(p) for p in exc.problems))
        elif isinstance(exc, UserError | OSError):
            self.heading.setText(
                translate(
                    "ImportDialog", "<b>{name} cannot be installed.</b> Nothing was changed."
                ).format(name=html.escape(self.source.name))
            )
            self.details.setPlainText(error_text(exc))
        else:
            # Never left on "Checking…": say so here, then the error dialog reports it.
            self.heading.setText(
                translate(
                    "ImportDialog", "<b>{name} could not be checked.</b> Nothing was changed."
                ).format(name=html.escape(self.source.name))
            )
            self.details.setPlainText(
                translate(
                    "ImportDialog", "An unexpected problem stopped the check: {reason!r}"
                ).format(reason=exc)
            )
            raise exc

    def _install(self) -> None:
        self.install_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.heading.setText("Installing…")
        run_in_background(
            library.install,
            (self.ctx, self.source),
            on_success=self._installed,
            on_failure=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.heading.setText(say(message))

    def _installed(self, pack_id: int) -> None:
        self.installed_pack_id = pack_id
        self.accept()
