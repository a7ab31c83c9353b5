"""The Evaluation tab: Likert scales, yes/no, numbers and free text, each saved as given."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import (
    LIKERT_LABELS,
    YES_NO_LABELS,
    Activity,
    EvaluationKind,
    EvaluationQuestion,
)
from studyapp.services import evaluations
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.services.evaluations import AnswerProblem, AnswersIncompleteError, Problem
from studyapp.ui import theme
from studyapp.ui.activity_tab import ActivityTab
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import describe, error_text

log = logging.getLogger(__name__)
TEXT_SAVE_DELAY_MS = 500


class EvaluationQuestionWidget(QGroupBox):
    def __init__(
        self, question: EvaluationQuestion, number: int, save: Callable[[str, str], None]
    ) -> None:
        title = (
            f"{number}. "
            if question.required
            else translate("EvaluationTab", "{number}. (optional) ").format(number=number)
        )
        super().__init__(title)
        self.question = question
        self._save = save
        self._loading = False
        self.prompt = QLabel(question.prompt)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(theme.problem_style())
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        self.group: QButtonGroup | None = None
        self.text: QPlainTextEdit | QLineEdit | None = None
        self._timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        if question.kind in (EvaluationKind.LIKERT, EvaluationKind.YES_NO):
            values = LIKERT_LABELS if question.kind is EvaluationKind.LIKERT else YES_NO_LABELS
            row = QHBoxLayout()
            self.group = QButtonGroup(self)
            for n, label in enumerate(values, start=1):
                button = QRadioButton(translate("Messages", label))
                value = str(n) if question.kind is EvaluationKind.LIKERT else label.lower()
                button.setProperty("value", value)
                self.group.addButton(button)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self.group.buttonToggled.connect(self._choice)
        elif question.kind is EvaluationKind.NUMBER:
            self.text = QLineEdit()
            low = question.minimum if question.minimum is not None else 0
            high = question.maximum if question.maximum is not None else 100_000
            self.text.setValidator(QIntValidator(low, high, self))
            self.text.setPlaceholderText(
                translate("EvaluationTab", "{low} to {high}").format(low=low, high=high)
            )
            self.text.setMaximumWidth(160)
            self.text.textEdited.connect(lambda _t: self._timer.start())
            self.text.editingFinished.connect(self.flush)
            layout.addWidget(self.text)
        else:
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else
            self.text.setMaximumHeight(90)
            self.text.textChanged.connect(self._typed)
            layout.addWidget(self.text)
        layout.addWidget(self.error)

    def value(self) -> str:
        if self.group is not None:
            button = self.group.checkedButton()
            return str(button.property("value")) if button else ""
        if isinstance(self.text, QPlainTextEdit):
            return self.text.toPlainText()
        return self.text.text() if self.text else ""

    def set_value(self, value: str) -> None:
        self._loading = True
        if self.group is not None:
            for button in self.group.buttons():
                button.setChecked(button.property("value") == value)
        elif isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(value)
        elif self.text is not None:
            self.text.setText(value)
        self._loading = False

    def set_editable(self, editable: bool) -> None:
        """Once submitted, every kind of answer looks the same: shown, greyed, unchangeable
        (read-only text boxes looked editable beside greyed radio buttons)."""
        if self.group is not None:
            for button in self.group.buttons():
                button.setEnabled(editable)
        elif self.text is not None:
            self.text.setReadOnly(not editable)
            self.text.setEnabled(editable)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def flush(self) -> None:
        self._timer.stop()
        if not self._loading:
            self._save(self.question.id, self.value())

    def pending(self) -> bool:
        return self._timer.isActive()

    def _choice(self, _button: QRadioButton, checked: bool) -> None:
        if checked and not self._loading:
            self.flush()

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()


def answer_problem_text(problem: AnswerProblem) -> str:
    n = problem.number
    if problem.problem is Problem.REQUIRED:
        return translate("EvaluationTab", "Question {n} needs an answer.").format(n=n)
    if problem.problem is Problem.TOO_LONG:
        return translate(
            "EvaluationTab",
            "Question {n}: this answer is {length:,} characters long; please shorten it to "
            "{limit:,} or fewer.",
        ).format(n=n, length=problem.length, limit=problem.limit)
    if problem.problem is Problem.NOT_A_NUMBER:
        return translate("EvaluationTab", "Question {n}: enter a whole number.").format(n=n)
    if problem.problem is Problem.BELOW_MINIMUM:
        return translate("EvaluationTab", "Question {n}: enter {limit} or more.").format(
            n=n, limit=problem.limit
        )
    return translate("EvaluationTab", "Question {n}: enter {limit} or less.").format(
        n=n, limit=problem.limit
    )


def summary_text(problems: list[AnswerProblem]) -> str:
    missing = [str(p.number) for p in problems if p.problem is Problem.REQUIRED]
    wrong = [str(p.number) for p in problems if p.problem is not Problem.REQUIRED]
    parts = []
    if missing:
        parts.append(
            (
                translate("EvaluationTab", "answer the required questions {list}")
                if len(missing) > 1
                else translate("EvaluationTab", "answer the required question {list}")
            ).format(list=", ".join(missing))
        )
    if wrong:
        parts.append(
            (
                translate("EvaluationTab", "correct questions {list}")
                if len(wrong) > 1
                else translate("EvaluationTab", "correct question {list}")
            ).format(list=", ".join(wrong))
        )
    return translate("EvaluationTab", "Please {what} before submitting.").format(
        what=translate("EvaluationTab", " and ").join(parts)
    )


class EvaluationTab(ActivityTab):
    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        activity: Activity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, learner_id, pack_id, activity, parent)
        self.questions: list[EvaluationQuestionWidget] = []
        body = QWidget()
        column = QVBoxLayout(body)
        for n, question in enumerate(activity.evaluation, start=1):
            widget = EvaluationQuestionWidget(question, n, self._save)
            self.questions.append(widget)
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.submit_button = QPushButton(translate("EvaluationTab", "&Submit Evaluation"))
        self.submit_button.clicked.connect(self._submit)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.refresh()

    def on_change(self, changed: Changed) -> None:
        """Taking the Post-Test opens the Evaluation."""
        if changed.what is Change.TEST_SUBMITTED:
            self.flush()
            self.refresh()

    def refresh(self) -> None:
        state = evaluations.load(self.ctx, self.learner_id, self.pack_id)
        for widget in self.questions:
            widget.set_value(state.answers.get(widget.question.id, ""))
            widget.set_editable(not state.submitted and state.lock is None)
            widget.show_error("")
        self.message.clear()
        self.submit_button.setVisible(not state.submitted and state.lock is None)
        self.scroll.setEnabled(state.lock is None)
        if state.lock is not None:
            self.status.setText(
                translate("EvaluationTab", "<b>The Evaluation is locked.</b> {why}").format(
                    why=html.escape(describe(state.lock))
                )
            )
        elif state.submitted:
            self.status.setText(
                translate(
                    "EvaluationTab",
                    "<b>Evaluation submitted.</b> Thank you: providers use these answers to plan "
                    "future activities.",
                )
            )
        else:
            self.status.setText(
                translate(
                    "EvaluationTab",
                    "Tell the provider how the activity worked for you. Answers are saved as you "
                    "give them; questions not marked optional are required.",
                )
            )

    def flush(self) -> None:
        for widget in self.questions:
            if widget.pending():
                widget.flush()

    def _save(self, question_id: str, value: str) -> None:
        widget = next(w for w in self.questions if w.question.id == question_id)
        try:
            evaluations.save_answer(self.ctx, self.learner_id, self.pack_id, question_id, value)
        except AnswersIncompleteError as exc:
            widget.show_error(answer_problem_text(exc.problems[question_id]))
            return
        except UserError as exc:
            widget.show_error(error_text(exc))
            return
        widget.show_error("")

    def _submit(self) -> None:
        self.flush()
        try:
            evaluations.submit(self.ctx, self.learner_id, self.pack_id)
        except AnswersIncompleteError as exc:
            for widget in self.questions:
                problem = exc.problems.get(widget.question.id)
                widget.show_error(answer_problem_text(problem) if problem else "")
            self.message.setText(summary_text(list(exc.problems.values())))
            first = next(w for w in self.questions if w.question.id in exc.problems)
            self.scroll.ensureWidgetVisible(first)
            return
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.refresh()
