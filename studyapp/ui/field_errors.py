"""Problems shown beside the field they concern, in the dialogs that take the learner's
input: each field wrapped with a hidden line for its message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.ui import theme


class FieldErrors:
    """Mixed into a dialog: `errors` holds each field's message line, by key."""

    errors: dict[str, QLabel]

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        label = QLabel()
        label.setStyleSheet(theme.problem_style())
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        self.errors[key] = label
        return box

    def show_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].setVisible(bool(text))

    def hide_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def error_text(self, key: str) -> str:
        """What the learner reads beside the field (empty when nothing is shown)."""
        label = self.errors[key]
        assert isinstance(self, QWidget)
        return label.text() if label.isVisibleTo(self) else ""
