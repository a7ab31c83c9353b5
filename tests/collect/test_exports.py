"""Exports an institution collects: CSV, the accreditor's learner report (PARS, .xlsx and
tab-delimited), and xAPI statements, each against its documented example; consent and
missing-field rules; statements checked by Ralph's own xAPI models; each statement
committed with its event or not at all."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from studyapp.core.activity import TestKind
from studyapp.paths import bundled_packs_dir
from studyapp.services import attempts, credit, learners, library, record_exports, xapi_outbox
from studyapp.services.learners import Profile
from studyapp.services.record_exports import Format, IncompleteError
from studyapp.storage.models import Response, XapiOutbox
from tests.conftest import JOURNAL_CLUB, make_accredited
from tests.services.test_study_flow import complete
from tests.test_architecture import run_cli

CLAIMED = dt.datetime(2026, 11, 10, 15, 0, tzinfo=dt.UTC)
MARIA = Profile(
    full_name="Maria Lopez",
    credentials="MD",
    profession="Rheumatology",
    email="maria@example.org",
    licence_state="MA",
    licence_number="123456",
    npi="1234567893",
    birth_month=3,
    birth_day=14,
    consent_to_report=True,
    boards=(("ABIM", "987654"),),
)
BEN = Profile(
    full_name="Ben Okafor",
    credentials="DO",
    profession="Internal medicine",
    email="ben@example.org",
    birth_month=7,
    birth_day=2,
    consent_to_report=True,
)
CARA = Profile(
    full_name="Cara Byrne", credentials="MD", profession="Cardiology", email="cara@example.org"
)


@pytest.fixture
def folder(ctx, il6_source: Path) -> dict[str, object]:
    """An accredited activity (with a PARS id and MOC points) and a sample one; three
    physicians: Maria (complete, with a board), Ben (no licence or NPI), Cara (no consent)."""
    make_accredited(il6_source, 'accreditor_activity_id = "202611001"\nmoc_points = 1\n')
    real = library.install(ctx, il6_source)
    sample = library.install(ctx, bundled_packs_dir() / JOURNAL_CLUB)
    ctx.now = lambda: CLAIMED
    made: dict[str, object] = {"real": real, "sample": sample}
    for name, profile in (("maria", MARIA), ("ben", BEN), ("cara", CARA)):
        person = learners.create(ctx, profile)
        complete(ctx, person.id, real)
        made[name] = credit.claim(ctx, person.id, real, Decimal("0.75"), 45, True)
        made[f"{name}_id"] = person.id
    complete(ctx, made["maria_id"], sample)
    made["maria_sample"] = credit.claim(ctx, made["maria_id"], sample, Decimal("0.25"), 15, True)
    return made


def test_csv_has_a_row_per_record_with_its_signature_verdict(ctx, folder) -> None:
    done = record_exports.export(ctx, Format.CSV)
    rows = list(csv.reader(io.StringIO(done.data.decode("utf-8-sig"))))
    assert rows[0] == list(record_exports.CSV_COLUMNS)
    assert done.rows == len(rows) - 1 == 4
    by_id = {r[0]: r for r in rows[1:]}
    maria = by_id[folder["maria"]]
    assert maria[2:4] == ["Maria Lopez", "MD"]
    assert maria[9:16] == [
        "2026-11-10",
        "0.75",
        "1.00",
        "AMA PRA Category 1 Credit™",
        "physician",
        "no",
        "valid",
    ]
    assert by_id[folder["maria_sample"]][14] == "yes (not valid for credit)"
    # A record changed in the database is exported with that verdict.
    record = json.loads(credit.record_json(ctx, folder["ben"]))
    record["credentialSubject"]["creditsEarned"] = 1.0
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(record), "i": folder["ben"]},
        )
    rows = list(
        csv.reader(io.StringIO(record_exports.export(ctx, Format.CSV).data.decode("utf-8-sig")))
    )
    assert {r[0]: r[15] for r in rows[1:]}[folder["ben"]] == "altered"


def test_pars_refuses_to_write_half_a_report(ctx, folder, tmp_path: Path) -> None:
    with pytest.raises(IncompleteError) as caught:
        record_exports.export(ctx, Format.PARS, excel=False)
    assert caught.value.problems == ["Ben Okafor: missing licence state and number, or NPI"]
    out = tmp_path / "pars.txt"
    ctx.close()
    done = run_cli(
        "--data-dir", str(ctx.paths.root), "export", "--format", "pars", "--out", str(out)
    )
    assert done.returncode == 1
    assert "Ben Okafor: missing licence state and number, or NPI" in done.stderr
    assert not out.exists()


def test_pars_tab_delimited_matches_the_documented_example(ctx, folder) -> None:
    done = record_exports.export(ctx, Format.PARS, excel=False, skip_incomplete=True)
    lines = done.data.decode("utf-8").split("\r\n")
    assert lines[0].split("\t") == list(record_exports.PARS_COLUMNS)
    assert lines[1].split("\t") == [
        "Add",
        "202611001",
        "11/10/2026",
        "Maria",
        "Lopez",
        "3",
        "14",
        "MA",
        "123456",
        "1234567893",
        "0.75",
        "ABIM",
        "987654",
        "1",
    ]
    assert lines[2:] == [""]  # Ben incomplete, Cara did not agree, the sample not credit
    assert done.notes == (
        "Sample-activity records left out, not valid for credit: 1.",
        "Learners who did not agree to reporting, whose records are left out: 1.",
        "Left out as incomplete: Ben Okafor: missing licence state and number, or NPI.",
    )
    docs = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text("utf-8")
    assert "| " + " | ".join(lines[1].split("\t")) + " |" in docs


def test_pars_excel_holds_the_same_rows_as_text(ctx, folder, tmp_path: Path) -> None:
    done = record_exports.export(ctx, Format.PARS, excel=True, skip_incomplete=True)
    sheet = load_workbook(io.BytesIO(done.data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == list(record_exports.PARS_COLUMNS)
    assert rows[1][:4] == ["Add", "202611001", "11/10/2026", "Maria"]
    assert rows[1][9] == "1234567893"  # kept as text, leading digits and all
    assert len(rows) == 2


def test_xapi_export_and_statement_shapes(ctx, folder) -> None:
    from ralph.models.xapi.base.statements import BaseXapiStatement

    done = record_exports.export(ctx, Format.XAPI)
    statements = json.loads(done.data)
    assert len(statements) == done.rows > 40
    for statement in statements:
        BaseXapiStatement(**statement)  # Ralph's own model of a valid statement
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", statement["id"]
        )
        assert statement["version"] == "1.0.3"
        assert statement["timestamp"].endswith("Z")
        assert statement["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/")
        assert "mbox" not in statement["actor"]  # never the email unless asked
        assert statement["actor"]["account"]["name"].endswith(
            tuple(f"/learner/{i}" for i in (1, 2, 3))
        )
    verbs = [s["verb"]["display"]["en-US"] for s in statements]
    assert {"answered", "completed", "passed"} <= set(verbs)
    answer = next(s for s in statements if s["verb"]["display"]["en-US"] == "answered")
    assert set(answer["result"]) == {"response", "success"}
    claimed = [
        s
        for s in statements
        if "urn:studyapp:xapi:extension:completion-record" in s["context"]["extensions"]
    ]
    assert len(claimed) == 4


def test_email_is_the_actor_only_when_the_institution_says_so(ctx, folder) -> None:
    from studyapp.content.institution import RecordStore

    store = RecordStore("https://lrs.example/xapi/", "u", "p", identify_by_email=True)
    ctx.institution = dataclasses.replace(ctx.institution, record_store=store)
    with ctx.db.transaction() as s:
        who = xapi_outbox.actor(ctx, s, folder["maria_id"])
    assert who.as_json() == {"objectType": "Agent", "mbox": "mailto:maria@example.org"}


def test_a_submit_and_its_statements_commit_together_or_not_at_all(
    ctx, il6_pack, learner, monkeypatch: pytest.MonkeyPatch
) -> None:
    act = library.activity(ctx, il6_pack)
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.PRE)
    item = act.pretest[0]

    def count() -> tuple[int, int]:
        with ctx.db.transaction() as s:
            return (
                s.scalar(select(func.count()).select_from(Response)),
                s.scalar(select(func.count()).select_from(XapiOutbox)),
            )

    before = count()
    # An answer save writes the answer alone; its statement is made when the test is in.
    attempts.save_answer(ctx, attempt.id, item.id, ["A"])
    assert count() == (before[0] + 1, before[1])

    def crash(*_args) -> None:
        raise RuntimeError("killed between the submit and its statements")

    monkeypatch.setattr(xapi_outbox, "add", crash)
    with pytest.raises(RuntimeError):
        attempts.submit(ctx, attempt.id)
    assert not attempts.state(ctx, learner.id, il6_pack, TestKind.PRE).attempt.submitted
    assert count() == (before[0] + 1, before[1])  # no statement without the submit
    monkeypatch.undo()
    attempts.submit(ctx, attempt.id)
    assert attempts.state(ctx, learner.id, il6_pack, TestKind.PRE).attempt.submitted
    assert count() == (before[0] + 1, before[1] + 2)  # the answer's and the score's


def test_a_locked_profile_stays_out_of_every_export(ctx, folder) -> None:
    from studyapp.services import protection

    secret = "correct horse battery"
    protection.set_passphrase(ctx, folder["cara_id"], secret, secret)
    protection.lock_all(ctx)  # Cara's is the only protected profile
    done = record_exports.export(ctx, Format.CSV)
    names = {r[2] for r in csv.reader(io.StringIO(done.data.decode("utf-8-sig")))}
    assert names == {"learner_name", "Maria Lopez", "Ben Okafor"}
    protection.unlock(ctx, folder["cara_id"], secret)
    done = record_exports.export(ctx, Format.CSV)
    assert "Cara Byrne" in done.data.decode("utf-8-sig")
