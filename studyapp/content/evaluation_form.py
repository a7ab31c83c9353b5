"""The evaluation form: evaluation.toml."""

from __future__ import annotations

from typing import Any

from studyapp.content.fields import FieldReader
from studyapp.core.activity import EvaluationKind, EvaluationQuestion

QUESTION_FIELDS = {"id", "kind", "prompt", "required", "objective", "min", "max"}


def read_evaluation(
    r: FieldReader, data: dict[str, Any], objectives: set[str]
) -> tuple[EvaluationQuestion, ...]:
    questions: list[EvaluationQuestion] = []
    seen: set[str] = set()
    for n, entry in enumerate(r.table_list(data, "questions"), start=1):
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
        minimum = r.integer(entry, "min", where, required=False)
        maximum = r.integer(entry, "max", where, required=False)
        if minimum is not None and maximum is not None and minimum > maximum:
            r.problem(f"{where}.min", f"min ({minimum}) is greater than max ({maximum})")
        if ident in seen:
            r.problem(f"{where}.id", f"'{ident}' is used twice; question ids must be unique")
        seen.add(ident)
        if len(r.problems) == before and kind is not None:
            questions.append(
                EvaluationQuestion(ident, kind, prompt, required, objective, minimum, maximum)
            )
    return tuple(questions)
