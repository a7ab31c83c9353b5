"""A library row, and the snapshot of the last library shown, kept beside the database.

The snapshot lets the next start show the learner's library the moment the window
paints, before the database layer (about 0.4 s of imports) is loaded; the rows are
replaced from the database as soon as it is open. This module must stay light: no
storage, no SQLAlchemy.

A seal written after the database is closed records the files as they were left. While
they are unchanged, the snapshot's progress is the database's, and an activity asked for
before the database is open can show its steps from it (ui/activity_preview.py).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from studyapp.core.gating import Progress, Status

log = logging.getLogger(__name__)
SNAPSHOT = "library-snapshot.json"
SEAL = "library-snapshot.seal"
SNAPSHOT_VERSION = 4
DATABASE = "studyapp.sqlite3"  # paths.DataPaths.database; this module stays light
UNTOUCHED = Progress()
# The progress flags, one bit each, in this order (posttest_attempts is a count apart).
_FLAGS = (
    "started",
    "pretest_submitted",
    "posttest_passed",
    "evaluation_submitted",
    "credit_claimed",
    "reading_opened",
)


@dataclass(frozen=True, slots=True)
class LibraryRow:
    pack_id: int
    activity_id: str
    version: str
    title: str
    credits: Decimal
    credit_type: str
    estimated_minutes: int
    expiration_date: dt.date
    status: Status
    queued: bool
    is_sample: bool
    provider: str = ""
    topics: tuple[str, ...] = ()
    stages_done: int = 0  # of the six steps, Overview to Credit
    last_opened: dt.datetime | None = None
    folder: str = ""  # the installed copy, under the data folder's packs/
    progress: Progress = UNTOUCHED  # the learner's, for the step rail
    last_tab: str | None = None  # the step the activity opens at

    def matches(self, words: list[str]) -> bool:
        """Every word found in the title, provider, topics or credit type."""
        haystack = " ".join((self.title, self.provider, *self.topics, self.credit_type)).lower()
        return all(word in haystack for word in words)


def _flags(p: Progress) -> int:
    return sum(1 << n for n, name in enumerate(_FLAGS) if getattr(p, name))


def _progress(flags: int, attempts: int) -> Progress:
    if not flags and not attempts:
        return UNTOUCHED
    named = {name: bool(flags & (1 << n)) for n, name in enumerate(_FLAGS)}
    return Progress(posttest_attempts=attempts, **named)


def save_snapshot(
    folder: Path, rows: list[LibraryRow], learner_id: int | None = None, reopen: int | None = None
) -> bool:
    """Write the snapshot (True if written). `learner_id`: whose progress the rows hold,
    None when they hold none; `reopen`: the activity left open, which the next start
    reopens."""
    # Rows as lists in field order: half the size of objects with keys, and they load in
    # a third of the time (2.8 ms for 1,000 activities, bench/scale.py).
    data = {
        "version": SNAPSHOT_VERSION,
        "learner": learner_id,
        "reopen": reopen,
        "rows": [
            [
                r.pack_id,
                r.activity_id,
                r.version,
                r.title,
                str(r.credits),
                r.credit_type,
                r.estimated_minutes,
                r.expiration_date.isoformat(),
                r.status.name,
                r.queued,
                r.is_sample,
                r.provider,
                list(r.topics),
                r.stages_done,
                r.last_opened.isoformat() if r.last_opened else None,
                r.folder,
                _flags(r.progress),
                r.progress.posttest_attempts,
                r.last_tab,
            ]
            for r in rows
        ],
    }
    target = folder / SNAPSHOT
    tmp = target.with_suffix(".tmp")
    try:
        (folder / SEAL).unlink(missing_ok=True)  # a seal never vouches for other rows
        tmp.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("Could not save the library snapshot: %s", exc)
        return False
    return True


def _signature(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return [found.st_size, found.st_mtime_ns]


def _files(folder: Path) -> dict[str, list[int] | None]:
    database = folder / DATABASE
    wal = _signature(database.with_name(DATABASE + "-wal"))
    return {
        "snapshot": _signature(folder / SNAPSHOT),
        "database": _signature(database),
        # A reader that may not write (another program, a read-only check) leaves an
        # empty log behind: it holds no change.
        "wal": wal if wal and wal[0] else None,
    }


def seal(folder: Path) -> None:
    """After the database is closed: record the files as left, so the next start can
    tell that nothing has written to the database since the snapshot was saved."""
    files = _files(folder)
    if files["snapshot"] is None or files["database"] is None:
        return
    try:
        (folder / SEAL).write_text(json.dumps(files), "utf-8")
    except OSError as exc:
        log.warning("Could not seal the library snapshot: %s", exc)


def is_sealed(folder: Path) -> bool:
    """The snapshot's progress is still the database's: the files are as the last
    session left them. A crash, another program or a restore breaks the seal. Sizes and
    times are compared, and a file's time moves in steps of a few milliseconds: a write
    by another program within that step of the close would go unseen. The open activity,
    a moment later, shows the database's marks whatever the preview showed."""
    try:
        recorded = json.loads((folder / SEAL).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == _files(folder)


@dataclass(frozen=True)
class Snapshot:
    rows: list[LibraryRow]
    learner_id: int | None = None  # whose progress the rows hold; None: nobody's
    sealed: bool = False  # nothing has written to the database since it was saved
    reopen: int | None = None  # the activity left open, reopened at start


def load_snapshot(folder: Path) -> list[LibraryRow]:
    """The rows last shown, or [] if there is no usable snapshot (never an error)."""
    return read_snapshot(folder).rows


def read_snapshot(folder: Path) -> Snapshot:
    """The snapshot, with no rows if there is none usable (never an error). Whether it
    is sealed is found first: nothing of this session has reached the database yet."""
    sealed = is_sealed(folder)
    try:
        data = json.loads((folder / SNAPSHOT).read_text("utf-8"))
        if data.get("version") != SNAPSHOT_VERSION:
            return Snapshot([])
        learner, reopen = data.get("learner"), data.get("reopen")
        statuses = Status.__members__
        rows = [
            LibraryRow(
                pack_id,
                activity_id,
                version,
                title,
                Decimal(credits),
                credit_type,
                minutes,
                dt.date.fromisoformat(expires),
                statuses[status],
                queued,
                is_sample,
                provider,
                tuple(topics),
                stages_done,
                dt.datetime.fromisoformat(opened) if opened else None,
                pack_folder,
                _progress(flags, attempts),
                last_tab,
            )
            for (
                pack_id,
                activity_id,
                version,
                title,
                credits,
                credit_type,
                minutes,
                expires,
                status,
                queued,
                is_sample,
                provider,
                topics,
                stages_done,
                opened,
                pack_folder,
                flags,
                attempts,
                last_tab,
            ) in data["rows"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ArithmeticError):
        return Snapshot([])
    if not isinstance(learner, int):
        return Snapshot(rows)
    return Snapshot(rows, learner, sealed, reopen if isinstance(reopen, int) else None)
