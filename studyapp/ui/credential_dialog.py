"""Add or edit a licence or board certification: its cycle and the requirements of it,
typed in or loaded from a requirements file. Problems are shown beside their field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.content import requirements_file
from studyapp.content.problems import PackError
from studyapp.content.requirements_file import RequirementSet, RequirementsFile
from studyapp.core.requirements import CredentialKind, Recurrence, TopicRule, quarters_required
from studyapp.services import wallet
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.wallet import ENTERED_BY_LEARNER, CredentialData, CredentialView
from studyapp.ui import theme
from studyapp.ui.field_errors import FieldErrors
from studyapp.ui.form_names import name_form_fields
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say
from studyapp.ui.wallet_text import recurrence_name, source_words

MAX_PROBLEMS_SHOWN = 6


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def credits_box(maximum: float = 1000) -> QDoubleSpinBox:
    box = QDoubleSpinBox(minimum=0, maximum=maximum, decimals=2, singleStep=0.25)
    box.setKeyboardTracking(False)
    return box


class CredentialDialog(QDialog, FieldErrors):
    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        kind: CredentialKind,
        existing: CredentialView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.kind, self.existing = ctx, learner_id, kind, existing
        self.saved_id: int | None = None
        self.loaded: RequirementsFile | None = None
        self.source = existing.data.requirements_source if existing else ENTERED_BY_LEARNER
        licence = kind is CredentialKind.LICENCE
        if licence:
            title = (
                translate("CredentialDialog", "Edit licence")
                if existing
                else translate("CredentialDialog", "Add licence")
            )
        else:
            title = (
                translate("CredentialDialog", "Edit board certification")
                if existing
                else translate("CredentialDialog", "Add board certification")
            )
        self.setWindowTitle(title)
        self.errors: dict[str, QLabel] = {}

        self.authority = QLineEdit(placeholderText="e.g. Massachusetts" if licence else "e.g. ABIM")
        self.profession = QLineEdit(placeholderText="e.g. Physician" if licence else "optional")
        self.number = QLineEdit()
        today = ctx.today()
        self.cycle_start = QDateEdit(_qdate(today), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.cycle_end = QDateEdit(
            _qdate(
                today.replace(year=today.year + 2)
                if today.month != 2 or today.day != 29
                else dt.date(today.year + 2, 2, 28)
            ),
            calendarPopup=True,
            displayFormat="yyyy-MM-dd",
        )
        self.first_renewal = QCheckBox(
            translate("CredentialDialog", "This cycle ends at the &first renewal of this licence")
        )
        self.total = credits_box()
        self.credit_types = QLineEdit(
            placeholderText=translate(
                "CredentialDialog", "Leave empty if every type counts; separate types with ;"
            )
        )
        self.topics = QTableWidget(0, 3)
        self.topics.setHorizontalHeaderLabels(
            [
                translate("CredentialDialog", "Topic"),
                translate("CredentialDialog", "Hours"),
                translate("CredentialDialog", "Repeats"),
            ]
        )
        self.topics.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.topics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topics.setAccessibleName(translate("CredentialDialog", "Topic requirements"))
        self.topics.setMinimumHeight(140)
        add_topic = QPushButton(translate("CredentialDialog", "A&dd topic"))
        add_topic.clicked.connect(lambda: self.add_topic_row(TopicRule("", 4)))
        self.remove_topic = QPushButton(translate("CredentialDialog", "Remo&ve topic"))
        self.remove_topic.clicked.connect(self._remove_topic)
        self.load_button = QPushButton(translate("CredentialDialog", "&Load requirements file…"))
        self.load_button.clicked.connect(self._choose_file)
        self.sets = QComboBox()
        self.sets.setAccessibleName(translate("CredentialDialog", "Requirements in the file"))
        self.sets.hide()
        self.sets.activated.connect(self._set_chosen)
        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # a file's own words
        self.source_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(
            translate("CredentialDialog", "&State or country:")
            if licence
            else translate("CredentialDialog", "&Board:"),
            self._with_error("authority", self.authority),
        )
        form.addRow(
            translate("CredentialDialog", "&Profession:")
            if licence
            else translate("CredentialDialog", "S&pecialty:"),
            self.profession,
        )
        form.addRow(
            translate("CredentialDialog", "Licence &number:")
            if licence
            else translate("CredentialDialog", "Your board &ID:"),
            self.number,
        )
        form.addRow(translate("CredentialDialog", "Cycle &starts:"), self.cycle_start)
        form.addRow(
            translate("CredentialDialog", "Cycle &ends:"),
            self._with_error("cycle_end", self.cycle_end),
        )
        if licence:
            form.addRow(self.first_renewal)
        form.addRow(
            translate("CredentialDialog", "&Total credits needed:"),
            self._with_error("total", self.total),
        )
        form.addRow(translate("CredentialDialog", "Credit t&ypes that count:"), self.credit_types)
        name_form_fields(form)
        file_row = QHBoxLayout()
        file_row.addWidget(self.load_button)
        file_row.addWidget(self.sets, 1)
        topic_buttons = QHBoxLayout()
        topic_buttons.addWidget(add_topic)
        topic_buttons.addWidget(self.remove_topic)
        topic_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self._with_error("file", self.source_label))
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("CredentialDialog", "Topics the cycle must cover:")))
        layout.addWidget(self._with_error("topics", self.topics))
        layout.addLayout(topic_buttons)
        layout.addWidget(self.buttons)
        if existing:
            self._fill(existing.data)
        self._show_source()
        theme.fit_width(self, 560)

    def _show_source(self) -> None:
        self.source_label.setText(
            translate("CredentialDialog", "Requirements: {source}").format(
                source=source_words(self.source)
            )
        )

    # Topics ---------------------------------------------------------------------

    def add_topic_row(self, rule: TopicRule) -> None:
        row = self.topics.rowCount()
        self.topics.insertRow(row)
        topic = QLineEdit(rule.topic)
        topic.setAccessibleName(
            translate("CredentialDialog", "Topic {number}").format(number=row + 1)
        )
        hours = credits_box()
        hours.setValue(rule.quarters / 4)
        hours.setAccessibleName(
            translate("CredentialDialog", "Hours of topic {number}").format(number=row + 1)
        )
        repeats = QComboBox()
        for value in Recurrence:
            repeats.addItem(recurrence_name(value), value.value)
        repeats.setCurrentIndex(repeats.findData(rule.recurrence.value))
        repeats.setAccessibleName(
            translate("CredentialDialog", "How often topic {number} is due").format(number=row + 1)
        )
        self.topics.setCellWidget(row, 0, topic)
        self.topics.setCellWidget(row, 1, hours)
        self.topics.setCellWidget(row, 2, repeats)
        if not rule.topic:
            topic.setFocus()

    def _remove_topic(self) -> None:
        row = self.topics.currentRow()
        if row < 0:
            row = self.topics.rowCount() - 1
        if row >= 0:
            self.topics.removeRow(row)

    def topic_rules(self) -> tuple[TopicRule, ...]:
        rules = []
        for row in range(self.topics.rowCount()):
            topic = self.topics.cellWidget(row, 0)
            hours = self.topics.cellWidget(row, 1)
            repeats = self.topics.cellWidget(row, 2)
            assert isinstance(topic, QLineEdit) and isinstance(hours, QDoubleSpinBox)
            assert isinstance(repeats, QComboBox)
            hours.interpretText()
            quarters = quarters_required(Decimal(str(hours.value())))
            rules.append(
                TopicRule(topic.text().strip(), quarters, Recurrence(repeats.currentData()))
            )
        return tuple(rules)

    # Requirements files ------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("CredentialDialog", "Load requirements file"),
            str(Path.home()),
            translate("CredentialDialog", "Requirements files (*.toml)"),
        )
        if path:
            self.load_requirements(Path(path))

    def load_requirements(self, path: Path) -> None:
        """Read a requirements file and fill the form from the entry that applies."""
        self.show_error("file", "")
        try:
            loaded = requirements_file.load(path)
        except PackError as exc:
            shown = [str(p) for p in exc.problems[:MAX_PROBLEMS_SHOWN]]
            more = len(exc.problems) - len(shown)
            self.show_error(
                "file",
                translate(
                    "CredentialDialog",
                    "{name} cannot be used. Nothing was changed. Ask whoever gave it to you for "
                    "a corrected file:\n",
                ).format(name=path.name)
                + "\n".join(shown)
                + (
                    translate("CredentialDialog", "\n…and {more} more.").format(more=more)
                    if more > 0
                    else ""
                ),
            )
            return
        except OSError as exc:
            self.show_error(
                "file",
                translate("CredentialDialog", "Could not read {name}: {reason}.").format(
                    name=path.name, reason=exc.strerror or exc
                ),
            )
            return
        fitting = [s for s in loaded.sets if s.applies_to is self.kind] or list(loaded.sets)
        self.loaded = loaded
        self.sets.clear()
        for entry in fitting:
            self.sets.addItem(entry.name, entry.id)
        self.sets.setVisible(len(fitting) > 1)
        self.apply_set(fitting[0])

    def _set_chosen(self, index: int) -> None:
        if self.loaded is None:
            return
        chosen = next((s for s in self.loaded.sets if s.id == self.sets.itemData(index)), None)
        if chosen is not None:
            self.apply_set(chosen)

    def apply_set(self, chosen: RequirementSet) -> None:
        assert self.loaded is not None
        base = self.data()
        if self.existing is None:
            # A new licence: the file's cycle length is a better guess than the default.
            base = CredentialData(**{**base.__dict__, "cycle_end": base.cycle_start})
        merged = wallet.from_requirement_set(base, chosen, self.loaded.provenance())
        self._fill(merged)
        self.source = f"{merged.requirements_source}: {chosen.name}"
        self._show_source()

    # Form -------------------------------------------------------------------------

    def _fill(self, d: CredentialData) -> None:
        self.authority.setText(d.authority)
        self.profession.setText(d.profession)
        self.number.setText(d.number)
        self.cycle_start.setDate(_qdate(d.cycle_start))
        self.cycle_end.setDate(_qdate(d.cycle_end))
        self.first_renewal.setChecked(d.first_renewal)
        self.total.setValue(float(d.total_credits))
        self.credit_types.setText("; ".join(d.credit_types))
        self.topics.setRowCount(0)
        for rule in d.topics:
            self.add_topic_row(rule)

    def data(self) -> CredentialData:
        # What the fields show is what is saved, even if the last one typed in still has focus.
        for box in (self.total, self.cycle_start, self.cycle_end):
            box.interpretText()
        return CredentialData(
            self.kind,
            self.authority.text(),
            self.profession.text(),
            self.number.text(),
            _date(self.cycle_start.date()),
            _date(self.cycle_end.date()),
            self.first_renewal.isChecked() and self.kind is CredentialKind.LICENCE,
            Decimal(str(self.total.value())).quantize(Decimal("0.01")),
            tuple(t.strip() for t in self.credit_types.text().split(";") if t.strip()),
            self.topic_rules(),
            self.source,
        )

    def _save(self) -> None:
        for key in self.errors:
            if key != "file":
                self.show_error(key, "")
        try:
            self.saved_id = wallet.save_credential(
                self.ctx, self.learner_id, self.data(), self.existing.id if self.existing else None
            )
        except ValidationError as exc:
            for key, message in exc.problems.items():
                self.show_error(key, say(message))
            return
        except UserError as exc:
            self.show_error("file", error_text(exc))
            return
        self.accept()
