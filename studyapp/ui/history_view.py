"""The CME history: every completion record, totals by credit type, a date filter."""

from __future__ import annotations

import datetime as dt
import html
import logging
import math

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.knowledge_gain import GainSummary, summarise
from studyapp.records.transcript_credential import Period
from studyapp.services import record_signing, transcript
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui import record_actions, transcript_actions
from studyapp.ui.history_model import COLUMNS, TITLE, HistoryModel, fitting_texts
from studyapp.ui.i18n import credits_text, translate
from studyapp.ui.reasons import error_text, say
from studyapp.ui.tasks import run_in_background

log = logging.getLogger(__name__)


def totals_text(count: int, result: transcript.Transcript) -> str:
    """Real credit summed by type; sample credit said apart, never added to it."""
    e = html.escape
    real = "; ".join(f"{credits_text(v)} {e(k)}" for k, v in result.totals.items())
    sample = "; ".join(f"{credits_text(v)} {e(k)}" for k, v in result.sample_totals.items())
    text = (
        translate("HistoryView", "<b>1 record.</b>")
        if count == 1
        else translate("HistoryView", "<b>{count} records.</b>").format(count=count)
    )
    text += " " + (
        translate("HistoryView", "Total credit: {real}.").format(real=real)
        if real
        else translate("HistoryView", "No credit from accredited activities yet.")
    )
    if sample:
        text += " " + translate(
            "HistoryView", "Sample activities, not valid for credit and not in the total: {sample}."
        ).format(sample=sample)
    return text


def gains_text(summary: GainSummary) -> str:
    """The history's line on learning, not credit: pre-tests against best post-tests."""
    if not summary.activities:
        return ""
    n = summary.activities
    if n == 1:
        text = translate(
            "HistoryView",
            "<b>What you learned.</b> In 1 activity, {pre}% right on the pre-test and {post}% "
            "on your best post-test ({change} points).",
        )
    else:
        text = translate(
            "HistoryView",
            "<b>What you learned.</b> Across {count} activities, {pre}% right on the pre-tests "
            "and {post}% on your best post-tests ({change} points).",
        )
    text = text.format(
        count=n,
        pre=summary.pre.percent,
        post=summary.post.percent,
        change=f"{summary.change:+d}",
    )
    if summary.most is not None and n > 1:
        title, points = summary.most
        text += " " + translate("HistoryView", "Most gained: {title} ({points} points).").format(
            title=html.escape(title), points=f"{points:+d}"
        )
    return text


class HistoryView(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Context | None = None
        self.learner_id: int | None = None
        self.rows: list[transcript.TranscriptRow] = []
        back = QPushButton(translate("HistoryView", "← &Library"))
        back.clicked.connect(self.back_requested)
        heading = QLabel(translate("HistoryView", "<h2>CME history</h2>"))
        self.all_dates = QCheckBox(translate("HistoryView", "&All dates"))
        self.all_dates.setChecked(True)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addYears(-1), calendarPopup=True)
        self.end = QDateEdit(today, calendarPopup=True)
        for widget in (self.start, self.end):
            widget.setDisplayFormat("yyyy-MM-dd")
            widget.dateChanged.connect(self.reload)
        self.all_dates.toggled.connect(self._toggle_dates)
        self._toggle_dates(True)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(heading, 1)
        top.addWidget(self.all_dates)
        start_label, end_label = QLabel(translate("HistoryView", "From")), QLabel("to")
        start_label.setBuddy(self.start)  # the fields are named by their labels
        end_label.setBuddy(self.end)
        self.start.setAccessibleName(translate("HistoryView", "Records from"))
        self.end.setAccessibleName(translate("HistoryView", "Records to"))
        top.addWidget(start_label)
        top.addWidget(self.start)
        top.addWidget(end_label)
        top.addWidget(self.end)

        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # Tab leaves the table (arrows move between rows): a keyboard user is never caught.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("HistoryView", "Completion records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a date never wraps onto two lines
        header = self.table.horizontalHeader()
        # The title takes the room left; the others are fitted to their texts at each reload
        # (_fit_columns), and a learner may widen any of them.
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.gained = QLabel()
        self.gained.setWordWrap(True)
        self.gained.hide()
        self._gains_asked = 0  # the summary requests made, so a late answer is dropped
        self.signature = QLabel()
        self.signature.setWordWrap(True)
        self.signature.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_signature())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(translate("HistoryView", "&Open certificate"))
        self.open_button.clicked.connect(self._open)
        self.save_pdf = QPushButton(translate("HistoryView", "Save &certificate…"))
        self.save_pdf.clicked.connect(self._save_pdf)
        self.save_json = QPushButton(translate("HistoryView", "Save &record…"))
        self.save_json.clicked.connect(self._save_json)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.save_json)
        self.save_transcript = QPushButton(translate("HistoryView", "Save &transcript…"))
        self.save_transcript.setToolTip(
            translate(
                "HistoryView",
                "The records in these dates as one signed transcript: a printable PDF that "
                "carries it, or the credential alone",
            )
        )
        self.save_transcript.clicked.connect(self._save_transcript)
        buttons.addWidget(self.save_transcript)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.gained)
        layout.addWidget(self.signature)
        layout.addLayout(buttons)

    def show_learner(self, ctx: Context, learner_id: int) -> None:
        self.ctx, self.learner_id = ctx, learner_id
        self.reload()
        self._show_gains(ctx, learner_id)

    def _show_gains(self, ctx: Context, learner_id: int) -> None:
        """What the learner gained across activities: read off the UI thread, as it opens
        every pack they took both tests of."""
        from studyapp.services import knowledge

        self._gains_asked += 1
        asked = self._gains_asked

        def shown(gains: list) -> None:
            # Only the latest answer: an older job may finish after a newer one.
            if asked == self._gains_asked and self.ctx is ctx and self.learner_id == learner_id:
                text = gains_text(summarise(gains))
                self.gained.setText(text)
                self.gained.setVisible(bool(text))

        run_in_background(
            knowledge.history_gains,
            (ctx, learner_id),
            on_success=shown,
            on_failure=lambda exc: log.warning("Knowledge summary failed: %s", exc),
            owner=self.gained,
        )

    def _toggle_dates(self, all_dates: bool) -> None:
        self.start.setEnabled(not all_dates)
        self.end.setEnabled(not all_dates)
        self.reload()

    def set_range(self, start: dt.date | None, end: dt.date | None) -> None:
        if start is None and end is None:
            self.all_dates.setChecked(True)
            return
        # The three fields change together: one reload, not one per field.
        for widget in (self.all_dates, self.start, self.end):
            widget.blockSignals(True)
        try:
            self.all_dates.setChecked(False)
            if start:
                self.start.setDate(QDate(start.year, start.month, start.day))
            if end:
                self.end.setDate(QDate(end.year, end.month, end.day))
        finally:
            for widget in (self.all_dates, self.start, self.end):
                widget.blockSignals(False)
        self._toggle_dates(False)

    def reload(self) -> None:
        if self.ctx is None or self.learner_id is None:
            return
        start, end = self.period().start, self.period().end
        self.show_transcript(transcript.history(self.ctx, self.learner_id, start, end), start)

    def show_transcript(self, result: transcript.Transcript, start: dt.date | None) -> None:
        self.rows = result.rows
        self.model.set_rows(result.rows)
        self._fit_columns()
        if result.rows:
            self.table.selectRow(0)
            self.totals.setText(totals_text(len(result.rows), result))
        else:
            self.totals.setText(
                translate("HistoryView", "No completion records in this period.")
                if start
                else translate(
                    "HistoryView",
                    "No completion records yet. Claim credit for an activity and its certificate "
                    "appears here.",
                )
            )
        for button in (self.open_button, self.save_pdf, self.save_json, self.save_transcript):
            button.setEnabled(bool(result.rows))
        if not result.rows:  # otherwise selecting the first row showed its signature
            self._show_signature()

    def _fit_columns(self) -> None:
        """Each column but the title as wide as its widest text, or its heading. Qt's own
        fitting asked the model for every cell of the first 200 rows at each change of
        dates (35 ms of a 60 ms filter at ten times the large folder), and missed a wider
        date further down; the distinct texts (history_model.fitting_texts) are few."""
        header = self.table.horizontalHeader()
        metrics = QFontMetricsF(self.table.font())  # fractional, as a text layout measures
        style = self.table.style()
        # As Qt sizes an item: the text, a margin each side, and the grid line.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
        for column in range(len(COLUMNS)):
            if column == TITLE:
                continue
            texts = fitting_texts(self.rows, column)
            widest = math.ceil(max((metrics.horizontalAdvance(t) for t in texts), default=0))
            header.resizeSection(column, max(widest + margin, header.sectionSizeHint(column)))

    def _show_signature(self) -> None:
        row = self._selected()
        if row is None or self.ctx is None:
            self.signature.clear()
            return
        try:
            check = record_signing.check_record(self.ctx, row.record_id)
        except UserError as exc:
            self.signature.setText(error_text(exc))
            return
        self.signature.setText(
            translate("HistoryView", "Record signature: {message}").format(
                message=say(check.message)
            )
        )

    def period(self) -> Period:
        if self.all_dates.isChecked():
            return Period(None, None)
        return Period(self.start.date().toPython(), self.end.date().toPython())

    def _save_transcript(self) -> None:
        if self.ctx is None or self.learner_id is None:
            return
        self.save_transcript.setEnabled(False)
        started = transcript_actions.save_transcript(
            self,
            self.ctx,
            self.learner_id,
            self.period(),
            self._report,
            done=lambda: self.save_transcript.setEnabled(bool(self.rows)),
        )
        if not started:
            self.save_transcript.setEnabled(bool(self.rows))

    def table_texts(self) -> list[list[str]]:
        """What each row of the table says, as shown."""
        model = self.model
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    def _selected(self) -> transcript.TranscriptRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _open(self) -> None:
        row = self._selected()
        if row is not None and self.ctx is not None:
            record_actions.open_certificate(self, self.ctx, row.record_id, self._report)

    def _report(self, text: str, _ok: bool) -> None:
        self.message.setText(text)

    def _save_pdf(self) -> None:
        row = self._selected()
        if row and self.ctx:
            record_actions.save_certificate(self, self.ctx, row.record_id, row.title, self._report)

    def _save_json(self) -> None:
        row = self._selected()
        if row and self.ctx:
            record_actions.save_record(self, self.ctx, row.record_id, row.title, self._report)
