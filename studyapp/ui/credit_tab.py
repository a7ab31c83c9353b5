"""The Credit tab: the gate, the attestation, the claim, and the certificate."""

from __future__ import annotations

import html
import logging
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.activity import Activity
from studyapp.services import credit
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.credit import ClaimedView
from studyapp.services.errors import UserError
from studyapp.ui import record_actions, warm_up
from studyapp.ui.activity_tab import ActivityTab
from studyapp.ui.gain_chart import GainChart
from studyapp.ui.i18n import credits_text, date_text, translate
from studyapp.ui.reasons import certificate_label, describe, error_text
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify

log = logging.getLogger(__name__)


class CreditTab(ActivityTab):
    """Claims credit; once claimed, says what was claimed and when, and offers the
    certificate and record again. Refreshes itself on the changes it cares about, so it
    learns of a claim even when the certificate could not be made."""

    REFRESH_ON = (
        Change.TEST_SUBMITTED,
        Change.EVALUATION_SUBMITTED,
        Change.CREDIT_CLAIMED,
        Change.CERTIFICATE_MADE,
        Change.TIME,
    )

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
        self._making_certificate = False

        self.form = QWidget()
        form = QFormLayout(self.form)
        self.credits = QComboBox()
        self.minutes = QSpinBox(minimum=1, maximum=1440, suffix=" minutes")
        self.minutes.setValue(activity.estimated_minutes)
        self.minutes_hint = QLabel()
        self.minutes_hint.setWordWrap(True)
        self.attest = QCheckBox()
        self.attest.setText(
            translate(
                "CreditTab",
                "I attest that I completed this activity, spent the time shown, and claim only "
                "the credit matching my participation.",
            )
        )
        self.attest.toggled.connect(lambda _on: self.message.clear())
        form.addRow(translate("CreditTab", "&Credit to claim:"), self.credits)
        form.addRow(translate("CreditTab", "&Time spent:"), self.minutes)
        form.addRow("", self.minutes_hint)
        form.addRow(self.attest)
        self.claim_button = QPushButton(translate("CreditTab", "Claim &credit"))
        self.claim_button.clicked.connect(self._claim)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.open_pdf = QPushButton(translate("CreditTab", "&Open certificate"))
        self.open_pdf.clicked.connect(self._open_pdf)
        self.save_pdf = QPushButton(translate("CreditTab", "Save &certificate (PDF)…"))
        self.save_pdf.clicked.connect(self._save_pdf)
        self.save_json = QPushButton(translate("CreditTab", "Save &record (JSON)…"))
        self.save_json.clicked.connect(self._save_json)
        self.done_box = QWidget()
        done = QHBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(self.open_pdf)
        done.addWidget(self.save_pdf)
        done.addWidget(self.save_json)
        done.addStretch(1)
        self.notice = QLabel()  # how saving or opening went: plain news, not an error
        self.notice.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.claim_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_box)
        layout.addWidget(self.notice)
        self.gain_heading = QLabel()
        self.gain_heading.setWordWrap(True)
        self.gain_chart = GainChart()
        layout.addWidget(self.gain_heading)
        layout.addWidget(self.gain_chart)
        layout.addStretch(1)
        self.refresh()

    def on_change(self, changed: Changed) -> None:
        if changed.what in self.REFRESH_ON:
            self.refresh()

    def show_gain(self) -> None:
        """What the learner gained, per objective, once both tests are submitted."""
        from studyapp.services import knowledge

        found = knowledge.activity_gain(self.ctx, self.learner_id, self.pack_id)
        self.gain_chart.set_gain(found)
        self.gain_chart.setVisible(found is not None)
        if found is None:
            self.gain_heading.clear()
            return
        self.gain_heading.setText(
            translate(
                "CreditTab",
                "<b>What you gained.</b> Pre-test {pre}% → best post-test {post}%, by objective:",
            ).format(pre=found.pre.percent, post=found.post.percent)
        )

    def refresh(self) -> None:
        self.show_gain()
        state = credit.state(self.ctx, self.learner_id, self.pack_id)
        self.record_id = state.record_id
        self.message.clear()
        if state.claimed is not None:
            self._show_claimed(state.claimed, state.credit_type)
            return
        self.done_box.hide()
        self.notice.clear()
        if state.lock:
            self.status.setText(
                translate("CreditTab", "<b>Credit is locked.</b> {lock}").format(
                    lock=html.escape(describe(state.lock))
                )
            )
            self.form.hide()
            self.claim_button.hide()
            return
        self.credits.clear()
        for step in state.steps:
            self.credits.addItem(f"{credits_text(step)} {state.credit_type}", step)
        self.credits.setCurrentIndex(self.credits.count() - 1)
        self._suggest_minutes(state.active_minutes)
        label = certificate_label(state.certificate_kind, state.credit_type)
        self.status.setText(
            translate(
                "CreditTab",
                "<b>You can claim credit.</b> Choose the amount that matches your participation, "
                "in steps of 0.25 up to {most}. With your credentials you will receive "
                "{label}.",
            ).format(most=credits_text(state.max_credits), label=html.escape(label))
        )
        self.form.show()
        self.claim_button.show()
        warm_up.signing()

    def _suggest_minutes(self, active: int) -> None:
        """The time StudyApp saw the learner working is the suggestion they attest or
        correct; the estimate is only a fallback before any time was tracked."""
        if active > 0:
            self.minutes.setValue(max(1, min(active, self.minutes.maximum())))
            self.minutes_hint.setText(
                (
                    translate(
                        "CreditTab",
                        "StudyApp counted 1 minute of active work on this activity (time away "
                        "or idle is not counted). Correct it if needed.",
                    )
                    if active == 1
                    else translate(
                        "CreditTab",
                        "StudyApp counted {count} minutes of active work on this activity (time "
                        "away or idle is not counted). Correct it if needed.",
                    )
                ).format(count=active)
            )
        else:
            self.minutes.setValue(self.activity.estimated_minutes)
            self.minutes_hint.setText(
                translate("CreditTab", "No time was tracked; this is the provider's estimate.")
            )

    def _show_claimed(self, claimed: ClaimedView, credit_type: str) -> None:
        self.form.hide()
        self.claim_button.hide()
        self.done_box.show()
        local = claimed.claimed_at.astimezone()
        making = (
            " " + translate("CreditTab", "Making your certificate…")
            if self._making_certificate
            else ""
        )
        self.status.setText(
            translate(
                "CreditTab",
                "<b>Credit claimed.</b> You claimed {credits} {credit_type} on {date} at {time}, "
                "with {minutes} minutes attested.{making} Your certificate and completion record "
                "are kept in your CME history (Ctrl+H); open or save copies below.",
            ).format(
                credits=credits_text(claimed.credits),
                credit_type=html.escape(credit_type),
                date=date_text(local.date()),
                time=f"{local:%H:%M}",
                minutes=claimed.minutes_spent,
                making=making,
            )
        )

    def _claim(self) -> None:
        """Claim and sign on a worker thread (RDF canonicalization takes tens of
        milliseconds), then draw the certificate here: Qt draws only on the UI thread
        (ui/tasks.py). The claim's change notice refreshes this tab once the record exists."""
        value: Decimal = self.credits.currentData()
        ctx, learner_id, pack_id = self.ctx, self.learner_id, self.pack_id
        minutes, attested = self.minutes.value(), self.attest.isChecked()

        def work() -> str:
            record_id = credit.claim(ctx, learner_id, pack_id, value, minutes, attested)
            credit.back_up_after_claim(ctx, record_id)
            return record_id

        self.message.clear()
        self._making_certificate = True
        self.claim_button.setEnabled(False)
        self.save_pdf.setEnabled(False)
        self.open_pdf.setEnabled(False)
        self.progress.show()
        run_in_background(
            work,
            on_success=self._claimed,
            on_failure=self._claim_refused,
        )

    def _claimed(self, record_id: str) -> None:
        self.record_id = record_id
        problem: Exception | None = None
        try:
            credit.make_certificate(self.ctx, record_id)
        except Exception as exc:  # the claim stands; the certificate is made again later
            log.exception("Certificate for %s not made", record_id)
            problem = exc
        self._certificate_done(problem)

    def _claim_refused(self, exc: BaseException) -> None:
        self._making_certificate = False
        self.progress.hide()
        self.claim_button.setEnabled(True)
        self.save_pdf.setEnabled(True)
        self.open_pdf.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(error_text(exc))

    def _certificate_done(self, exc: BaseException | None) -> None:
        self._making_certificate = False
        self.progress.hide()
        self.save_pdf.setEnabled(True)
        self.open_pdf.setEnabled(True)
        self.refresh()
        if exc is None:
            notify(
                self,
                translate(
                    "CreditTab",
                    "Credit claimed. Your certificate is ready and kept in your CME history.",
                ),
            )
        if exc is not None:
            self.message.setText(
                translate(
                    "CreditTab",
                    "Your credit is recorded, but the certificate could not be made yet "
                    "({reason}). It will be made again when you open or save it.",
                ).format(reason=exc)
            )

    def _open_pdf(self) -> None:
        if self.record_id:
            record_actions.open_certificate(self, self.ctx, self.record_id, self._report)

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

    def _report(self, text: str, ok: bool) -> None:
        if ok:
            self.message.clear()
            self.notice.setText(text)
        else:
            self.notice.clear()
            self.message.setText(text)
