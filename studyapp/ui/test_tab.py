"""The Pre-Test and Post-Test tabs: answers saved on each click, submit, score and review."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studyapp.core import forms, scoring
from studyapp.core.activity import Activity, Item, TestKind
from studyapp.services import attempts
from studyapp.services.attempts import TestState
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import StorageUnavailable, UserError
from studyapp.ui.activity_tab import ActivityTab
from studyapp.ui.i18n import translate
from studyapp.ui.question_widget import QuestionWidget
from studyapp.ui.reasons import describe, error_text
from studyapp.ui.test_words import intro_text, locked_text, submit_text

log = logging.getLogger(__name__)
RETRY_MS = 3000


class TestTab(ActivityTab):
    section_requested = Signal(str)  # a review link to the reading section an item rests on

    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        activity: Activity,
        test: TestKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, learner_id, pack_id, activity, parent)
        self.test = test
        self.attempt_id: int | None = None
        self._confirm_unanswered = False
        self._unsaved: set[str] = set()
        # Answer changes that Ctrl+Z takes back, newest last: (item, selection before).
        self._undo: list[tuple[Item, list[str]]] = []
        self._last: dict[str, list[str]] = {}
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._retry_pending)

        self.questions: list[QuestionWidget] = []
        self.form: forms.Form = ()
        self._form_is_attempts = False
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)

        self.submit_button = QPushButton(submit_text(test))
        self.submit_button.clicked.connect(self._submit)
        self.retake_button = QPushButton(translate("TestTab", "&Retake Post-Test"))
        self.retake_button.clicked.connect(self._retake)
        self.undo_button = QPushButton(translate("TestTab", "&Undo last answer"))
        self.undo_button.setToolTip(
            translate("TestTab", "Put back the answer before your last change (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.missed_only = QCheckBox(translate("TestTab", "Show only the questions I &missed"))
        self.missed_only.toggled.connect(self._filter_review)
        self.missed_only.hide()
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missed_only)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.refresh()

    # What the learner sees -------------------------------------------------

    def on_change(self, changed: Changed) -> None:
        """The Post-Test unlocks when the Pre-Test is submitted, wherever that was done."""
        if (
            self.test is TestKind.POST
            and changed.what is Change.TEST_SUBMITTED
            and self.attempt_id is None
        ):
            self.refresh()

    def _show_form(self, form: forms.Form) -> None:
        """Build the questions of this form, in its order (a new form: new widgets)."""
        if form == self.form and self.questions:
            return
        for widget in self.questions:
            self._column.removeWidget(widget)
            widget.deleteLater()
        self.questions = []
        by_id = {i.id: i for i in self.activity.items(self.test)}
        for n, asked in enumerate((f for f in form if f.item_id in by_id), start=1):
            widget = QuestionWidget(
                by_id[asked.item_id], n, self._answered, None, asked.option_order
            )
            widget.section_requested.connect(self.section_requested)
            self.questions.append(widget)
            self._column.insertWidget(self._column.count() - 1, widget)
            widget.show()  # a layout shows a new child only on the next event loop turn
        self.form = form
        # Tab goes through the questions in the order shown, then to the buttons below:
        # widgets made after the buttons would otherwise come after them.
        previous: QWidget = self.scroll
        for widget in self.questions:
            for button in widget.buttons.values():
                QWidget.setTabOrder(previous, button)
                previous = button
        for button in (self.missed_only, self.undo_button, self.retake_button, self.submit_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def first_control(self) -> QWidget | None:
        """Where the keyboard starts on this test: its first answer."""
        first = self.questions[0] if self.questions else None
        return next(iter(first.buttons.values())) if first and first.buttons else None

    def refresh(self) -> None:
        state = attempts.state(self.ctx, self.learner_id, self.pack_id, self.test)
        attempt = state.attempt
        if attempt is not None:
            self._show_form(attempt.form)
        elif not self.questions or self._form_is_attempts:
            # No attempt yet: the next one's form, kept for when the first answer starts it.
            self._show_form(attempts.new_form(self.activity, self.test))
        self._form_is_attempts = attempt is not None
        self.message.clear()
        self._confirm_unanswered = False
        self.submit_button.setText(submit_text(self.test))
        attempt = state.attempt
        self.attempt_id = attempt.id if attempt and not attempt.submitted else None
        locked = state.lock is not None
        self.scroll.setEnabled(not locked)
        if locked:
            self.status.setText(
                locked_text(self.test).format(why=html.escape(describe(state.lock)))
            )
            self._show_answers({}, editable=False)
            self.submit_button.hide()
            self.retake_button.hide()
            return
        if attempt is None or not attempt.submitted:
            answers = attempt.answers if attempt else {}
            self._show_answers(answers, editable=True)
            self.status.setText(intro_text(self.test, state, self.activity.passing_score))
            self.submit_button.show()
            self.submit_button.setEnabled(True)
            self.retake_button.hide()
            return
        self._show_submitted(state)

    def _show_answers(self, answers: dict[str, list[str]], editable: bool) -> None:
        self._last = {item_id: list(keys) for item_id, keys in answers.items()}
        self._undo.clear()
        self.undo_button.hide()
        for widget in self.questions:
            widget.set_selection(answers.get(widget.item.id, []))
            widget.set_editable(editable)
            widget.hide_review()
        self.missed_only.setChecked(False)
        self.missed_only.hide()

    def _show_submitted(self, state: TestState) -> None:
        attempt = state.attempt
        assert attempt is not None and attempt.score is not None
        score = attempt.score
        for widget in self.questions:
            selection = attempt.answers.get(widget.item.id, [])
            widget.set_selection(selection)
            widget.set_editable(False)
            if self.test is TestKind.POST:
                widget.show_review(self.activity, scoring.is_correct(widget.item, selection))
        missed = sum(1 for w in self.questions if w.correct is False)
        self.missed_only.setText(
            translate("TestTab", "Show only the 1 question I &missed")
            if missed == 1
            else translate("TestTab", "Show only the {count} questions I &missed").format(
                count=missed
            )
        )
        self.missed_only.setVisible(self.test is TestKind.POST and missed > 0)
        self._filter_review()
        self.submit_button.hide()
        self._undo.clear()  # a submitted test's answers are final
        self.undo_button.hide()
        summary = translate("TestTab", "{percent}% ({correct} of {total} correct)").format(
            percent=score.percent, correct=score.correct, total=score.total
        )
        if self.test is TestKind.PRE:
            self.status.setText(
                translate(
                    "TestTab",
                    "<b>Pre-Test submitted: {summary}.</b> This score does not affect your "
                    "credit. The Post-Test is now unlocked; the Reading tab covers everything it "
                    "asks.",
                ).format(summary=summary)
            )
            self.retake_button.hide()
        elif attempt.passed:
            self.status.setText(
                translate(
                    "TestTab",
                    "<b>You passed the Post-Test with {summary}.</b> Review the answers below, "
                    "then complete the Evaluation to claim credit.",
                ).format(summary=summary)
            )
            self.retake_button.hide()
        else:
            retake = state.can_start
            tail = (
                translate(
                    "TestTab",
                    "Review the explanations below, then retake the Post-Test when ready.",
                )
                if retake
                else translate("TestTab", "You have no attempts left.")
            )
            self.status.setText(
                translate(
                    "TestTab", "<b>You scored {summary}. You need {score}% to pass.</b> {tail}"
                ).format(summary=summary, score=self.activity.passing_score, tail=tail)
            )
            self.retake_button.setVisible(retake)

    def _filter_review(self) -> None:
        only_missed = self.missed_only.isChecked() and self.missed_only.isVisible()
        for widget in self.questions:
            widget.setVisible(not (only_missed and widget.correct is True))

    # What the learner does -------------------------------------------------

    def _answered(self, item: Item, selection: list[str], undoing: bool = False) -> None:
        widget = next(w for w in self.questions if w.item is item)
        if not undoing:
            self._undo.append((item, self._last.get(item.id, [])))
            self.undo_button.show()
        self._last[item.id] = list(selection)
        try:
            if self.attempt_id is None:
                self.attempt_id = attempts.start(
                    self.ctx, self.learner_id, self.pack_id, self.test, self.form
                ).id
            attempts.save_answer(self.ctx, self.attempt_id, item.id, selection)
        except StorageUnavailable as exc:
            self._unsaved.add(item.id)
            widget.mark_saved(False, translate("TestTab", "Kept in memory: not yet saved to disk."))
            self.message.setText(error_text(exc))
            self._retry.start()
            return
        except UserError as exc:
            widget.mark_saved(False, error_text(exc))
            return
        except Exception:
            log.exception("Could not save an answer")
            widget.mark_saved(
                False,
                translate(
                    "TestTab",
                    "Not saved: the answer could not be written. Try again; if it keeps failing, "
                    "see the log.",
                ),
            )
            raise
        widget.mark_saved(True)
        self._unsaved.discard(item.id)
        if self._unsaved:
            return  # an earlier answer is still waiting; keep its message up
        self.message.clear()
        self._confirm_unanswered = False
        self.submit_button.setText(submit_text(self.test))

    def undo(self) -> None:
        """Put back the selection before the last change, and save it like any answer."""
        if not self._undo or self.attempt_id is None:
            return
        item, before = self._undo.pop()
        widget = next(w for w in self.questions if w.item is item)
        widget.set_selection(before)
        self._answered(item, before, undoing=True)
        self.undo_button.setVisible(bool(self._undo))
        n = self.questions.index(widget) + 1
        self.message.setText(
            translate("TestTab", "Question {n}: your earlier answer is back and saved.").format(n=n)
            if before
            else translate("TestTab", "Question {n}: unanswered again.").format(n=n)
        )
        self.scroll.ensureWidgetVisible(widget)

    def _retry_pending(self) -> None:
        if attempts.retry_pending(self.ctx):
            return
        self._retry.stop()
        for widget in self.questions:
            if widget.item.id in self._unsaved:
                widget.mark_saved(True)
        self._unsaved.clear()
        self.message.setText(translate("TestTab", "All answers are now saved to disk."))

    def _submit(self) -> None:
        unanswered = [str(n) for n, w in enumerate(self.questions, start=1) if not w.selection()]
        if unanswered and not self._confirm_unanswered:
            count = len(unanswered)
            self.message.setText(
                (
                    translate(
                        "TestTab",
                        "1 question is unanswered ({numbers}); unanswered questions score zero. "
                        "Answer it, or click Submit anyway.",
                    )
                    if count == 1
                    else translate(
                        "TestTab",
                        "{count} questions are unanswered ({numbers}); unanswered questions score "
                        "zero. Answer them, or click Submit anyway.",
                    )
                ).format(count=count, numbers=", ".join(unanswered))
            )
            self.submit_button.setText(translate("TestTab", "Submit &anyway"))
            self._confirm_unanswered = True
            return
        try:
            if self.attempt_id is None:
                self.attempt_id = attempts.start(
                    self.ctx, self.learner_id, self.pack_id, self.test, self.form
                ).id
            attempts.submit(self.ctx, self.attempt_id)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh()
        self.scroll.verticalScrollBar().setValue(0)
        self._announce_result()

    def _announce_result(self) -> None:
        """The score, and then each review verdict, read out by a screen reader."""
        from studyapp.ui.announce import announce

        verdicts = [w.review.accessibleName() for w in self.questions if w.correct is not None]
        text = self.status.text()
        if verdicts:
            text += " " + "; ".join(verdicts) + "."
        announce(self, text)

    def _retake(self) -> None:
        try:
            attempt = attempts.start(self.ctx, self.learner_id, self.pack_id, self.test)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.attempt_id = attempt.id
        self.refresh()
        self.scroll.verticalScrollBar().setValue(0)
