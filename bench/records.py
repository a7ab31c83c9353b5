"""Records: certificate PDF render, record sign and verify, against baselines in the same run.

Baselines: a bare QPdfWriter page with one line of text (what any PDF costs with Qt),
and a raw Ed25519 sign/verify of 64 bytes (what the signature itself costs); the
difference is our layout, canonical JSON and hashing. Also the cold first check in a
fresh process (importing the crypto library), a check from the CME history (database
read included; first check and the kept verdict), and a 200-record transcript: signed,
then checked by `studyapp record verify` in a new process, against checking one record
the same way (what a learner or an institution waits for).

    .venv/bin/python bench/records.py [--runs 200]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(runs: int, work: Callable[[], object]) -> list[float]:
    work()  # warm: imports and first-use caches are measured separately
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def bare_pdf() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Certificate of Completion")
    painter.end()
    buffer.close()
    return bytes(data)


COLD_CHECK = """
import json, sys, time
start = time.perf_counter()
from studyapp.records import signing
assert signing.verify(json.loads(sys.stdin.read())).valid
print((time.perf_counter() - start) * 1000)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from nacl.signing import SigningKey
    from PySide6.QtGui import QGuiApplication

    from studyapp.records import completion, did_key, rdfc, signing
    from studyapp.records.certificate import render_pdf
    from tests.records.test_certificate import FACTS

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    key = SigningKey.generate()  # the library the app signs with
    raw = bytes(key)
    message = bytes(64)
    raw_signature = key.sign(message).signature
    public = key.verify_key
    issuer = did_key.did_from_public_key(bytes(public))
    record = completion.build(FACTS, issuer)
    signed_jcs = signing.sign(record, raw, FACTS.completed_at)
    signed = rdfc.sign(record, raw, FACTS.completed_at)
    assert signing.verify(signed_jcs).valid and signing.verify(signed).valid

    pdf_runs = max(20, args.runs // 10)
    results = {
        "bare QPdfWriter page": timed(pdf_runs, bare_pdf),
        "certificate PDF": timed(pdf_runs, lambda: render_pdf(FACTS)),
        "raw Ed25519 sign, 64 bytes": timed(args.runs, lambda: key.sign(message)),
        "sign a record (jcs)": timed(
            args.runs, lambda: signing.sign(record, raw, FACTS.completed_at)
        ),
        "sign a record (rdfc)": timed(
            args.runs, lambda: rdfc.sign(record, raw, FACTS.completed_at)
        ),
        "raw Ed25519 verify, 64 bytes": timed(
            args.runs, lambda: public.verify(message, raw_signature)
        ),
        "verify a record (jcs)": timed(args.runs, lambda: signing.verify(signed_jcs)),
        "verify a record (rdfc)": timed(args.runs, lambda: signing.verify(signed)),
    }
    first, kept = check_from_history(args.runs)
    results["verify from the CME history (database read)"] = first
    results["the same, verdict kept by the record's hash"] = kept
    results.update(transcript_bench(200, args.runs))
    colds = [cold_check(completion.dumps(signed)) for _ in range(5)]
    del app

    print(f"{'what':46} {'median ms':>10} {'p99 ms':>8} {'min–max ms':>16}")
    for name, values in results.items():
        span = f"{min(values):.3f}–{max(values):.3f}"
        print(f"{name:46} {statistics.median(values):10.3f} {p99(values):8.3f} {span:>16}")
    print(f"{'first verify in a new process (imports)':46} {statistics.median(colds):10.3f}")
    med = {k: statistics.median(v) for k, v in results.items()}
    print()
    print(f"certificate / bare page: {med['certificate PDF'] / med['bare QPdfWriter page']:.2f}x")
    raw_sign = med["raw Ed25519 sign, 64 bytes"]
    raw_verify = med["raw Ed25519 verify, 64 bytes"]
    for suite in ("jcs", "rdfc"):
        print(
            f"{suite}: sign {med[f'sign a record ({suite})'] / raw_sign:.1f}x raw sign, "
            f"verify {med[f'verify a record ({suite})'] / raw_verify:.1f}x raw verify"
        )
    print(
        f"rdfc / jcs: sign {med['sign a record (rdfc)'] / med['sign a record (jcs)']:.1f}x, "
        f"verify {med['verify a record (rdfc)'] / med['verify a record (jcs)']:.1f}x"
    )
    print(
        f"targets: certificate <= 150 ms: {med['certificate PDF']:.1f} ms; "
        f"rdfc sign <= 50 ms: {med['sign a record (rdfc)']:.2f} ms; "
        f"rdfc verify <= 50 ms: {med['verify a record (rdfc)']:.2f} ms "
        f"(history {med['verify from the CME history (database read)']:.3f} ms, "
        f"cold {statistics.median(colds):.1f} ms)"
    )
    one = med["record verify, one record (new process)"]
    whole = med["record verify, transcript of 200 (new process)"]
    print(
        f"transcript of 200: record verify {whole / one:.1f}x one record's "
        f"({whole / 1000:.2f} s; target <= 5 s)"
    )
    return 0


def check_from_history(runs: int) -> list[float]:
    from decimal import Decimal

    from studyapp.paths import DataPaths, bundled_packs_dir
    from studyapp.services import credit, learners, library, record_signing
    from studyapp.services.context import open_context
    from tests.services.test_study_flow import complete

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(DataPaths(Path(tmp)))
        try:
            pack = library.install(ctx, bundled_packs_dir() / "il6-treat-to-target")
            learner = learners.create(
                ctx, learners.Profile("Bench", "MD", "Bench", "b@example.org")
            )
            complete(ctx, learner.id, pack)
            record_id = credit.claim(ctx, learner.id, pack, Decimal("1.00"), 60, True)

            def first_check() -> object:
                record_signing._VERDICTS.clear()
                return record_signing.check_record(ctx, record_id)

            first = timed(runs, first_check)
            kept = timed(runs, lambda: record_signing.check_record(ctx, record_id))
            return first, kept
        finally:
            ctx.close()


def transcript_bench(records: int, runs: int) -> dict[str, list[float]]:
    """A transcript of `records` records: made (signed + PDF) in process, checked from the
    command line in a new process, against one record checked the same way."""
    import datetime as dt
    import uuid

    from studyapp.records import completion, did_key, rdfc, signing, transcript_credential
    from studyapp.records.transcript_credential import Period
    from tests.records.test_certificate import FACTS

    key = signing.new_private_key()
    did = did_key.did_from_public_key(signing.public_key(key))
    now = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
    inner = [
        rdfc.sign(
            completion.build(
                completion.CompletionFacts(**{**FACTS.__dict__, "record_id": str(uuid.uuid4())}),
                did,
            ),
            key,
            now,
        )
        for _ in range(records)
    ]

    def sign_transcript() -> dict:
        unsigned = transcript_credential.build(
            inner,
            transcript_id=str(uuid.uuid4()),
            learner_name="Bench",
            learner_email="",
            issuer_id=did,
            issuer_name="Bench",
            issued=now,
            period=Period(None, None),
        )
        return rdfc.sign(unsigned, key, now)

    signed = sign_transcript()
    out: dict[str, list[float]] = {
        f"sign a transcript of {records} records": timed(max(1, runs // 100), sign_transcript)
    }
    with tempfile.TemporaryDirectory() as tmp:
        whole = Path(tmp) / "transcript.json"
        whole.write_text(completion.dumps(signed), "utf-8")
        one = Path(tmp) / "record.json"
        one.write_text(completion.dumps(inner[0]), "utf-8")
        for name, path in (("one record", one), (f"transcript of {records}", whole)):
            out[f"record verify, {name} (new process)"] = [
                cli_verify(path) for _ in range(max(3, runs // 50))
            ]
    return out


def cli_verify(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "studyapp", "record", "verify", str(path)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    return (time.perf_counter() - start) * 1000


def cold_check(text: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", COLD_CHECK],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return float(result.stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
