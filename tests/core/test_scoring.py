from hypothesis import given
from hypothesis import strategies as st

from studyapp.core.activity import Item, ItemKind, Option
from studyapp.core.scoring import Score, is_correct, score


def make_item(ident: str, kind: ItemKind, answer: set[str], keys: str = "ABCD") -> Item:
    return Item(
        id=ident,
        kind=kind,
        stem="?",
        options=tuple(Option(k, k) for k in keys),
        answer=frozenset(answer),
        explanation="because",
        reference="R1",
        objective="O1",
    )


def test_single_best_right_and_wrong() -> None:
    item = make_item("q", ItemKind.SINGLE_BEST, {"B"})
    assert is_correct(item, ["B"])
    assert not is_correct(item, ["A"])
    assert not is_correct(item, [])


def test_multiple_response_is_all_or_nothing() -> None:
    item = make_item("q", ItemKind.MULTIPLE_RESPONSE, {"A", "C"})
    assert is_correct(item, ["C", "A"])
    assert not is_correct(item, ["A"]), "a partial selection earns nothing"
    assert not is_correct(item, ["A", "B", "C"]), "an extra wrong option earns nothing"
    assert not is_correct(item, ["A", "B", "C", "D"]), "ticking every box earns nothing"


def test_unanswered_items_score_zero() -> None:
    items = [make_item(f"q{i}", ItemKind.SINGLE_BEST, {"A"}) for i in range(4)]
    result = score(items, {"q0": ["A"], "q1": ["A"]})
    assert result == Score(correct=2, total=4)
    assert result.percent == 50


def test_passing_threshold_is_inclusive_and_exact() -> None:
    assert Score(7, 10).passes(70)
    assert not Score(69, 100).passes(70)
    assert Score(70, 100).passes(70)
    # 2 of 3 is 66.67%: below 70, and not rounded up into a pass.
    assert not Score(2, 3).passes(70)
    assert Score(2, 3).percent == 66
    assert not Score(0, 0).passes(0 + 1)


@given(st.integers(min_value=1, max_value=200), st.data())
def test_score_counts_exactly_the_correct_items(total: int, data: st.DataObject) -> None:
    correct_flags = data.draw(st.lists(st.booleans(), min_size=total, max_size=total))
    items = [make_item(f"q{i}", ItemKind.SINGLE_BEST, {"A"}) for i in range(total)]
    answers = {f"q{i}": ["A" if ok else "B"] for i, ok in enumerate(correct_flags)}
    result = score(items, answers)
    assert result.correct == sum(correct_flags)
    assert result.total == total
    assert 0 <= result.percent <= 100


@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=1, max_value=100),
)
def test_pass_agrees_with_exact_fraction(total: int, correct: int, passing: int) -> None:
    correct = min(correct, total)
    s = Score(correct, total)
    assert s.passes(passing) == (correct / total * 100 >= passing - 1e-9) or (
        # Only float rounding at the exact boundary may disagree; integers decide.
        correct * 100 == passing * total
    )
    assert s.passes(passing) == (correct * 100 >= passing * total)


@given(st.sets(st.sampled_from("ABCDE"), min_size=1), st.sets(st.sampled_from("ABCDE")))
def test_multiple_response_correct_only_on_exact_match(key: set[str], chosen: set[str]) -> None:
    item = make_item("q", ItemKind.MULTIPLE_RESPONSE, key, keys="ABCDE")
    assert is_correct(item, chosen) == (chosen == key)
