"""Post-test forms: each attempt draws its own questions and order, so a retake tests what
the learner knows rather than what they remember of the last attempt.

A pack may put items in pools and say how many of each pool an attempt asks (`[pools]`
in posttest.toml); items in no pool are always asked. The questions come in a new order,
and so do each question's options, unless the item pins them (`shuffle = false`, for an
"all of the above" list whose order carries meaning). The form is kept with the attempt,
so a restart shows the same form.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass

from studyapp.core.activity import Item, ItemKind


@dataclass(frozen=True)
class FormItem:
    item_id: str
    option_order: tuple[str, ...]  # option keys, in the order shown


Form = tuple[FormItem, ...]


def draw(items: tuple[Item, ...], pools: Mapping[str, int], seed: int) -> Form:
    """One attempt's form. Deterministic for a seed: the same seed, the same form."""
    rng = random.Random(seed)
    chosen: list[Item] = [i for i in items if not i.pool]
    for pool, count in sorted(pools.items()):
        members = [i for i in items if i.pool == pool]
        chosen.extend(rng.sample(members, min(count, len(members))))
    rng.shuffle(chosen)
    form = []
    for item in chosen:
        keys = list(item.option_keys)
        if item.shuffle and item.kind is not ItemKind.TRUE_FALSE:
            rng.shuffle(keys)
        form.append(FormItem(item.id, tuple(keys)))
    return tuple(form)


def whole(items: tuple[Item, ...]) -> Form:
    """Every item, as written: the Pre-Test, and attempts made before forms existed."""
    return tuple(FormItem(i.id, i.option_keys) for i in items)


def items_of(form: Form, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The form's items in its order; ids the pack no longer has are left out."""
    by_id = {i.id: i for i in items}
    return tuple(by_id[f.item_id] for f in form if f.item_id in by_id)


def to_json(form: Form) -> str:
    return json.dumps([[f.item_id, list(f.option_order)] for f in form], separators=(",", ":"))


def from_json(text: str | None, items: tuple[Item, ...]) -> Form:
    """The kept form; the whole test when there is none (or it cannot be read)."""
    if not text:
        return whole(items)
    try:
        return tuple(FormItem(str(i), tuple(str(k) for k in keys)) for i, keys in json.loads(text))
    except (ValueError, TypeError):
        return whole(items)
