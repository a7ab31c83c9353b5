"""The use cases behind the tabs, one transaction each, checked against what is stored."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from studyapp.core.activity import TestKind
from studyapp.core.gating import Lock, Reason, Status, Step
from studyapp.records import completion
from studyapp.services import attempts, credit, evaluations, library, record_signing, transcript
from studyapp.services.errors import LockedError, UserError
from studyapp.services.evaluations import AnswerProblem, AnswersIncompleteError, Problem


def answer_all(ctx, learner_id: int, pack_id: int, test: TestKind, right: int) -> int:
    act = library.activity(ctx, pack_id)
    attempt = attempts.start(ctx, learner_id, pack_id, test)
    for n, item in enumerate(act.items(test)):
        wrong = [k for k in item.option_keys if k not in item.answer][:1]
        attempts.save_answer(ctx, attempt.id, item.id, sorted(item.answer) if n < right else wrong)
    return attempt.id


def fill_evaluation(ctx, learner_id: int, pack_id: int) -> None:
    act = library.activity(ctx, pack_id)
    for q in act.evaluation:
        value = {"likert": "4", "yes-no": "yes", "number": "55"}.get(q.kind.value, "Use DAS28.")
        evaluations.save_answer(ctx, learner_id, pack_id, q.id, value)


def test_library_row_for_a_new_learner(ctx, il6_pack, learner) -> None:
    [row] = library.rows(ctx, learner.id)
    assert row.title.startswith("Treating to Target")
    assert row.credits == Decimal("1.00")
    assert row.estimated_minutes == 60
    assert row.status is Status.NOT_STARTED
    assert row.is_sample


def test_posttest_refused_before_pretest(ctx, il6_pack, learner) -> None:
    with pytest.raises(LockedError) as caught:
        attempts.start(ctx, learner.id, il6_pack, TestKind.POST)
    assert caught.value.lock == Lock(Reason.PRETEST_FIRST)


def test_answers_are_replaced_not_duplicated(ctx, il6_pack, learner) -> None:
    attempt = attempts.start(ctx, learner.id, il6_pack, TestKind.PRE)
    attempts.save_answer(ctx, attempt.id, "pre-1", ["B"])
    attempts.save_answer(ctx, attempt.id, "pre-1", ["A"])
    state = attempts.state(ctx, learner.id, il6_pack, TestKind.PRE)
    assert state.attempt is not None and state.attempt.answers == {"pre-1": ["A"]}


def test_submitted_attempt_cannot_change(ctx, il6_pack, learner) -> None:
    attempt_id = answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=3)
    result = attempts.submit(ctx, attempt_id)
    assert result.score is not None and result.score.correct == 3
    with pytest.raises(UserError, match="can no longer change"):
        attempts.save_answer(ctx, attempt_id, "pre-1", ["B"])
    state = attempts.state(ctx, learner.id, il6_pack, TestKind.PRE)
    assert state.attempt is not None and state.attempt.answers["pre-1"] == ["A"]


def test_fail_then_retake_and_pass(ctx, il6_pack, learner) -> None:
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=2))
    first = attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=7))
    assert first.score is not None and first.score.percent == 58 and first.passed is False
    second = attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=9))
    assert second.number == 2 and second.passed is True
    with pytest.raises(LockedError) as caught:
        attempts.start(ctx, learner.id, il6_pack, TestKind.POST)
    assert caught.value.lock == Lock(Reason.POSTTEST_PASSED)
    [row] = library.rows(ctx, learner.id)
    assert row.status is Status.PASSED


def take_posttest(ctx, learner_id: int, pack_id: int) -> None:
    attempts.submit(ctx, answer_all(ctx, learner_id, pack_id, TestKind.PRE, right=5))
    attempts.submit(ctx, answer_all(ctx, learner_id, pack_id, TestKind.POST, right=3))


def test_evaluation_opens_once_the_posttest_is_taken(ctx, il6_pack, learner) -> None:
    for call in (
        lambda: evaluations.save_answer(ctx, learner.id, il6_pack, "objective-1", "5"),
        lambda: evaluations.submit(ctx, learner.id, il6_pack),
    ):
        with pytest.raises(LockedError) as caught:
            call()
        assert caught.value.lock == Lock(Reason.POSTTEST_FIRST)
    assert evaluations.load(ctx, learner.id, il6_pack).lock == Lock(Reason.POSTTEST_FIRST)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.PRE, right=5))
    assert evaluations.load(ctx, learner.id, il6_pack).lock == Lock(Reason.POSTTEST_FIRST)
    attempts.submit(ctx, answer_all(ctx, learner.id, il6_pack, TestKind.POST, right=3))
    assert evaluations.load(ctx, learner.id, il6_pack).lock is None  # failed, but taken
    evaluations.save_answer(ctx, learner.id, il6_pack, "objective-1", "5")


def test_a_pack_may_open_the_evaluation_only_after_a_pass(ctx, il6_source, learner) -> None:
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace(
            "passing_score = 70", 'passing_score = 70\nevaluation_opens = "after-pass"'
        ),
        "utf-8",
    )
    pack_id = library.install(ctx, il6_source)
    take_posttest(ctx, learner.id, pack_id)
    assert evaluations.load(ctx, learner.id, pack_id).lock == Lock(Reason.PASS_FIRST, count=70)
    attempts.submit(ctx, answer_all(ctx, learner.id, pack_id, TestKind.POST, right=11))
    assert evaluations.load(ctx, learner.id, pack_id).lock is None


def test_evaluation_enforces_required_answers(ctx, il6_pack, learner) -> None:
    take_posttest(ctx, learner.id, il6_pack)
    evaluations.save_answer(ctx, learner.id, il6_pack, "objective-1", "5")
    with pytest.raises(AnswersIncompleteError) as caught:
        evaluations.submit(ctx, learner.id, il6_pack)
    assert "objective-1" not in caught.value.problems
    assert caught.value.problems["change-what"] == AnswerProblem(Problem.REQUIRED, 14)
    assert "comments" not in caught.value.problems  # optional
    assert not evaluations.load(ctx, learner.id, il6_pack).submitted


def test_evaluation_number_out_of_range(ctx, il6_pack, learner) -> None:
    take_posttest(ctx, learner.id, il6_pack)
    fill_evaluation(ctx, learner.id, il6_pack)
    evaluations.save_answer(ctx, learner.id, il6_pack, "minutes", "9999")
    with pytest.raises(AnswersIncompleteError) as caught:
        evaluations.submit(ctx, learner.id, il6_pack)
    assert caught.value.problems == {"minutes": AnswerProblem(Problem.ABOVE_MAXIMUM, 17, 600)}


def test_evaluation_text_is_bounded_and_kept_faithfully(ctx, il6_pack, learner) -> None:
    take_posttest(ctx, learner.id, il6_pack)
    odd = "Zeile 1\nétudes — 変更 🙂 \u200b tab\there"
    evaluations.save_answer(ctx, learner.id, il6_pack, "comments", odd)
    assert evaluations.load(ctx, learner.id, il6_pack).answers["comments"] == odd
    with pytest.raises(AnswersIncompleteError) as caught:
        evaluations.save_answer(ctx, learner.id, il6_pack, "comments", "x" * 5001)
    assert caught.value.problems["comments"] == AnswerProblem(Problem.TOO_LONG, 18, 5000, 5001)
    assert evaluations.load(ctx, learner.id, il6_pack).answers["comments"] == odd


def complete(ctx, learner_id: int, pack_id: int) -> None:
    attempts.submit(ctx, answer_all(ctx, learner_id, pack_id, TestKind.PRE, right=5))
    # Every Post-Test item right (more than either pack has).
    attempts.submit(ctx, answer_all(ctx, learner_id, pack_id, TestKind.POST, right=99))
    fill_evaluation(ctx, learner_id, pack_id)
    evaluations.submit(ctx, learner_id, pack_id)


def test_claim_makes_one_record_with_the_facts(ctx, il6_pack, learner) -> None:
    with pytest.raises(LockedError) as caught:
        credit.claim(ctx, learner.id, il6_pack, Decimal("0.75"), 50, True)
    assert caught.value.lock == Lock(
        Reason.STEPS_MISSING, count=70, missing=(Step.PRETEST, Step.POSTTEST, Step.EVALUATION)
    )
    complete(ctx, learner.id, il6_pack)
    with pytest.raises(UserError, match="attest"):
        credit.claim(ctx, learner.id, il6_pack, Decimal("0.75"), 50, False)
    with pytest.raises(UserError, match=r"at most 1\.00"):
        credit.claim(ctx, learner.id, il6_pack, Decimal("1.25"), 50, True)
    with pytest.raises(UserError, match=r"steps of 0\.25"):
        credit.claim(ctx, learner.id, il6_pack, Decimal("0.8"), 50, True)
    assert transcript.history(ctx, learner.id).rows == []

    record_id = credit.claim(ctx, learner.id, il6_pack, Decimal("0.75"), 50, True)
    record = json.loads(credit.record_json(ctx, record_id))
    assert record["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert record["id"] == f"urn:uuid:{record_id}"
    assert record["credentialSubject"]["creditsEarned"] == 0.75
    assert record["credentialSubject"]["achievement"]["creditsAvailable"] == 1.0
    facts = completion.facts_from_record(record)
    assert facts.learner_name == "Maria Lopez"
    assert facts.certificate_kind == "physician"
    assert facts.posttest_percent == 100
    assert facts.is_sample is True
    assert record["credentialSubject"]["result"][0]["value"] == "100"
    assert record["credentialSubject"]["achievement"]["creator"]["name"] == (
        "Global Education Group and Integritas Communications"
    )
    assert record["issuer"]["id"] == record_signing.this_computers_key(ctx)
    with pytest.raises(LockedError) as caught:
        credit.claim(ctx, learner.id, il6_pack, Decimal("0.25"), 50, True)
    assert caught.value.lock == Lock(Reason.CREDIT_CLAIMED)
    history = transcript.history(ctx, learner.id)
    assert [r.record_id for r in history.rows] == [record_id]
    assert history.totals == {}  # a sample activity's credit is never real credit
    assert history.sample_totals == {"Sample credit, not certified": Decimal("0.75")}


def test_expired_activity_cannot_be_claimed(ctx, il6_pack, learner) -> None:
    complete(ctx, learner.id, il6_pack)
    ctx.today = lambda: dt.date(2029, 12, 1)
    state = credit.state(ctx, learner.id, il6_pack)
    assert state.lock == Lock(Reason.EXPIRED, date=dt.date(2029, 10, 31))
    with pytest.raises(LockedError) as caught:
        credit.claim(ctx, learner.id, il6_pack, Decimal("1.00"), 60, True)
    assert caught.value.lock == Lock(Reason.EXPIRED, date=dt.date(2029, 10, 31))
    [row] = library.rows(ctx, learner.id)
    assert row.status is Status.EXPIRED


def test_history_date_filter(ctx, il6_pack, learner) -> None:
    complete(ctx, learner.id, il6_pack)
    ctx.now = lambda: dt.datetime(2027, 3, 15, 12, 0, tzinfo=dt.UTC)
    credit.claim(ctx, learner.id, il6_pack, Decimal("1.00"), 60, True)
    local_day = dt.datetime(2027, 3, 15, 12, 0, tzinfo=dt.UTC).astimezone().date()
    assert len(transcript.history(ctx, learner.id, local_day, local_day).rows) == 1
    after = local_day + dt.timedelta(days=1)
    assert transcript.history(ctx, learner.id, after, None).rows == []
    assert transcript.history(ctx, learner.id, None, local_day - dt.timedelta(days=1)).rows == []
