"""Every learner-scoped write refuses a locked profile: a protected profile's answers,
tests, evaluation, queue, place, time, profile and credit cannot be changed by whoever
sits at the laptop without its passphrase."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from studyapp.core.activity import TestKind
from studyapp.services import (
    active_time,
    attempts,
    credit,
    evaluations,
    learners,
    places,
    protection,
)
from studyapp.services.protection import ProfileLockedError
from tests.services.test_study_flow import answer_all

PASS = "correct horse battery"


@pytest.fixture
def locked(ctx, il6_pack, learner):
    """A learner mid-way (an open pre-test attempt, a post-test taken), then protected and
    locked: every write below would otherwise succeed."""
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=5))
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=3))
    open_attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.POST)
    protection.set_passphrase(ctx, learner.id, PASS, PASS)
    protection.lock_all(ctx)
    ctx.attempt_owner.clear()  # as after a restart: the owner is looked up, not remembered
    return learner.id, il6_pack, open_attempt.id


PROFILE = learners.Profile("Someone Else", "MD", "GP", "else@example.org")

WRITES: dict[str, Callable] = {
    "save an answer": lambda ctx, lid, pid, aid: attempts.save_answer(ctx, aid, "post-1", ["A"]),
    "submit a test": lambda ctx, lid, pid, aid: attempts.submit(ctx, aid),
    "start a test": lambda ctx, lid, pid, aid: attempts.start(ctx, lid, pid, TestKind.PRE),
    "save an evaluation answer": lambda ctx, lid, pid, aid: evaluations.save_answer(
        ctx, lid, pid, "objective-1", "5"
    ),
    "submit the evaluation": lambda ctx, lid, pid, aid: evaluations.submit(ctx, lid, pid),
    "queue the activity": lambda ctx, lid, pid, aid: places.set_queued(ctx, lid, pid, True),
    "remember the open activity": lambda ctx, lid, pid, aid: places.open_activity(ctx, lid, pid),
    "remember the tab": lambda ctx, lid, pid, aid: places.set_tab(ctx, lid, pid, "reading"),
    "remember the reading place": lambda ctx, lid, pid, aid: places.set_reading(
        ctx, lid, pid, "intro", 10
    ),
    "add active time": lambda ctx, lid, pid, aid: active_time.add(ctx, lid, pid, "reading", 60),
    "edit the profile": lambda ctx, lid, pid, aid: learners.update(ctx, lid, PROFILE),
    "set a new passphrase": lambda ctx, lid, pid, aid: protection.set_passphrase(
        ctx, lid, "another passphrase", "another passphrase"
    ),
    "claim credit": lambda ctx, lid, pid, aid: credit.claim(
        ctx, lid, pid, Decimal("0.25"), 10, True
    ),
}


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_a_locked_profile_refuses_the_write(ctx, locked, write: str) -> None:
    learner_id, pack_id, attempt_id = locked
    before = ctx.db.engine.raw_connection()
    try:
        snapshot = list(before.iterdump())
    finally:
        before.close()

    with pytest.raises(ProfileLockedError):
        WRITES[write](ctx, learner_id, pack_id, attempt_id)

    after = ctx.db.engine.raw_connection()
    try:
        assert list(after.iterdump()) == snapshot, "something was written"
    finally:
        after.close()


def test_the_same_writes_work_once_unlocked(ctx, locked) -> None:
    learner_id, pack_id, attempt_id = locked
    protection.unlock(ctx, learner_id, PASS)
    attempts.save_answer(ctx, attempt_id, "post-1", ["A"])
    places.set_queued(ctx, learner_id, pack_id, True)
    active_time.add(ctx, learner_id, pack_id, "reading", 60)
    assert active_time.minutes(ctx, learner_id, pack_id) == 1
