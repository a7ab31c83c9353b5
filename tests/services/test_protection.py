"""Passphrase-protected profiles on a shared laptop."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from studyapp.services import credit, learners, protection, transcript
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.protection import ProfileLockedError

PASS = "correct horse battery"


@pytest.fixture
def protected(ctx, learner):
    protection.set_passphrase(ctx, learner.id, PASS, PASS)
    protection.lock_all(ctx)
    return learner


def test_hash_is_salted_scrypt_and_verifies() -> None:
    one, two = protection.hash_passphrase(PASS), protection.hash_passphrase(PASS)
    assert one.startswith("scrypt$16384$8$1$") and one != two
    assert protection.matches(one, PASS) and not protection.matches(one, PASS + "x")
    assert not protection.matches("garbage", PASS)


def test_weak_or_mismatched_passphrase_refused(ctx, learner) -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        protection.set_passphrase(ctx, learner.id, "short", "short")
    with pytest.raises(ValidationError, match="not the same"):
        protection.set_passphrase(ctx, learner.id, PASS, PASS + "!")
    assert not protection.is_protected(ctx, learner.id)


def test_locked_profile_hides_history_and_cannot_claim(ctx, il6_pack, protected) -> None:
    with pytest.raises(ProfileLockedError, match="This profile is protected"):
        transcript.history(ctx, protected.id)
    with pytest.raises(ProfileLockedError):
        credit.claim(ctx, protected.id, il6_pack, Decimal("1.00"), 60, True)
    from studyapp.core.activity import TestKind
    from studyapp.services import attempts, evaluations

    with pytest.raises(ProfileLockedError):
        attempts.state(ctx, protected.id, il6_pack, TestKind.PRE)
    with pytest.raises(ProfileLockedError):
        evaluations.load(ctx, protected.id, il6_pack)
    protection.unlock(ctx, protected.id, PASS)
    assert transcript.history(ctx, protected.id).rows == []


def test_wrong_passphrases_are_rate_limited_across_restarts(ctx, protected, paths) -> None:
    now = dt.datetime(2027, 1, 1, 12, 0, tzinfo=dt.UTC)
    ctx.now = lambda: now
    for _ in range(2):
        with pytest.raises(UserError, match=r"^That passphrase is not right\.$"):
            protection.unlock(ctx, protected.id, "wrong one")
    with pytest.raises(UserError, match="Try again in 30 seconds"):
        protection.unlock(ctx, protected.id, "wrong again")
    # Even the right passphrase waits, and a restart does not reset the count.
    ctx.close()
    from studyapp.services.context import open_context

    reopened = open_context(paths)
    reopened.now = lambda: now + dt.timedelta(seconds=10)
    try:
        with pytest.raises(
            UserError, match=r"Too many wrong passphrases\. Try again in 21 seconds"
        ):
            protection.unlock(reopened, protected.id, PASS)
        reopened.now = lambda: now + dt.timedelta(seconds=31)
        with pytest.raises(UserError, match="Try again in 60 seconds"):
            protection.unlock(reopened, protected.id, "still wrong")
        reopened.now = lambda: now + dt.timedelta(seconds=92)
        protection.unlock(reopened, protected.id, PASS)
        assert protection.is_unlocked(reopened, protected.id)
    finally:
        reopened.close()


def test_other_profiles_are_not_affected(ctx, protected) -> None:
    other = learners.create(ctx, learners.Profile("Ben Okafor", "DO", "GP", "ben@example.org"))
    assert protection.is_unlocked(ctx, other.id)
    assert transcript.history(ctx, other.id).rows == []


def test_a_locked_profiles_records_stay_closed(qapp, ctx, il6_pack, learner) -> None:
    """A record id is not a way around the lock: record, certificate and its check."""
    from studyapp.services import record_signing
    from tests.services.test_study_flow import complete

    complete(ctx, learner.id, il6_pack)
    record_id = credit.claim(ctx, learner.id, il6_pack, Decimal("1.00"), 60, True)
    protection.set_passphrase(ctx, learner.id, PASS, PASS)
    protection.lock_all(ctx)
    for reach in (credit.record_json, credit.certificate_pdf, record_signing.check_record):
        with pytest.raises(ProfileLockedError, match="This profile is protected"):
            reach(ctx, record_id)
    protection.unlock(ctx, learner.id, PASS)
    assert record_signing.check_record(ctx, record_id).valid
    assert credit.certificate_pdf(ctx, record_id).startswith(b"%PDF")


def test_a_restore_needs_every_protected_profile_unlocked(ctx, protected) -> None:
    with pytest.raises(ProfileLockedError, match=r"protected profiles \(Maria Lopez\)"):
        protection.before_restore(ctx)
    protection.unlock(ctx, protected.id, PASS)
    assert [g.learner_id for g in protection.before_restore(ctx)] == [protected.id]


def test_a_restored_backup_keeps_todays_protection_and_wait(paths, ctx, learner) -> None:
    """The backup was made before the profile was protected and before the wrong tries."""
    import datetime as dt

    from studyapp.services import safety
    from studyapp.services.context import open_context

    safety.backup_now(paths, "manual", ctx.now())
    chosen = safety.list_backups(paths)[0]
    protection.set_passphrase(ctx, learner.id, PASS, PASS)  # unlocked in this session
    for _ in range(3):  # someone tried to unlock it again meanwhile
        with pytest.raises(UserError):
            protection.unlock(ctx, learner.id, "wrong passphrase")
    guards = protection.before_restore(ctx)
    assert guards[0].failed_unlocks == 3 and guards[0].blocked_until is not None
    ctx.close()
    safety.restore(paths, chosen, dt.datetime.now(dt.UTC))
    restored = open_context(paths)
    try:
        protection.after_restore(restored, guards)
        assert protection.is_protected(restored, learner.id)
        with pytest.raises(ProfileLockedError):
            transcript.history(restored, learner.id)
        with pytest.raises(UserError, match="Too many wrong passphrases"):
            protection.unlock(restored, learner.id, PASS)
    finally:
        restored.close()
