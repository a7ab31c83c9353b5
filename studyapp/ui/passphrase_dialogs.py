"""Unlock a protected profile, or protect one with a passphrase."""

from __future__ import annotations

from collections.abc import Callable

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
from studyapp.ui import theme
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say


def honest_limit() -> str:
    return translate(
        "PassphraseDialogs",
        "The passphrase keeps other people who use StudyApp on this computer out of this "
        "profile. It does not encrypt your files: someone with access to the disk could still "
        "read them.",
    )


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockDialog(QDialog):
    def __init__(self, ctx: Context, learner: LearnerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.setWindowTitle(translate("PassphraseDialogs", "Unlock profile"))
        text = QLabel(
            translate(
                "PassphraseDialogs",
                "<b>{display_name}</b> is protected. Enter the passphrase to see this profile's "
                "answers and history.",
            ).format(display_name=learner.display_name)
        )
        text.setWordWrap(True)
        self.passphrase = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(theme.problem_style())
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(
            translate("PassphraseDialogs", "&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
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
            self.error.setText(error_text(exc))
            self.passphrase.selectAll()
            return
        self.accept()


class ProtectDialog(QDialog):
    def __init__(self, ctx: Context, learner: LearnerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner = ctx, learner
        self.setWindowTitle(translate("PassphraseDialogs", "Protect profile with a passphrase"))
        note = QLabel(honest_limit())
        note.setWordWrap(True)
        self.passphrase = _password_field()
        self.repeat = _password_field()
        self.error = QLabel()
        self.error.setStyleSheet(theme.problem_style())
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PassphraseDialogs", "&Passphrase:"), self.passphrase)
        form.addRow(translate("PassphraseDialogs", "&Repeat it:"), self.repeat)
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
            self.error.setText(" ".join(say(p) for p in exc.problems.values()))
            return
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


def ask_unlock(
    parent: QWidget, ctx: Context, learner: LearnerView, on_unlocked: Callable[[], None]
) -> UnlockDialog:
    """Window-modal; `on_unlocked` runs once the passphrase is right."""
    dialog = UnlockDialog(ctx, learner, parent)
    dialog.accepted.connect(on_unlocked)
    dialog.open()
    return dialog


def protect(parent: QWidget, ctx: Context, learner: LearnerView) -> ProtectDialog:
    """Window-modal; accepted once the profile is protected."""
    dialog = ProtectDialog(ctx, learner, parent)
    dialog.open()
    return dialog
