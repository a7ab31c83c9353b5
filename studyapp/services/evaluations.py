"""The evaluation form: answers saved as given, required items enforced on submit."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.activity import EvaluationKind, EvaluationQuestion
from studyapp.services import library
from studyapp.services.context import Context
from studyapp.services.errors import UserError, ValidationError
from studyapp.services.protection import require_unlocked
from studyapp.storage import evaluations as evaluation_store

MAX_TEXT_ANSWER = 5_000


@dataclass(frozen=True)
class EvaluationState:
    answers: dict[str, str]
    submitted: bool


def load(ctx: Context, learner_id: int, pack_id: int) -> EvaluationState:
    require_unlocked(ctx, learner_id)
    with ctx.db.transaction() as s:
        row = evaluation_store.find(s, learner_id, pack_id)
        if row is None:
            return EvaluationState({}, False)
        return EvaluationState(evaluation_store.answers(s, row.id), row.submitted_at is not None)


def _check(question: EvaluationQuestion, value: str) -> str | None:
    if question.kind is EvaluationKind.TEXT and len(value) > MAX_TEXT_ANSWER:
        return (
            f"This answer is {len(value):,} characters long; please shorten it to "
            f"{MAX_TEXT_ANSWER:,} or fewer."
        )
    if question.kind is EvaluationKind.NUMBER and value:
        if not value.strip().isdigit():
            return "Enter a whole number."
        number = int(value)
        if question.minimum is not None and number < question.minimum:
            return f"Enter {question.minimum} or more."
        if question.maximum is not None and number > question.maximum:
            return f"Enter {question.maximum} or less."
    return None


def save_answer(ctx: Context, learner_id: int, pack_id: int, question_id: str, value: str) -> None:
    act = library.activity(ctx, pack_id)
    question = next((q for q in act.evaluation if q.id == question_id), None)
    if question is None:
        raise UserError("That question is not part of this evaluation.")
    if question.kind is EvaluationKind.TEXT and len(value) > MAX_TEXT_ANSWER:
        raise ValidationError({question_id: _check(question, value) or ""})
    from studyapp.services.pending import guarded

    answered_at = ctx.now()

    def write() -> None:
        with ctx.db.transaction() as s:
            row = evaluation_store.get_or_create(s, learner_id, pack_id)
            if row.submitted_at is not None:
                raise UserError("The evaluation has been submitted; it can no longer change.")
            evaluation_store.save_answer(s, row.id, question_id, value, answered_at)

    guarded(ctx, ("evaluation", learner_id, pack_id, question_id), write)


def submit(ctx: Context, learner_id: int, pack_id: int) -> None:
    act = library.activity(ctx, pack_id)
    with ctx.db.transaction() as s:
        row = evaluation_store.get_or_create(s, learner_id, pack_id)
        if row.submitted_at is not None:
            return
        answers = evaluation_store.answers(s, row.id)
        problems: dict[str, str] = {}
        for n, question in enumerate(act.evaluation, start=1):
            value = answers.get(question.id, "").strip()
            if question.required and not value:
                problems[question.id] = f"Question {n} needs an answer."
                continue
            problem = _check(question, value)
            if problem:
                problems[question.id] = f"Question {n}: {problem}"
        if problems:
            raise ValidationError(problems)
        row.submitted_at = ctx.now()
