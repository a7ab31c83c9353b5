"""The evaluation form: evaluation.toml."""

from __future__ import annotations

from typing import Any

from studyapp.content.fields import FieldReader
from studyapp.core.activity import EvaluationKind, EvaluationQuestion

QUESTION_FIELDS = {"id", "kind", "prompt", "required", "objective", "min", "max"}
# A number question asks for a count (patients a week, years in practice): a whole number the
# answer field and the database hold exactly.
NUMBER_LIMIT = 1_000_000
MAX_QUESTIONS = 40


def read_evaluation(
    r: FieldReader, data: dict[str, Any], objectives: set[str]
) -> tuple[EvaluationQuestion, ...]:
    questions: list[EvaluationQuestion] = []
    seen: set[str] = set()
    for n, entry in enumerate(r.table_list(data, "questions", most=MAX_QUESTIONS), start=1):
        where = f"questions[{n}]"
        before = len(r.problems)
        r.unknown(entry, QUESTION_FIELDS, where)
        ident = r.identifier(entry, "id", where)
        raw_kind = r.text(entry, "kind", where)
        kind = None
        try:
            kind = EvaluationKind(raw_kind) if raw_kind else None
        except ValueError:
            allowed = ", ".join(k.value for k in EvaluationKind)
            r.problem(
                f"{where}.kind", f"'{raw_kind}' is not a question kind; expected one of {allowed}"
            )
        prompt = r.text(entry, "prompt", where)
        required = r.boolean(entry, "required", where, default=True)
        objective = r.text(entry, "objective", where, required=False) or None
        if objective and objective not in objectives:
            r.problem(f"{where}.objective", f"'{objective}' is not an objective in activity.toml")
        bounds = {"required": False, "minimum": 0, "maximum": NUMBER_LIMIT}
        minimum = r.integer(entry, "min", where, **bounds)  # type: ignore[arg-type]
        maximum = r.integer(entry, "max", where, **bounds)  # type: ignore[arg-type]
        if minimum is not None and maximum is not None and minimum >= maximum:
            r.problem(f"{where}.min", f"min ({minimum}) must be less than max ({maximum})")
        for name, value in (("min", minimum), ("max", maximum)):
            if value is not None and kind is not None and kind is not EvaluationKind.NUMBER:
                r.problem(f"{where}.{name}", "only number questions take min and max")
        if ident in seen:
            r.problem(f"{where}.id", f"'{ident}' is used twice; question ids must be unique")
        seen.add(ident)
        if len(r.problems) == before and kind is not None:
            questions.append(
                EvaluationQuestion(ident, kind, prompt, required, objective, minimum, maximum)
            )
    return tuple(questions)
