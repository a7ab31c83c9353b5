"""Passphrase protection for a learner profile on a shared laptop.

The honest limit: this keeps out another user of the app. It does not encrypt
the data folder, so someone with the disk (or an SQLite tool) can read it.

Passphrases are stored as salted scrypt hashes (standard library). After three
wrong tries, each further try must wait, doubling from 30 seconds up to an hour;
the count is kept in the database, so restarting the app does not reset it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass

from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.storage import learners as learner_store

N, R, P = 2**14, 8, 1
MIN_LENGTH = 8
FREE_TRIES = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(hours=1)


class ProfileLockedError(UserError):
    """The profile is protected and has not been unlocked in this session."""


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


def matches(stored: str, passphrase: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def is_protected(ctx: Context, learner_id: int) -> bool:
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        return bool(row and row.passphrase_hash)


def is_unlocked(ctx: Context, learner_id: int) -> bool:
    if learner_id in ctx.unlocked:
        return True
    if is_protected(ctx, learner_id):
        return False
    # Open without a passphrase: kept as unlocked, so every answer save need not read the
    # profile again (a passphrase set later goes through set_passphrase, which unlocks it).
    ctx.unlocked.add(learner_id)
    return True


def require_unlocked(ctx: Context, learner_id: int) -> None:
    if not is_unlocked(ctx, learner_id):
        raise ProfileLockedError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This profile is protected. Unlock it with its passphrase "
                "to see its answers and history or to claim credit.",
            )
        )


def checked_hash(passphrase: str, repeat: str) -> str:
    """The stored form of a new passphrase; ValidationError if it is too short or the two
    entries differ."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError({"passphrase": f"Use at least {MIN_LENGTH} characters."})
    if passphrase != repeat:
        raise ValidationError({"repeat": "The two passphrases are not the same."})
    return hash_passphrase(passphrase)


def set_passphrase(ctx: Context, learner_id: int, passphrase: str, repeat: str) -> None:
    require_unlocked(ctx, learner_id)
    stored = checked_hash(passphrase, repeat)
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That profile no longer exists."))
        row.passphrase_hash = stored
        row.failed_unlocks = 0
        row.unlock_blocked_until = None
    ctx.unlocked.add(learner_id)
    ctx.changes.publish(Changed(Change.PROTECTION, learner_id))


def unlock(ctx: Context, learner_id: int, passphrase: str) -> None:
    now = ctx.now()
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "That profile no longer exists."))
        if not row.passphrase_hash:
            ctx.unlocked.add(learner_id)
            return
        if row.unlock_blocked_until and row.unlock_blocked_until > now:
            wait = int((row.unlock_blocked_until - now).total_seconds()) + 1
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Too many wrong passphrases. Try again in {duration}."
                ),
                duration=_duration(wait),
            )
        stored = row.passphrase_hash
    ok = matches(stored, passphrase)  # slow by design: outside the transaction
    with ctx.db.transaction() as s:
        row = learner_store.get(s, learner_id)
        assert row is not None
        if ok:
            row.failed_unlocks = 0
            row.unlock_blocked_until = None
            ctx.unlocked.add(learner_id)
            return
        row.failed_unlocks = (row.failed_unlocks or 0) + 1
        extra = row.failed_unlocks - FREE_TRIES
        if extra < 0:
            message = Message(QT_TRANSLATE_NOOP("Messages", "That passphrase is not right."))
        else:
            wait = min(FIRST_WAIT * (2**extra), LONGEST_WAIT)
            row.unlock_blocked_until = now + wait
            message = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "That passphrase is not right. Try again in {duration}."
                ),
                duration=_duration(int(wait.total_seconds())),
            )
    raise UserError(message)


@dataclass(frozen=True)
class Guard:
    """A protected profile's passphrase and wrong-try wait, as they stand before a restore."""

    learner_id: int
    created_at: dt.datetime
    passphrase_hash: str
    failed_unlocks: int
    blocked_until: dt.datetime | None


def before_restore(ctx: Context) -> list[Guard]:
    """A restore replaces every profile's data, so each protected profile must be unlocked in
    this session first. Returns what must survive the restore (after_restore)."""
    with ctx.db.transaction() as s:
        protected = [row for row in learner_store.all_learners(s) if row.passphrase_hash]
        locked = [row.full_name for row in protected if row.id not in ctx.unlocked]
        guards = [
            Guard(
                row.id,
                row.created_at,
                row.passphrase_hash or "",
                row.failed_unlocks or 0,
                row.unlock_blocked_until,
            )
            for row in protected
        ]
    if locked:
        names = ", ".join(locked)
        raise ProfileLockedError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Restoring a backup replaces the data of protected profiles ({names}). Unlock "
                "each of them with its passphrase first (File > Switch profile), then restore.",
            ),
            names=names,
        )
    return guards


def after_restore(ctx: Context, guards: list[Guard]) -> None:
    """A profile protected now stays protected with today's passphrase, and its wrong-try
    wait is not reset, whatever the restored backup held."""
    with ctx.db.transaction() as s:
        for guard in guards:
            row = learner_store.get(s, guard.learner_id)
            if row is None or row.created_at != guard.created_at:
                continue
            row.passphrase_hash = guard.passphrase_hash
            row.failed_unlocks = max(row.failed_unlocks or 0, guard.failed_unlocks)
            waits = [w for w in (row.unlock_blocked_until, guard.blocked_until) if w]
            row.unlock_blocked_until = max(waits) if waits else None


def lock_all(ctx: Context) -> None:
    ctx.unlocked.clear()


def _duration(seconds: int) -> Message:
    if seconds < 90:
        return Message(QT_TRANSLATE_NOOP("Messages", "{count} seconds"), count=seconds)
    return Message(QT_TRANSLATE_NOOP("Messages", "{count} minutes"), count=(seconds + 59) // 60)
