"""The Credit tab: the gate, the attestation, the claim, and the certificate."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import Activity
from studyapp.core.credit import CertificateKind, format_credits
from studyapp.services import credit
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui import record_actions
from studyapp.ui.activity_tab import ActivityTab
from studyapp.ui.tasks import run_in_background


class CreditTab(ActivityTab):
    claimed = Signal(str)

    def __init__(
        self,
        ctx: Context,
        learner_id: int,
        pack_id: int,
        activity: Activity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, learner_id, pack_id, activity, parent)
        self.record_id: str | None = None

        self.form = QWidget()
        form = QFormLayout(self.form)
        self.credits = QComboBox()
        self.minutes = QSpinBox(minimum=1, maximum=1440, suffix=" minutes")
        self.minutes.setValue(activity.estimated_minutes)
        self.attest = QCheckBox()
        self.attest.setText(
            "I attest that I completed this activity, spent the time shown, and "
            "claim only the credit matching my participation."
        )
        form.addRow("&Credit to claim:", self.credits)
        form.addRow("&Time spent:", self.minutes)
        form.addRow(self.attest)
        self.claim_button = QPushButton("Claim &credit")
        self.claim_button.clicked.connect(self._claim)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.save_pdf = QPushButton("Save &certificate (PDF)…")
        self.save_pdf.clicked.connect(self._save_pdf)
        self.save_json = QPushButton("Save &record (JSON)…")
        self.save_json.clicked.connect(self._save_json)
        self.done_box = QWidget()
        done = QHBoxLayout(self.done_box)
        done.addWidget(self.save_pdf)
        done.addWidget(self.save_json)
        done.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.claim_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        state = credit.state(self.ctx, self.learner_id, self.pack_id)
        self.record_id = state.record_id
        self.message.clear()
        if state.record_id:
            self._show_claimed()
            return
        self.done_box.hide()
        if state.lock:
            self.status.setText(f"<b>Credit is locked.</b> {html.escape(state.lock)}")
            self.form.hide()
            self.claim_button.hide()
            return
        self.credits.clear()
        for step in state.steps:
            self.credits.addItem(f"{format_credits(step)} {state.credit_type}", step)
        self.credits.setCurrentIndex(self.credits.count() - 1)
        kind = (
            "an AMA PRA Category 1 Credit™ certificate"
            if state.certificate_kind is CertificateKind.PHYSICIAN
            else "a certificate of participation"
        )
        self.status.setText(
            f"<b>You can claim credit.</b> Choose the amount that matches your participation, "
            f"in steps of 0.25 up to {format_credits(state.max_credits)}. With your credentials "
            f"you will receive {kind}."
        )
        self.form.show()
        self.claim_button.show()

    def _show_claimed(self) -> None:
        self.form.hide()
        self.claim_button.hide()
        self.done_box.show()
        self.status.setText(
            "<b>Credit claimed.</b> Your certificate and completion record are "
            "kept in your CME history (Ctrl+H). Save copies anywhere below."
        )

    def _claim(self) -> None:
        value: Decimal = self.credits.currentData()
        try:
            record_id = credit.claim(
                self.ctx,
                self.learner_id,
                self.pack_id,
                value,
                self.minutes.value(),
                self.attest.isChecked(),
            )
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.record_id = record_id
        self._show_claimed()
        self.save_pdf.setEnabled(False)
        self.progress.show()
        self.status.setText("<b>Credit claimed.</b> Making your certificate…")
        run_in_background(
            credit.finish_claim,
            (self.ctx, record_id),
            on_success=lambda _pdf: self._certificate_ready(record_id),
            on_failure=self._certificate_failed,
        )

    def _certificate_ready(self, record_id: str) -> None:
        self.progress.hide()
        self.save_pdf.setEnabled(True)
        self._show_claimed()
        self.claimed.emit(record_id)

    def _certificate_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.save_pdf.setEnabled(True)
        self.message.setText(
            "Your credit is recorded, but the certificate could not be made "
            f"yet ({exc}). It will be made again when you save it."
        )

    def _save_pdf(self) -> None:
        if self.record_id:
            record_actions.save_certificate(
                self, self.ctx, self.record_id, self.activity.title, self._report
            )

    def _save_json(self) -> None:
        if self.record_id:
            record_actions.save_record(
                self, self.ctx, self.record_id, self.activity.title, self._report
            )

    def _report(self, text: str) -> None:
        self.message.setStyleSheet("color: #2e7d32;" if "saved to" in text else "color: #b00020;")
        self.message.setText(text)
