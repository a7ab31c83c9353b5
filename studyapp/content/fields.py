"""Typed reads from parsed TOML that record a located problem instead of raising."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from studyapp.content.problems import PackProblem

MAX_TEXT = 100_000
MAX_TOML_BYTES = 1_000_000
# tomllib keeps every prefix of a dotted key (a.b.c…), so memory grows with the square of
# its length: 100,000 parts in 200 KB took over 2 GiB. Real packs use two or three.
MAX_KEY_PARTS = 32
MAX_LIST = 1_000
# Control characters other than tab and line breaks have no place in pack text; NUL in a
# file name or link would stop the path functions with a traceback.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# A version names a folder (packs/<id>/<version>): it starts with a letter or digit, so it
# can never be "." or "..", and holds no "/" or "\\".
VERSION_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,31}$")


class Missing:
    """Marks a value that could not be read; a problem has been recorded."""


MISSING = Missing()


class FieldReader:
    """Collects problems for one file while reading its fields."""

    def __init__(self, file: str, problems: list[PackProblem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, where: str, message: str) -> None:
        self.problems.append(PackProblem(self.file, where, message))

    def unknown(self, data: dict[str, Any], allowed: set[str], where: str = "") -> None:
        """Flag keys the format does not define: usually a typo that would be silently lost."""
        import difflib

        for key in data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.problem(_join(where, key), f"is not a field of this format{hint}")

    def table(self, data: dict[str, Any], key: str, where: str = "") -> dict[str, Any]:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            self.problem(name, "missing table; expected a [" + name + "] section")
            return {}
        if not isinstance(value, dict):
            self.problem(name, f"expected a table, found {_kind(value)}")
            return {}
        return value

    def text(
        self,
        data: dict[str, Any],
        key: str,
        where: str = "",
        *,
        required: bool = True,
        default: str = "",
        max_length: int = MAX_TEXT,
    ) -> str:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            if required:
                self.problem(name, "missing; expected text")
            return default
        if not isinstance(value, str):
            self.problem(name, f"expected text, found {_kind(value)}")
            return default
        if required and not value.strip():
            self.problem(name, "is empty; expected text")
            return default
        if len(value) > max_length:
            self.problem(name, f"is {len(value):,} characters long; at most {max_length:,}")
            return default
        bad = CONTROL.search(value)
        if bad:
            self.problem(
                name,
                f"holds a control character (U+{ord(bad.group()):04X}) at position "
                f"{bad.start() + 1}; remove it",
            )
            return default
        return value.strip()

    def identifier(self, data: dict[str, Any], key: str, where: str = "") -> str:
        value = self.text(data, key, where, max_length=64)
        if value and (not ID_PATTERN.match(value) or ".." in value):
            self.problem(
                _join(where, key),
                f"{value!r} is not a valid id; use up to 64 letters, digits, '.', '_' or '-', "
                "starting with a letter or digit",
            )
            return ""
        return value

    def version(self, data: dict[str, Any], key: str, where: str = "") -> str:
        value = self.text(data, key, where, max_length=32)
        if value and (not VERSION_PATTERN.match(value) or ".." in value):
            self.problem(
                _join(where, key),
                f"{value!r} is not a valid version; use up to 32 letters, digits, '.', '_', "
                "'+' or '-', starting with a letter or digit, such as 1.0.2",
            )
            return ""
        return value

    def integer(
        self,
        data: dict[str, Any],
        key: str,
        where: str = "",
        *,
        required: bool = True,
        default: int | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            if required:
                self.problem(name, "missing; expected a whole number")
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, f"expected a whole number, found {_kind(value)}")
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            self.problem(name, f"{value} is out of range; expected {_range(minimum, maximum)}")
            return default
        return value

    def boolean(
        self, data: dict[str, Any], key: str, where: str = "", default: bool = False
    ) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.problem(_join(where, key), f"expected true or false, found {_kind(value)}")
            return default
        return value

    def date(self, data: dict[str, Any], key: str, where: str = "") -> dt.date | None:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            self.problem(name, "missing; expected a date such as 2026-01-31")
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.problem(name, f"expected a date such as 2026-01-31, found {_kind(value)}")
            return None
        return value

    def decimal(self, data: dict[str, Any], key: str, where: str = "") -> Decimal | None:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            self.problem(name, "missing; expected a number such as 1.00")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.problem(name, f"expected a number such as 1.00, found {_kind(value)}")
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.problem(name, f"'{value}' is not a number; expected something like 1.00")
            return None
        if not number.is_finite():
            self.problem(name, f"'{value}' is not a finite number; expected something like 1.00")
            return None
        return number

    def table_list(
        self, data: dict[str, Any], key: str, *, required: bool = True, most: int = MAX_LIST
    ) -> list[dict]:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(key, f"missing; expected one or more [[{key}]] entries")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, f"expected a list of [[{key}]] tables, found {_kind(value)}")
            return []
        if required and not value:
            self.problem(key, f"is empty; expected one or more [[{key}]] entries")
        if len(value) > most:
            self.problem(key, f"has {len(value):,} entries; at most {most:,}")
            return []
        return value

    def string_list(self, data: dict[str, Any], key: str, where: str = "") -> list[str] | None:
        name = _join(where, key)
        value = data.get(key)
        if value is None:
            self.problem(name, "missing; expected a list of text")
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(name, f"expected a list of text, found {_kind(value)}")
            return None
        return value


def read_toml(root: Path, name: str, problems: list[PackProblem]) -> dict | None:
    """Parse one TOML file of the pack, or None with the problem (a syntax error with its line).
    Bounded: at most MAX_TOML_BYTES, dotted keys of at most MAX_KEY_PARTS, no deep nesting."""
    path = root / name
    if path.is_symlink():
        problems.append(PackProblem(name, "file", "is a link; packs may not hold links"))
        return None
    if not path.is_file():
        what = "is not a file" if path.exists() else "missing; every pack needs this file"
        problems.append(PackProblem(name, "file", what))
        return None
    if path.stat().st_size > MAX_TOML_BYTES:
        problems.append(
            PackProblem(name, "file", f"is larger than {MAX_TOML_BYTES:,} bytes; split it up")
        )
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(PackProblem(name, f"line {line}", "is not valid UTF-8 text"))
        return None
    line = longest_dotted_key_line(text)
    if line:
        problems.append(
            PackProblem(
                name, f"line {line}", f"has a dotted key of more than {MAX_KEY_PARTS} parts"
            )
        )
        return None
    try:
        return tomllib.loads(text)
    except RecursionError:
        problems.append(PackProblem(name, "file", "is nested too deeply to read"))
        return None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"line {match.group(1)}" if match else "file"
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "invalid TOML"
        lineno = getattr(exc, "lineno", None)
        if lineno and not match:
            where = f"line {lineno}"
        problems.append(PackProblem(name, where, f"not valid TOML: {message}"))
        return None


def longest_dotted_key_line(text: str) -> int | None:
    """The line of the first dotted key (outside strings and comments) of more than
    MAX_KEY_PARTS parts, or None. One pass over the text: each character is read once."""
    n, i, line = len(text), 0, 1
    parts, in_word = 1, False
    while i < n:
        c = text[i]
        if c in "\"'":
            triple = text.startswith(c * 3, i)
            close = c * 3 if triple else c
            j = i + len(close)
            while j < n:
                if triple and text.startswith(close, j):
                    break
                if not triple and (text[j] == c or text[j] == "\n"):
                    break
                if c == '"' and text[j] == "\\":
                    j += 1
                j += 1
            line += text.count("\n", i, j)
            i, in_word = j + len(close), True  # a quoted key part counts as a word
            continue
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == ".":
            if in_word:
                parts += 1
                if parts > MAX_KEY_PARTS:
                    return line
            in_word = False
        elif c.isalnum() or c in "_-":
            in_word = True
        elif c not in " \t":
            parts, in_word = 1, False
            if c == "\n":
                line += 1
        i += 1
    return None


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    names = {
        str: "text",
        bool: "true/false",
        int: "a whole number",
        float: "a number",
        list: "a list",
        dict: "a table",
        dt.date: "a date",
        dt.datetime: "a date and time",
    }
    return names.get(type(value), type(value).__name__)


def _range(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"{minimum} to {maximum}"
    if minimum is not None:
        return f"{minimum} or more"
    return f"{maximum} or less"
