"""An open activity: the six tabs, with locks kept in step and the open tab remembered.

Each tab is built the first time it is shown: building all six at once took
50-130 ms on the UI thread, and most visits use two or three of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Signal
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
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        parent: QWidget | None = None,
        reading_splitter: QByteArray | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.pack_id = ctx, learner_id, pack_id
        self.activity = library.activity(ctx, pack_id)
        places.open_activity(ctx, learner_id, pack_id)
        self._place = places.get(ctx, learner_id, pack_id)
        self._root = ctx.pack_folder(library.pack_folder(ctx, pack_id))
        self._reading_splitter = reading_splitter
        self._built: dict[str, QWidget] = {}
        self._pages: list[QVBoxLayout] = []

        back = QPushButton("← &Library")
        back.clicked.connect(self.back_requested)
        title = QLabel(f"<h2>{self.activity.title}</h2>")
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title, 1)

        self.tabs = QTabWidget()
        for label in LABELS:
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            self._pages.append(column)
            self.tabs.addTab(page, label)
        self._update_tab_labels()
        start = TABS.index(self._place.last_tab) if self._place.last_tab in TABS else 0
        self.tabs.setCurrentIndex(start)
        self._tab(TABS[start])
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # The tabs, each built on first use ---------------------------------------

    @property
    def overview(self) -> OverviewTab:
        return self._tab("overview")  # type: ignore[return-value]

    @property
    def pretest(self) -> TestTab:
        return self._tab("pretest")  # type: ignore[return-value]

    @property
    def reading(self) -> ReadingTab:
        return self._tab("reading")  # type: ignore[return-value]

    @property
    def posttest(self) -> TestTab:
        return self._tab("posttest")  # type: ignore[return-value]

    @property
    def evaluation(self) -> EvaluationTab:
        return self._tab("evaluation")  # type: ignore[return-value]

    @property
    def credit(self) -> CreditTab:
        return self._tab("credit")  # type: ignore[return-value]

    def is_built(self, name: str) -> bool:
        return name in self._built

    def _tab(self, name: str) -> QWidget:
        widget = self._built.get(name)
        if widget is None:
            widget = self._builders()[name]()
            self._built[name] = widget
            self._pages[TABS.index(name)].addWidget(widget)
            widget.show()  # a layout shows a new child only on the next event loop turn
        return widget

    def _builders(self) -> dict[str, Callable[[], QWidget]]:
        ctx, learner_id, pack_id, act = self.ctx, self.learner_id, self.pack_id, self.activity

        def overview() -> QWidget:
            tab = OverviewTab(act, self._root, self._place.queued)
            tab.queue_toggled.connect(lambda q: places.set_queued(ctx, learner_id, pack_id, q))
            return tab

        def test(kind: TestKind) -> QWidget:
            tab = TestTab(ctx, learner_id, pack_id, act, kind)
            tab.submitted.connect(self._changed)
            return tab

        def reading() -> QWidget:
            place = places.get(ctx, learner_id, pack_id)
            tab = ReadingTab(act, self._root, place.reading_section, place.reading_scroll)
            if self._reading_splitter is not None:
                tab.splitter.restoreState(self._reading_splitter)
            tab.place_changed.connect(
                lambda section, scroll: places.set_reading(
                    ctx, learner_id, pack_id, section, scroll
                )
            )
            return tab

        def evaluation() -> QWidget:
            tab = EvaluationTab(ctx, learner_id, pack_id, act)
            tab.submitted.connect(self._changed)
            return tab

        def credit() -> QWidget:
            tab = CreditTab(ctx, learner_id, pack_id, act)
            tab.claimed.connect(self._claimed)
            return tab

        return {
            "overview": overview,
            "pretest": lambda: test(TestKind.PRE),
            "reading": reading,
            "posttest": lambda: test(TestKind.POST),
            "evaluation": evaluation,
            "credit": credit,
        }

    # What the learner does ----------------------------------------------------

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def flush(self) -> None:
        """Write anything still waiting on a timer (typed text, reading place)."""
        if self.is_built("evaluation"):
            self.evaluation.flush()
        if self.is_built("reading"):
            self.reading.flush()

    def _tab_changed(self, index: int) -> None:
        self.flush()
        name = TABS[index]
        places.set_tab(self.ctx, self.learner_id, self.pack_id, name)
        already = self.is_built(name)
        widget = self._tab(name)
        if already and name in ("posttest", "credit"):
            widget.refresh()  # type: ignore[attr-defined]

    def _changed(self) -> None:
        for name in ("posttest", "credit"):
            if self.is_built(name):
                self._built[name].refresh()  # type: ignore[attr-defined]
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
