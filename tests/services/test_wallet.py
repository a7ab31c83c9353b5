"""The wallet's services: licences with requirements, outside credit (kept through a
restart and a backup restore), imported records checked on import, and the audit pack."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from studyapp.core.requirements import Alert, CredentialKind, Recurrence, TopicRule
from studyapp.records import did_key, ed25519, rdfc
from studyapp.records.signing import Verdict
from studyapp.services import audit_pack, credit, library, outside_credit, safety, wallet
from studyapp.services.context import open_context
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.outside_credit import OutsideData
from studyapp.services.wallet import CredentialData
from tests.conftest import make_accredited
from tests.records import independent_check
from tests.services.test_study_flow import complete

NOW = dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
LICENCE = CredentialData(
    CredentialKind.LICENCE,
    "Massachusetts",
    "Physician",
    "MD-12345",
    dt.date(2025, 1, 1),
    dt.date(2026, 12, 31),
    total_credits=Decimal(4),
    credit_types=("AMA PRA Category 1 Credit™",),
    topics=(
        TopicRule("Interleukin-6 inhibitors", 8, Recurrence.EVERY_CYCLE),
        TopicRule("Opioid prescribing", 8, Recurrence.EVERY_CYCLE),
        TopicRule("Implicit bias", 4, Recurrence.FIRST_RENEWAL),
    ),
)


@pytest.fixture
def clock(ctx):
    ctx.now = lambda: NOW
    ctx.today = lambda: NOW.date()
    return ctx


@pytest.fixture
def real_record(clock, il6_source: Path, learner) -> str:
    """0.75 real credit from the IL-6 activity (made accredited for the test)."""
    make_accredited(il6_source)
    pack = library.install(clock, il6_source)
    complete(clock, learner.id, pack)
    return credit.claim(clock, learner.id, pack, Decimal("0.75"), 40, True)


def _certificate(tmp_path: Path, data: bytes = PNG, name: str = "cert.png") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_licence_is_saved_edited_and_removed(clock, learner) -> None:
    licence_id = wallet.save_credential(clock, learner.id, LICENCE)
    (view,) = wallet.credentials(clock, learner.id)
    assert view.name == "Massachusetts · Physician" and view.requirements.total_quarters == 16
    assert [t.topic for t in view.requirements.topics] == [t.topic for t in LICENCE.topics]
    changed = CredentialData(**{**LICENCE.__dict__, "total_credits": Decimal("50.25")})
    wallet.save_credential(clock, learner.id, changed, licence_id)
    assert wallet.credentials(clock, learner.id)[0].requirements.total_quarters == 201
    wallet.remove_credential(clock, learner.id, licence_id)
    assert wallet.credentials(clock, learner.id) == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"authority": "  "}, "authority", "Enter the state or country of the licence."),
        ({"cycle_end": dt.date(2024, 1, 1)}, "cycle_end", "The cycle must end after it starts."),
        ({"total_credits": Decimal(-1)}, "total", "Enter a number of credits more than zero."),
        ({"total_credits": Decimal(5000)}, "total", "Enter at most 1000 credits."),
        (
            {"topics": (TopicRule("Ethics", 4), TopicRule("ethics ", 4))},
            "topics",
            "The topic 'ethics ' is listed twice.",
        ),
    ],
)
def test_bad_licence_input_is_refused_and_nothing_is_saved(
    clock, learner, change, field, message
) -> None:
    with pytest.raises(ValidationError) as caught:
        wallet.save_credential(clock, learner.id, CredentialData(**{**LICENCE.__dict__, **change}))
    assert caught.value.problems[field] == message
    assert wallet.credentials(clock, learner.id) == []


def test_progress_counts_studyapp_and_outside_credit(clock, learner, real_record, tmp_path) -> None:
    wallet.save_credential(clock, learner.id, LICENCE)
    file = outside_credit.read_certificate_file(_certificate(tmp_path))
    outside = outside_credit.add(
        clock,
        learner.id,
        OutsideData(
            "Safer opioid prescribing",
            "State Society",
            dt.date(2026, 3, 4),
            Decimal("1.3"),
            "AMA PRA Category 1 Credit™",
            ("opioid prescribing",),
        ),
        file,
    )
    found = wallet.wallet(clock, learner.id)
    (entry,) = found.entries
    prog = entry.progress
    # 0.75 from StudyApp + 1.25 (1.3 rounded down to a quarter step) from the certificate.
    assert prog.earned_quarters == 3 + 5
    assert set(prog.counted) == {f"record:{real_record}", f"outside:{outside}"}
    il6, opioid, bias = prog.topics
    assert (il6.earned_quarters, il6.missing_quarters) == (3, 5)  # the pack's own topic
    assert (opioid.earned_quarters, opioid.missing_quarters) == (5, 3)
    assert not bias.applies and bias.met
    assert prog.days_left == 41 and prog.alert is Alert.DAYS_90
    assert found.credit(f"outside:{outside}").has_file


def test_sample_credit_never_counts(clock, learner, il6_pack) -> None:
    complete(clock, learner.id, il6_pack)
    credit.claim(clock, learner.id, il6_pack, Decimal("1"), 60, True)
    wallet.save_credential(
        clock, learner.id, CredentialData(**{**LICENCE.__dict__, "credit_types": ()})
    )
    (entry,) = wallet.wallet(clock, learner.id).entries
    assert entry.progress.earned_quarters == 0 and entry.progress.counting_keys == frozenset()


def test_alerts_are_shown_once_per_level(clock, learner) -> None:
    wallet.save_credential(clock, learner.id, LICENCE)
    assert [e.progress.alert for e in wallet.alerts_to_show(clock, learner.id)] == [Alert.DAYS_90]
    assert wallet.alerts_to_show(clock, learner.id) == []
    clock.today = lambda: dt.date(2026, 12, 10)
    assert [e.progress.alert for e in wallet.alerts_to_show(clock, learner.id)] == [Alert.DAYS_30]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"just some text", "notes.txt", "notes.txt is not a PDF, PNG or JPEG file"),
        (b"", "empty.pdf", "empty.pdf is not a PDF, PNG or JPEG file"),
    ],
)
def test_a_file_that_is_not_a_certificate_is_refused(tmp_path, content, name, message) -> None:
    with pytest.raises(UserError, match=message):
        outside_credit.read_certificate_file(_certificate(tmp_path, content, name))


def test_a_huge_file_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(outside_credit, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError, match="is over 0 MB"):
        outside_credit.read_certificate_file(_certificate(tmp_path, b"%PDF-" + b"x" * 200, "a.pdf"))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": " "}, "title"),
        ({"earned_on": dt.date(2026, 11, 21)}, "earned_on"),
        ({"credits": Decimal(0)}, "credits"),
        ({"credits": Decimal(1001)}, "credits"),
    ],
)
def test_bad_outside_credit_is_refused(clock, learner, change, field) -> None:
    data = OutsideData("Grand rounds", "Hospital", dt.date(2026, 5, 1), Decimal(1), "Category 1")
    with pytest.raises(ValidationError) as caught:
        outside_credit.add(clock, learner.id, OutsideData(**{**data.__dict__, **change}))
    assert set(caught.value.problems) == {field}
    assert wallet.earned_credits(clock, learner.id) == []


def test_outside_credit_survives_edit_restart_and_restore(clock, paths, learner, tmp_path) -> None:
    data = OutsideData("Grand rounds", "Hospital", dt.date(2026, 5, 1), Decimal(1), "Category 1")
    file = outside_credit.read_certificate_file(_certificate(tmp_path, b"%PDF-1.7 cert", "c.pdf"))
    credit_id = outside_credit.add(clock, learner.id, data, file)
    outside_credit.edit(
        clock, learner.id, credit_id, OutsideData(**{**data.__dict__, "title": "Grand rounds II"})
    )
    safety.backup_now(paths, "test", NOW)
    removed = outside_credit.add(clock, learner.id, data)
    outside_credit.remove(clock, learner.id, removed)
    clock.close()

    reopened = open_context(paths)
    try:
        assert (
            outside_credit.outside_data(reopened, learner.id, credit_id).title == "Grand rounds II"
        )
        assert outside_credit.certificate_file(reopened, learner.id, credit_id) == file
        assert [c.outside_id for c in wallet.earned_credits(reopened, learner.id)] == [credit_id]
        outside_credit.remove(reopened, learner.id, credit_id)
        assert wallet.earned_credits(reopened, learner.id) == []
    finally:
        reopened.close(keep_lock=False)
    safety.restore(paths, safety.list_backups(paths)[0], NOW)
    restored = open_context(paths)
    try:
        assert outside_credit.certificate_file(restored, learner.id, credit_id) == file
        assert (
            outside_credit.outside_data(restored, learner.id, credit_id).title == "Grand rounds II"
        )
    finally:
        restored.close()


def _other_issuer_badge(tmp_path: Path) -> tuple[Path, dict]:
    """An Open Badges 3.0 credential from another issuer, signed with its own did:key."""
    private = ed25519.new_private_key()
    did = did_key.did_from_public_key(ed25519.public_key(private))
    unsigned = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:0c7d5b5e-1d1b-4a40-9d55-6c2f0a9f2c11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": did, "type": ["Profile"], "name": "Regional CME Office"},
        "validFrom": "2026-04-02T09:00:00Z",
        "name": "Opioid stewardship workshop",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "creditsEarned": 2.5,
            "achievement": {
                "id": "https://cme.example.org/achievements/opioids",
                "type": ["Achievement"],
                "name": "Opioid stewardship workshop",
                "description": "A half-day workshop.",
                "criteria": {"narrative": "Attend the whole workshop."},
                "tag": ["Opioid prescribing"],
            },
        },
    }
    signed = rdfc.sign(unsigned, private, NOW)
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(signed), "utf-8")
    return path, signed


def test_a_signed_badge_from_another_issuer_is_checked_and_kept(clock, learner, tmp_path) -> None:
    path, signed = _other_issuer_badge(tmp_path)
    found = outside_credit.read_record(clock, path)
    assert found.verdict is Verdict.VALID and found.signer == signed["issuer"]["id"]
    assert found.suggested == OutsideData(
        "Opioid stewardship workshop",
        "Regional CME Office",
        dt.date(2026, 4, 2),
        Decimal("2.5"),
        "",
        ("Opioid prescribing",),
    )
    data = OutsideData(**{**found.suggested.__dict__, "credit_type": "AMA PRA Category 1 Credit™"})
    outside_credit.add(clock, learner.id, data, record=found)
    (kept,) = wallet.earned_credits(clock, learner.id)
    assert (kept.source, kept.verdict, kept.credit.quarters) == ("record", "valid", 10)
    with pytest.raises(UserError, match="already in your wallet"):
        outside_credit.read_record(clock, path)


def test_an_altered_record_is_refused_and_nothing_is_added(clock, learner, tmp_path) -> None:
    path, signed = _other_issuer_badge(tmp_path)
    signed["credentialSubject"]["creditsEarned"] = 25
    path.write_text(json.dumps(signed), "utf-8")
    with pytest.raises(UserError, match=r"Not added\. The signature does not match"):
        outside_credit.read_record(clock, path)
    assert wallet.earned_credits(clock, learner.id) == []


def test_an_unsigned_record_is_kept_as_unsigned(clock, learner, tmp_path) -> None:
    path, signed = _other_issuer_badge(tmp_path)
    signed.pop("proof")
    path.write_text(json.dumps(signed), "utf-8")
    found = outside_credit.read_record(clock, path)
    assert found.verdict is Verdict.UNSIGNED and "has no signature" in found.message
    outside_credit.add(clock, learner.id, found.suggested, record=found)
    assert wallet.earned_credits(clock, learner.id)[0].verdict == "unsigned"


def test_a_record_from_another_studyapp_is_imported(
    clock, learner, real_record, tmp_path, il6_source
) -> None:
    path = _other_folder_record(tmp_path, il6_source)
    found = outside_credit.read_record(clock, path)
    assert found.verdict is Verdict.VALID and not found.message.startswith("Not")
    assert found.suggested.credit_type == "AMA PRA Category 1 Credit™"
    assert found.suggested.credits == Decimal("0.50")
    with pytest.raises(UserError, match="already in your CME history"):
        outside_credit.read_record(clock, _own_record(clock, real_record, tmp_path))


def _other_folder_record(tmp_path: Path, source: Path) -> Path:
    """A record made by StudyApp in another data folder (another computer)."""
    from studyapp.paths import DataPaths
    from studyapp.services import learners

    other = open_context(DataPaths(tmp_path / "other-computer"))
    other.now = lambda: NOW
    try:
        someone = learners.create(
            other,
            learners.Profile(
                full_name="Maria Lopez", credentials="MD", profession="R", email="maria@example.org"
            ),
        )
        pack = library.install(other, source)
        complete(other, someone.id, pack)
        record_id = credit.claim(other, someone.id, pack, Decimal("0.5"), 30, True)
        path = tmp_path / "from-other.json"
        path.write_text(credit.record_json(other, record_id), "utf-8")
    finally:
        other.close()
    return path


def _own_record(ctx, record_id: str, tmp_path: Path) -> Path:
    path = tmp_path / "own.json"
    path.write_text(credit.record_json(ctx, record_id), "utf-8")
    return path


def test_the_audit_pack_holds_the_cycle(clock, learner, real_record, tmp_path, qapp) -> None:
    licence_id = wallet.save_credential(clock, learner.id, LICENCE)
    cert = outside_credit.read_certificate_file(_certificate(tmp_path, b"%PDF-1.7 c", "c.pdf"))
    outside_credit.add(
        clock,
        learner.id,
        OutsideData(
            "Safer opioid prescribing",
            "Society",
            dt.date(2026, 3, 4),
            Decimal(2),
            "AMA PRA Category 1 Credit™",
            ("Opioid prescribing",),
        ),
        cert,
    )
    # Outside the cycle: not in the pack.
    outside_credit.add(
        clock,
        learner.id,
        OutsideData(
            "Old course", "Society", dt.date(2024, 3, 4), Decimal(2), "AMA PRA Category 1 Credit™"
        ),
    )
    path, _signed = _other_issuer_badge(tmp_path)
    found = outside_credit.read_record(clock, path)
    outside_credit.add(
        clock,
        learner.id,
        OutsideData(**{**found.suggested.__dict__, "credit_type": "AMA PRA Category 1 Credit™"}),
        record=found,
    )
    target = tmp_path / "audit.zip"
    audit_pack.make(clock, learner.id, licence_id, target)

    with zipfile.ZipFile(target) as z:
        names = sorted(z.namelist())
        assert names == [
            "README.txt",
            "certificates/01-safer-opioid-prescribing.pdf",
            "credits.csv",
            "records/02-opioid-stewardship-workshop.json",
            "transcript-clr.json",
            "transcript.pdf",
        ]
        assert z.read("certificates/01-safer-opioid-prescribing.pdf") == cert[1]
        assert json.loads(z.read("records/02-opioid-stewardship-workshop.json"))["proof"]
        transcript = json.loads(z.read("transcript-clr.json"))
        readme = z.read("README.txt").decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(z.read("credits.csv").decode("utf-8-sig"))))
    assert independent_check.proof_holds(transcript)
    assert "Credits toward the total: 5.25 of 4.00" in readme
    assert "Topic 'Opioid prescribing' (every-cycle): 4.50 of 2.00 hours, met" in readme
    assert [(r["Title"], r["Credits"], r["Source"], r["Counts toward"]) for r in rows] == [
        ("Safer opioid prescribing", "2.00", "Outside certificate", "total; Opioid prescribing"),
        (
            "Opioid stewardship workshop",
            "2.50",
            "Imported signed record",
            "total; Opioid prescribing",
        ),
        (
            "Treating to Target by Interrupting IL-6–Mediated Signaling",
            "0.75",
            "StudyApp record (in the transcript)",
            "total; Interleukin-6 inhibitors",
        ),
    ]


def test_one_credit_counts_toward_several_licences(clock, learner) -> None:
    """As boards allow: a course counts for each licence it qualifies for."""
    for state in ("Massachusetts", "Oregon"):
        wallet.save_credential(
            clock, learner.id, CredentialData(**{**LICENCE.__dict__, "authority": state})
        )
    outside_credit.add(
        clock,
        learner.id,
        OutsideData(
            "Ethics in practice",
            "Society",
            dt.date(2026, 2, 1),
            Decimal(3),
            "AMA PRA Category 1 Credit™",
        ),
    )
    entries = wallet.wallet(clock, learner.id).entries
    assert [(e.credential.name, e.progress.earned_quarters) for e in entries] == [
        ("Massachusetts · Physician", 12),
        ("Oregon · Physician", 12),
    ]
