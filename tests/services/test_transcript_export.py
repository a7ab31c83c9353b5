"""The CME transcript as one credential: a CLR 2.0 ClrCredential wrapping the learner's
records, signed, and a printable PDF that carries it. Checked by StudyApp and by a
second, independent code path (tests/records/independent_check.py)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from studyapp.paths import bundled_packs_dir
from studyapp.records import signing, transcript_credential
from studyapp.records.signing import Verdict
from studyapp.records.transcript_credential import Period
from studyapp.services import (
    credit,
    learners,
    library,
    protection,
    record_signing,
    transcript_export,
)
from studyapp.services.errors import UserError
from studyapp.services.protection import ProfileLockedError
from tests.conftest import JOURNAL_CLUB, make_accredited
from tests.records import independent_check
from tests.records.pdf_swap import swap_attachment
from tests.services.test_study_flow import complete
from tests.test_architecture import run_cli


@pytest.fixture
def real_pack(ctx, il6_source: Path) -> int:
    """The IL-6 activity as an accredited (not sample) activity."""
    make_accredited(il6_source)
    return library.install(ctx, il6_source)


@pytest.fixture
def history(ctx, real_pack: int, learner, qapp) -> dict[str, str]:
    """Two real records on different days and one sample record."""
    journal_club = library.install(ctx, bundled_packs_dir() / JOURNAL_CLUB)
    made = {}
    for name, pack, amount, day in (
        ("real-1", real_pack, "0.75", dt.datetime(2026, 11, 2, 15, tzinfo=dt.UTC)),
        ("sample", journal_club, "0.25", dt.datetime(2026, 11, 10, 15, tzinfo=dt.UTC)),
    ):
        ctx.now = lambda day=day: day
        complete(ctx, learner.id, pack)
        made[name] = credit.claim(ctx, learner.id, pack, Decimal(amount), 30, True)
    ctx.now = lambda: dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC)
    return made


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "transcript.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_transcript_wraps_every_record_and_checks_out_two_ways(
    ctx, learner, history, tmp_path: Path
) -> None:
    files = transcript_export.make(ctx, learner.id, Period(None, None))
    clr = json.loads(files.credential_json)
    assert clr["type"] == ["VerifiableCredential", "ClrCredential"]
    assert clr["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert clr["issuer"]["id"] == record_signing.this_computers_key(ctx)
    inner = clr["credentialSubject"]["verifiableCredential"]
    stored = {r: json.loads(credit.record_json(ctx, r)) for r in history.values()}
    assert sorted(i["id"] for i in inner) == sorted(f"urn:uuid:{r}" for r in history.values())
    for record in inner:  # each record exactly as issued, its own proof included
        assert record == stored[record["id"].removeprefix("urn:uuid:")]
    assert [a["name"] for a in clr["credentialSubject"]["achievement"]] == [
        r["credentialSubject"]["achievement"]["name"] for r in inner
    ]
    # StudyApp's check, then the independent one: the wrapper and every record inside.
    assert transcript_credential.verify(clr).valid
    assert independent_check.defined_everywhere(clr)
    assert independent_check.proof_holds(clr)
    assert all(independent_check.proof_holds(r) for r in inner)
    changed = copy.deepcopy(clr)
    changed["credentialSubject"]["verifiableCredential"][0]["credentialSubject"][
        "creditsEarned"
    ] = 5.0
    assert not independent_check.proof_holds(changed)


def test_the_pdf_totals_real_credit_and_lists_sample_credit_apart(
    ctx, learner, history, tmp_path: Path
) -> None:
    files = transcript_export.make(ctx, learner.id, Period(None, None))
    text = pdf_text(files.pdf, tmp_path)
    assert "CME Transcript" in text
    assert "Maria Lopez, MD" in text
    assert "Period: all dates" in text
    assert "Total credit: 0.75 AMA PRA Category 1 Credit™" in text
    assert "Sample activities: not valid for credit and not in the total" in text
    assert "Sample credit, for practice only: 0.25 Sample credit, not certified" in text
    real_part, sample_part = text.split("Sample activities:")
    assert "2026-11-02" in real_part and "Treating to Target" in real_part
    assert "2026-11-10" in sample_part and "Tocilizumab" in sample_part
    assert "1.00 AMA" not in text  # the sample's 0.25 is never added to the real 0.75
    code = record_signing.verification_code(
        json.loads(files.credential_json)["proof"]["proofValue"]
    )
    assert f"Verification code: {code}" in text


def test_the_pdf_carries_the_transcript_and_checks_out(
    ctx, learner, history, tmp_path: Path
) -> None:
    files = transcript_export.make(ctx, learner.id, Period(None, None))
    pdf = tmp_path / "transcript.pdf"
    pdf.write_bytes(files.pdf)
    attached = PdfReader(pdf).attachments["cme-transcript.json"][0]
    assert json.loads(attached) == json.loads(files.credential_json)
    seen: list[tuple[int, int]] = []
    check = record_signing.check_file(
        pdf, record_signing.known_keys(ctx), lambda d, t: seen.append((d, t))
    )
    assert check.valid and check.transcript
    assert check.message == (
        "Transcript checks out: the transcript and the 2 completion records inside it are "
        "exactly as they were signed by this computer's StudyApp."
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_period_takes_only_its_records(ctx, learner, history, tmp_path: Path) -> None:
    files = transcript_export.make(
        ctx, learner.id, Period(dt.date(2026, 11, 1), dt.date(2026, 11, 5))
    )
    assert files.count == 1
    inner = files.credential["credentialSubject"]["verifiableCredential"]
    assert [r["id"] for r in inner] == [f"urn:uuid:{history['real-1']}"]
    text = pdf_text(files.pdf, tmp_path)
    assert "Period: 2026-11-01 to 2026-11-05" in text
    assert "Sample activities" not in text
    with pytest.raises(UserError, match="no completion records in this period"):
        transcript_export.make(ctx, learner.id, Period(dt.date(2020, 1, 1), dt.date(2020, 2, 1)))


def test_a_locked_profile_has_no_transcript(ctx, learner, history) -> None:
    protection.set_passphrase(ctx, learner.id, "correct horse battery", "correct horse battery")
    protection.lock_all(ctx)
    with pytest.raises(ProfileLockedError):
        transcript_export.make(ctx, learner.id, Period(None, None))


def altered_inner(clr: dict, position: int) -> dict:
    changed = copy.deepcopy(clr)
    record = changed["credentialSubject"]["verifiableCredential"][position]
    record["credentialSubject"]["creditsEarned"] = 9.0
    return changed


def test_a_changed_record_inside_is_named_by_position_and_title(ctx, learner, history) -> None:
    clr = transcript_export.make(ctx, learner.id, Period(None, None)).credential
    # Changing a record inside changes the wrapper too: both are said.
    check = record_signing.check_document(altered_inner(clr, 1), record_signing.known_keys(ctx))
    assert not check.valid and check.verdict is Verdict.ALTERED
    lines = check.message.splitlines()
    assert lines[0].startswith("The transcript itself: The signature does not match")
    title = clr["credentialSubject"]["verifiableCredential"][1]["credentialSubject"]["achievement"][
        "name"
    ]
    assert lines[1].startswith(f"Record 2 of 2 ({title}): The signature does not match")
    assert len(lines) == 2


def test_a_transcript_re_signed_around_a_changed_record_still_fails(ctx, learner, history) -> None:
    """Someone with their own key wraps an altered record: the wrapper checks out against
    that key, the record inside does not."""
    clr = transcript_export.make(ctx, learner.id, Period(None, None)).credential
    other = signing.new_private_key()
    did = record_signing.did_key.did_from_public_key(signing.public_key(other))
    forged = altered_inner(clr, 0)
    forged["issuer"]["id"] = did
    forged = record_signing.rdfc.sign(forged, other, dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    check = record_signing.check_document(forged, record_signing.known_keys(ctx))
    assert not check.valid
    lines = check.message.splitlines()
    assert lines[0] == "The transcript's own signature checks out, but records inside it do not."
    assert lines[1].startswith("Record 1 of 2 (")
    assert "changed after it was signed" in lines[1]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda c: c["credentialSubject"].update(verifiableCredential=[]), "holds no completion"),
        (
            lambda c: c["credentialSubject"].update(verifiableCredential=["not a record"]),
            "Record 1 of 1: This is not a record StudyApp can check: it is not a JSON object.",
        ),
        (lambda c: c.pop("proof"), "The transcript itself: This record has no signature"),
        (
            lambda c: c["credentialSubject"].update(verifiableCredential=[{}] * 5001),
            "the transcript holds over 5,000 records, more than StudyApp checks in one file",
        ),
        (
            lambda c: c["credentialSubject"].update(
                verifiableCredential=[
                    {
                        "proof": {
                            "type": "DataIntegrityProof",
                            "cryptosuite": "eddsa-rdfc-2022",
                            "proofPurpose": "assertionMethod",
                            "verificationMethod": c["proof"]["verificationMethod"],
                            "proofValue": "z1",
                        },
                        "issuer": c["issuer"]["id"],
                        "@context": [{"@version": 2}],
                    }
                ]
            ),
            "Record 1 of 1: This is not a record StudyApp can check:",
        ),
    ],
)
def test_broken_transcripts_say_why(ctx, learner, history, change, reason: str) -> None:
    clr = transcript_export.make(ctx, learner.id, Period(None, None)).credential
    broken = copy.deepcopy(clr)
    change(broken)
    check = record_signing.check_document(broken)
    assert not check.valid
    assert reason in check.message


def test_a_pdf_with_another_transcript_attached_is_caught(
    ctx, learner, history, tmp_path: Path
) -> None:
    first = transcript_export.make(ctx, learner.id, Period(None, None))
    second = transcript_export.make(ctx, learner.id, Period(dt.date(2026, 11, 1), None))
    swapped = tmp_path / "swapped.pdf"
    swapped.write_bytes(
        swap_attachment(first.pdf, "cme-transcript.json", second.credential_json.encode("utf-8"))
    )
    check = record_signing.check_file(swapped, record_signing.known_keys(ctx))
    assert not check.valid
    printed = record_signing.verification_code(first.credential["proof"]["proofValue"])
    assert f"the page shows verification code {printed}" in check.message
    assert "it is not the one this PDF was printed for" in check.message


def test_the_command_line_saves_and_checks_a_transcript(
    ctx, paths, learner, history, tmp_path: Path
) -> None:
    learners.remember(ctx, learner.id)
    ctx.close()
    pdf, clr = tmp_path / "t.pdf", tmp_path / "t.json"
    data = ["--data-dir", str(paths.root)]
    done = run_cli(*data, "transcript", "--from", "2026-11-01", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{pdf}: transcript of Maria Lopez, 2 completion records")
    assert "NOWIDGETS" in done.stdout  # the PDF is drawn without a window
    done = run_cli(*data, "transcript", "--learner", "maria lopez", "--out", str(clr))
    assert done.returncode == 0, done.stderr
    done = run_cli("record", "verify", str(pdf), str(clr))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Transcript checks out: the transcript and the 2") == 2

    changed = json.loads(clr.read_text("utf-8"))
    changed["credentialSubject"]["verifiableCredential"][1]["credentialSubject"][
        "creditsEarned"
    ] = 2.0
    clr.write_text(json.dumps(changed), "utf-8")
    done = run_cli("record", "verify", str(pdf), str(clr))
    assert done.returncode == 1
    assert "Record 2 of 2 (" in done.stderr


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--out", "t.txt"], 2, "name the file .pdf (printable) or .json (the credential)"),
        (["--from", "2026-12-01", "--to", "2026-11-01", "--out", "t.pdf"], 2, "--from must"),
        (["--from", "2026-13-01", "--out", "t.pdf"], 2, "is not a date like 2026-01-31"),
        (["--learner", "Nobody", "--out", "t.pdf"], 1, "No single profile is named 'Nobody'"),
        (["--to", "2020-01-01", "--out", "t.pdf"], 1, "There are no completion records"),
    ],
)
def test_the_command_line_refuses_what_it_cannot_do(
    ctx, paths, learner, history, tmp_path: Path, args: list[str], code: int, says: str
) -> None:
    learners.remember(ctx, learner.id)
    ctx.close()
    out = [str(tmp_path / a) if a.startswith("t.") else a for a in args]
    done = run_cli("--data-dir", str(paths.root), "transcript", *out)
    assert done.returncode == code
    assert says in done.stderr
    assert not list(tmp_path.glob("t.*"))  # nothing half-written


def test_a_protected_profile_needs_its_passphrase_at_a_terminal(
    ctx, paths, learner, history, tmp_path: Path
) -> None:
    protection.set_passphrase(ctx, learner.id, "correct horse battery", "correct horse battery")
    learners.remember(ctx, learner.id)
    ctx.close()
    done = run_cli("--data-dir", str(paths.root), "transcript", "--out", str(tmp_path / "t.pdf"))
    assert done.returncode == 1
    assert "profile is protected with a passphrase" in done.stderr
    assert not (tmp_path / "t.pdf").exists()


def test_the_history_checks_each_record_once(ctx, learner, history, monkeypatch) -> None:
    calls: list[object] = []
    real = signing.verify
    monkeypatch.setattr(signing, "verify", lambda d: calls.append(d) or real(d))
    record_id = history["real-1"]
    first = record_signing.check_record(ctx, record_id)
    again = record_signing.check_record(ctx, record_id)
    assert first == again and first.valid
    assert first.message.startswith("Signature checks out")
    assert len(calls) == 0  # signed here at the claim: valid by construction, kept so
    record = json.loads(credit.record_json(ctx, record_id))
    record["credentialSubject"]["creditsEarned"] = 1.0
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(record), "i": record_id},
        )
    assert record_signing.check_record(ctx, record_id).verdict is Verdict.ALTERED
    assert len(calls) == 1  # a changed record is checked afresh


def test_records_of_the_first_kind_are_listed_but_not_wrapped(
    ctx, learner, history, tmp_path: Path
) -> None:
    """Records signed with eddsa-jcs-2022 cannot sit inside a Linked Data credential: the
    PDF lists and counts them, marked, and the credential holds the rest."""
    record_id = history["real-1"]
    record = json.loads(credit.record_json(ctx, record_id))
    first_kind = signing.sign(record, signing.new_private_key(), dt.datetime.now(dt.UTC))
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE completion_record SET record_json = :j WHERE id = :i"),
            {"j": json.dumps(first_kind), "i": record_id},
        )
    files = transcript_export.make(ctx, learner.id, Period(None, None))
    assert (files.count, files.wrapped) == (2, 1)
    inner = files.credential["credentialSubject"]["verifiableCredential"]
    assert [r["id"] for r in inner] == [f"urn:uuid:{history['sample']}"]
    text_ = " ".join(pdf_text(files.pdf, tmp_path).split())
    assert "Mediated Signaling *" in text_
    assert "Total credit: 0.75 AMA PRA Category 1 Credit™" in text_
    assert "* Made before StudyApp signed records this way: listed and counted here" in text_


def long_transcript(count: int, changed: int | None = None) -> dict:
    """A signed transcript of `count` records; record number `changed` (1-based) altered
    after signing."""
    from tests.records.test_certificate import FACTS

    key = signing.new_private_key()
    did = record_signing.did_key.did_from_public_key(signing.public_key(key))
    now = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
    inner = [
        record_signing.rdfc.sign(
            record_signing.completion.build(
                record_signing.completion.CompletionFacts(
                    **{**FACTS.__dict__, "record_id": f"00000000-0000-4000-8000-{n:012d}"}
                ),
                did,
            ),
            key,
            now,
        )
        for n in range(count)
    ]
    if changed is not None:
        inner[changed - 1]["credentialSubject"]["creditsEarned"] = 3.0
    clr = transcript_credential.build(
        inner,
        transcript_id="00000000-0000-4000-8000-000000000999",
        learner_name="Maria Lopez",
        learner_email="",
        issuer_id=did,
        issuer_name="StudyApp on this computer",
        issued=now,
        period=Period(None, None),
    )
    return record_signing.rdfc.sign(clr, key, now)


def test_a_long_transcript_is_checked_in_worker_processes_with_the_same_verdicts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Past PARALLEL_FROM records the records are checked on worker processes: the
    verdicts, their order and the progress are as when checked one by one."""
    count = transcript_credential.PARALLEL_FROM + 5
    clr = long_transcript(count, changed=17)
    seen: list[tuple[int, int]] = []
    together = transcript_credential.verify(clr, lambda d, t: seen.append((d, t)))
    assert "in one process" not in caplog.text  # the workers did start
    alone = transcript_credential.verify(clr, parallel=False)
    assert together == alone
    assert together.outer.valid
    assert [f.position for f in together.failed] == [17]
    assert together.failed[0].record_id == "00000000-0000-4000-8000-000000000016"
    assert seen[0] == (1, count + 1) and seen[-1] == (count + 1, count + 1)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
