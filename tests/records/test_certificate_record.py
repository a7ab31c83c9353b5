"""The certificate carries its record: the signed JSON attached to the PDF, its verification
code printed, and a QR code with the record id and that code, read back by readers other
than ours (pypdf for the attachment, poppler for the text, zbar for the QR code)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from studyapp.paths import bundled_packs_dir
from studyapp.records.verification_code import verification_code
from studyapp.services import credit, library, record_signing
from tests.conftest import JOURNAL_CLUB
from tests.records import independent_check
from tests.records.pdf_swap import swap_attachment
from tests.services.test_study_flow import complete
from tests.test_architecture import run_cli


@pytest.fixture
def claimed(qapp, ctx, il6_pack, learner) -> tuple:
    complete(ctx, learner.id, il6_pack)
    record_id = credit.claim(ctx, learner.id, il6_pack, Decimal("0.75"), 40, True)
    return ctx, record_id


def test_the_pdf_carries_the_signed_record_its_code_and_a_qr_code(claimed, tmp_path: Path) -> None:
    ctx, record_id = claimed
    record_text = credit.record_json(ctx, record_id)
    code = verification_code(json.loads(record_text)["proof"]["proofValue"])
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", code)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(credit.certificate_pdf(ctx, record_id))

    from pypdf import PdfReader

    attached = PdfReader(pdf).attachments["completion-record.json"][0].decode("utf-8")
    assert attached == record_text

    text = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Verification code: {code}" in " ".join(text.split())

    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(png)], check=True)
    scanned = subprocess.run(
        [shutil.which("zbarimg") or "zbarimg", "--quiet", "--raw", f"{png}.png"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert scanned == f"urn:uuid:{record_id}#{code}"


def test_a_certificate_pdf_is_checked_like_its_record(claimed, tmp_path: Path) -> None:
    ctx, record_id = claimed
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(credit.certificate_pdf(ctx, record_id))
    check = record_signing.check_file(pdf, record_signing.known_keys(ctx))
    assert check.valid and check.this_computer

    done = run_cli("record", "verify", str(pdf))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{pdf}: Signature checks out")


def test_a_record_made_by_the_app_checks_out_by_an_independent_path(claimed) -> None:
    ctx, record_id = claimed
    record = json.loads(credit.record_json(ctx, record_id))
    assert independent_check.defined_everywhere(record)
    assert independent_check.proof_holds(record)
    record["credentialSubject"]["attestedMinutes"] = 400
    assert not independent_check.proof_holds(record)


def test_a_certificate_with_another_valid_record_attached_is_caught(
    claimed, learner, tmp_path: Path
) -> None:
    ctx, record_id = claimed
    journal_club = library.install(ctx, bundled_packs_dir() / JOURNAL_CLUB)
    complete(ctx, learner.id, journal_club)
    other_id = credit.claim(ctx, learner.id, journal_club, Decimal("0.25"), 15, True)
    other = credit.record_json(ctx, other_id)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(
        swap_attachment(
            credit.certificate_pdf(ctx, record_id), "completion-record.json", other.encode()
        )
    )
    assert record_signing.check_text(other).valid  # the swapped-in record is genuine
    check = record_signing.check_file(pdf, record_signing.known_keys(ctx))
    printed = verification_code(
        json.loads(credit.record_json(ctx, record_id))["proof"]["proofValue"]
    )
    assert not check.valid
    assert check.message == (
        "The attached record checks out on its own, but it is not the one this PDF was printed "
        f"for: the page shows verification code {printed}, the attached record has "
        f"{verification_code(json.loads(other)['proof']['proofValue'])}. Do not accept it; "
        "ask for the original file."
    )
    done = run_cli("record", "verify", str(pdf))
    assert done.returncode == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n%%EOF\n", "the PDF cannot be read"),
        (b"%PDF-1.4\n" + b"0" * 1000, "the PDF cannot be read"),
    ],
    ids=["empty PDF", "garbage PDF"],
)
def test_hostile_pdfs_get_a_reason_not_a_traceback(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    pdf = tmp_path / "odd.pdf"
    pdf.write_bytes(content)
    check = record_signing.check_file(pdf)
    assert not check.valid
    assert check.message == f"This is not a record StudyApp can check: {reason}."


def test_a_pdf_without_a_record_says_so(qapp, tmp_path: Path) -> None:
    from studyapp.records.certificate import render_pdf
    from tests.records.test_certificate import FACTS

    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(render_pdf(FACTS))
    check = record_signing.check_file(pdf)
    assert check.message == (
        "This is not a record StudyApp can check: the PDF has no completion record attached."
    )


def test_an_accredited_packs_statements_are_printed_word_for_word(
    qapp, ctx, il6_source: Path, learner, tmp_path: Path
) -> None:
    """Accreditation and designation statements must be verbatim: the certificate prints
    the pack's text unchanged (read back by poppler), and the record keeps it too."""
    from tests.conftest import ACCREDITATION, DESIGNATION, make_accredited

    make_accredited(il6_source)
    pack = library.install(ctx, il6_source)
    complete(ctx, learner.id, pack)
    record_id = credit.claim(ctx, learner.id, pack, Decimal("1.00"), 60, True)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(credit.certificate_pdf(ctx, record_id))
    text = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    printed = " ".join(text.split())
    assert ACCREDITATION in printed
    assert DESIGNATION in printed
    achievement = json.loads(credit.record_json(ctx, record_id))["credentialSubject"]["achievement"]
    assert achievement["accreditationStatement"] == ACCREDITATION
    assert achievement["designationStatement"] == DESIGNATION
    assert achievement["creditType"] == "AMA PRA Category 1 Credit™"
