"""View > Spaced review: the missed post-test items due today, one at a time, each
answered, checked and scheduled again. Optional, and apart from credit."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import ItemKind
from studyapp.core.dates import format_date
from studyapp.services import spaced_review
from studyapp.services.context import Context
from studyapp.ui import theme


def _when(delta_seconds: float) -> str:
    minutes = round(delta_seconds / 60)
    if minutes < 60:
        return f"in {max(1, minutes)} minute{'s' if minutes != 1 else ''}"
    hours = round(minutes / 60)
    if hours < 24:
        return f"in {hours} hour{'s' if hours != 1 else ''}"
    days = round(hours / 24)
    return f"in {days} day{'s' if days != 1 else ''}"


class ReviewDialog(QDialog):
    def __init__(self, ctx: Context, learner_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id = ctx, learner_id
        self.setWindowTitle("Spaced review")
        self.setMinimumWidth(560)
        self.items = spaced_review.due(ctx, learner_id)
        self.position = 0
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stem = QLabel()
        self.stem.setWordWrap(True)
        self.choices = QVBoxLayout()
        self.group = QButtonGroup(self)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.check_button = QPushButton("&Check")
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton("&Next")
        self.next_button.clicked.connect(self.next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stem)
        layout.addLayout(self.choices)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.show_item()

    def show_item(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.feedback.clear()
        if self.position >= len(self.items):
            done = self.position
            self.heading.setText(
                "<b>Nothing to review now.</b> Questions you miss on a Post-Test come back "
                "here, spaced out, until you know them."
                if not done
                else f"<b>Done for now:</b> {done} question{'s' if done != 1 else ''} "
                "reviewed. Each comes back when it is due."
            )
            self.stem.clear()
            self.check_button.hide()
            self.next_button.hide()
            return
        due = self.items[self.position]
        self.heading.setText(
            f"Question {self.position + 1} of {len(self.items)}, from "
            f"<i>{html.escape(due.activity_title)}</i>"
        )
        self.stem.setText(html.escape(due.item.stem))
        multiple = due.item.kind is ItemKind.MULTIPLE_RESPONSE
        self.group.setExclusive(not multiple)
        for option in due.item.options:
            label = (
                option.text
                if due.item.kind is ItemKind.TRUE_FALSE
                else (f"{option.key}. {option.text}")
            )
            button: QAbstractButton = QCheckBox(label) if multiple else QRadioButton(label)
            button.setProperty("key", option.key)
            self.group.addButton(button)
            self.choices.addWidget(button)
        self.check_button.show()
        self.check_button.setEnabled(True)
        self.next_button.hide()

    def selection(self) -> list[str]:
        return [str(b.property("key")) for b in self.group.buttons() if b.isChecked()]

    def check(self) -> None:
        due = self.items[self.position]
        result = spaced_review.answer(
            self.ctx, self.learner_id, due.pack_id, due.item.id, self.selection()
        )
        keys = ", ".join(sorted(due.item.answer))
        when = _when((result.next_due - self.ctx.now()).total_seconds())
        verdict = (
            f'<b style="color:{theme.good_colour()};">Correct.</b>'
            if result.correct
            else f'<b style="color:{theme.problem_colour()};">Not yet.</b> The answer is {keys}.'
        )
        explanation = f" {html.escape(due.item.explanation)}" if due.item.explanation else ""
        self.feedback.setText(
            f"{verdict}{explanation}<br/>Next review {when} "
            f"({format_date(result.next_due.astimezone().date())})."
        )
        self.check_button.setEnabled(False)
        self.next_button.show()
        self.next_button.setFocus()

    def next(self) -> None:
        self.position += 1
        self.show_item()


def open_dialog(parent: QWidget, ctx: Context, learner_id: int) -> ReviewDialog:
    dialog = ReviewDialog(ctx, learner_id, parent)
    dialog.open()
    return dialog
