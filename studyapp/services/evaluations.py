"""The evaluation form: answers saved as given, required items enforced on submit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from studyapp.core import gating
from studyapp.core.activity import EvaluationKind, EvaluationQuestion
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.records import xapi
from studyapp.services import attempts, library, xapi_outbox
from studyapp.services.changes import Change, Changed
from studyapp.services.context import Context
from studyapp.services.errors import LockedError, UserError
from studyapp.services.protection import require_unlocked
from studyapp.storage import evaluations as evaluation_store

MAX_TEXT_ANSWER = 5_000


class Problem(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too-long"  # limit: the most characters
    NOT_A_NUMBER = "not-a-number"
    BELOW_MINIMUM = "below-minimum"  # limit: the minimum
    ABOVE_MAXIMUM = "above-maximum"  # limit: the maximum


@dataclass(frozen=True)
class AnswerProblem:
    problem: Problem
    number: int  # the question's number on the form
    limit: int | None = None
    length: int | None = None


class AnswersIncompleteError(UserError):
    """The evaluation cannot be saved or submitted as it stands: the problem with each
    question, by question id, as codes for the screen to put into words."""

    def __init__(self, problems: dict[str, AnswerProblem]) -> None:
        self.problems = problems
        super().__init__(", ".join(f"{q}: {p.problem.value}" for q, p in problems.items()))


@dataclass(frozen=True)
class EvaluationState:
    answers: dict[str, str]
    submitted: bool
    lock: gating.Lock | None = None


def lock(ctx: Context, learner_id: int, pack_id: int) -> gating.Lock | None:
    act = library.activity(ctx, pack_id)
    return gating.evaluation_lock(act, attempts.progress(ctx, learner_id, pack_id))


def load(ctx: Context, learner_id: int, pack_id: int) -> EvaluationState:
    require_unlocked(ctx, learner_id)
    closed = lock(ctx, learner_id, pack_id)
    with ctx.db.transaction() as s:
        row = evaluation_store.find(s, learner_id, pack_id)
        if row is None:
            return EvaluationState({}, False, closed)
        submitted = row.submitted_at is not None
        answers = evaluation_store.answers(s, row.id)
    return EvaluationState(answers, submitted, None if submitted else closed)


def _require_open(ctx: Context, learner_id: int, pack_id: int) -> None:
    closed = lock(ctx, learner_id, pack_id)
    if closed is not None:
        raise LockedError(closed)


def _check(question: EvaluationQuestion, value: str, number: int) -> AnswerProblem | None:
    if question.kind is EvaluationKind.TEXT and len(value) > MAX_TEXT_ANSWER:
        return AnswerProblem(Problem.TOO_LONG, number, MAX_TEXT_ANSWER, len(value))
    if question.kind is EvaluationKind.NUMBER and value:
        if not value.strip().isdigit():
            return AnswerProblem(Problem.NOT_A_NUMBER, number)
        given = int(value)
        if question.minimum is not None and given < question.minimum:
            return AnswerProblem(Problem.BELOW_MINIMUM, number, question.minimum)
        if question.maximum is not None and given > question.maximum:
            return AnswerProblem(Problem.ABOVE_MAXIMUM, number, question.maximum)
    return None


def save_answer(ctx: Context, learner_id: int, pack_id: int, question_id: str, value: str) -> None:
    require_unlocked(ctx, learner_id)
    _require_open(ctx, learner_id, pack_id)
    act = library.activity(ctx, pack_id)
    found = next(((n, q) for n, q in enumerate(act.evaluation, 1) if q.id == question_id), None)
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "That question is not part of this evaluation.")
        )
    number, question = found
    if question.kind is EvaluationKind.TEXT and len(value) > MAX_TEXT_ANSWER:
        problem = _check(question, value, number)
        assert problem is not None
        raise AnswersIncompleteError({question_id: problem})
    from studyapp.services.guarded_write import guarded

    answered_at = ctx.now()

    def write() -> None:
        with ctx.db.transaction() as s:
            row = evaluation_store.get_or_create(s, learner_id, pack_id)
            if row.submitted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The evaluation has been submitted; it can no longer change."
                    )
                )
            evaluation_store.save_answer(s, row.id, question_id, value, answered_at)

    guarded(ctx, ("evaluation", learner_id, pack_id, question_id), write)


def submit(ctx: Context, learner_id: int, pack_id: int) -> None:
    require_unlocked(ctx, learner_id)
    _require_open(ctx, learner_id, pack_id)
    act = library.activity(ctx, pack_id)
    with ctx.db.transaction() as s:
        row = evaluation_store.get_or_create(s, learner_id, pack_id)
        if row.submitted_at is not None:
            return
        answers = evaluation_store.answers(s, row.id)
        problems: dict[str, AnswerProblem] = {}
        for n, question in enumerate(act.evaluation, start=1):
            value = answers.get(question.id, "").strip()
            if question.required and not value:
                problems[question.id] = AnswerProblem(Problem.REQUIRED, n)
                continue
            problem = _check(question, value, n)
            if problem:
                problems[question.id] = problem
        if problems:
            raise AnswersIncompleteError(problems)
        row.submitted_at = ctx.now()
        statement = xapi.evaluation_completed(
            xapi_outbox.actor(ctx, s, learner_id), xapi_outbox.activity_ref(s, pack_id), ctx.now()
        )
        xapi_outbox.add(s, learner_id, statement)
    ctx.changes.publish(Changed(Change.EVALUATION_SUBMITTED, learner_id, pack_id))
