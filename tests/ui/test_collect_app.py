"""Collecting from the app: File > Export records writes each format with what it left
out said on screen, and the status bar shows how sending to the record store stands."""

from __future__ import annotations

import csv
import dataclasses
import http.server
import io
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from studyapp.content.institution import DEFAULT, RecordStore
from studyapp.paths import DataPaths
from studyapp.services import learners, xapi_outbox
from studyapp.ui.export_dialog import ExportDialog
from tests.collect.test_lrs_sync import _Canned
from tests.services.test_study_flow import complete
from tests.ui.helpers import close_window, fill_profile, open_window, save_profile


def test_export_dialog_writes_csv_and_says_why_pars_cannot_be_written(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    window = open_window(qtbot, paths)
    fill_profile(qtbot, window.profile_dialog, "Maria Lopez", "MD", "Rheumatology", "m@x.org")
    save_profile(qtbot, window.profile_dialog)
    ctx, learner = window.ctx, learners.last_used(window.ctx)
    learners.update(
        ctx, learner.id, dataclasses.replace(learner.profile, npi="", consent_to_report=True)
    )
    pack = window.library.pack_id_at(0)
    complete(ctx, learner.id, pack)
    from decimal import Decimal

    from studyapp.services import credit

    credit.claim(ctx, learner.id, pack, Decimal("0.25"), 15, True)
    dialog = ExportDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "records.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved"), timeout=20_000)
    assert dialog.message.text() == f"Saved 1 row to {target}."
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[1][2] == "Maria Lopez" and rows[1][14] == "yes (not valid for credit)"

    dialog.kind.setCurrentIndex(1)  # PARS, Excel: the only record is a sample's
    report = tmp_path / "pars.xlsx"
    dialog.export_to(report)
    qtbot.waitUntil(lambda: "pars.xlsx" in dialog.message.text(), timeout=20_000)
    assert dialog.message.text() == (
        f"Saved 0 rows to {report}. Sample-activity records left out, not valid for credit: 1."
    )
    close_window(window)


def test_the_status_bar_says_how_sending_stands(
    qtbot: QtBot, paths: DataPaths, tmp_path: Path
) -> None:
    for code, expected in ((401, "refused the user name or password"), (200, "last sent")):
        handler = type("Handler", (_Canned,), {"answer": (code, b"")})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        store = RecordStore(f"http://127.0.0.1:{server.server_port}/xAPI/", "u", "p")
        window = open_window(qtbot, paths, dataclasses.replace(DEFAULT, record_store=store))
        if window.profile_dialog is not None and window.profile_dialog.isVisible():
            fill_profile(qtbot, window.profile_dialog, "Ana Silva", "PA", "Ortho", "a@x.org")
            save_profile(qtbot, window.profile_dialog)
        window.open_activity(window.library.pack_id_at(0))  # one statement: "initialized"
        assert xapi_outbox.counts(window.ctx)[0] >= 1
        window.lrs_sender.send_now()
        label = window.lrs_sender.label
        qtbot.waitUntil(lambda label=label, e=expected: e in label.text(), timeout=20_000)
        assert label.text().startswith("Records store: ")
        close_window(window)
        server.shutdown()
