"""Beside the Reading: how much of it the learner has read, search across its sections,
a bookmark and a note for the section shown. Kept per learner and activity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import Activity
from studyapp.services import reading_aids
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui import theme
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text

SECTION = Qt.ItemDataRole.UserRole
NOTE_SAVE_MS = 600


class ReadingAids(QWidget):
    section_requested = Signal(str, str)  # section id, the words to find there
    marks_changed = Signal(set, set)  # read section ids, bookmarked section ids

    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        activity: Activity,
        root: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.pack_id = ctx, learner_id, pack_id
        self.activity, self.root = activity, root
        self.section_id = ""
        self.marks = reading_aids.marks(ctx, learner_id, pack_id)
        self.progress = QLabel()
        self.search = QLineEdit(
            placeholderText=translate("ReadingAids", "Search this activity (Ctrl+Shift+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ReadingAids", "Search the reading"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("ReadingAids", "Sections that match"))
        self.results.setWordWrap(True)
        self.results.hide()
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        self.bookmark = QPushButton()
        self.bookmark.setCheckable(True)
        self.bookmark.setToolTip("Ctrl+D")
        self.bookmark.toggled.connect(self._bookmark_toggled)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else
        self.note.setPlaceholderText(
            translate("ReadingAids", "Your note on this section, saved as you type")
        )
        self.note.setAccessibleName(translate("ReadingAids", "Your note on this section"))
        self.note.setMaximumHeight(140)
        self.note_state = QLabel()
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self._save_note)
        self.note.textChanged.connect(self._note_typed)
        self._loading = False
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+D"), self, self.bookmark.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.bookmark)
        layout.addWidget(self.note)
        layout.addWidget(self.note_state)
        self._show_progress()

    # The section shown ------------------------------------------------------

    def section_changed(self, section_id: str) -> None:
        self.flush()
        self.section_id = section_id
        try:
            if reading_aids.mark_read(self.ctx, self.learner_id, self.pack_id, section_id):
                old = self.marks.get(section_id, reading_aids.SectionMarks())
                self.marks[section_id] = reading_aids.SectionMarks(True, old.bookmarked, old.note)
        except UserError:
            pass  # a locked profile reads without marks
        current = self.marks.get(section_id, reading_aids.SectionMarks())
        self._loading = True
        self.bookmark.setChecked(current.bookmarked)
        self._label_bookmark(current.bookmarked)
        self.note.setPlainText(current.note)
        self._loading = False
        self.note_state.clear()
        self._show_progress()

    def _show_progress(self) -> None:
        ids = {s.id for s in self.activity.sections}
        read = {k for k, m in self.marks.items() if m.read and k in ids}
        marked = {k for k, m in self.marks.items() if m.bookmarked and k in ids}
        self.progress.setText(
            translate("ReadingAids", "Read {read} of {total} sections").format(
                read=len(read), total=len(ids)
            )
        )
        self.marks_changed.emit(read, marked)

    # Bookmark and note ------------------------------------------------------

    def _label_bookmark(self, on: bool) -> None:
        self.bookmark.setText(
            "★ Bookmarked" if on else translate("ReadingAids", "☆ &Bookmark this section")
        )

    def _bookmark_toggled(self, on: bool) -> None:
        self._label_bookmark(on)
        if self._loading or not self.section_id:
            return
        try:
            reading_aids.set_bookmark(self.ctx, self.learner_id, self.pack_id, self.section_id, on)
        except UserError as exc:
            self.note_state.setText(error_text(exc))
            return
        old = self.marks.get(self.section_id, reading_aids.SectionMarks())
        self.marks[self.section_id] = reading_aids.SectionMarks(old.read, on, old.note)
        self._show_progress()

    def _note_typed(self) -> None:
        if not self._loading:
            self.note_state.setText("Saving…")
            self._note_timer.start()

    def flush(self) -> None:
        """Save a note still waiting on its timer (leaving the section, the tab, the app)."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._save_note()

    def _save_note(self) -> None:
        if not self.section_id:
            return
        text = self.note.toPlainText()
        try:
            reading_aids.save_note(self.ctx, self.learner_id, self.pack_id, self.section_id, text)
        except UserError as exc:
            self.note_state.setStyleSheet(theme.problem_style())
            self.note_state.setText(
                translate("ReadingAids", "Not saved: {reason}").format(reason=error_text(exc))
            )
            return
        old = self.marks.get(self.section_id, reading_aids.SectionMarks())
        self.marks[self.section_id] = reading_aids.SectionMarks(old.read, old.bookmarked, text)
        self.note_state.setStyleSheet(theme.good_style())
        self.note_state.setText(translate("ReadingAids", "Note saved"))

    # Search -----------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            return
        found = reading_aids.search(self.activity, self.root, query)
        if not found:
            entry = QListWidgetItem(
                translate("ReadingAids", "No section mentions “{query}”.").format(query=query)
            )
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(entry)
        for hit in found:
            entry = QListWidgetItem(f"{hit.title} ({hit.count})\n{hit.snippet}")
            entry.setData(SECTION, hit.section_id)
            self.results.addItem(entry)
        self.results.show()

    def _result_chosen(self, item: QListWidgetItem) -> None:
        section_id = item.data(SECTION)
        if section_id:
            self.section_requested.emit(section_id, self.search.text().strip())

    def result_texts(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]
