"""Add or edit credit earned elsewhere: from an outside certificate (its PDF or image kept
with it), or from a signed record that was checked when it was read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.records.signing import Verdict
from studyapp.services import outside_credit, wallet
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.outside_credit import KEEP_FILE, OutsideData, RecordImport
from studyapp.ui import theme
from studyapp.ui.credential_dialog import credits_box
from studyapp.ui.field_errors import FieldErrors
from studyapp.ui.form_names import name_form_fields
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say


class OutsideCreditDialog(QDialog, FieldErrors):
    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        *,
        credit_id: str | None = None,
        record: RecordImport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.learner_id, self.credit_id, self.record = ctx, learner_id, credit_id, record
        self.saved_id: str | None = None
        # KEEP_FILE until the learner chooses or removes one; then (name, bytes) or None.
        self.file: Any = KEEP_FILE if credit_id else None
        self.setWindowTitle(
            translate("OutsideCreditDialog", "Add an imported record")
            if record
            else (
                translate("OutsideCreditDialog", "Edit outside credit")
                if credit_id
                else translate("OutsideCreditDialog", "Add an outside certificate")
            )
        )
        self.errors: dict[str, QLabel] = {}
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.title = QLineEdit()
        self.provider = QLineEdit()
        today = ctx.today()
        self.earned_on = QDateEdit(
            QDate(today.year, today.month, today.day),
            calendarPopup=True,
            displayFormat="yyyy-MM-dd",
        )
        self.earned_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.credits = credits_box()
        # Editable: the types the learner's licences accept are offered, any may be typed.
        self.credit_type = QComboBox(editable=True)
        self.credit_type.addItems(["", *wallet.known_credit_types(ctx, learner_id)])
        self.credit_type.lineEdit().setPlaceholderText(
            translate("OutsideCreditDialog", "e.g. AMA PRA Category 1 Credit™")
        )
        self.topics = QLineEdit(
            placeholderText=translate("OutsideCreditDialog", "e.g. Opioid prescribing; Ethics")
        )
        self.file_label = QLabel(translate("OutsideCreditDialog", "No file kept"))
        self.choose_file = QPushButton(translate("OutsideCreditDialog", "Choose &file…"))
        self.choose_file.clicked.connect(self._choose_file)
        self.remove_file = QPushButton(translate("OutsideCreditDialog", "No fi&le"))
        self.remove_file.clicked.connect(lambda: self._set_file(None))

        form = QFormLayout()
        form.addRow(
            translate("OutsideCreditDialog", "&Title:"), self._with_error("title", self.title)
        )
        form.addRow(translate("OutsideCreditDialog", "&Provider:"), self.provider)
        form.addRow(
            translate("OutsideCreditDialog", "&Date earned:"),
            self._with_error("earned_on", self.earned_on),
        )
        form.addRow(
            translate("OutsideCreditDialog", "&Credits:"), self._with_error("credits", self.credits)
        )
        form.addRow(translate("OutsideCreditDialog", "Credit t&ype:"), self.credit_type)
        form.addRow(translate("OutsideCreditDialog", "T&opics:"), self.topics)
        name_form_fields(form)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_file)
        file_row.addWidget(self.remove_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        if record is None:
            layout.addWidget(
                QLabel(
                    translate(
                        "OutsideCreditDialog",
                        "The certificate (PDF, PNG or JPEG), kept for audits:",
                    )
                )
            )
            layout.addWidget(self._with_error("file", QWidget()))
            layout.addLayout(file_row)
        layout.addWidget(self.buttons)
        self.verdict.setVisible(record is not None)
        theme.fit_width(self, 520)
        if record is not None:
            ok = record.verdict is Verdict.VALID
            self.verdict.setText(("✓ " if ok else "") + say(record.message))
            self.verdict.setStyleSheet(theme.good_style() if ok else theme.warning_style())
            self.verdict.setAccessibleName(translate("OutsideCreditDialog", "Check of the record"))
            self._fill(record.suggested)
        elif credit_id is not None:
            found = outside_credit.outside_data(ctx, learner_id, credit_id)
            if found is not None:
                self._fill(found)
            kept = outside_credit.certificate_file(ctx, learner_id, credit_id)
            self.file_label.setText(
                translate("OutsideCreditDialog", "Kept: {kept}").format(kept=kept[0])
                if kept
                else translate("OutsideCreditDialog", "No file kept")
            )

    def _fill(self, d: OutsideData) -> None:
        self.title.setText(d.title)
        self.provider.setText(d.provider)
        self.earned_on.setDate(QDate(d.earned_on.year, d.earned_on.month, d.earned_on.day))
        self.credits.setValue(float(d.credits))
        self.credit_type.setEditText(d.credit_type)
        self.topics.setText("; ".join(d.topics))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("OutsideCreditDialog", "Choose the certificate"),
            str(Path.home()),
            translate(
                "OutsideCreditDialog", "Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"
            ),
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        self.errors["file"].hide()
        try:
            self._set_file(outside_credit.read_certificate_file(path))
        except UserError as exc:
            self.errors["file"].setText(error_text(exc))
            self.errors["file"].show()

    def _set_file(self, file: tuple[str, bytes] | None) -> None:
        self.file = file
        self.file_label.setText(
            translate("OutsideCreditDialog", "To keep: {file}").format(file=file[0])
            if file
            else translate("OutsideCreditDialog", "No file kept")
        )

    def data(self) -> OutsideData:
        # What the fields show is what is saved, even if the last one typed in still has focus.
        self.credits.interpretText()
        self.earned_on.interpretText()
        day = self.earned_on.date()
        return OutsideData(
            self.title.text(),
            self.provider.text(),
            dt.date(day.year(), day.month(), day.day()),
            Decimal(str(self.credits.value())).quantize(Decimal("0.01")),
            self.credit_type.currentText(),
            tuple(t.strip() for t in self.topics.text().split(";") if t.strip()),
        )

    def _save(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            if self.credit_id is not None:
                outside_credit.edit(
                    self.ctx, self.learner_id, self.credit_id, self.data(), self.file
                )
                self.saved_id = self.credit_id
            else:
                self.saved_id = outside_credit.add(
                    self.ctx,
                    self.learner_id,
                    self.data(),
                    None if self.file is KEEP_FILE else self.file,
                    self.record,
                )
        except ValidationError as exc:
            for key, message in exc.problems.items():
                self.errors[key].setText(say(message))
                self.errors[key].show()
            return
        except UserError as exc:
            self.errors["title"].setText(error_text(exc))
            self.errors["title"].show()
            return
        self.accept()
