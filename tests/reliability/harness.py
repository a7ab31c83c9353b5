"""Crash harness: kill a scripted learner at random moments; no acknowledged answer may be lost.

A child process works through activities via the services layer (answers,
navigation, submit, evaluation, credit claim). Around every answer save it
writes to a side log: "PENDING" before the call and "OK" once it returned,
the moment the screen would show "Saved". The parent SIGKILLs the child at a
random moment, then checks the database: integrity_check is ok, every answer
last acknowledged is stored unchanged (or the newer one that was in flight),
and the app's services open it.

    .venv/bin/python -m tests.reliability.harness --kills 200 --seed 1
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(data_dir: Path, side_log: Path, seed: int) -> None:
    from studyapp.core.activity import TestKind
    from studyapp.paths import DataPaths, bundled_packs_dir
    from studyapp.services import attempts, credit, evaluations, learners, library, places
    from studyapp.services.context import open_context
    from studyapp.services.errors import UserError

    rng = random.Random(seed)
    ctx = open_context(DataPaths(data_dir))
    if not library.rows(ctx, None):
        library.install(ctx, bundled_packs_dir() / "ssc-tocilizumab-journal-club")
    pack_id = library.rows(ctx, None)[0].pack_id
    activity = library.activity(ctx, pack_id)
    log = open(side_log, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives until killed

    while True:
        learner = learners.create(
            ctx,
            learners.Profile(
                f"Learner {rng.randrange(10**6)}",
                rng.choice(["MD", "NP"]),
                "Medicine",
                "l@example.org",
            ),
        )
        for test in (TestKind.PRE, TestKind.POST):
            places.set_tab(ctx, learner.id, pack_id, test.value + "test")
            while True:
                attempt = attempts.start(ctx, learner.id, pack_id, test)
                for _ in range(rng.randrange(3, 12)):
                    item = rng.choice(activity.items(test))
                    chosen = sorted(rng.sample(item.option_keys, rng.choice([1, 1, 2])))
                    if rng.random() < 0.5:
                        chosen = sorted(item.answer)
                    record = json.dumps([attempt.id, item.id, chosen])
                    log.write(f"PENDING {record}\n")
                    attempts.save_answer(ctx, attempt.id, item.id, chosen)
                    log.write(f"OK {record}\n")
                for item in activity.items(test):  # finish the attempt with right answers
                    record = json.dumps([attempt.id, item.id, sorted(item.answer)])
                    log.write(f"PENDING {record}\n")
                    attempts.save_answer(ctx, attempt.id, item.id, sorted(item.answer))
                    log.write(f"OK {record}\n")
                log.write(f"SUBMITTING {attempt.id}\n")
                result = attempts.submit(ctx, attempt.id)
                log.write(f"SUBMITTED {attempt.id}\n")
                if test is TestKind.PRE or result.passed:
                    break
        for q in activity.evaluation:
            value = {"likert": "4", "yes-no": "yes", "number": "20"}.get(q.kind.value, "ok")
            evaluations.save_answer(ctx, learner.id, pack_id, q.id, value)
        evaluations.submit(ctx, learner.id, pack_id)
        with contextlib.suppress(UserError):
            credit.claim(ctx, learner.id, pack_id, Decimal("0.25"), 15, True)


@dataclass
class Verdict:
    checked: int
    lost: int
    problems: list[str]


def verify(data_dir: Path, side_log: Path) -> Verdict:
    """Every key's stored value must be its last acknowledged one, or the one in flight."""
    acknowledged: dict[tuple[int, str], list[str]] = {}
    in_flight: dict[tuple[int, str], list[str]] = {}
    submitted: set[int] = set()
    for line in side_log.read_text("utf-8").splitlines():
        kind, _, rest = line.partition(" ")
        if kind in ("PENDING", "OK"):
            try:
                attempt_id, item_id, chosen = json.loads(rest)
            except ValueError:
                continue  # the last line may be cut short by the kill
            key = (attempt_id, item_id)
            if kind == "PENDING":
                in_flight[key] = chosen
            else:
                acknowledged[key] = chosen
                in_flight.pop(key, None)
        elif kind == "SUBMITTED" and rest.strip().isdigit():
            submitted.add(int(rest))
    problems: list[str] = []
    db = data_dir / "studyapp.sqlite3"
    conn = sqlite3.connect(db)
    try:
        status = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if status != "ok":
            problems.append(f"integrity_check: {status}")
        stored = {
            (a, i): json.loads(s)
            for a, i, s in conn.execute("SELECT attempt_id, item_id, selection FROM response")
        }
        done = {a for (a,) in conn.execute("SELECT id FROM attempt WHERE submitted_at IS NOT NULL")}
    finally:
        conn.close()
    lost = 0
    for key, value in acknowledged.items():
        allowed = [value] + ([in_flight[key]] if key in in_flight else [])
        if stored.get(key) not in allowed:
            lost += 1
            problems.append(f"answer {key}: acknowledged {value}, stored {stored.get(key)}")
    for attempt_id in submitted - done:
        problems.append(f"attempt {attempt_id} was acknowledged as submitted but is not")
    for key, value in in_flight.items():
        if key not in acknowledged and stored.get(key) not in (None, value):
            problems.append(f"answer {key}: stored {stored.get(key)} was never given")
    return Verdict(len(acknowledged), lost, problems)


def opens_in_app(data_dir: Path) -> None:
    from studyapp.paths import DataPaths
    from studyapp.services import library
    from studyapp.services.context import open_context

    ctx = open_context(DataPaths(data_dir))
    try:
        assert library.rows(ctx, None), "the library is empty after a crash"
    finally:
        ctx.close()


def run(kills: int, seed: int, data_dir: Path, max_delay: float = 1.5) -> Verdict:
    rng = random.Random(seed)
    side_log = data_dir / "acknowledged.log"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    verdict = Verdict(0, 0, [])
    for n in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.harness",
                "child",
                str(data_dir),
                str(side_log),
                str(rng.randrange(2**31)),
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Wait for the child to get going (its first acknowledged line), then a random time.
        started = time.monotonic()
        size = side_log.stat().st_size if side_log.exists() else 0
        while time.monotonic() - started < 30 and proc.poll() is None:
            if side_log.exists() and side_log.stat().st_size > size:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0, max_delay))
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"the scripted learner stopped by itself on run {n}:\n{err}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stderr:
            proc.stderr.close()
        verdict = verify(data_dir, side_log)
        if verdict.problems:
            verdict.problems.insert(0, f"after kill {n + 1}")
            return verdict
        opens_in_app(data_dir)
    return verdict


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child":
        child(Path(argv[1]), Path(argv[2]), int(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data_dir or Path(tmp) / "data"
        started = time.monotonic()
        verdict = run(args.kills, args.seed, folder)
        elapsed = time.monotonic() - started
    print(
        f"kills: {args.kills}, seed: {args.seed}, answers checked: {verdict.checked}, "
        f"lost: {verdict.lost}, problems: {len(verdict.problems)}, {elapsed:.0f} s"
    )
    for problem in verdict.problems[:20]:
        print("  " + problem)
    return 0 if not verdict.problems else 1


if __name__ == "__main__":
    sys.exit(main())
