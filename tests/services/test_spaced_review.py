"""Spaced review: a missed post-test item comes back, and FSRS schedules it again by how
the learner answers (a fixed clock throughout)."""

from __future__ import annotations

import datetime as dt

from studyapp.core.activity import TestKind
from studyapp.services import attempts, library, spaced_review
from tests.services.test_study_flow import answer_all

START = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def test_a_missed_item_comes_back_and_is_spaced_by_the_answers(ctx, il6_pack, learner) -> None:
    clock = [START]
    ctx.now = lambda: clock[0]
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=11))
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=9))
    act = library.activity(ctx, il6_pack)
    missed = [i.id for i in act.posttest[9:]]
    due = spaced_review.due(ctx, learner.id)
    assert [d.item.id for d in due] == missed  # the two missed, due at once; none of the rest
    item = due[0].item
    wrong = [next(k for k in item.option_keys if k not in item.answer)]

    again = spaced_review.answer(ctx, learner.id, il6_pack, item.id, wrong)
    assert not again.correct
    assert again.next_due - START <= dt.timedelta(minutes=10)  # soon, the same session
    assert [d.item.id for d in spaced_review.due(ctx, learner.id)] == missed[1:]

    clock[0] = again.next_due
    good = spaced_review.answer(ctx, learner.id, il6_pack, item.id, sorted(item.answer))
    assert good.correct and good.next_due > again.next_due
    clock[0] = good.next_due
    known = spaced_review.answer(ctx, learner.id, il6_pack, item.id, sorted(item.answer))
    assert known.next_due - clock[0] >= dt.timedelta(days=1)  # learnt: days away now
    clock[0] = START + dt.timedelta(hours=2)
    assert item.id not in [d.item.id for d in spaced_review.due(ctx, learner.id)]


def test_retaking_does_not_add_an_item_twice(ctx, il6_pack, learner) -> None:
    ctx.now = lambda: START
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=11))
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=5))
    first = [d.item.id for d in spaced_review.due(ctx, learner.id)]
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=5))
    assert [d.item.id for d in spaced_review.due(ctx, learner.id)] == first
