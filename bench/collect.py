"""Collecting: exports of the big data folder against a bare csv write of the same rows,
an answer save with its xAPI statement against one without, and draining statements to
a loopback Ralph against a bare loop posting the same batches. Ratios in one run.

    .venv/bin/python bench/collect.py [--statements 10000] [--runs 300]
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def timed(work, runs: int = 3) -> float:
    """The median of `runs` wall times, in seconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def exports(folder: Path) -> dict[str, float]:
    from studyapp.paths import DataPaths
    from studyapp.services import record_exports
    from studyapp.services.context import open_context

    paths = DataPaths(folder)
    ctx = open_context(paths)
    results: dict[str, float] = {}
    start = time.perf_counter()
    record_exports.export(ctx, record_exports.Format.CSV)  # checks each signature once
    results["first export (signatures checked and kept)"] = time.perf_counter() - start
    for name, fmt, excel in (
        ("csv", record_exports.Format.CSV, False),
        ("pars .xlsx", record_exports.Format.PARS, True),
        ("pars .txt", record_exports.Format.PARS, False),
        ("xapi", record_exports.Format.XAPI, False),
    ):
        results[name] = timed(
            lambda fmt=fmt, excel=excel: record_exports.export(
                ctx, fmt, excel=excel, skip_incomplete=True
            )
        )
    ctx.close()

    def bare() -> None:
        conn = sqlite3.connect(paths.database)
        rows = conn.execute(
            "SELECT c.id, c.learner_id, l.full_name, l.credentials, l.email, p.activity_id, "
            "p.version, p.title, p.provider, c.claimed_at, c.credit_quarters, "
            "p.max_credit_quarters, c.credit_type, c.certificate_kind, p.is_sample "
            "FROM completion_record c JOIN installed_pack p ON p.id = c.pack_id "
            "JOIN learner l ON l.id = c.learner_id ORDER BY c.claimed_at"
        ).fetchall()
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        conn.close()

    results["baseline: bare sqlite3 + csv of the same rows"] = timed(bare)
    return results


def answer_saves(runs: int) -> dict[str, list[float]]:
    """p50/p99 of an answer save with its statement, and with the statement left out."""
    from studyapp.core.activity import TestKind
    from studyapp.paths import DataPaths, bundled_packs_dir
    from studyapp.services import attempts, learners, library, xapi_outbox
    from studyapp.services.context import open_context

    results: dict[str, list[float]] = {}
    for label, keep in (("answer save with its statement", True), ("without", False)):
        with tempfile.TemporaryDirectory() as tmp:
            ctx = open_context(DataPaths(Path(tmp)))
            pack = library.install(ctx, bundled_packs_dir() / "il6-treat-to-target")
            learner = learners.create(ctx, learners.Profile("B", "MD", "B", "b@example.org"))
            attempt = attempts.start(ctx, learner.id, pack, TestKind.PRE)
            items = library.activity(ctx, pack).pretest
            real = xapi_outbox.add_on
            if not keep:
                xapi_outbox.add_on = lambda *_a: None
            samples = []
            try:
                for n in range(runs):
                    item = items[n % len(items)]
                    start = time.perf_counter()
                    attempts.save_answer(ctx, attempt.id, item.id, [item.option_keys[n % 2]])
                    samples.append((time.perf_counter() - start) * 1000)
            finally:
                xapi_outbox.add_on = real
                ctx.close()
            results[label] = samples
    return results


def drain(count: int) -> dict[str, float]:
    """Seconds to send `count` statements to a loopback Ralph: the app's sender against
    a bare loop posting the same batches of 100 to a fresh store."""
    import dataclasses
    import uuid

    from studyapp.content.institution import RecordStore
    from studyapp.paths import DataPaths
    from studyapp.services import lrs_sync, xapi_outbox
    from studyapp.services.context import open_context
    from tests.collect.ralph import PASSWORD, USER, Ralph

    def statement() -> dict:
        return {
            "id": str(uuid.uuid4()),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": "https://studyapp.invalid/", "name": "bench/1"},
            },
            "verb": {
                "id": "http://adlnet.gov/expapi/verbs/answered",
                "display": {"en-US": "answered"},
            },
            "object": {"objectType": "Activity", "id": "urn:studyapp:activity:bench:1#q"},
            "result": {"response": "A", "success": True},
            "timestamp": "2026-11-22T10:00:00.000Z",
            "version": "1.0.3",
        }

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Ralph(Path(tmp) / "bare")
        store.start()
        batches = [[statement() for _ in range(100)] for _ in range(count // 100)]
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        start = time.perf_counter()
        for batch in batches:
            request = urllib.request.Request(
                store.endpoint + "statements", data=json.dumps(batch).encode(), method="POST"
            )
            request.add_header("Authorization", f"Basic {token}")
            request.add_header("X-Experience-API-Version", "1.0.3")
            request.add_header("Content-Type", "application/json")
            urllib.request.urlopen(request, timeout=60).read()
        results["baseline: bare loop posting the batches"] = time.perf_counter() - start
        store.stop()

        app = Ralph(Path(tmp) / "app")
        app.start()
        ctx = open_context(DataPaths(Path(tmp) / "data"))
        ctx.institution = dataclasses.replace(
            ctx.institution, record_store=RecordStore(app.endpoint, USER, PASSWORD)
        )
        with ctx.db.transaction() as s:
            for batch in batches:
                for st in batch:
                    st["id"] = str(uuid.uuid4())
                    xapi_outbox.add(s, 1, st)
        start = time.perf_counter()
        sent = lrs_sync.send_pending(ctx)
        results["the app's sender (outbox read, marked sent)"] = time.perf_counter() - start
        assert sent == count, sent
        ctx.close()
        app.stop()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    import make_big_data

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "big"
        make_big_data.make(folder)
        found = exports(folder)
    base = found["baseline: bare sqlite3 + csv of the same rows"]
    print("Export of the big data folder (2,000 records, 20 learners), median of 3, s:")
    for name, seconds in found.items():
        print(f"  {name:48} {seconds:7.3f}  {seconds / base:6.1f}x baseline")

    saves = answer_saves(args.runs)
    print("Answer save, ms:")
    for name, samples in saves.items():
        ordered = sorted(samples)
        p99 = ordered[round(0.99 * (len(ordered) - 1))]
        print(f"  {name:48} median {statistics.median(samples):.3f}  p99 {p99:.3f}")

    drained = drain(args.statements)
    bare = drained["baseline: bare loop posting the batches"]
    print(f"Draining {args.statements:,} statements to Ralph on loopback, s:")
    for name, seconds in drained.items():
        print(f"  {name:48} {seconds:7.2f}  rate {bare / seconds:.0%} of the bare loop's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
