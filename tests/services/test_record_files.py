"""Record files a stranger hands over: a proof that leaves out the context, a duplicate key
placed before the real one, deep nesting and non-JSON numbers are refused with a reason,
from the services and from `studyapp record verify`, never with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.records.signing import Verdict
from studyapp.services import credit, record_signing
from tests.services.test_record_signing import claim
from tests.test_architecture import run_cli


@pytest.fixture
def record_text(ctx, il6_pack, learner) -> str:
    return credit.record_json(ctx, claim(ctx, learner.id, il6_pack))


def test_the_untouched_record_is_valid(record_text: str) -> None:
    assert record_signing.check_text(record_text).verdict is Verdict.VALID


def test_a_first_suite_proof_without_the_records_context_is_not_valid(
    record_text: str,
) -> None:
    """eddsa-jcs-2022 records carry the context in their proof; one left out is not filled
    in from the file (which could then claim any context)."""
    import datetime as dt

    from studyapp.records import signing

    unsigned = {k: v for k, v in json.loads(record_text).items() if k != "proof"}
    record = signing.sign(unsigned, bytes(range(32)), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert record_signing.check_text(json.dumps(record)).verdict is not Verdict.ALTERED
    del record["proof"]["@context"]
    check = record_signing.check_text(json.dumps(record))
    assert check.verdict is Verdict.ALTERED
    assert not check.valid


def test_an_rdfc_proof_naming_another_context_is_not_valid(record_text: str) -> None:
    record = json.loads(record_text)
    record["proof"]["@context"] = ["https://www.w3.org/ns/credentials/v2"]
    check = record_signing.check_text(json.dumps(record))
    assert check.verdict is Verdict.ALTERED


def test_a_duplicate_key_before_the_real_one_is_refused(record_text: str) -> None:
    record = json.loads(record_text)
    real = record["credentialSubject"]["learnerCredentials"]
    text = json.dumps(record)
    forged = text.replace(
        '"credentialSubject": {', '"credentialSubject": {"learnerCredentials": "MD, PhD", ', 1
    )
    assert forged.index("MD, PhD") < forged.index(f'"learnerCredentials": "{real}"')
    # Python's reader keeps the last value, so the signature would check out; other readers
    # keep the first and would print the fake credentials.
    assert json.loads(forged)["credentialSubject"]["learnerCredentials"] == real

    check = record_signing.check_text(forged)
    assert check.verdict is Verdict.UNREADABLE
    assert check.message == (
        "This is not a record StudyApp can check: the key 'learnerCredentials' appears twice "
        "in one object."
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "it is nested more than 64 levels deep"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "it is nested more than 64 levels deep"),
        ('{"credits": NaN}', "it holds NaN, which is not JSON"),
        ("", "the file is not JSON"),
        ("\x00\x01binary", "the file is not JSON"),
    ],
    ids=["deep arrays", "deep objects", "NaN", "empty", "binary"],
)
def test_hostile_json_is_refused_with_a_reason(text: str, reason: str) -> None:
    check = record_signing.check_text(text)
    assert check.verdict is Verdict.UNREADABLE
    assert check.message == f"This is not a record StudyApp can check: {reason}."


def test_the_command_line_says_why_and_exits_1(tmp_path: Path, record_text: str) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    good = tmp_path / "good.json"
    good.write_text(record_text, "utf-8")
    done = run_cli("record", "verify", str(good), str(deep))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{deep}: This is not a record StudyApp can check: it is nested more than 64" in (
        done.stderr
    )
    assert f"{good}: Signature checks out" in done.stdout
