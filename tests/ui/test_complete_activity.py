"""A new learner completes the IL-6 activity by clicking the real widgets, start to certificate."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from studyapp.core.activity import EvaluationKind
from studyapp.paths import DataPaths
from studyapp.records import completion
from tests.ui.helpers import (
    answer_test,
    click,
    close_window,
    fill_profile,
    open_window,
    pdf_text,
    save_profile,
)

pytestmark = pytest.mark.gui


def test_learner_completes_activity_and_gets_certificate(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, paths)

    # First use: the profile dialog asks who is studying; a bad email is refused in place.
    dialog = window.profile_dialog
    assert dialog is not None and dialog.isVisible()
    fill_profile(qtbot, dialog, "Maria Lopez", "MD", "Rheumatology", "maria-at-example")
    save_profile(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("email") == "Enter an email address such as name@example.org."
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "maria@example.org")
    save_profile(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Learner: Maria Lopez, MD"

    # The library lists the bundled sample with its facts and the learner's status.
    rows = window.library.row_texts()
    il6 = next(r for r in rows if r[0].startswith("Treating to Target"))
    assert il6[1:] == [
        "Global Education Group and Integritas Communications",
        "1.00",
        "1 h",
        "0 of 6 steps",
        "October 31, 2029",
        "Not started",
    ]

    # Open it like a user: click the row, press Enter.
    table = window.library.table
    row = next(i for i, r in enumerate(rows) if r is il6)
    index = window.library.model.index(row, 0)
    qtbot.waitExposed(table)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert table.selectionModel().selectedRows()[0].row() == row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.activity_view
    assert view is not None
    # Opening it marked the Overview done; the Pre-Test is next; later steps say they wait.
    assert view.rail.texts() == [
        "✓ Overview",
        "→ Pre-Test",
        "Reading",
        "⊘ Post-Test",
        "⊘ Evaluation",
        "⊘ Credit",
    ]
    assert view.rail.buttons[3].toolTip() == (
        "Submit the Pre-Test first. Your score there does not count against you."
    )
    overview = view.overview.view.toPlainText()
    for heading in (
        "Statement of need",
        "Intended audience",
        "Educational objectives",
        "Faculty and disclosures",
        "Accreditation statement",
        "Designation statement",
        "Commercial support",
        "Disclosure of unlabeled use",
        "Fee, refund and cancellation policy",
        "How to earn credit",
        "Hardware and software requirements",
    ):
        assert heading in overview
    assert "Sample activity" in overview and "February 27, 2018" in overview

    # Post-Test is locked, with the reason, until the Pre-Test is submitted.
    view.tabs.setCurrentIndex(3)
    assert "The Post-Test is locked." in view.posttest.status.text()
    assert "Submit the Pre-Test first" in view.posttest.status.text()

    # Pre-Test: answer everything (some wrong), submit; the score never blocks.
    view.tabs.setCurrentIndex(1)
    answer_test(qtbot, view.pretest, right=4)
    assert view.pretest.questions[0].saved.text() == "Saved"
    click(qtbot, view.pretest.submit_button)
    assert "Pre-Test submitted: 36% (4 of 11 correct)" in view.pretest.status.text()
    assert view.rail.texts()[1] == "✓ Pre-Test"

    # Reading: pick a section from the list; it renders, with its image from the pack.
    view.tabs.setCurrentIndex(2)
    reading = view.reading
    reading.sections.setCurrentRow(4)
    assert "Difficult-to-treat RA" in reading.view.toPlainText()
    image = reading.view.loadResource(
        2, __import__("PySide6.QtCore").QtCore.QUrl("images/spectrum.png")
    )
    assert image and bytes(image[:4]) == b"\x89PNG"

    # Post-Test, first attempt: 6 of 12 is below 70%.
    view.tabs.setCurrentIndex(3)
    post = view.posttest
    assert "attempt 1" in post.status.text()
    answer_test(qtbot, post, right=6)
    click(qtbot, post.submit_button)
    assert "You scored 50% (6 of 12 correct). You need 70% to pass." in post.status.text()
    # The form asks every item, in its own order: find them by id.
    last = next(w for w in post.questions if w.item.id == "post-11")
    assert last.review.isVisible()
    assert "Incorrect." in last.review.text() and "Correct answer: True" in last.review.text()
    assert "Reference R13" in last.review.text() and "focuSSced" in last.review.text()
    first = next(w for w in post.questions if w.item.id == "post-1")
    assert "Correct." in first.review.text() and "cartilage" in first.review.text()

    # Retake and pass.
    click(qtbot, post.retake_button)
    assert "attempt 2" in post.status.text()
    assert all(not w.selection() for w in post.questions)
    answer_test(qtbot, post, right=10)
    click(qtbot, post.submit_button)
    assert "You passed the Post-Test with 83% (10 of 12 correct)" in post.status.text()

    # Evaluation: a required answer left out is named, then given.
    view.tabs.setCurrentIndex(4)
    evaluation = view.evaluation
    for widget in evaluation.questions:
        q = widget.question
        if q.id == "change-what":
            continue
        if q.kind in (EvaluationKind.LIKERT, EvaluationKind.YES_NO):
            click(qtbot, widget.group.buttons()[0 if q.kind is EvaluationKind.YES_NO else 3])
        elif q.kind is EvaluationKind.NUMBER:
            qtbot.keyClicks(widget.text, "50")
        elif q.required:
            qtbot.keyClicks(widget.text, "Nothing else")
    click(qtbot, evaluation.submit_button)
    assert evaluation.message.text() == (
        "Please answer the required question 14 before submitting."
    )
    change = next(w for w in evaluation.questions if w.question.id == "change-what")
    assert change.error.text() == "Question 14 needs an answer."
    qtbot.keyClicks(change.text, "Measure DAS28 at every visit and adjust every 3 months.")
    click(qtbot, evaluation.submit_button)
    assert "Evaluation submitted." in evaluation.status.text()

    # Credit: claim 0.75 of 1.00 after attesting.
    view.tabs.setCurrentIndex(5)
    tab = view.credit
    assert "You can claim credit." in tab.status.text()
    assert "you will receive a certificate for Sample credit, not certified." in tab.status.text()
    assert [tab.credits.itemText(i).split()[0] for i in range(tab.credits.count())] == [
        "0.25",
        "0.50",
        "0.75",
        "1.00",
    ]
    tab.credits.setCurrentIndex(2)
    tab.minutes.setValue(45)
    click(qtbot, tab.claim_button)
    qtbot.waitUntil(lambda: "Tick the box to attest" in tab.message.text(), timeout=15_000)
    assert tab.claim_button.isEnabled() and not tab.progress.isVisible()
    click(qtbot, tab.attest)
    click(qtbot, tab.claim_button)
    qtbot.waitUntil(
        lambda: tab.save_pdf.isEnabled() and not tab.progress.isVisible(), timeout=15_000
    )
    assert "Credit claimed." in tab.status.text()
    assert "You claimed 0.75 Sample credit, not certified on " in tab.status.text()
    assert "with 45 minutes attested" in tab.status.text()
    assert tab.message.text() == ""  # the attestation reminder is gone with its cause
    assert tab.open_pdf.isVisible() and tab.save_json.isVisible()
    assert view.rail.texts() == [
        "✓ Overview",
        "✓ Pre-Test",
        "✓ Reading",
        "✓ Post-Test",
        "✓ Evaluation",
        "✓ Credit",
    ]

    # Save the certificate and the record where the user chooses.
    pdf_path, json_path = tmp_path / "out" / "cert.pdf", tmp_path / "out" / "record.json"
    pdf_path.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf_path), ""))
    )
    click(qtbot, tab.save_pdf)
    qtbot.waitUntil(lambda: "Certificate saved to" in tab.notice.text(), timeout=15_000)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(json_path), ""))
    )
    click(qtbot, tab.save_json)
    assert "Record saved to" in tab.notice.text()

    text = pdf_text(pdf_path.read_bytes())
    assert "Maria Lopez, MD" in text
    assert "Treating to Target by Interrupting IL-6–Mediated Signaling" in text
    assert "0.75 Sample credit, not certified" in text
    assert "maximum 1.00" in text
    assert "SAMPLE ACTIVITY" in text
    assert "Global Education Group and Integritas Communications" in text

    record = json.loads(json_path.read_text("utf-8"))
    record_id = record["id"].removeprefix("urn:uuid:")
    assert f"Record id: {record_id}" in text
    assert record["credentialSubject"]["creditsEarned"] == 0.75
    assert record["credentialSubject"]["achievement"]["name"] == (
        "Treating to Target by Interrupting IL-6–Mediated Signaling"
    )
    facts = completion.facts_from_record(record)
    assert (facts.learner_name, facts.credits_claimed, facts.minutes_spent) == (
        "Maria Lopez",
        Decimal("0.75"),
        45,
    )
    assert record["proof"]["cryptosuite"] == "eddsa-rdfc-2022"

    # The CME history lists it with totals.
    window.show_history()
    assert window.history.table_texts()[0][1:] == [
        "Treating to Target by Interrupting IL-6–Mediated Signaling",
        "0.75",
        "Sample credit, not certified",
        "Credit (sample)",
    ]
    # Sample credit is never added to real credit: it is said apart.
    assert window.history.totals.text() == (
        "<b>1 record.</b> No credit from accredited activities yet. Sample activities, not "
        "valid for credit and not in the total: 0.75 Sample credit, not certified."
    )
    history = window.history.table
    for column, text in enumerate(window.history.table_texts()[0]):  # nothing cut off
        needed = history.fontMetrics().horizontalAdvance(text)
        assert history.columnWidth(column) >= needed, (column, text)
    assert not history.wordWrap()  # a date is never broken onto two lines
    assert window.history.signature.text() == (
        "Record signature: Signature checks out: the record is exactly as it was signed "
        "by this computer's StudyApp."
    )

    window.show_library()

    def il6_row() -> list[str]:
        return next(r for r in window.library.row_texts() if r[0].startswith("Treating"))

    qtbot.waitUntil(lambda: il6_row()[-1] == "Credit claimed")  # re-read on a worker
    il6 = il6_row()
    assert il6[4] == "6 of 6 steps"
    close_window(window)


def test_non_physician_gets_participation_certificate(qtbot: QtBot, paths: DataPaths) -> None:
    from decimal import Decimal

    from studyapp.services import credit, learners
    from tests.services.test_study_flow import complete

    window = open_window(qtbot, paths)
    dialog = window.profile_dialog
    fill_profile(qtbot, dialog, "Sam Reyes", "NP", "Primary care", "sam@example.org")
    save_profile(qtbot, dialog)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    pack_id = window.library.pack_id_at(
        next(i for i, r in enumerate(window.library.row_texts()) if r[0].startswith("Treating"))
    )
    complete(ctx, learner.id, pack_id)
    window.open_activity(pack_id)
    tab = window.activity_view.credit
    window.activity_view.show_tab("credit")
    assert "a certificate of participation" in tab.status.text()
    record_id = credit.claim(ctx, learner.id, pack_id, Decimal("1.00"), 60, True)
    text = pdf_text(credit.certificate_pdf(ctx, record_id))
    assert "Certificate of Participation" in text and "Sam Reyes, NP" in text
    close_window(window)
