"""What every tab of an open activity has: whose and which activity, and two message lines."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from studyapp.core.activity import Activity
from studyapp.services.changes import Changed
from studyapp.services.context import Context
from studyapp.ui import theme


class ActivityTab(QWidget):
    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        activity: Activity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.pack_id, self.activity = ctx, learner_id, pack_id, activity
        self.status = QLabel()  # where the learner stands in this tab
        self.status.setWordWrap(True)
        self.message = QLabel()  # what just went wrong, in red
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.problem_style())

    def on_change(self, changed: Changed) -> None:
        """A service wrote something about this learner and activity; tabs whose view
        depends on it refresh themselves (ActivityView passes each change on)."""
