"""An open activity: the six tabs, with locks kept in step and the open tab remembered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from studyapp.core.activity import TestKind
from studyapp.services import attempts, library, places
from studyapp.services.context import Context
from studyapp.ui.credit_tab import CreditTab
from studyapp.ui.evaluation_tab import EvaluationTab
from studyapp.ui.overview_tab import OverviewTab
from studyapp.ui.reading_tab import ReadingTab
from studyapp.ui.test_tab import TestTab

TABS = ("overview", "pretest", "reading", "posttest", "evaluation", "credit")
LABELS = ("Overview", "Pre-Test", "Reading", "Post-Test", "Evaluation", "Credit")


class ActivityView(QWidget):
    back_requested = Signal()
    progress_changed = Signal()
    claimed = Signal(str)

    def __init__(
        self, ctx: Context, learner_id: int, pack_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.pack_id = ctx, learner_id, pack_id
        self.activity = library.activity(ctx, pack_id)
        places.open_activity(ctx, learner_id, pack_id)
        place = places.get(ctx, learner_id, pack_id)
        root = ctx.pack_folder(self._folder())

        back = QPushButton("← &Library")
        back.clicked.connect(self.back_requested)
        title = QLabel(f"<h2>{self.activity.title}</h2>")
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title, 1)

        self.overview = OverviewTab(self.activity, root, place.queued)
        self.overview.queue_toggled.connect(
            lambda q: places.set_queued(ctx, learner_id, pack_id, q)
        )
        self.pretest = TestTab(ctx, learner_id, pack_id, self.activity, TestKind.PRE)
        self.reading = ReadingTab(self.activity, root, place.reading_section, place.reading_scroll)
        self.reading.place_changed.connect(
            lambda section, scroll: places.set_reading(ctx, learner_id, pack_id, section, scroll)
        )
        self.posttest = TestTab(ctx, learner_id, pack_id, self.activity, TestKind.POST)
        self.evaluation = EvaluationTab(ctx, learner_id, pack_id, self.activity)
        self.credit = CreditTab(ctx, learner_id, pack_id, self.activity)

        self.tabs = QTabWidget()
        for widget, label in zip(self._tab_widgets(), LABELS, strict=True):
            self.tabs.addTab(widget, label)
        self.pretest.submitted.connect(self._changed)
        self.posttest.submitted.connect(self._changed)
        self.evaluation.submitted.connect(self._changed)
        self.credit.claimed.connect(self._claimed)
        self._update_tab_labels()
        if place.last_tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(place.last_tab))
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _folder(self) -> str:
        from studyapp.services.library import pack_folder

        return pack_folder(self.ctx, self.pack_id)

    def _tab_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.overview,
            self.pretest,
            self.reading,
            self.posttest,
            self.evaluation,
            self.credit,
        )

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def flush(self) -> None:
        """Write anything still waiting on a timer (typed text, reading place)."""
        self.evaluation.flush()
        self.reading.flush()

    def _tab_changed(self, index: int) -> None:
        self.flush()
        places.set_tab(self.ctx, self.learner_id, self.pack_id, TABS[index])
        widget = self.tabs.widget(index)
        if widget in (self.posttest, self.credit):
            widget.refresh()

    def _changed(self) -> None:
        self.posttest.refresh()
        self.credit.refresh()
        self._update_tab_labels()
        self.progress_changed.emit()

    def _claimed(self, record_id: str) -> None:
        self._update_tab_labels()
        self.progress_changed.emit()
        self.claimed.emit(record_id)

    def _update_tab_labels(self) -> None:
        prog = attempts.progress(self.ctx, self.learner_id, self.pack_id)
        done = {
            "pretest": prog.pretest_submitted,
            "posttest": prog.posttest_passed,
            "evaluation": prog.evaluation_submitted,
            "credit": prog.credit_claimed,
        }
        for index, (name, label) in enumerate(zip(TABS, LABELS, strict=True)):
            self.tabs.setTabText(index, label + (" ✓" if done.get(name) else ""))
