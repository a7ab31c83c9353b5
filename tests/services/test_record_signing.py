"""Completion records are signed when made, and can be checked in the app and from the CLI."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from studyapp.paths import bundled_packs_dir
from studyapp.records.signing import Verdict
from studyapp.services import credit, library, record_signing
from studyapp.services.context import open_context
from studyapp.storage.models import SigningKey
from tests.conftest import JOURNAL_CLUB
from tests.services.test_study_flow import complete
from tests.test_architecture import run_cli


def claim(ctx, learner_id: int, pack_id: int) -> str:
    complete(ctx, learner_id, pack_id)
    return credit.claim(ctx, learner_id, pack_id, Decimal("0.25"), 15, True)


def test_a_new_record_is_signed_by_this_computer(ctx, il6_pack, learner) -> None:
    record_id = claim(ctx, learner.id, il6_pack)
    record = json.loads(credit.record_json(ctx, record_id))
    assert record["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert record["issuer"]["id"] == record_signing.this_computers_key(ctx)
    check = record_signing.check_record(ctx, record_id)
    assert check.verdict is Verdict.VALID
    assert check.this_computer
    assert check.did == record_signing.this_computers_key(ctx)
    assert check.message == (
        "Signature checks out: the record is exactly as it was signed by this computer's StudyApp."
    )


def test_one_key_per_data_folder_kept_across_restarts(paths, ctx, il6_pack, learner) -> None:
    first = claim(ctx, learner.id, il6_pack)
    ctx.close()
    reopened = open_context(paths)
    try:
        journal_club = library.install(reopened, bundled_packs_dir() / JOURNAL_CLUB)
        second = claim(reopened, learner.id, journal_club)
        dids = {
            json.loads(credit.record_json(reopened, r))["proof"]["verificationMethod"]
            for r in (first, second)
        }
        assert len(dids) == 1
        with reopened.db.transaction() as s:
            assert len(s.scalars(select(SigningKey)).all()) == 1
    finally:
        reopened.close()


def test_a_record_changed_in_the_database_is_caught(ctx, il6_pack, learner) -> None:
    record_id = claim(ctx, learner.id, il6_pack)
    record = json.loads(credit.record_json(ctx, record_id))
    record["credentialSubject"]["creditsEarned"] = 1.0
    record["credentialSubject"]["creditsEarned"] = 1.0
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(record), "i": record_id},
        )
    check = record_signing.check_record(ctx, record_id)
    assert check.verdict is Verdict.ALTERED
    assert "changed after it was signed" in check.message


def test_a_record_from_before_signing_says_it_has_no_signature(ctx, il6_pack, learner) -> None:
    record_id = claim(ctx, learner.id, il6_pack)
    record = json.loads(credit.record_json(ctx, record_id))
    del record["proof"]
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(record), "i": record_id},
        )
    check = record_signing.check_record(ctx, record_id)
    assert check.verdict is Verdict.UNSIGNED
    assert check.message.startswith("This record has no signature")


def test_cli_verifies_saved_records_and_names_failures(
    tmp_path: Path, ctx, il6_pack, learner
) -> None:
    record_id = claim(ctx, learner.id, il6_pack)
    good = tmp_path / "good.json"
    good.write_text(credit.record_json(ctx, record_id), "utf-8")
    did = record_signing.this_computers_key(ctx)

    result = run_cli("record", "verify", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"{good}: Signature checks out: the record is exactly as it was signed with key {did}. "
        "Check that this is a key you trust."
    )
    assert result.stdout.splitlines()[-1] == "NOWIDGETS"

    forged = tmp_path / "forged.json"
    text = good.read_text("utf-8")
    assert '"attestedMinutes": 15' in text
    forged.write_text(text.replace('"attestedMinutes": 15', '"attestedMinutes": 90'))
    not_json = tmp_path / "notes.json"
    not_json.write_text("credits: 1.0", "utf-8")
    missing = tmp_path / "missing.json"
    result = run_cli("record", "verify", str(good), str(forged), str(not_json), str(missing))
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"{forged}: The signature does not match")
    assert errors[1] == (
        f"{not_json}: This is not a record StudyApp can check: the file is not JSON."
    )
    assert errors[2] == f"{missing}: Could not read missing.json: No such file or directory."


def test_cli_prints_this_computers_key(tmp_path: Path) -> None:
    data = tmp_path / "portable"
    first = run_cli("--data-dir", str(data), "record", "key")
    again = run_cli("--data-dir", str(data), "record", "key")
    assert first.returncode == 0, first.stderr
    key = first.stdout.splitlines()[0]
    assert key.startswith("did:key:z6Mk")
    assert again.stdout.splitlines()[0] == key
