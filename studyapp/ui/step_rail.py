"""The step rail above an open activity: Overview → Pre-Test → Reading → Post-Test →
Evaluation → Credit, each marked done, next, open or locked, and for a locked step why,
in words and a sign as well as colour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from studyapp.core.gating import StageState, StageView
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import describe

LABELS = (
    QT_TRANSLATE_NOOP("Steps", "Overview"),
    QT_TRANSLATE_NOOP("Steps", "Pre-Test"),
    QT_TRANSLATE_NOOP("Steps", "Reading"),
    QT_TRANSLATE_NOOP("Steps", "Post-Test"),
    QT_TRANSLATE_NOOP("Steps", "Evaluation"),
    QT_TRANSLATE_NOOP("Steps", "Credit"),
)


def step_label(index: int) -> str:
    """The name of step `index` (0 to 5) in the learner's language."""
    return translate("Steps", LABELS[index])


SIGNS = {StageState.DONE: "✓", StageState.NEXT: "→", StageState.OPEN: "", StageState.LOCKED: "⊘"}


def state_words(view: StageView) -> str:
    if view.state is StageState.DONE:
        return translate("StepRail", "done")
    if view.state is StageState.NEXT:
        return translate("StepRail", "your next step")
    if view.state is StageState.LOCKED:
        return translate("StepRail", "locked")
    return translate("StepRail", "open")


class StepRail(QWidget):
    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-rail")
        self.buttons: list[QToolButton] = []
        # No QButtonGroup: Qt leaves only one button of a group in the Tab order, and with
        # a non-exclusive group the arrow keys cannot reach the others either, so steps 2 to
        # 6 were out of the keyboard's reach. Each step is its own stop, in screen order;
        # set_current keeps one checked.
        row = QHBoxLayout()
        row.setSpacing(4)
        for index in range(len(LABELS)):
            if index:
                arrow = QLabel("›")
                arrow.setAccessibleName("")
                row.addWidget(arrow)
            button = QToolButton()
            button.setCheckable(True)
            button.setText(step_label(index))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, n=index: self.step_chosen.emit(n))
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        # What the chosen step's state means: the lock's reason, in a sentence.
        self.note = QLabel()
        self.note.setObjectName("step-note")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        self.views: tuple[StageView, ...] = ()

    def show_stages(self, views: tuple[StageView, ...], current: int) -> None:
        self.views = views
        for index, (button, view) in enumerate(zip(self.buttons, views, strict=True)):
            sign = SIGNS[view.state]
            button.setText(f"{sign} {step_label(index)}".strip())
            why = describe(view.lock) if view.lock else ""
            button.setToolTip(
                why
                or translate("StepRail", "{label}: {state}").format(
                    label=step_label(index), state=state_words(view)
                )
            )
            button.setAccessibleName(
                translate("StepRail", "Step {n} of 6: {label}, {state}").format(
                    n=index + 1, label=step_label(index), state=state_words(view)
                )
            )
            button.setAccessibleDescription(why)
        self.set_current(current)

    def set_current(self, index: int) -> None:
        for n, button in enumerate(self.buttons):
            button.setChecked(n == index)
        view = self.views[index] if self.views else None
        if view is not None and view.state is StageState.LOCKED and view.lock is not None:
            self.note.setText(
                translate("StepRail", "{label} is locked. {why}").format(
                    label=step_label(index), why=describe(view.lock)
                )
            )
        elif view is not None and view.state is StageState.DONE:
            following = next(
                (step_label(i) for i, v in enumerate(self.views) if v.state is StageState.NEXT),
                None,
            )
            self.note.setText(
                translate("StepRail", "{label} is done.").format(label=step_label(index))
                + (
                    " " + translate("StepRail", "Next: {step}.").format(step=following)
                    if following
                    else ""
                )
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def texts(self) -> list[str]:
        """What the rail shows, step by step."""
        return [b.text() for b in self.buttons]
