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
from studyapp.services import spaced_review
from studyapp.services.context import Context
from studyapp.ui import theme
from studyapp.ui.i18n import date_text, translate


def _when(delta_seconds: float) -> str:
    minutes = max(1, round(delta_seconds / 60))
    if minutes < 60:
        if minutes == 1:
            return translate("ReviewDialog", "in 1 minute")
        return translate("ReviewDialog", "in {count} minutes").format(count=minutes)
    hours = round(minutes / 60)
    if hours < 24:
        if hours == 1:
            return translate("ReviewDialog", "in 1 hour")
        return translate("ReviewDialog", "in {count} hours").format(count=hours)
    days = round(hours / 24)
    if days == 1:
        return translate("ReviewDialog", "in 1 day")
    return translate("ReviewDialog", "in {count} days").format(count=days)


class ReviewDialog(QDialog):
    def __init__(self, ctx: Context, learner_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id = ctx, learner_id
        self.setWindowTitle(translate("ReviewDialog", "Spaced review"))
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
        self.check_button = QPushButton(translate("ReviewDialog", "&Check"))
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton(translate("ReviewDialog", "&Next"))
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
            if not done:
                text = translate(
                    "ReviewDialog",
                    "<b>Nothing to review now.</b> Questions you miss on a Post-Test come back "
                    "here, spaced out, until you know them.",
                )
            elif done == 1:
                text = translate(
                    "ReviewDialog",
                    "<b>Done for now:</b> 1 question reviewed. It comes back when it is due.",
                )
            else:
                text = translate(
                    "ReviewDialog",
                    "<b>Done for now:</b> {count} questions reviewed. Each comes back when it is "
                    "due.",
                ).format(count=done)
            self.heading.setText(text)
            self.stem.clear()
            self.check_button.hide()
            self.next_button.hide()
            return
        due = self.items[self.position]
        self.heading.setText(
            translate(
                "ReviewDialog", "Question {number} of {count}, from <i>{activity_title}</i>"
            ).format(
                number=self.position + 1,
                count=len(self.items),
                activity_title=html.escape(due.activity_title),
            )
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
            else translate(
                "ReviewDialog",
                '<b style="color:{problem_colour};">Not yet.</b> The answer is {keys}.',
            ).format(problem_colour=theme.problem_colour(), keys=keys)
        )
        explanation = f" {html.escape(due.item.explanation)}" if due.item.explanation else ""
        self.feedback.setText(
            translate(
                "ReviewDialog", "{verdict}{explanation}<br/>Next review {when} ({date})."
            ).format(
                verdict=verdict,
                explanation=explanation,
                when=when,
                date=date_text(result.next_due.astimezone().date()),
            )
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
