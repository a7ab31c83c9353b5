"""Generate broken packs from the valid ones: truncations, wrong types, missing and unknown
fields, bad UTF-8, huge strings, duplicate ids, keys pointing nowhere, reversed dates,
scores out of range. Each case is a (name, function that breaks a pack folder) pair."""

from __future__ import annotations

import copy
import datetime as dt
import random
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Breaker = Callable[[Path], None]
TOML_FILES = ("activity.toml", "pretest.toml", "posttest.toml", "evaluation.toml")


def dumps(data: dict[str, Any]) -> str:
    """A small TOML writer for the shapes packs use (enough to write mutated packs back)."""
    lines: list[str] = []
    tables: list[tuple[str, dict]] = []
    arrays: list[tuple[str, list[dict]]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, table in tables:
        lines.append(f"\n[{_key(key)}]")
        lines += [f"{_key(k)} = {_value(v)}" for k, v in table.items()]
    for key, entries in arrays:
        for entry in entries:
            lines.append(f"\n[[{_key(key)}]]")
            lines += [f"{_key(k)} = {_value(v)}" for k, v in entry.items()]
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else _string(key)


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def _rewrite(name: str, change: Callable[[dict], None]) -> Breaker:
    def apply(root: Path) -> None:
        data = tomllib.loads((root / name).read_text("utf-8"))
        change(data)
        (root / name).write_text(dumps(data), "utf-8")

    return apply


def _paths(data: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every leaf and table address in parsed TOML."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            if isinstance(v, dict):
                yield from _paths(v, (*prefix, i))


def _get_parent(data: Any, address: tuple) -> tuple[Any, Any]:
    for step in address[:-1]:
        data = data[step]
    return data, address[-1]


WRONG_VALUES: list[Any] = [
    12345,
    "text",
    True,
    [1, 2],
    {"nested": 1},
    dt.date(2020, 1, 1),
    -7,
    3.5,
    [],
]


def cases(pack_dir: Path, seed: int = 1) -> list[tuple[str, Breaker]]:
    rng = random.Random(seed)
    found: list[tuple[str, Breaker]] = []
    for name in TOML_FILES:
        text = (pack_dir / name).read_text("utf-8")
        parsed = tomllib.loads(text)
        raw = text.encode("utf-8")
        # Truncations at ten places.
        for n in range(1, 11):
            cut = len(raw) * n // 11
            found.append(
                (
                    f"{name} truncated at {cut}",
                    lambda root, name=name, raw=raw, cut=cut: (root / name).write_bytes(raw[:cut]),
                )
            )
        # Bad UTF-8 at three places.
        for _ in range(3):
            at = rng.randrange(len(raw))
            found.append(
                (
                    f"{name} bad utf-8 at {at}",
                    lambda root, name=name, raw=raw, at=at: (root / name).write_bytes(
                        raw[:at] + b"\xc3\x28\xff" + raw[at:]
                    ),
                )
            )
        addresses = [a for a in _paths(parsed)]
        rng.shuffle(addresses)
        for address in addresses[:25]:
            label = ".".join(str(a) for a in address)

            def drop(data: dict, address: tuple = address) -> None:
                parent, key = _get_parent(data, address)
                del parent[key]

            pick = rng.choice(WRONG_VALUES)

            def wrong(data: dict, address: tuple = address, value: Any = pick) -> None:
                parent, key = _get_parent(data, address)
                parent[key] = copy.deepcopy(value)

            found.append((f"{name} missing {label}", _rewrite(name, drop)))
            found.append((f"{name} wrong type at {label}", _rewrite(name, wrong)))
        found.append((f"{name} unknown field", _rewrite(name, lambda d: d.update(colour="red"))))
    found += _semantic_cases(pack_dir)
    return found


def _semantic_cases(pack_dir: Path) -> list[tuple[str, Breaker]]:
    def items(name: str, change: Callable[[list[dict]], None]) -> Breaker:
        return _rewrite(name, lambda d: change(d["items"]))

    def set_first(field: str, value: Any) -> Callable[[list[dict]], None]:
        return lambda entries: entries[0].__setitem__(field, value)

    found: list[tuple[str, Breaker]] = []
    for name in ("pretest.toml", "posttest.toml"):
        found += [
            (f"{name} duplicate item", items(name, lambda e: e.append(copy.deepcopy(e[0])))),
            (f"{name} key points nowhere", items(name, set_first("answer", "ZZ"))),
            (f"{name} empty answer", items(name, set_first("answer", []))),
            (f"{name} unknown objective", items(name, set_first("objective", "O99"))),
            (f"{name} unknown reference", items(name, set_first("reference", "R999"))),
            (f"{name} huge stem", items(name, set_first("stem", "x" * 200_000))),
            (f"{name} no items", _rewrite(name, lambda d: d.__setitem__("items", []))),
            (
                f"{name} duplicate option keys",
                items(
                    name,
                    lambda e: e[0].__setitem__(
                        "options", [{"key": "A", "text": "a"}, {"key": "A", "text": "b"}]
                    ),
                ),
            ),
        ]
    for field, value in [
        ("passing_score", 0),
        ("passing_score", 101),
        ("passing_score", -5),
        ("estimated_minutes", 0),
        ("max_attempts", -1),
        ("expiration_date", dt.date(2000, 1, 1)),
        ("title", "y" * 200_000),
        ("id", "../../etc"),
        ("id", ""),
    ]:
        found.append(
            (
                f"activity.toml {field}={str(value)[:20]}",
                _rewrite("activity.toml", lambda d, f=field, v=value: d.__setitem__(f, v)),
            )
        )
    for value in (0, -1, 0.3, 1000, "lots"):
        found.append(
            (
                f"max_credits={value}",
                _rewrite(
                    "activity.toml", lambda d, v=value: d["credit"].__setitem__("max_credits", v)
                ),
            )
        )
    found.append(
        (
            "duplicate section",
            _rewrite(
                "activity.toml", lambda d: d["sections"].append(copy.deepcopy(d["sections"][0]))
            ),
        )
    )
    found.append(
        (
            "section outside pack",
            _rewrite(
                "activity.toml", lambda d: d["sections"][0].__setitem__("file", "../../secret.md")
            ),
        )
    )
    found.append(
        (
            "absolute section path",
            _rewrite(
                "activity.toml", lambda d: d["sections"][0].__setitem__("file", "/etc/passwd")
            ),
        )
    )
    for name in TOML_FILES:
        found.append((f"{name} deleted", lambda root, name=name: (root / name).unlink()))
        found.append(
            (
                f"{name} is a folder",
                lambda root, name=name: ((root / name).unlink(), (root / name).mkdir()),
            )
        )
        found.append((f"{name} empty", lambda root, name=name: (root / name).write_bytes(b"")))
    return found
