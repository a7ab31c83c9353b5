"""Make a large data folder: 1,000 installed activities, 20 learners, 100,000 responses,
2,000 completion records. Rows go in with sqlite3 directly (minutes faster than the
services); the schema, the pack files and the record JSON are the app's own.

    .venv/bin/python bench/make_big_data.py DIR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.paths import DataPaths, bundled_packs_dir  # noqa: E402
from studyapp.records import completion, did_key, signing  # noqa: E402
from studyapp.services import learners, library  # noqa: E402
from studyapp.services.context import open_context  # noqa: E402

PACKS, LEARNERS, RESPONSES, RECORDS = 1000, 20, 100_000, 2000
ITEMS = [f"jc-pre-{n}" for n in range(1, 4)] + [f"jc-post-{n}" for n in range(1, 6)]


def stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


def make(
    folder: Path,
    seed: int = 1,
    packs: int = PACKS,
    learner_count: int = LEARNERS,
    responses: int = RESPONSES,
    records: int = RECORDS,
) -> DataPaths:
    rng = random.Random(seed)
    if folder.exists():
        shutil.rmtree(folder)
    paths = DataPaths(folder)
    ctx = open_context(paths)
    library.install_bundled(ctx)
    for n in range(learner_count):
        learners.create(
            ctx,
            learners.Profile(
                f"Learner {n:02d}", rng.choice(["MD", "DO", "NP"]), "Medicine", f"l{n}@example.org"
            ),
        )
    ctx.close()

    source = bundled_packs_dir() / "ssc-tocilizumab-journal-club"
    conn = sqlite3.connect(paths.database)
    # Records are signed as the app signs them, so checking one costs what it would.
    key = signing.new_private_key()
    # Records as the first StudyApp made them (eddsa-jcs-2022): 2,000 rdfc signatures would
    # take most of a minute, and old records must stay as fast to check.
    issuer = did_key.did_from_public_key(signing.public_key(key))
    conn.execute(
        "INSERT INTO signing_key (created_at, private_key, did) VALUES (?, ?, ?)",
        (
            "2026-01-01T00:00:00.000000+00:00",
            key,
            did_key.did_from_public_key(signing.public_key(key)),
        ),
    )
    now = dt.datetime(2027, 6, 1, tzinfo=dt.UTC)
    pack_ids = []
    for n in range(packs):
        activity_id = f"generated-{n:04d}"
        target = paths.packs / activity_id / "1.0.0"
        shutil.copytree(source, target)
        manifest = target / "activity.toml"
        manifest.write_text(
            manifest.read_text("utf-8")
            .replace('id = "ssc-tocilizumab-journal-club"', f'id = "{activity_id}"')
            .replace('title = "Journal Club:', f'title = "Activity {n:04d}:'),
            "utf-8",
        )
        cur = conn.execute(
            "INSERT INTO installed_pack (activity_id, version, title, provider, folder, "
            "release_date, expiration_date, estimated_minutes, max_credit_quarters, credit_type,"
            " is_sample, installed_at, topics) VALUES (?, '1.0.0', ?, 'Bench Provider', ?, "
            "'2026-11-01', '2029-11-30', 15, 1, 'AMA PRA Category 1 Credit™', 1, ?, ?)",
            (
                activity_id,
                f"Activity {n:04d}: Tocilizumab in Refractory Systemic Sclerosis",
                f"{activity_id}/1.0.0",
                stamp(now),
                # Every tenth covers pain management: the search bench finds 100 of 1,000.
                "Systemic sclerosis; Pain management" if n % 10 == 0 else "Systemic sclerosis",
            ),
        )
        pack_ids.append(cur.lastrowid)

    learner_ids = [r[0] for r in conn.execute("SELECT id FROM learner")]
    per_learner = responses // learner_count // len(ITEMS)  # packs each learner answered
    records_per_learner = records // learner_count
    for learner_id in learner_ids:
        for k, pack_id in enumerate(rng.sample(pack_ids, per_learner)):
            started = now - dt.timedelta(days=rng.randrange(900))
            for test, items in (("pre", ITEMS[:3]), ("post", ITEMS[3:])):
                cur = conn.execute(
                    "INSERT INTO attempt (learner_id, pack_id, test, number, started_at, "
                    "submitted_at, correct, total, passed) VALUES (?, ?, ?, 1, ?, ?, 4, 5, ?)",
                    (
                        learner_id,
                        pack_id,
                        test,
                        stamp(started),
                        stamp(started),
                        1 if test == "post" else None,
                    ),
                )
                conn.executemany(
                    "INSERT INTO response (attempt_id, item_id, selection, answered_at) "
                    "VALUES (?, ?, '[\"A\"]', ?)",
                    [(cur.lastrowid, item, stamp(started)) for item in items],
                )
            # Every fifth activity taken is also in the learner's queue.
            queued = stamp(started) if k % 5 == 0 else None
            conn.execute(
                "INSERT INTO learner_activity (learner_id, pack_id, reading_scroll, "
                "opened_at, queued_at, queue_position) VALUES (?, ?, 0, ?, ?, ?)",
                (learner_id, pack_id, stamp(started), queued, k if queued else None),
            )
            if k < records_per_learner:
                record_id = f"{learner_id:08d}-0000-4000-8000-{pack_id:012d}"
                facts = completion.CompletionFacts(
                    record_id,
                    f"Learner {learner_id}",
                    "MD",
                    "l@example.org",
                    f"generated-{pack_id}",
                    "1.0.0",
                    f"Activity {pack_id}",
                    "Bench Provider",
                    "Enduring material",
                    started,
                    Decimal("0.25"),
                    Decimal("0.25"),
                    "AMA PRA Category 1 Credit™",
                    "physician",
                    "a",
                    "d",
                    "p",
                    15,
                    80,
                    True,
                )
                conn.execute(
                    "INSERT INTO completion_record (id, learner_id, pack_id, claimed_at, "
                    "credit_quarters, credit_type, certificate_kind, minutes_spent, "
                    "record_json) VALUES (?, ?, ?, ?, 1, 'AMA PRA Category 1 Credit™', "
                    "'physician', 15, ?)",
                    (
                        record_id,
                        learner_id,
                        pack_id,
                        stamp(started),
                        json.dumps(signing.sign(completion.build(facts, issuer), key, started)),
                    ),
                )
    conn.execute(
        "INSERT OR REPLACE INTO preference (key, value) VALUES ('last_learner_id', ?)",
        (str(learner_ids[0]),),
    )
    conn.commit()
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("installed_pack", "learner", "response", "completion_record")
    }
    conn.close()
    print(f"{folder}: {counts}")
    return paths


if __name__ == "__main__":
    make(Path(sys.argv[1]))
