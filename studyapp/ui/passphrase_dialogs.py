"""Unlock a protected profile, or protect one with a passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.services import protection
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.learners import LearnerView

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow

ERROR_STYLE = "color: #b00020;"
HONEST_LIMIT = (
    "The passphrase keeps other people who use StudyApp on this computer out of this "
    "profile. It does not encrypt your files: someone with access to the disk could still "
    "read them."
)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockDialog(QDialog):
    def __init__(self, ctx: Context, learner: LearnerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.setWindowTitle("Unlock profile")
        text = QLabel(
            f"<b>{learner.display_name}</b> is protected. Enter the passphrase to "
            "see this profile's answers and history."
        )
        text.setWordWrap(True)
        self.passphrase = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(
            "&Unlock", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _unlock(self) -> None:
        try:
            protection.unlock(self.ctx, self.learner.id, self.passphrase.text())
        except UserError as exc:
            self.error.setText(str(exc))
            self.passphrase.selectAll()
            return
        self.accept()


class ProtectDialog(QDialog):
    def __init__(self, ctx: Context, learner: LearnerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.setWindowTitle("Protect profile with a passphrase")
        note = QLabel(HONEST_LIMIT)
        note.setWordWrap(True)
        self.passphrase = _password_field()
        self.repeat = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Passphrase:", self.passphrase)
        form.addRow("&Repeat it:", self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        try:
            protection.set_passphrase(
                self.ctx, self.learner.id, self.passphrase.text(), self.repeat.text()
            )
        except ValidationError as exc:
            self.error.setText(" ".join(exc.problems.values()))
            return
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def ask_unlock(window: MainWindow, learner: LearnerView) -> UnlockDialog:
    """Window-modal: once unlocked, the learner's library and last activity come back."""
    assert window.ctx is not None
    dialog = UnlockDialog(window.ctx, learner, window)

    def unlocked() -> None:
        window.set_learner(learner)
        window.reopen_last_activity()

    dialog.accepted.connect(unlocked)
    dialog.open()
    return dialog


def protect(window: MainWindow) -> ProtectDialog | None:
    if window.ctx is None or window.learner is None:
        return None
    dialog = ProtectDialog(window.ctx, window.learner, window)
    dialog.accepted.connect(
        lambda: window.statusBar().showMessage("This profile is now protected.", 5000)
    )
    dialog.open()
    return dialog
