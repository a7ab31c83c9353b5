"""The Reading tab: sections listed on the left, rendered Markdown on the right; place kept."""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from studyapp.core.activity import Activity

if TYPE_CHECKING:
    from studyapp.ui.reading_aids import ReadingAids
from studyapp.ui.i18n import translate
from studyapp.ui.markdown_view import MarkdownView

log = logging.getLogger(__name__)


class ReadingTab(QWidget):
    place_changed = Signal(str, int)
    section_shown = Signal(str)
    aids: ReadingAids | None = None  # beside the section list (activity_view adds them)

    def __init__(
        self,
        activity: Activity,
        root: Path,
        section_id: str | None,
        scroll: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.activity, self.root = activity, root
        self.sections = QListWidget()
        self.sections.setAccessibleName(translate("ReadingTab", "Reading sections"))
        self.sections.setWordWrap(True)
        for section in activity.sections:
            self.sections.addItem(section.title)
        self.view = MarkdownView()
        self.view.external_link.connect(self._external)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reading_splitter")
        self.side = QWidget()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.addWidget(self.sections, 1)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self._emit_place)
        start = next((i for i, s in enumerate(activity.sections) if s.id == section_id), 0)
        self.sections.currentRowChanged.connect(self._show)
        self.sections.setCurrentRow(start)
        if scroll:
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(scroll))
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())

    def set_marks(self, read: set[str], bookmarked: set[str]) -> None:
        """The list says which sections are read (✓) and bookmarked (★), in signs and
        in each entry's accessible name."""
        for row, section in enumerate(self.activity.sections):
            item = self.sections.item(row)
            signs = ("✓ " if section.id in read else "") + section.title
            item.setText(signs + (" ★" if section.id in bookmarked else ""))
            states = [w for w, on in (("read", section.id in read),
                                      ("bookmarked", section.id in bookmarked)) if on]  # fmt: skip
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                section.title + (f" ({', '.join(states)})" if states else ""),
            )

    def find(self, words: str) -> bool:
        """Select the first place the words' first word appears in the section shown."""
        first = words.split()[0] if words.split() else ""
        if not first:
            return False
        cursor = self.view.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.view.setTextCursor(cursor)
        return self.view.find(first)

    def show_section(self, section_id: str) -> bool:
        row = next((i for i, s in enumerate(self.activity.sections) if s.id == section_id), -1)
        if row >= 0:
            self.sections.setCurrentRow(row)
            self.view.verticalScrollBar().setValue(0)
        return row >= 0

    def current_section(self) -> str:
        row = self.sections.currentRow()
        return self.activity.sections[row].id if row >= 0 else ""

    def _show(self, row: int) -> None:
        if row < 0:
            return
        section = self.activity.sections[row]
        path = self.root / section.file
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            log.warning("Cannot read %s: %s", path, exc)
            text = translate("ReadingTab", "*This section could not be read ({reason}).*").format(
                reason=exc.strerror
            )
        base = str(PurePosixPath(section.file).parent)
        self.view.show_markdown(text, self.root, "" if base == "." else base)
        self.note.hide()
        self._emit_place()
        self.section_shown.emit(section.id)

    def _emit_place(self) -> None:
        self.place_changed.emit(self.current_section(), self.view.verticalScrollBar().value())

    def flush(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._emit_place()

    def _external(self, url: str) -> None:
        self.note.setText(
            translate(
                "ReadingTab", "Web links are not opened from activities. The address is: {url}"
            ).format(url=url)
        )
        self.note.show()
