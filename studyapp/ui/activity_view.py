"""An open activity: the six tabs, with locks kept in step and the open tab remembered.

Each tab is built the first time it is shown: building all six at once took
50-130 ms on the UI thread, and most visits use two or three of them. Each tab's module
is imported then too: the first activity opened at start, before the warm-up has
imported them, paid 40 ms for the five tabs it did not show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from studyapp.core import gating
from studyapp.core.activity import TestKind
from studyapp.services import active_time, attempts, library, places
from studyapp.services.changes import Change, Changed
from studyapp.ui.activity_clock import ActivityClock
from studyapp.ui.activity_frame import build_frame
from studyapp.ui.session import Session

if TYPE_CHECKING:
    from studyapp.ui.credit_tab import CreditTab
    from studyapp.ui.evaluation_tab import EvaluationTab
    from studyapp.ui.overview_tab import OverviewTab
    from studyapp.ui.reading_tab import ReadingTab
    from studyapp.ui.test_tab import TestTab

TABS = ("overview", "pretest", "reading", "posttest", "evaluation", "credit")


class ActivityView(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        session: Session,
        pack_id: int,
        parent: QWidget | None = None,
        reading_splitter: QByteArray | None = None,
        resumed: bool = False,
    ) -> None:
        super().__init__(parent)
        assert session.ctx is not None and session.learner is not None
        ctx, learner_id = session.ctx, session.learner.id
        self.session = session
        self.ctx, self.learner_id, self.pack_id = ctx, learner_id, pack_id
        self.activity = library.activity(ctx, pack_id)
        places.open_activity(ctx, learner_id, pack_id, resumed)
        self._place = places.get(ctx, learner_id, pack_id)
        self._root = ctx.pack_folder(library.pack_folder(ctx, pack_id))
        self._reading_splitter = reading_splitter
        self._built: dict[str, QWidget] = {}

        frame = build_frame(self, self.activity.title)
        frame.back.clicked.connect(self.back_requested)
        self.tabs, self.rail, self._pages = frame.tabs, frame.rail, frame.pages
        self.rail.step_chosen.connect(self._step_chosen)
        start = TABS.index(self._place.last_tab) if self._place.last_tab in TABS else 0
        self.tabs.setCurrentIndex(start)
        self._update_tab_labels()
        self._tab(TABS[start])
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.activated.connect(
                lambda n=n: (self.tabs.setCurrentIndex(n), self.focus_step())
            )

        self.clock = ActivityClock(self, self._add_time)
        self.clock.set_tab(TABS[start])
        session.changed.connect(self._on_change)

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
            from studyapp.ui.overview_tab import OverviewTab

            tab = OverviewTab(act, self._root, self._place.queued, self._place.overview_scroll)
            tab.queue_toggled.connect(lambda q: places.set_queued(ctx, learner_id, pack_id, q))
            tab.scrolled.connect(
                lambda value: places.set_overview_scroll(ctx, learner_id, pack_id, value)
            )
            return tab

        def test(kind: TestKind) -> QWidget:
            from studyapp.ui.test_tab import TestTab

            tab = TestTab(ctx, learner_id, pack_id, act, kind)
            tab.section_requested.connect(self.read_section)
            return tab

        def reading() -> QWidget:
            from studyapp.ui.reading_aids import ReadingAids
            from studyapp.ui.reading_tab import ReadingTab

            place = places.get(ctx, learner_id, pack_id)
            tab = ReadingTab(act, self._root, place.reading_section, place.reading_scroll)
            if self._reading_splitter is not None:
                tab.splitter.restoreState(self._reading_splitter)
            tab.place_changed.connect(
                lambda section, scroll: places.set_reading(
                    ctx, learner_id, pack_id, section, scroll
                )
            )
            if place.reading_section is None and tab.current_section() and not ctx.read_only:
                # The first visit: the Reading counts as opened (the step rail marks it).
                places.set_reading(ctx, learner_id, pack_id, tab.current_section(), 0)
            aids = ReadingAids(ctx, learner_id, pack_id, act, self._root)
            aids.marks_changed.connect(tab.set_marks)
            tab.section_shown.connect(aids.section_changed)
            aids.section_requested.connect(
                lambda section, words: (tab.show_section(section), tab.find(words))
            )
            tab.side_layout.addWidget(aids)
            tab.aids = aids
            aids.section_changed(tab.current_section())
            return tab

        def evaluation() -> QWidget:
            from studyapp.ui.evaluation_tab import EvaluationTab

            return EvaluationTab(ctx, learner_id, pack_id, act)

        def credit() -> QWidget:
            from studyapp.ui.credit_tab import CreditTab

            return CreditTab(ctx, learner_id, pack_id, act)

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

    def read_section(self, section_id: str) -> None:
        """From a review link: the Reading, at the section the question rests on."""
        self.show_tab("reading")
        self.reading.show_section(section_id)

    def flush(self) -> None:
        """Write anything still waiting on a timer (typed text, reading place, time)."""
        self.clock.flush()
        if self.is_built("evaluation"):
            self.evaluation.flush()
        if self.is_built("reading"):
            self.reading.flush()
            if self.reading.aids is not None:
                self.reading.aids.flush()

    def _step_chosen(self, index: int) -> None:
        if index == self.tabs.currentIndex():
            self.rail.set_current(index)  # clicking the current step leaves it checked
        self.tabs.setCurrentIndex(index)

    def focus_step(self) -> None:
        """The keyboard goes into the step shown, at its first control."""
        page = self._built.get(self.current_tab())
        if page is None:
            return
        chosen = getattr(page, "first_control", lambda: None)()
        if chosen is not None and chosen.isEnabled():
            chosen.setFocus(Qt.FocusReason.TabFocusReason)
            return
        first = next(
            (
                w
                for w in page.findChildren(QWidget)
                if w.isVisibleTo(page)
                and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ),
            None,
        )
        (first or page).setFocus(Qt.FocusReason.TabFocusReason)

    def _tab_changed(self, index: int) -> None:
        self.flush()
        name = TABS[index]
        self.clock.set_tab(name)
        places.set_tab(self.ctx, self.learner_id, self.pack_id, name)
        self._tab(name)
        reading = TABS.index("reading")
        if name == "reading" and self.rail.views[reading].state is not gating.StageState.DONE:
            self._update_tab_labels()  # opening the Reading marks it done
        else:
            self.rail.set_current(index)

    def _add_time(self, tab: str, seconds: int) -> None:
        active_time.add(self.ctx, self.learner_id, self.pack_id, tab, seconds)

    def _on_change(self, changed: Changed) -> None:
        """Every tab built so far hears what changed in this activity and refreshes what
        depends on it; the tab labels follow."""
        if not self.session.concerns(changed, self.pack_id) or (
            changed.what is Change.TIME and (not self.is_built("credit"))
        ):
            return
        for widget in self._built.values():
            on_change = getattr(widget, "on_change", None)
            if on_change is not None:
                on_change(changed)
        if changed.what is not Change.TIME:
            self._update_tab_labels()

    def close_view(self) -> None:
        """Before the view goes: the last seconds of work are counted, nothing is left
        listening."""
        self.clock.stop()
        self.session.changed.disconnect(self._on_change)

    def _update_tab_labels(self) -> None:
        """The rail's marks follow the learner's progress."""
        prog = attempts.progress(self.ctx, self.learner_id, self.pack_id)
        views = gating.stages(self.activity, prog, self.ctx.today())
        self.rail.show_stages(views, self.tabs.currentIndex())
