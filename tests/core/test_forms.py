"""Post-test forms: drawn from pools, in a new order, options shuffled unless pinned; the
same seed gives the same form; a kept form reads back the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studyapp.core import forms
from studyapp.core.activity import Item, ItemKind, Option


def item(n: int, pool: str = "", shuffle: bool = True, kind=ItemKind.SINGLE_BEST) -> Item:
    options = tuple(Option(k, f"option {k}") for k in "ABCDE")
    if kind is ItemKind.TRUE_FALSE:
        options = (Option("T", "True"), Option("F", "False"))
    return Item(
        f"q{n}", kind, f"Question {n}", options, frozenset({options[0].key}), "", "", "",
        pool=pool, shuffle=shuffle,
    )  # fmt: skip


ITEMS = (
    item(1),
    item(2, pool="mechanism"),
    item(3, pool="mechanism"),
    item(4, pool="mechanism"),
    item(5, pool="trials"),
    item(6, pool="trials"),
    item(7, shuffle=False),  # "all of the above": the order carries meaning
    item(8, kind=ItemKind.TRUE_FALSE),
)
POOLS = {"mechanism": 2, "trials": 1}


@given(st.integers(min_value=0, max_value=2**63 - 1))
def test_every_form_asks_the_fixed_items_and_the_pools_counts(seed: int) -> None:
    form = forms.draw(ITEMS, POOLS, seed)
    ids = [f.item_id for f in form]
    assert len(ids) == len(set(ids)) == 3 + 2 + 1
    assert {"q1", "q7", "q8"} <= set(ids)
    assert len({"q2", "q3", "q4"} & set(ids)) == 2
    assert len({"q5", "q6"} & set(ids)) == 1
    by_id = {f.item_id: f for f in form}
    assert sorted(by_id["q1"].option_order) == list("ABCDE")
    assert by_id["q7"].option_order == tuple("ABCDE")  # pinned
    assert by_id["q8"].option_order == ("T", "F")  # true or false, always in that order
    assert forms.from_json(forms.to_json(form), ITEMS) == form
    assert forms.draw(ITEMS, POOLS, seed) == form  # the same seed, the same form


def test_different_attempts_get_different_forms() -> None:
    drawn = {forms.draw(ITEMS, POOLS, seed) for seed in range(20)}
    assert len(drawn) > 15
    orders = {tuple(f.item_id for f in form) for form in drawn}
    assert len(orders) > 15


def test_an_attempt_without_a_kept_form_asks_everything_as_written() -> None:
    assert forms.from_json(None, ITEMS) == forms.whole(ITEMS)
    assert forms.from_json("not json", ITEMS) == forms.whole(ITEMS)
    assert [i.id for i in forms.items_of(forms.whole(ITEMS), ITEMS)] == [i.id for i in ITEMS]
    # An item the pack no longer has is left out, not an error.
    kept = forms.from_json('[["q1",["A","B"]],["gone",["A"]]]', ITEMS)
    assert [i.id for i in forms.items_of(kept, ITEMS)] == ["q1"]
