"""The app under an institution's settings, as a learner and an administrator see it:
the name in the title, About and on certificates and transcripts, the logo drawn, a
passphrase on every profile, packs installed on first run, signed packs only, and a
broken file that stops the app with its problems."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from studyapp.content import institution
from studyapp.paths import DataPaths, bundled_packs_dir, resources_dir
from studyapp.records.transcript_credential import Period
from studyapp.services import (
    credit,
    institution_packs,
    learners,
    pack_tools,
    protection,
    transcript_export,
)
from studyapp.ui import help_actions
from studyapp.ui.passphrase_dialogs import ProtectDialog
from tests.conftest import JOURNAL_CLUB
from tests.services.test_study_flow import complete
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile

LOGO = resources_dir() / "icons" / "studyapp-128.png"


def settings(tmp_path: Path, extra: str = "") -> institution.Institution:
    (tmp_path / "logo.png").write_bytes(LOGO.read_bytes())
    path = tmp_path / "institution.toml"
    path.write_text(
        '[organisation]\nname = "Riverside Health CME"\nlogo = "logo.png"\n'
        'provider_id = "ACCME 4008163"\n' + extra,
        "utf-8",
    )
    return institution.load(path)


def images_on_first_page(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages[0].images)


def test_the_institution_shows_in_the_title_about_certificate_and_transcript(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    window = open_window(qtbot, paths, settings(tmp_path))
    assert window.windowTitle() == "StudyApp — Riverside Health CME"
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    assert window.windowTitle() == "StudyApp — Maria Lopez, MD — Riverside Health CME"
    about = help_actions.about_text(window.ctx)
    assert "Provided by <b>Riverside Health CME</b> (accredited provider ACCME 4008163)" in about
    ctx, learner = window.ctx, learners.last_used(window.ctx)
    pack = window.library.pack_id_at(0)
    complete(ctx, learner.id, pack)
    record_id = credit.claim(ctx, learner.id, pack, Decimal("0.25"), 15, True)
    pdf = credit.certificate_pdf(ctx, record_id)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "through Riverside Health CME" in text
    # The logo is drawn (the QR code is drawn as rectangles, not as an image).
    assert images_on_first_page(pdf) == 1
    transcript = transcript_export.make(ctx, learner.id, Period(None, None)).pdf
    first_page = " ".join(PdfReader(io.BytesIO(transcript)).pages[0].extract_text().split())
    assert first_page.startswith("Riverside Health CME CME Transcript")
    assert images_on_first_page(transcript) == 1
    close_window(window)


def test_without_an_institution_nothing_is_branded(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, paths)
    assert window.windowTitle() == "StudyApp"
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    assert not window.profile_dialog.passphrase.isVisibleTo(window.profile_dialog)
    save_profile(qtbot, window.profile_dialog)
    ctx, learner = window.ctx, learners.last_used(window.ctx)
    pack = window.library.pack_id_at(0)
    complete(ctx, learner.id, pack)
    pdf = credit.certificate_pdf(
        ctx, credit.claim(ctx, learner.id, pack, Decimal("0.25"), 15, True)
    )
    assert images_on_first_page(pdf) == 0
    assert "through" not in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    close_window(window)


def test_a_new_profile_needs_a_passphrase_where_the_institution_says_so(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    window = open_window(
        qtbot, paths, settings(tmp_path, "[profiles]\nrequire_passphrase = true\n")
    )
    dialog = window.profile_dialog
    fill_profile(qtbot, dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    assert dialog.passphrase.isVisibleTo(dialog)
    save_profile(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("passphrase").startswith("Use at least")
    assert learners.list_learners(window.ctx) == []  # nothing stored without one
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClicks(dialog.repeat, "correct horse batterx")
    save_profile(qtbot, dialog)
    assert dialog.error_text("repeat") == "The two passphrases are not the same."
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "correct horse battery")
    save_profile(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [learner] = learners.list_learners(window.ctx)
    assert protection.is_protected(window.ctx, learner.id)
    assert window.learner is not None and window.learner.id == learner.id
    close_window(window)


def test_an_older_profile_without_a_passphrase_is_asked_for_one(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    close_window(window)
    strict = settings(tmp_path, "[profiles]\nrequire_passphrase = true\n")
    window = open_window(qtbot, paths, strict)
    qtbot.waitUntil(lambda: isinstance(window.protect_dialog, ProtectDialog))
    dialog = window.protect_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Your institution requires a passphrase"
    dialog.reject()
    assert window.learner is None
    assert "needs a passphrase before it can be used here" in window.statusBar().currentMessage()
    close_window(window)


def test_the_institutions_packs_install_on_first_run_and_only_signed_ones(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    key = tmp_path / "publisher.key"
    did = pack_tools.keygen(key)
    signed = tmp_path / "packs" / "journal-club.zip"
    signed.parent.mkdir()
    source = tmp_path / "jc"
    shutil.copytree(bundled_packs_dir() / JOURNAL_CLUB, source)
    manifest = source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8")
        .replace('version = "1.0.0"', 'version = "2027.1"')
        .replace('title = "', 'title = "Riverside: ', 1),
        "utf-8",
    )
    pack_tools.build(source, signed)
    pack_tools.sign(signed, key, dt.datetime.now(dt.UTC))
    strict = settings(
        tmp_path, f'[packs]\npreinstall = ["packs/journal-club.zip"]\ntrusted_keys = ["{did}"]\n'
    )
    window = open_window(qtbot, paths, strict)
    assert institution_packs.preinstall(window.ctx) == []
    window.refresh_library()
    qtbot.waitUntil(
        lambda: any(r[0].startswith("Riverside: Journal Club") for r in window.library.row_texts())
    )
    assert institution_packs.preinstall(window.ctx) == []  # once only
    # The bundled samples are not signed: a folder import is refused with the reason.
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    dialog = window.import_from(bundled_packs_dir() / JOURNAL_CLUB)
    qtbot.waitUntil(lambda: "cannot be installed" in dialog.heading.text(), timeout=10_000)
    assert "cannot be installed on this computer" in dialog.heading.text()
    assert "Refused: this pack is not signed" in dialog.details.toPlainText()
    assert not dialog.install_button.isEnabled()
    dialog.reject()
    close_window(window)


REFUSED_START = """
import argparse, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from studyapp.ui import app as app_module

qapp = QApplication(["test", "-platform", "offscreen"])

def answer():
    boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "institution-refused"]
    if not boxes:
        QTimer.singleShot(20, answer)
        return
    print(boxes[0].windowTitle())
    print(boxes[0].text())
    boxes[0].button(QMessageBox.StandardButton.Ok).click()

QTimer.singleShot(20, answer)
args = argparse.Namespace(data_dir=sys.argv[1], institution=Path(sys.argv[2]))
print("exit", app_module.run(args))
"""


def test_a_broken_institution_file_stops_the_app_and_says_why(tmp_path: Path) -> None:
    """In its own process: the app's whole start, which the test session must not share."""
    path = tmp_path / "institution.toml"
    path.write_text('[packs]\ntrusted_keys = ["nonsense"]\n', "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", REFUSED_START, str(tmp_path / "data"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "StudyApp cannot start"
    assert "institution.toml:packs.trusted_keys: 'nonsense' is not a pack-signing key" in (
        done.stdout
    )
    assert lines[-1] == "exit 1"
    assert not (tmp_path / "data" / "studyapp.sqlite3").exists()  # nothing was opened
