"""Which database errors mean "the disk refused the write", in words for the learner."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

FAILURES = {
    "database or disk is full": "the disk is full",
    "disk i/o error": "the disk reported an error",
    "readonly database": "the data folder is read-only",
    "read-only": "the data folder is read-only",
    "unable to open database file": "the data folder cannot be opened",
}


def storage_failure(exc: BaseException) -> str | None:
    """Plain words for a disk-level failure, or None for any other error."""
    if isinstance(exc, OperationalError | sqlite3.OperationalError | OSError):
        text = str(exc).lower()
        for key, words in FAILURES.items():
            if key in text:
                return words
        if isinstance(exc, OSError):
            return exc.strerror or "the disk refused the write"
    return None
