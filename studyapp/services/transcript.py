"""The CME history (transcript): completion records, totals by credit type, date filter."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from studyapp.core.credit import from_quarters
from studyapp.services.context import Context
from studyapp.services.protection import require_unlocked
from studyapp.storage import completion_records as record_store


@dataclass(frozen=True)
class TranscriptRow:
    record_id: str
    completed_at: dt.datetime
    title: str
    provider: str
    credits: Decimal
    credit_type: str
    certificate_kind: str
    is_sample: bool


@dataclass(frozen=True)
class Transcript:
    rows: list[TranscriptRow]
    totals: dict[str, Decimal]  # real credit only, by credit type
    sample_totals: dict[str, Decimal]  # sample activities' credit: never added to real credit


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def day_bounds(
    start: dt.date | None, end: dt.date | None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """From the start of `start` to the end of `end`, in the learner's local days (the
    upper bound excluded); None where the period is open."""
    lower = local_midnight(start) if start else None
    upper = local_midnight(end + dt.timedelta(days=1)) if end else None
    return lower, upper


def history(
    ctx: Context, learner_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> Transcript:
    """Records completed from `start` to `end` inclusive, in the learner's local days."""
    require_unlocked(ctx, learner_id)
    lower, upper = day_bounds(start, end)
    with ctx.db.transaction() as s:
        found = record_store.history_rows(s, learner_id, lower, upper)
    rows = [
        TranscriptRow(
            record_id=r.id,
            completed_at=r.claimed_at,
            title=r.title,
            provider=r.provider,
            credits=from_quarters(r.credit_quarters),
            credit_type=r.credit_type,
            certificate_kind=r.certificate_kind,
            is_sample=r.is_sample,
        )
        for r in found
    ]
    real: dict[str, int] = defaultdict(int)
    sample: dict[str, int] = defaultdict(int)
    for r in found:
        (sample if r.is_sample else real)[r.credit_type] += r.credit_quarters
    return Transcript(
        rows,
        {k: from_quarters(v) for k, v in sorted(real.items())},
        {k: from_quarters(v) for k, v in sorted(sample.items())},
    )
