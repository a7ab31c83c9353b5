"""Reading JSON a stranger hands us: refuse what two readers could disagree on.

A duplicate key is the classic trick: one reader keeps the first value, another the last,
so a record with a fake learner name before the real one can verify here and print the
fake elsewhere. Unbounded nesting would exhaust the parser's stack."""

from __future__ import annotations

import json
from typing import Any

from studyapp.core.message import QT_TRANSLATE_NOOP, Message

MAX_DEPTH = 64
MAX_CHARS = 20_000_000


class JsonRefusedError(ValueError):
    """Why the text is not accepted as JSON; the message is for the learner."""


def loads(text: str) -> Any:
    if len(text) > MAX_CHARS:
        raise JsonRefusedError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "the file is over {value} MB"),
                value=MAX_CHARS // 1_000_000,
            )
        )
    depth = _depth(text)
    if depth > MAX_DEPTH:
        raise JsonRefusedError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "it is nested more than {max_depth} levels deep"),
                max_depth=MAX_DEPTH,
            )
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except JsonRefusedError:
        raise
    except (ValueError, RecursionError) as exc:
        raise JsonRefusedError(
            Message(QT_TRANSLATE_NOOP("Messages", "the file is not JSON"))
        ) from exc


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefusedError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "the key {key!r} appears twice in one object"),
                    key=key,
                )
            )
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise JsonRefusedError(
        Message(QT_TRANSLATE_NOOP("Messages", "it holds {name}, which is not JSON"), name=name)
    )


def _depth(text: str) -> int:
    """The deepest nesting of [ and {, outside strings; one pass."""
    deepest = depth = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest
