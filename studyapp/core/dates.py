"""Dates as the learner reads them. Kept apart so the first screen can use it cheaply."""

from __future__ import annotations

import datetime as dt


def format_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"
