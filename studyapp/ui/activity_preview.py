"""An activity asked for before the data folder is open, shown from what is at hand.

Opening the data folder takes about 0.4 s of Python at start (SQLAlchemy's import above
all), and a learner who presses Enter or Alt+O on the library the moment it shows waited
all of it for the screen to change. The preview shows the activity's screen at once: its
title, its steps marked from the library snapshot, and on the Overview the pack's own
overview, read from the installed copy. It is shown only while the snapshot is sealed
(services/library_rows.is_sealed): nothing has written to the database since the marks
were saved, so they are the database's. The open activity replaces it as soon as the
data folder is open; a step chosen meanwhile is kept, and going back cancels the open.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from studyapp.core import gating
from studyapp.core.activity import Activity
from studyapp.services.library_rows import LibraryRow
from studyapp.ui.activity_frame import build_frame
from studyapp.ui.i18n import translate
from studyapp.ui.step_rail import step_label

log = logging.getLogger(__name__)
STEPS = tuple(stage.value for stage in gating.Stage)  # as the open activity names them


def load_activity(packs: Path, row: LibraryRow) -> tuple[Activity, Path] | None:
    """The installed copy the snapshot names and its folder, or None when it cannot be
    read or lies outside packs/ (the open activity, once the data is up, says why)."""
    from studyapp.content import loader
    from studyapp.paths import inside

    try:
        root = inside(packs, *row.folder.split("/"))
        return loader.load_folder(root), root
    except Exception as exc:  # any fault here only means no preview
        log.info("No preview of %s: %s", row.folder, exc)
        return None


class ActivityPreview(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        row: LibraryRow,
        activity: Activity,
        pack_root: Path,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activity-preview")
        self.pack_id = row.pack_id
        frame = build_frame(self, activity.title)
        frame.back.clicked.connect(self.back_requested)
        self.back = frame.back
        self.rail, self.tabs = frame.rail, frame.tabs
        start = STEPS.index(row.last_tab) if row.last_tab in STEPS else 0
        self.chosen = start  # the step the learner is on: the open activity keeps it
        self.tabs.setCurrentIndex(start)
        self.rail.show_stages(gating.stages(activity, row.progress, today), start)
        self.rail.step_chosen.connect(self.choose)
        for n in range(len(STEPS)):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self.choose(n, True))
        self.queued: bool | None = None  # queued or not, if the learner chose meanwhile
        self._filled: set[int] = set()
        self._activity, self._pack_root = activity, pack_root
        self._queued_at_start = row.queued
        self._fill(start)

    def chosen_step(self) -> str:
        return STEPS[self.chosen]

    # Ctrl+1-6 takes the keyboard into the step, as on the open activity.
    keyboard_in_step = False

    def choose(self, index: int, by_shortcut: bool = False) -> None:
        self.chosen = index
        self.keyboard_in_step = by_shortcut
        self.tabs.setCurrentIndex(index)
        self.rail.set_current(index)
        self._fill(index)

    def _fill(self, index: int) -> None:
        """The Overview is the pack's own text; every other step waits for the data."""
        if index in self._filled:
            return
        self._filled.add(index)
        page = self.tabs.widget(index).layout()
        if index == 0:
            from studyapp.ui.overview_tab import OverviewTab

            overview = OverviewTab(self._activity, self._pack_root, self._queued_at_start, 0)
            # Queuing writes to the data folder: the open activity does it.
            overview.queue_toggled.connect(lambda queued: setattr(self, "queued", queued))
            page.addWidget(overview)
            overview.show()  # a layout shows a new child only on the next event loop turn
            return
        waiting = QLabel(
            translate("ActivityPreview", "Opening {step}…").format(step=step_label(index))
        )
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setObjectName("preview-waiting")
        page.addWidget(waiting)
        waiting.show()
