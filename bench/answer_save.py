"""Answer save: click-to-durable-commit latency through the services layer.

Saves 1,000 answers with the chosen settings (WAL, synchronous=FULL) and, in
the same run, with synchronous=NORMAL and with a bare sqlite3 upsert at FULL,
and prints medians, p99 and the ratios between them, and the bytes each save
adds to the write-ahead log (what is fsynced), ours against bare sqlite3.

    .venv/bin/python bench/answer_save.py [--saves 1000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def timed(n: int, save: Callable[[int], None]) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        save(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def wal_bytes(database: Path, saves: int, save: Callable[[int], None], checkpoint) -> float:
    """Bytes the write-ahead log grows by per save, from an emptied log."""
    checkpoint()
    wal = Path(f"{database}-wal")
    before = wal.stat().st_size if wal.exists() else 0
    for i in range(saves):
        save(i)
    return (wal.stat().st_size - before) / saves


WAL_BYTES: dict[str, float] = {}


def through_services(folder: Path, synchronous: str, n: int) -> list[float]:
    from studyapp.core.activity import TestKind
    from studyapp.paths import DataPaths, bundled_packs_dir
    from studyapp.services import attempts, learners, library
    from studyapp.services.context import open_context
    from studyapp.storage import database

    database.SYNCHRONOUS = synchronous
    ctx = open_context(DataPaths(folder))
    try:
        pack_id = library.install(ctx, bundled_packs_dir() / "il6-treat-to-target")
        learner = learners.create(ctx, learners.Profile("Bench", "MD", "Bench", "b@example.org"))
        attempt = attempts.start(ctx, learner.id, pack_id, TestKind.PRE)
        items = [i.id for i in library.activity(ctx, pack_id).pretest]
        keys = ["A", "B", "C", "D"]

        def save(i: int) -> None:
            attempts.save_answer(ctx, attempt.id, items[i % len(items)], [keys[i % 4]])

        samples = timed(n, save)

        def checkpoint() -> None:
            with ctx.db.write() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

        WAL_BYTES[f"services, {synchronous}"] = wal_bytes(ctx.paths.database, 100, save, checkpoint)
        return samples
    finally:
        ctx.close()
        database.SYNCHRONOUS = "FULL"


def bare_sqlite(folder: Path, n: int, synchronous: str = "FULL") -> list[float]:
    conn = sqlite3.connect(folder / f"bare-{synchronous}.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("CREATE TABLE r (a INTEGER, item TEXT, sel TEXT, at TEXT, UNIQUE (a, item))")

    def save(i: int) -> None:
        # Every save must change the row, as a real answer does (its time at least): an
        # upsert that changes nothing writes no page and never reaches the disk, which
        # made this baseline read 0.006 ms until it was fixed.
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO r VALUES (1, ?, ?, ?) ON CONFLICT (a, item) DO UPDATE SET "
            "sel = excluded.sel, at = excluded.at",
            (f"q{i % 11}", f'["{"ABCD"[i % 4]}"]', f"t{i}"),
        )
        conn.execute("COMMIT")

    try:
        samples = timed(n, save)
        WAL_BYTES[f"bare sqlite3, {synchronous}"] = wal_bytes(
            folder / f"bare-{synchronous}.sqlite3",
            100,
            save,
            lambda: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"),
        )
        return samples
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        results = {
            "services, FULL (ours)": through_services(base / "full", "FULL", args.saves),
            "services, NORMAL": through_services(base / "normal", "NORMAL", args.saves),
            "bare sqlite3, FULL": bare_sqlite(base, args.saves),
            "bare sqlite3, NORMAL": bare_sqlite(base, args.saves, "NORMAL"),
        }
    print(f"{args.saves} saves each; milliseconds per save")
    print(f"{'variant':<24}{'median':>10}{'p99':>10}{'min':>10}{'max':>10}")
    for name, samples in results.items():
        print(
            f"{name:<24}{statistics.median(samples):>10.3f}{percentile(samples, 99):>10.3f}"
            f"{min(samples):>10.3f}{max(samples):>10.3f}"
        )
    ours = results["services, FULL (ours)"]
    normal = results["services, NORMAL"]
    bare = results["bare sqlite3, FULL"]
    print(
        f"median, ours / NORMAL:        {statistics.median(ours) / statistics.median(normal):.2f}x"
    )
    print(f"median, ours / bare sqlite3:  {statistics.median(ours) / statistics.median(bare):.2f}x")
    print(
        f"ours: median {statistics.median(ours):.3f} ms (target <= 1 ms), "
        f"p99 {percentile(ours, 99):.3f} ms (target <= 2 ms)"
    )
    full, bare_full = WAL_BYTES["services, FULL"], WAL_BYTES["bare sqlite3, FULL"]
    print(
        f"write-ahead log per save: ours {full / 1024:.1f} KiB, bare sqlite3 "
        f"{bare_full / 1024:.1f} KiB ({full / bare_full:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
