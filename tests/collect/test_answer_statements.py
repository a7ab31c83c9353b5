"""The learning record store hears each final answer of a test once it is submitted: an
answer save writes the answer alone (one row, one page on disk), and the submit writes an
"answered" statement per answered question, at the time the answer was given, with its
response and whether it was right."""

from __future__ import annotations

import datetime as dt

from ralph.models.xapi.base.statements import BaseXapiStatement

from studyapp.core import scoring
from studyapp.core.activity import TestKind
from studyapp.services import attempts, library, xapi_outbox
from tests.services.test_study_flow import answer_all


def _answered(ctx) -> list[dict]:
    return [
        s["statement"]
        for s in xapi_outbox.statements(ctx)
        if s["statement"]["verb"]["display"]["en-US"] == "answered"
    ]


def test_answers_reach_the_store_once_each_when_the_test_is_submitted(
    ctx, il6_pack, learner
) -> None:
    act = library.activity(ctx, il6_pack)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=3))
    pretest_answers = len(_answered(ctx))
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.POST)
    items = list(act.items(TestKind.POST))
    clock = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
    times = {}
    for n, item in enumerate(items[:5]):
        wrong = [k for k in item.option_keys if k not in item.answer][:1]
        for choice in (wrong, sorted(item.answer) if n % 2 == 0 else wrong):  # changed once
            clock += dt.timedelta(seconds=30)
            ctx.now = lambda at=clock: at
            attempts.save_answer(ctx, attempt.id, item.id, choice)
        times[item.id] = clock
    # Ten saves of five answers: nothing more for the store yet.
    assert len(_answered(ctx)) == pretest_answers

    attempts.submit(ctx, attempt.id)
    said = _answered(ctx)[pretest_answers:]
    assert len(said) == 5  # the final answers only, not every change
    assert len({s["id"] for s in said}) == 5
    by_item = {s["object"]["id"].rsplit("/", 1)[1]: s for s in said}
    assert set(by_item) == {i.id for i in items[:5]}
    for n, item in enumerate(items[:5]):
        statement = by_item[item.id]
        BaseXapiStatement(**statement)  # Ralph's own model of a valid statement
        right = n % 2 == 0
        assert statement["result"]["success"] is right
        final = (
            sorted(item.answer)
            if right
            else [k for k in item.option_keys if k not in item.answer][:1]
        )
        assert statement["result"]["response"] == "[,]".join(final)
        assert scoring.is_correct(item, final) is right
        assert (
            dt.datetime.fromisoformat(statement["timestamp"].replace("Z", "+00:00"))
            == times[item.id]
        )
        assert statement["object"]["id"].endswith(f"#post-test/{item.id}")
    # The scored statement comes after the answers it scores.
    verbs = [s["statement"]["verb"]["display"]["en-US"] for s in xapi_outbox.statements(ctx)]
    assert verbs[-1] in ("passed", "failed") and verbs[-6:-1] == ["answered"] * 5


def test_a_refused_save_after_submitting_adds_nothing(ctx, il6_pack, learner) -> None:
    import pytest

    from studyapp.services.errors import UserError

    act = library.activity(ctx, il6_pack)
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.PRE)
    first = act.items(TestKind.PRE)[0]
    attempts.save_answer(ctx, attempt.id, first.id, sorted(first.answer))
    attempts.submit(ctx, attempt.id)
    before = xapi_outbox.statements(ctx)
    with pytest.raises(UserError, match="has been submitted"):
        attempts.save_answer(ctx, attempt.id, first.id, ["A"])
    assert xapi_outbox.statements(ctx) == before
    assert len(_answered(ctx)) == 1
