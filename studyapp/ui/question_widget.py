"""One test item: radio buttons for one answer, check boxes for several, never the same look."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import Activity, Item, ItemKind
from studyapp.ui import theme
from studyapp.ui.i18n import translate

HINTS = {
    ItemKind.SINGLE_BEST: QT_TRANSLATE_NOOP("QuestionWidget", "Choose the one best answer."),
    ItemKind.MULTIPLE_RESPONSE: QT_TRANSLATE_NOOP("QuestionWidget", "Select all that apply."),
    ItemKind.TRUE_FALSE: QT_TRANSLATE_NOOP("QuestionWidget", "True or false?"),
}


class QuestionWidget(QGroupBox):
    section_requested = Signal(str)  # the review's "Read the section" link

    def __init__(
        self,
        item: Item,
        number: int,
        on_change: Callable[[Item, list[str]], None],
        parent: QWidget | None = None,
        option_order: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            translate("QuestionWidget", "Question {number}").format(number=number), parent
        )
        self.item = item
        self.number = number
        self._on_change = on_change
        self._loading = False
        # Pack text is shown as written: plain text, so "R&D" is not read as markup.
        self.stem = QLabel(item.stem)
        self.stem.setTextFormat(Qt.TextFormat.PlainText)
        self.stem.setWordWrap(True)
        self.hint = QLabel(f"<i>{translate('QuestionWidget', HINTS[item.kind])}</i>")
        self.saved = QLabel("")
        self.saved.setStyleSheet(theme.good_style())
        self.review = QLabel()
        self.review.setTextFormat(Qt.TextFormat.RichText)  # built below, with escaped text
        self.review.setWordWrap(True)
        self.review.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.review.linkActivated.connect(self._link)
        self.review.hide()
        self.correct: bool | None = None  # after review: whether the learner had it right
        layout = QVBoxLayout(self)
        layout.addWidget(self.stem)
        layout.addWidget(self.hint)
        # One answer: an exclusive group, one tab stop, arrows move within it. Several
        # answers: no group at all, as Qt takes Tab away from a group's other buttons once
        # one is checked, and a keyboard user could tick only one box.
        multiple = item.kind is ItemKind.MULTIPLE_RESPONSE
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QAbstractButton] = {}
        # The attempt's order (a drawn form shuffles them); the keys keep their letters,
        # so the review's "Correct answer: B" names what the learner saw.
        order = option_order if sorted(option_order) == sorted(item.option_keys) else ()
        options = [next(o for o in item.options if o.key == k) for k in order] or item.options
        for option in options:
            label = (
                f"{option.key}. {option.text}"
                if item.kind is not ItemKind.TRUE_FALSE
                else option.text
            ).replace("&", "&&")  # a lone & would make the next letter a shortcut
            button: QAbstractButton = (
                QCheckBox(label) if item.kind is ItemKind.MULTIPLE_RESPONSE else QRadioButton(label)
            )
            button.setProperty("option_key", option.key)
            # A screen reader on an option hears which question it answers.
            button.setAccessibleDescription(
                translate("QuestionWidget", "Question {number}: {stem}").format(
                    number=number, stem=item.stem
                )
            )
            if multiple:
                button.toggled.connect(lambda checked, b=button: self._toggled(b, checked))
            else:
                self.group.addButton(button)
            self.buttons[option.key] = button
            layout.addWidget(button)
        layout.addWidget(self.saved)
        layout.addWidget(self.review)
        self.group.buttonToggled.connect(self._toggled)

    def selection(self) -> list[str]:
        return sorted(key for key, button in self.buttons.items() if button.isChecked())

    def set_selection(self, keys: list[str]) -> None:
        self._loading = True
        self.group.setExclusive(False)  # to clear a radio choice
        for key, button in self.buttons.items():
            button.setChecked(key in keys)
        self.group.setExclusive(True)
        self._loading = False
        self.saved.setText(translate("QuestionWidget", "Saved") if keys else "")

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(editable)

    def mark_saved(self, ok: bool, message: str = "") -> None:
        self.saved.setStyleSheet(theme.good_style() if ok else theme.problem_style())
        self.saved.setText(translate("QuestionWidget", "Saved") if ok else message)

    def show_review(self, activity: Activity, correct: bool) -> None:
        keys = sorted(self.item.answer)
        answer = "; ".join(
            f"{k}. {self.item.option_text(k)}"
            if self.item.kind is not ItemKind.TRUE_FALSE
            else self.item.option_text(k)
            for k in keys
        )
        reference = activity.reference(self.item.reference)
        verdict = (
            f'<b style="color:{theme.good_colour()};">Correct.</b>'
            if correct
            else f'<b style="color:{theme.problem_colour()};">Incorrect.</b>'
        )
        text = translate("QuestionWidget", "{verdict} Correct answer: {answer}").format(
            verdict=verdict, answer=html.escape(answer)
        )
        if self.item.explanation:
            text += f"<br/>{html.escape(self.item.explanation)}"
        if reference is not None:
            text += translate(
                "QuestionWidget", "<br/><small>Reference {reference}: {citation}</small>"
            ).format(
                reference=html.escape(self.item.reference), citation=html.escape(reference.citation)
            )
        section = next((s for s in activity.sections if s.id == self.item.section), None)
        if section is not None:
            text += translate(
                "QuestionWidget", '<br/><a href="section:{id}">Read the section: {title}</a>'
            ).format(id=html.escape(section.id), title=html.escape(section.title))
        self.correct = correct
        self.review.setText(text)
        self.review.setAccessibleName(
            translate("QuestionWidget", "Question {number}: correct").format(number=self.number)
            if correct
            else translate("QuestionWidget", "Question {number}: incorrect").format(
                number=self.number
            )
        )
        self.review.show()
        self.saved.setText("")

    def hide_review(self) -> None:
        self.correct = None
        self.review.hide()

    def _link(self, href: str) -> None:
        if href.startswith("section:"):
            self.section_requested.emit(href.removeprefix("section:"))

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if self._loading:
            return
        if self.item.kind is not ItemKind.MULTIPLE_RESPONSE and not _checked:
            return  # The paired "checked" toggle of the new choice does the saving.
        self._on_change(self.item, self.selection())
