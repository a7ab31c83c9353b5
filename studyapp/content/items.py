"""Test items: pretest.toml and posttest.toml."""

from __future__ import annotations

from typing import Any

from studyapp.content.fields import FieldReader
from studyapp.core.activity import Item, ItemKind, Option

TRUE_FALSE_OPTIONS = (Option("T", "True"), Option("F", "False"))
MAX_OPTIONS = 10
# A test tab builds every question when first shown: 40 build in about 80 ms on a 2-core
# laptop, which keeps the window answering input.
MAX_ITEMS = 40
ITEM_FIELDS = {
    "id",
    "kind",
    "stem",
    "options",
    "answer",
    "explanation",
    "reference",
    "objective",
    "section",
    "pool",
    "shuffle",
}


def read_items(
    r: FieldReader,
    data: dict[str, Any],
    objectives: set[str],
    references: set[str],
    sections: set[str] | None = None,
) -> tuple[Item, ...]:
    items: list[Item] = []
    seen: set[str] = set()
    for n, entry in enumerate(r.table_list(data, "items", most=MAX_ITEMS), start=1):
        where = f"items[{n}]"
        item = _read_item(r, entry, where, objectives, references, sections)
        if item is None:
            continue
        if item.id in seen:
            r.problem(f"{where}.id", f"'{item.id}' is used twice; item ids must be unique")
            continue
        seen.add(item.id)
        items.append(item)
    return tuple(items)


def _read_item(
    r: FieldReader,
    entry: dict[str, Any],
    where: str,
    objectives: set[str],
    references: set[str],
    sections: set[str] | None,
) -> Item | None:
    before = len(r.problems)
    r.unknown(entry, ITEM_FIELDS, where)
    ident = r.identifier(entry, "id", where)
    raw_kind = r.text(entry, "kind", where)
    kind: ItemKind | None = None
    if raw_kind:
        try:
            kind = ItemKind(raw_kind)
        except ValueError:
            allowed = ", ".join(k.value for k in ItemKind)
            r.problem(
                f"{where}.kind", f"'{raw_kind}' is not a question kind; expected one of {allowed}"
            )
    stem = r.text(entry, "stem", where)
    # Optional, so that imported question banks load; `studyapp pack lint` warns when an
    # item lacks an explanation or a reference, and when an objective is under-tested.
    explanation = r.text(entry, "explanation", where, required=False)
    objective = r.text(entry, "objective", where, required=False)
    if objective and objective not in objectives:
        r.problem(f"{where}.objective", f"'{objective}' is not an objective in activity.toml")
    reference = r.text(entry, "reference", where, required=False)
    if reference and reference not in references:
        r.problem(f"{where}.reference", f"'{reference}' is not a reference in activity.toml")
    pool = r.text(entry, "pool", where, required=False, max_length=64)
    shuffle = entry.get("shuffle", True)
    if not isinstance(shuffle, bool):
        r.problem(f"{where}.shuffle", "expected true or false")
        shuffle = True
    section = r.text(entry, "section", where, required=False)
    if section and sections is not None and section not in sections:
        r.problem(f"{where}.section", f"'{section}' is not a reading section in activity.toml")

    options: tuple[Option, ...] = ()
    answer: frozenset[str] = frozenset()
    if kind is ItemKind.TRUE_FALSE:
        options = TRUE_FALSE_OPTIONS
        value = entry.get("answer")
        if not isinstance(value, bool):
            r.problem(f"{where}.answer", "expected true or false for a true-false item")
        else:
            answer = frozenset({"T" if value else "F"})
    elif kind is not None:
        options = _read_options(r, entry, where)
        answer = _read_answer(r, entry, where, kind, {o.key for o in options})

    if len(r.problems) > before or kind is None:
        return None
    return Item(
        id=ident,
        kind=kind,
        stem=stem,
        options=options,
        answer=answer,
        explanation=explanation,
        reference=reference,
        objective=objective,
        section=section,
        pool=pool,
        shuffle=shuffle,
    )


def _read_options(r: FieldReader, entry: dict[str, Any], where: str) -> tuple[Option, ...]:
    raw = entry.get("options")
    name = f"{where}.options"
    if not isinstance(raw, list) or not raw:
        r.problem(name, 'missing; expected a list of options such as { key = "A", text = "..." }')
        return ()
    if len(raw) < 2 or len(raw) > MAX_OPTIONS:
        r.problem(name, f"has {len(raw)} options; expected 2 to {MAX_OPTIONS}")
        return ()
    options = []
    for n, opt in enumerate(raw, start=1):
        opt_where = f"{name}[{n}]"
        if not isinstance(opt, dict):
            r.problem(opt_where, 'expected a table such as { key = "A", text = "..." }')
            continue
        options.append(
            Option(
                key=r.text(opt, "key", opt_where, max_length=8), text=r.text(opt, "text", opt_where)
            )
        )
    keys = [o.key for o in options]
    if len(set(keys)) != len(keys):
        r.problem(name, "two options share a key; each option needs its own key")
    return tuple(options)


def _read_answer(
    r: FieldReader, entry: dict[str, Any], where: str, kind: ItemKind, keys: set[str]
) -> frozenset[str]:
    name = f"{where}.answer"
    raw = entry.get("answer")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw or not all(isinstance(k, str) for k in raw):
        r.problem(name, 'missing; expected the key of the correct option, such as "B"')
        return frozenset()
    unknown = [k for k in raw if k not in keys]
    if unknown and keys:
        r.problem(name, f"'{unknown[0]}' is not one of the options ({', '.join(sorted(keys))})")
        return frozenset()
    if kind is ItemKind.SINGLE_BEST and len(raw) != 1:
        r.problem(name, f"a single-best item has exactly one correct option; found {len(raw)}")
    if kind is ItemKind.MULTIPLE_RESPONSE and len(raw) < 2:
        r.problem(
            name,
            "a multiple-response item needs two or more correct options; use single-best for one",
        )
    return frozenset(raw)


def read_pools(r: FieldReader, data: dict[str, Any], items: tuple[Item, ...]) -> tuple:
    """posttest.toml's [pools]: pool name = how many of its items an attempt asks. Every
    pool an item names must be declared, and ask at least 1 and at most its size."""
    raw = data.get("pools", {})
    if not isinstance(raw, dict):
        r.problem("pools", "expected a table such as [pools] with mechanism = 2")
        return ()
    sizes: dict[str, int] = {}
    for item in items:
        if item.pool:
            sizes[item.pool] = sizes.get(item.pool, 0) + 1
    pools = []
    for name, count in raw.items():
        if isinstance(count, bool) or not isinstance(count, int):
            r.problem(f"pools.{name}", "expected a whole number of items to ask")
        elif name not in sizes:
            r.problem(f"pools.{name}", "no item names this pool")
        elif not 1 <= count <= sizes[name]:
            r.problem(
                f"pools.{name}", f"asks {count} items; the pool has {sizes[name]} (ask 1 to that)"
            )
        else:
            pools.append((name, count))
    for name in sorted(set(sizes) - set(raw)):
        first = next(n for n, i in enumerate(items, start=1) if i.pool == name)
        r.problem(
            f"items[{first}].pool", f"'{name}' is not declared under [pools] (how many to ask)"
        )
    return tuple(sorted(pools))
