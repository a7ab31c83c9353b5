"""Checking records in the app: the history says whether each is intact, File > Check a
completion record reads a saved file, and About shows the key to note down."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from studyapp.paths import DataPaths
from studyapp.services import credit, learners, record_signing
from studyapp.ui import help_actions, transcript_actions
from studyapp.ui.main_window import MainWindow
from tests.services.test_study_flow import complete
from tests.ui.helpers import close_window, fill_profile, menu_action, open_window, save_profile


def window_with_record(qtbot: QtBot, paths: DataPaths) -> tuple[MainWindow, str]:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    ctx = window.ctx
    learner = learners.last_used(ctx)
    pack_id = window.library.pack_id_at(
        next(i for i, r in enumerate(window.library.row_texts()) if r[0].startswith("Treating"))
    )
    complete(ctx, learner.id, pack_id)
    return window, credit.claim(ctx, learner.id, pack_id, Decimal("0.50"), 30, True)


def check_through_the_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> QMessageBox:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    menu_action(window, "Check a completion record…").trigger()
    shown: list[QMessageBox] = []

    def one_shown() -> None:
        shown[:] = [b for b in window.findChildren(QMessageBox, "record-check") if b.isVisible()]
        assert len(shown) == 1

    qtbot.waitUntil(one_shown)
    return shown[0]


def test_a_saved_record_checks_out_and_a_changed_one_does_not(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, record_id = window_with_record(qtbot, paths)
    saved = tmp_path / "record.json"
    saved.write_text(credit.record_json(window.ctx, record_id), "utf-8")

    box = check_through_the_menu(qtbot, window, monkeypatch, saved)
    assert box.windowTitle() == "Record checks out"
    assert box.text() == (
        "record.json\n\nSignature checks out: the record is exactly as it was signed "
        "by this computer's StudyApp."
    )
    assert box.icon() == QMessageBox.Icon.Information
    box.accept()

    forged = tmp_path / "forged.json"
    record = json.loads(saved.read_text("utf-8"))
    record["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    forged.write_text(json.dumps(record), "utf-8")
    box = check_through_the_menu(qtbot, window, monkeypatch, forged)
    assert box.windowTitle() == "Record does not check out"
    assert "this record was changed after it was signed" in box.text()
    # This computer holds the original, so the check can say which part was changed.
    assert box.text().endswith(
        "Compared with this computer's copy, these differ: the learner's name or email."
    )
    assert box.icon() == QMessageBox.Icon.Warning
    box.accept()

    picture = tmp_path / "scan.json"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    box = check_through_the_menu(qtbot, window, monkeypatch, picture)
    assert box.text() == "scan.json\n\nscan.json is not a text file, so it is not a record."
    box.accept()
    close_window(window)


def test_history_shows_a_record_changed_behind_the_apps_back(
    qtbot: QtBot, paths: DataPaths
) -> None:
    window, record_id = window_with_record(qtbot, paths)
    record = json.loads(credit.record_json(window.ctx, record_id))
    record["credentialSubject"]["creditsEarned"] = 1.0
    with window.ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(record), "i": record_id},
        )
    window.show_history()
    assert window.history.signature.text().startswith(
        "Record signature: The signature does not match: this record was changed"
    )
    close_window(window)


def test_about_shows_the_key_records_are_signed_with(qtbot: QtBot, paths: DataPaths) -> None:
    window, record_id = window_with_record(qtbot, paths)
    did = json.loads(credit.record_json(window.ctx, record_id))["proof"]["verificationMethod"]
    about = help_actions.about_text(window.ctx)
    assert f"<tt>{did.split('#')[0]}</tt>" in about
    assert record_signing.this_computers_key(window.ctx) == did.split("#")[0]
    close_window(window)


def test_the_history_saves_a_transcript_that_checks_out(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, record_id = window_with_record(qtbot, paths)
    window.show_history()
    history = window.history
    target = tmp_path / "my transcript.pdf"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), transcript_actions.pdf_filter())),
    )
    assert history.save_transcript.text() == "Save &transcript…"
    qtbot.mouseClick(history.save_transcript, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.message.text().startswith("Transcript of"), timeout=20_000)
    assert history.message.text() == f"Transcript of 1 record saved to {target}."
    assert history.save_transcript.isEnabled()

    box = check_through_the_menu(qtbot, window, monkeypatch, target)
    assert box.windowTitle() == "Transcript checks out"
    assert box.text() == (
        "my transcript.pdf\n\nTranscript checks out: the transcript and the 1 completion "
        "record inside it are exactly as they were signed by this computer's StudyApp."
    )
    box.accept()

    as_json = tmp_path / "transcript"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(as_json), transcript_actions.json_filter())),
    )
    history.save_transcript.click()
    saved = as_json.with_suffix(".json")
    qtbot.waitUntil(lambda: str(saved) in history.message.text(), timeout=20_000)
    clr = json.loads(saved.read_text("utf-8"))
    assert clr["type"] == ["VerifiableCredential", "ClrCredential"]
    assert clr["credentialSubject"]["verifiableCredential"][0]["id"] == f"urn:uuid:{record_id}"
    close_window(window)


def test_a_transcript_for_dates_with_no_record_says_so(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _record_id = window_with_record(qtbot, paths)
    window.show_history()
    history = window.history
    history.set_range(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert not history.save_transcript.isEnabled()  # nothing to put in it
    target = tmp_path / "t.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    transcript_actions.save_transcript(
        history, window.ctx, history.learner_id, history.period(), history._report
    )
    qtbot.waitUntil(lambda: "no completion records" in history.message.text(), timeout=20_000)
    assert history.message.text().startswith(
        "There are no completion records in this period, so there is no transcript to make."
    )
    assert not target.exists()
    close_window(window)


def test_checking_a_long_transcript_shows_its_progress_and_names_the_bad_record(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from tests.services.test_transcript_export import long_transcript

    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    saved = tmp_path / "transcript.json"
    saved.write_text(json.dumps(long_transcript(45, changed=30)), "utf-8")
    labels: list[str] = []
    real = QProgressDialog.setLabelText
    monkeypatch.setattr(
        QProgressDialog, "setLabelText", lambda self, t: labels.append(t) or real(self, t)
    )
    box = check_through_the_menu(qtbot, window, monkeypatch, saved)
    assert labels[0] == "Checked 1 of 46 signatures…"
    assert labels[-1] == "Checked 46 of 46 signatures…"
    assert box.windowTitle() == "Transcript does not check out"
    assert "Record 30 of 45 (" in box.text()
    assert "this record was changed after it was signed" in box.text()
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    box.accept()
    close_window(window)
