"""The CME wallet as a clinician uses it: a licence added with a requirements file, outside
credit added with its certificate, a signed record imported (an altered one refused), what
the screen says about the cycle, the audit pack saved, and the renewal alert at start."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from studyapp.paths import DataPaths
from studyapp.services import wallet
from tests.services.test_wallet import PNG, _other_issuer_badge
from tests.ui.helpers import click, close_window, fill_profile, open_window, save_profile

pytestmark = pytest.mark.gui
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


def _type(qtbot: QtBot, field, text: str) -> None:
    field.setFocus()
    field.selectAll() if hasattr(field, "selectAll") else None
    qtbot.keyClicks(field, text)


def _type_date(qtbot: QtBot, edit, day: dt.date) -> None:
    edit.setFocus()
    Section = QDateTimeEdit.Section
    # Each part selected (as a click on it does), then typed over.
    for section, digits in (
        (Section.YearSection, f"{day.year}"),
        (Section.MonthSection, f"{day.month:02d}"),
        (Section.DaySection, f"{day.day:02d}"),
    ):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, digits)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toPython() == day


def _save(qtbot: QtBot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def _window(qtbot: QtBot, paths: DataPaths):
    window = open_window(qtbot, paths)
    if window.profile_dialog is not None and window.profile_dialog.isVisible():
        fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
        save_profile(qtbot, window.profile_dialog)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_licence_with_outside_credit_and_an_audit_pack(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, paths)
    qtbot.keyClick(
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.wallet_view
    assert window.stack.currentWidget() is view
    assert view.empty.isVisible() and "Add your licences" in view.empty.text()

    # A licence, its requirements loaded from the example file, a date typed wrong first.
    click(qtbot, view.add_licence)
    dialog = view.dialog
    _type(qtbot, dialog.authority, "Massachusetts")
    _type(qtbot, dialog.profession, "Physician")
    _type(qtbot, dialog.number, "MD-12345")
    today = window.ctx.today()
    _type_date(qtbot, dialog.cycle_start, dt.date(2025, 1, 1))
    _choose(monkeypatch, "getOpenFileName", DOCS / "requirements-example.toml")
    click(qtbot, dialog.load_button)
    # The file's two-year cycle fills in the end.
    assert dialog.cycle_end.date().toPython() == dt.date(2026, 12, 31)
    assert "an example, not any board's rules" in dialog.source_label.text()
    assert not dialog.sets.isVisible()  # one entry applies to licences
    assert [dialog.topics.cellWidget(r, 0).text() for r in range(3)] == [
        "Controlled-substance prescribing",
        "Implicit bias",
        "Pain management",
    ]
    assert dialog.total.value() == 40
    _type_date(qtbot, dialog.cycle_end, dt.date(2024, 12, 31))
    _save(qtbot, dialog)
    assert dialog.error_text("cycle_end") == "The cycle must end after it starts."
    assert wallet.credentials(window.ctx, window.learner.id) == []  # nothing half-saved
    _type_date(qtbot, dialog.cycle_end, dt.date(2026, 12, 31))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: view.credential_list.count() == 1)
    days = (dt.date(2026, 12, 31) - today).days
    assert view.credential_list.item(0).text() == (
        f"⚠ Massachusetts · Physician: {days} days left, 3 requirements unmet"
    )
    assert "Massachusetts · Physician · MD-12345" in view.detail.text()
    assert view.overall.text() == "0.00 of 40.00 credits"
    assert _rows(view.topic_table) == [
        ["Controlled-substance prescribing", "Every cycle", "2.00", "0.00", "2.00 h missing"],
        ["Implicit bias", "Once (any earlier date counts)", "2.00", "0.00", "2.00 h missing"],
        ["Pain management", "First renewal only", "3.00", "0.00", "Not due this cycle"],
    ]
    assert view.missing.text() == (
        "⚠ Still needed: 40.00 more credits (of 40.00); 2.00 more hours of "
        "Controlled-substance prescribing; 2.00 more hours of Implicit bias."
    )

    # An outside certificate: a file that is not one is refused, then a scan is kept.
    view.tabs.setCurrentIndex(1)
    click(qtbot, view.add_certificate)
    outside = view.dialog
    _type(qtbot, outside.title, "Safer opioid prescribing")
    _type(qtbot, outside.provider, "State Medical Society")
    _type_date(qtbot, outside.earned_on, dt.date(2026, 3, 4))
    _type(qtbot, outside.credits, "2.5")
    qtbot.keyClick(outside.credits, Qt.Key.Key_Tab)
    # The type the licence accepts is offered; the learner picks it with the arrow key.
    outside.credit_type.setFocus()
    qtbot.keyClick(outside.credit_type, Qt.Key.Key_Down)
    assert outside.credit_type.currentText() == "AMA PRA Category 1 Credit™"
    _type(qtbot, outside.topics, "controlled substance prescribing; Ethics")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a certificate")
    _choose(monkeypatch, "getOpenFileName", notes)
    click(qtbot, outside.choose_file)
    assert outside.error_text("file").startswith("notes.txt is not a PDF, PNG or JPEG file")
    scan = tmp_path / "certificate.png"
    scan.write_bytes(PNG)
    _choose(monkeypatch, "getOpenFileName", scan)
    click(qtbot, outside.choose_file)
    assert outside.file_label.text() == "To keep: certificate.png"
    _save(qtbot, outside)
    qtbot.waitUntil(lambda: view.credit_table.rowCount() == 1)
    assert _rows(view.credit_table)[0] == [
        "2026-03-04",
        "Safer opioid prescribing",
        "State Medical Society",
        "2.50",
        "AMA PRA Category 1 Credit™",
        "Ethics; controlled substance prescribing",
        "Outside certificate",
        "",
    ]

    # An altered record is refused; the intact one is shown checked, then kept.
    badge, signed = _other_issuer_badge(tmp_path)
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps({**signed, "name": "Something else"}), "utf-8")
    _choose(monkeypatch, "getOpenFileName", altered)
    click(qtbot, view.import_record)
    qtbot.waitUntil(lambda: "could not" in view.status.text() or "Not added" in view.status.text())
    assert view.status.text().startswith("Not added. The signature does not match")
    assert view.credit_table.rowCount() == 1
    _choose(monkeypatch, "getOpenFileName", badge)
    click(qtbot, view.import_record)
    qtbot.waitUntil(lambda: view.dialog is not outside and view.dialog.isVisible())
    imported = view.dialog
    assert imported.verdict.text().startswith("✓ Signature checks out")
    assert imported.title.text() == "Opioid stewardship workshop"
    imported.credit_type.setFocus()
    qtbot.keyClick(imported.credit_type, Qt.Key.Key_Down)
    _save(qtbot, imported)
    qtbot.waitUntil(lambda: view.credit_table.rowCount() == 2)
    assert _rows(view.credit_table)[0][6:] == ["Imported record", "✓ Signature checks out"]

    view.tabs.setCurrentIndex(0)
    assert view.overall.text() == "5.00 of 40.00 credits"
    assert _rows(view.topic_table)[0][3:] == ["2.50", "✓ Met"]
    assert [r[1] for r in _rows(view.counting_table)] == [
        "Opioid stewardship workshop",
        "Safer opioid prescribing",
    ]

    # The audit pack of the cycle.
    target = tmp_path / "audit.zip"
    _choose(monkeypatch, "getSaveFileName", target)
    click(qtbot, view.audit)
    qtbot.waitUntil(lambda: view.status.text().startswith("Audit pack saved"), timeout=10_000)
    with zipfile.ZipFile(target) as z:
        names = set(z.namelist())
        assert z.read("certificates/01-safer-opioid-prescribing.png") == PNG
    assert {"README.txt", "credits.csv", "records/02-opioid-stewardship-workshop.json"} <= names
    assert "transcript.pdf" not in names  # no StudyApp credit in the cycle yet
    close_window(window)


def test_removing_asks_first_and_bad_requirement_files_change_nothing(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, paths)
    window.show_wallet()
    view = window.wallet_view
    click(qtbot, view.add_board)
    dialog = view.dialog
    _type(qtbot, dialog.authority, "ABIM")
    broken = tmp_path / "rules.toml"
    broken.write_text('format = 1\ntitle = "Board rules"\n[[requirements]]\nid = "x"\n', "utf-8")
    _choose(monkeypatch, "getOpenFileName", broken)
    click(qtbot, dialog.load_button)
    problem = dialog.error_text("file")
    assert problem.startswith("rules.toml cannot be used. Nothing was changed.")
    assert "rules.toml:source: missing" in problem
    assert "rules.toml:requirements[1].name: missing" in problem
    assert dialog.topics.rowCount() == 0 and dialog.authority.text() == "ABIM"
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: view.credential_list.count() == 1)
    assert view.credential_list.item(0).text().startswith("✓ ABIM: ")  # nothing required

    click(qtbot, view.remove)
    box = view.confirmation
    assert "Remove ABIM and its requirements" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert len(wallet.credentials(window.ctx, window.learner.id)) == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.credential_list.setFocus()
    qtbot.keyClick(view.credential_list, Qt.Key.Key_Delete)  # the key asks the same question
    assert view.confirmation.isVisible()
    click(qtbot, next(b for b in view.confirmation.buttons() if b.text() == "&Remove"))
    qtbot.waitUntil(lambda: view.credential_list.count() == 0)
    assert wallet.credentials(window.ctx, window.learner.id) == []
    close_window(window)


def test_the_renewal_alert_shows_once_when_the_profile_opens(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window = _window(qtbot, paths)
    today = window.ctx.today()
    wallet.save_credential(
        window.ctx,
        window.learner.id,
        wallet.CredentialData(
            wallet.CredentialKind.LICENCE,
            "Oregon",
            "Physician",
            "",
            today - dt.timedelta(days=600),
            today + dt.timedelta(days=60),
            total_credits=wallet.Decimal(10),
        ),
    )
    close_window(window)

    again = open_window(qtbot, paths)
    qtbot.waitUntil(lambda: any("Oregon" in t for t in again.toaster.texts()))
    (text,) = [t for t in again.toaster.texts() if "Oregon" in t]
    assert text.startswith("⚠ Your Oregon · Physician renews on ")
    assert "(60 days left) and still needs 10.00 more credits (of 10.00)." in text
    close_window(again)
    third = open_window(qtbot, paths)
    qtbot.wait(300)
    assert not any("Oregon" in t for t in third.toaster.texts())
    close_window(third)
    QApplication.processEvents()
