"""The Evaluation tab: Likert scales, yes/no, numbers and free text, each saved as given."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
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

from studyapp.core.activity import LIKERT_LABELS, Activity, EvaluationKind, EvaluationQuestion
from studyapp.services import evaluations
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.ui.activity_tab import ActivityTab

log = logging.getLogger(__name__)
TEXT_SAVE_DELAY_MS = 500


class EvaluationQuestionWidget(QGroupBox):
    def __init__(
        self, question: EvaluationQuestion, number: int, save: Callable[[str, str], None]
    ) -> None:
        title = f"{number}. " + ("" if question.required else "(optional) ")
        super().__init__(title)
        self.question = question
        self._save = save
        self._loading = False
        self.prompt = QLabel(question.prompt)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        self.group: QButtonGroup | None = None
        self.text: QPlainTextEdit | QLineEdit | None = None
        self._timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        if question.kind in (EvaluationKind.LIKERT, EvaluationKind.YES_NO):
            labels = LIKERT_LABELS if question.kind is EvaluationKind.LIKERT else ("Yes", "No")
            row = QHBoxLayout()
            self.group = QButtonGroup(self)
            for n, label in enumerate(labels, start=1):
                button = QRadioButton(label)
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
            self.text.setPlaceholderText(f"{low} to {high}")
            self.text.setMaximumWidth(160)
            self.text.textEdited.connect(lambda _t: self._timer.start())
            self.text.editingFinished.connect(self.flush)
            layout.addWidget(self.text)
        else:
            self.text = QPlainTextEdit()
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
        if self.group is not None:
            for button in self.group.buttons():
                button.setEnabled(editable)
        elif isinstance(self.text, QPlainTextEdit) or self.text is not None:
            self.text.setReadOnly(not editable)

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


class EvaluationTab(ActivityTab):
    submitted = Signal()

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
        self.submit_button = QPushButton("&Submit Evaluation")
        self.submit_button.clicked.connect(self._submit)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.refresh()

    def refresh(self) -> None:
        state = evaluations.load(self.ctx, self.learner_id, self.pack_id)
        for widget in self.questions:
            widget.set_value(state.answers.get(widget.question.id, ""))
            widget.set_editable(not state.submitted)
            widget.show_error("")
        self.submit_button.setVisible(not state.submitted)
        if state.submitted:
            self.status.setText(
                "<b>Evaluation submitted.</b> Thank you: providers use these "
                "answers to plan future activities."
            )
        else:
            self.status.setText(
                "Tell the provider how the activity worked for you. Answers are "
                "saved as you give them; questions not marked optional are "
                "required."
            )

    def flush(self) -> None:
        for widget in self.questions:
            if widget.pending():
                widget.flush()

    def _save(self, question_id: str, value: str) -> None:
        widget = next(w for w in self.questions if w.question.id == question_id)
        try:
            evaluations.save_answer(self.ctx, self.learner_id, self.pack_id, question_id, value)
        except ValidationError as exc:
            widget.show_error(exc.problems.get(question_id, str(exc)))
            return
        except UserError as exc:
            widget.show_error(str(exc))
            return
        widget.show_error("")

    def _submit(self) -> None:
        self.flush()
        try:
            evaluations.submit(self.ctx, self.learner_id, self.pack_id)
        except ValidationError as exc:
            for widget in self.questions:
                widget.show_error(exc.problems.get(widget.question.id, ""))
            flagged = [
                (n, w.question.id)
                for n, w in enumerate(self.questions, 1)
                if w.question.id in exc.problems
            ]
            missing = [str(n) for n, qid in flagged if "needs an answer" in exc.problems[qid]]
            wrong = [str(n) for n, qid in flagged if "needs an answer" not in exc.problems[qid]]
            parts = []
            if missing:
                parts.append(
                    f"answer the required question{'s' if len(missing) > 1 else ''} "
                    f"{', '.join(missing)}"
                )
            if wrong:
                parts.append(f"correct question{'s' if len(wrong) > 1 else ''} {', '.join(wrong)}")
            self.message.setText(f"Please {' and '.join(parts)} before submitting.")
            first = next(w for w in self.questions if w.question.id in exc.problems)
            self.scroll.ensureWidgetVisible(first)
            return
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.refresh()
        self.submitted.emit()
