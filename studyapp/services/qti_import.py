"""Bringing a question bank into a pack: QTI items appended to the pack's pre-test or
post-test file as [[items]] tables, the pack checked afterwards, and the file left as it
was if the result does not load."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from studyapp.content import qti
from studyapp.content.problems import PackError
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.services import exports
from studyapp.services.errors import UserError

TESTS = {"pretest": "pretest.toml", "posttest": "posttest.toml"}
KEYS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class ImportPlan:
    bank: qti.QtiBank
    target: Path  # the test file items are added to
    ids: tuple[str, ...]  # the ids the imported items get, in order

    def summary(self, done: bool = False) -> str:
        lines = [
            f"{len(self.bank.items)} question{'s' if len(self.bank.items) != 1 else ''} "
            f"{'added' if done else 'to add'} to {self.target.name}"
            + (f" from {self.bank.title}" if self.bank.title else "")
            + ":"
        ]
        lines += [
            f"  {i}: {item.stem[:90]}" for i, item in zip(self.ids, self.bank.items, strict=True)
        ]
        if self.bank.skipped:
            lines.append(
                f"{len(self.bank.skipped)} not imported (StudyApp takes single choice, "
                "multiple response and true/false):"
            )
            lines += [f"  {s.source_id} ({s.kind}): {s.why}" for s in self.bank.skipped]
        return "\n".join(lines)


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's; DEL, which JSON leaves raw and TOML
    forbids, is escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _existing_ids(text: str) -> set[str]:
    return set(re.findall(r'^\s*id\s*=\s*"([^"]+)"', text, flags=re.M))


def plan(package: Path, pack: Path, test: str) -> ImportPlan:
    """What importing would add, without writing. Raises PackError or UserError."""
    if not (pack / "activity.toml").is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{pack} is not a pack folder (it has no activity.toml). Create the pack first, "
                "then import questions into it.",
            ),
            pack=pack,
        )
    target = pack / TESTS[test]
    bank = qti.read_bank(package)
    taken = _existing_ids(target.read_text("utf-8-sig")) if target.is_file() else set()
    ids = []
    n = 0
    for _item in bank.items:
        n += 1
        while f"qti-{n}" in taken:
            n += 1
        ids.append(f"qti-{n}")
    return ImportPlan(bank, target, tuple(ids))


def _toml(plan_: ImportPlan) -> str:
    blocks = []
    for ident, item in zip(plan_.ids, plan_.bank.items, strict=True):
        lines = [
            f"# Imported from QTI item {item.source_id[:120]}",
            "[[items]]",
            f'id = "{ident}"',
            f'kind = "{item.kind}"',
            f"stem = {_string(item.stem)}",
        ]
        if item.kind == "true-false":
            lines.append(f"answer = {'true' if 0 in item.correct else 'false'}")
        else:
            options = ",\n".join(
                f'  {{ key = "{KEYS[n]}", text = {_string(text)} }}'
                for n, text in enumerate(item.options)
            )
            lines.append(f"options = [\n{options},\n]")
            keys = [KEYS[n] for n in sorted(item.correct)]
            lines.append(
                f'answer = "{keys[0]}"'
                if item.kind == "single-best"
                else "answer = [" + ", ".join(f'"{k}"' for k in keys) + "]"
            )
        if item.explanation:
            lines.append(f"explanation = {_string(item.explanation)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def apply(plan_: ImportPlan) -> None:
    """Append the items and check the pack; on any problem the file is put back as it was
    and PackError says why."""
    from studyapp.content import loader

    target = plan_.target
    before = target.read_bytes() if target.is_file() else None
    old = before.decode("utf-8-sig") if before is not None else ""
    joined = old.rstrip("\n") + ("\n\n" if old.strip() else "") + _toml(plan_)
    exports.save_file(target, joined.encode("utf-8"))
    problems = loader.validate(target.parent)
    if problems:
        if before is None:
            target.unlink(missing_ok=True)
        else:
            exports.save_file(target, before)
        raise PackError(problems)
