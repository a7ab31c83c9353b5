"""Which backups to keep: a rotation by age with a size budget (docs/reliability.md).

Kept: the newest few whatever their age (the last sessions), the newest of each of the
last days and of the last weeks, and always the newest copy that holds learner profiles.
If what is kept outgrows the size budget, the oldest go first, down to the newest copy and
the newest one with profiles, which always stay.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LAST_SESSIONS = 3
DAILY = 7
WEEKLY = 4
BUDGET_BYTES = 1 << 30  # 1 GiB


@dataclass(frozen=True)
class Copy:
    key: str
    made_at: dt.datetime
    size: int
    holds_learners: bool = True


def keep(
    copies: list[Copy],
    *,
    last_sessions: int = LAST_SESSIONS,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    budget: int = BUDGET_BYTES,
) -> set[str]:
    """The keys of the copies to keep."""
    newest_first = sorted(copies, key=lambda c: c.made_at, reverse=True)
    if not newest_first:
        return set()
    kept: dict[str, Copy] = {c.key: c for c in newest_first[:last_sessions]}
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for c in newest_first:
        day = c.made_at.astimezone(dt.UTC).date()
        if day not in days and len(days) < daily:
            days.add(day)
            kept[c.key] = c
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            kept[c.key] = c
    protected = {newest_first[0].key}
    real = next((c for c in newest_first if c.holds_learners), None)
    if real is not None:
        protected.add(real.key)
        kept[real.key] = real
    total = sum(c.size for c in kept.values())
    for c in sorted(kept.values(), key=lambda c: c.made_at):  # oldest first
        if total <= budget:
            break
        if c.key not in protected:
            del kept[c.key]
            total -= c.size
    return set(kept)
