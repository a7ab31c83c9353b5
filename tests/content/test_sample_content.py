"""The bundled sample activities: complete, consistent, and faithful to their sources."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.reading import LINK, check_sections, local_target
from studyapp.core.activity import Activity, ItemKind
from studyapp.paths import bundled_packs_dir

PACKS = sorted(p for p in bundled_packs_dir().iterdir() if (p / "activity.toml").is_file())


@pytest.fixture(params=PACKS, ids=[p.name for p in PACKS])
def pack(request: pytest.FixtureRequest) -> tuple[Path, Activity]:
    return request.param, loader.load(request.param)


def reading_text(root: Path, activity: Activity) -> str:
    """The reading as one line of text: Markdown wraps lines anywhere."""
    text = " ".join((root / s.file).read_text("utf-8") for s in activity.sections)
    return " ".join(text.replace("**", "").split())


def test_both_activities_are_bundled() -> None:
    assert {p.name for p in PACKS} == {"il6-treat-to-target", "ssc-tocilizumab-journal-club"}


def test_every_key_is_one_of_its_options(pack) -> None:
    _, activity = pack
    for item in activity.pretest + activity.posttest:
        assert item.answer and item.answer <= set(item.option_keys), item.id


def test_every_objective_has_two_posttest_items(pack) -> None:
    _, activity = pack
    counts = Counter(item.objective for item in activity.posttest)
    assert {o.id: counts[o.id] for o in activity.objectives} == {
        o.id: max(2, counts[o.id]) for o in activity.objectives
    }


def test_items_have_explanations_and_known_references(pack) -> None:
    _, activity = pack
    refs = {r.id for r in activity.references}
    for item in activity.pretest + activity.posttest:
        assert len(item.explanation) > 40, item.id
        assert item.reference in refs, item.id


def test_posttest_parallels_pretest_without_repeating_it(pack) -> None:
    _, activity = pack
    pre_objectives = {i.objective for i in activity.pretest}
    post_objectives = {i.objective for i in activity.posttest}
    assert pre_objectives <= post_objectives
    assert not {i.stem for i in activity.pretest} & {i.stem for i in activity.posttest}


def test_a_mix_of_item_kinds(pack) -> None:
    _, activity = pack
    assert {i.kind for i in activity.pretest + activity.posttest} == set(ItemKind)
    assert len({i.kind for i in activity.posttest}) >= 2


def test_every_cited_reference_exists_and_every_item_source_is_in_the_reading(pack) -> None:
    root, activity = pack
    text = reading_text(root, activity)
    refs = {r.id for r in activity.references}
    cited = set(re.findall(r"\b(R\d+)\b", text))
    assert cited <= refs
    for item in activity.posttest:
        assert item.reference in cited, f"{item.id} rests on {item.reference}, not in the reading"


def test_markdown_images_and_links_resolve(pack) -> None:
    root, activity = pack
    assert check_sections(root, activity.sections) == []
    for section in activity.sections:
        for match in LINK.finditer((root / section.file).read_text("utf-8")):
            target = local_target(match.group(2))
            if target is not None:
                assert (root / section.file).parent.joinpath(target).is_file()


def test_marked_as_samples_and_claimable_now_for_years(pack) -> None:
    _, activity = pack
    assert activity.is_sample
    assert activity.expiration_date - activity.release_date >= dt.timedelta(days=2 * 365)
    assert activity.release_date <= dt.date.today() <= activity.expiration_date


def test_evaluation_asks_what_accreditors_need(pack) -> None:
    _, activity = pack
    prompts = " ".join(q.prompt.lower() for q in activity.evaluation)
    objectives_asked = {q.objective for q in activity.evaluation if q.objective}
    assert objectives_asked == {o.id for o in activity.objectives}
    assert "commercial bias" in prompts


IL6_FIGURES = [
    "50% higher",
    "up to 40%",
    "21",
    "162 mg",
    "−6.9 ± 5.9",
    "−1.9 ± 0.8",
    "2.2 ± 1.1",
    "16 of the 20",
    "3 patients",
    "(19)",
    "(10)",
    "(7)",
]


def test_il6_reading_carries_the_source_figures() -> None:
    root = bundled_packs_dir() / "il6-treat-to-target"
    activity = loader.load(root)
    text = reading_text(root, activity)
    for figure in IL6_FIGURES:
        assert figure in text, figure
    for topic in (
        "mortality",
        "soluble IL-6 receptor",
        "treat-to-target",
        "tocilizumab",
        "sarilumab",
        "adalimumab",
        "MONARCH",
        "anakinra",
        "IL-1",
        "steroid resistance",
        "shared decision-making",
    ):
        assert topic.lower() in text.lower(), topic
    assert len(activity.references) >= 7 and len(activity.objectives) == 6
    assert activity.credit.max_credits == 1 and activity.estimated_minutes == 60
    assert len(activity.pretest) >= 10 and len(activity.posttest) >= 10
    assert "February 27, 2018" in activity.overview.history


def test_journal_club_is_short_and_names_the_limits() -> None:
    root = bundled_packs_dir() / "ssc-tocilizumab-journal-club"
    activity = loader.load(root)
    text = reading_text(root, activity).lower()
    assert str(activity.credit.max_credits) == "0.25"
    assert 4 <= len(activity.posttest) <= 5
    for limit in ("single centre", "no control group", "small", "regression to the mean"):
        assert limit in text, limit


def test_the_facts_the_clinical_review_corrected_say_what_the_sources_say() -> None:
    """Issue 17's corrections that the source documents settle (../shared/seeds)."""
    il6 = bundled_packs_dir() / "il6-treat-to-target"
    club = bundled_packs_dir() / "ssc-tocilizumab-journal-club"
    il6_activity, club_activity = loader.load(il6), loader.load(club)
    il6_text, club_text = reading_text(il6, il6_activity), reading_text(club, club_activity)
    # Follow-up: the source gives a mean of 2.2 ± 1.1 years, not "up to two years or more".
    for activity in (il6_activity, club_activity):
        cohort = next(
            r for r in activity.references if "refractory systemic sclerosis" in r.citation
        )
        assert "2.2 ± 1.1 years" in cohort.citation and "or more" not in cohort.citation
    # Eligibility: the source says nothing of it, and the reading must not claim it.
    assert "every eligible patient" not in club_text.lower()
    assert "does not say how they were chosen" in club_text
    # Glucocorticoids: the "mainly adaptive" framing is the maker's, attributed and corrected
    # with a source listed in the pack.
    assert "The anakinra maker's page says that glucocorticoids act mainly on the adaptive" in (
        il6_text
    )
    assert "suppress innate immunity as well" in il6_text and "[R11]" in il6_text
    assert il6_activity.reference("R11").citation.startswith("Cain DW, Cidlowski JA.")


# Issue: content a reviewer and a clinician can trust ----------------------------------


def pack_texts(root: Path) -> str:
    files = sorted(p for p in root.rglob("*") if p.suffix in (".toml", ".md"))
    return " ".join(p.read_text("utf-8") for p in files)


def test_the_samples_pass_the_strict_item_and_date_checks(pack) -> None:
    from studyapp.services.pack_lint import line, lint

    _, activity = pack
    assert [line(f) for f in lint(activity)] == []


def test_samples_carry_a_sample_credit_type_and_never_the_ama_mark(pack) -> None:
    root, activity = pack
    assert activity.is_sample
    assert activity.credit.credit_type == "Sample credit, not certified"
    assert "AMA PRA" not in pack_texts(root)
    for statement in (
        activity.credit.accreditation_statement,
        activity.credit.designation_statement,
    ):
        assert "not accredited" in statement or "not certified" in statement


def test_credit_expires_within_three_years_with_a_review_date(pack) -> None:
    _, activity = pack
    release, expiry = activity.release_date, activity.expiration_date
    assert expiry <= release.replace(year=release.year + 3)
    assert activity.review_date is not None and activity.review_date <= release


def test_the_journal_club_is_not_called_journal_based_cme() -> None:
    activity = loader.load(bundled_packs_dir() / "ssc-tocilizumab-journal-club")
    assert "journal-based" not in activity.format.lower()
    assert "summary" in activity.format.lower()


def test_single_best_keys_use_every_position() -> None:
    keys = Counter(
        next(iter(item.answer))
        for root in PACKS
        for item in (lambda a: a.pretest + a.posttest)(loader.load(root))
        if item.kind is ItemKind.SINGLE_BEST
    )
    assert set(keys) == {"A", "B", "C", "D"}, keys


def test_the_ssc_trials_and_approval_are_told_with_references(pack) -> None:
    root, activity = pack
    text = reading_text(root, activity)
    assert "justify controlled trials" not in text and "justify randomised trials" not in text
    assert "faSScinate" in text and "focuSSced" in text
    assert "missed its primary endpoint" in text and "2021" in text
    citations = " ".join(r.citation for r in activity.references)
    assert "Lancet. 2016;387(10038):2630-2640" in citations  # faSScinate
    assert "Lancet Respir Med. 2020;8(10):963-974" in citations  # focuSSced
    unlabeled = " ".join(activity.overview.unlabeled_use.split())
    assert "off-label" in unlabeled and "skin" in unlabeled and "joint" in unlabeled
    assert "interstitial lung disease" in unlabeled


def test_das28_caveats_in_ssc_are_stated(pack) -> None:
    root, activity = pack
    text = reading_text(root, activity)
    assert "not validated in SSc" in text
    assert "whatever the joints do" in text


def test_monarch_anakinra_and_class_safety_are_given_in_fair_balance() -> None:
    root = bundled_packs_dir() / "il6-treat-to-target"
    activity = loader.load(root)
    text = reading_text(root, activity)
    for fact in (
        "primary endpoint was the change in DAS28-ESR",
        "neutropenia was more common with sarilumab",
        "blocking IL-6 lowers the ESR directly",
        "not a recommendation to choose sarilumab",
        "Serious infections",
        "Screen for tuberculosis",
        "Gastrointestinal perforation",
        "No live vaccines",
        "daily subcutaneous injection",
        "injection-site reactions",
    ):
        assert fact in text, fact
    policy = " ".join(activity.overview.disclosure_policy.split())
    assert "Relevant relationships" in policy and "Mitigation" in policy
    assert "Content review of this copy" in policy


def test_the_excess_mortality_is_said_of_studies_as_the_source_says() -> None:
    root = bundled_packs_dir() / "il6-treat-to-target"
    text = reading_text(root, loader.load(root))
    assert "Studies have found the risk of death to be about 50% higher" in text
    assert "In an inception cohort followed over years, the risk of death" not in text


def test_quotations_are_exact_and_the_pretest_is_in_our_own_words() -> None:
    root = bundled_packs_dir() / "il6-treat-to-target"
    activity = loader.load(root)
    text = reading_text(root, activity)
    # The maker's sentence, quoted as the page has it (source document 001).
    assert '("KINERET is a very specific treatment for a very specific RA patient")' in text
    pre = " ".join(o.text for item in activity.pretest for o in item.options)
    assert "where they contribute to cartilage damage and bone erosion" not in pre


def test_objectives_match_what_the_reading_and_items_cover() -> None:
    root = bundled_packs_dir() / "il6-treat-to-target"
    activity = loader.load(root)
    texts = {o.id: o.text for o in activity.objectives}
    assert "emerging" not in texts["O3"]
    assert "systemic sclerosis" in texts["O6"]
    assert {i.objective for i in activity.posttest if i.section == "systemic-sclerosis"} == {"O6"}


def test_evaluations_ask_each_objective_in_its_own_words_and_what_will_change(pack) -> None:
    _, activity = pack
    prompts = {q.id: q.prompt for q in activity.evaluation}
    for objective in activity.objectives:
        assert objective.text in prompts[f"objective-{objective.id[1:]}"]
    assert prompts["balanced"] == "Was the content free of commercial bias?"  # one thing
    for asked in (
        "intend-change",
        "change-what",
        "barriers",
        "knowledge",
        "competence",
        "quality",
        "follow-up",
    ):
        assert asked in prompts, asked


def test_multiple_response_items_have_no_give_away_distractors() -> None:
    """A test-wise learner should not pass by ticking all but the silly option."""
    options = " ".join(
        o.text
        for root in PACKS
        for item in (lambda a: a.pretest + a.posttest)(loader.load(root))
        if item.kind is ItemKind.MULTIPLE_RESPONSE
        for o in item.options
    )
    for give_away in (
        "Keeping therapy unchanged for a year",
        "Every patient responds equally well",
        "a single cytokine acting alone",
        "without telling anyone",
        "Reporting standard deviations",
    ):
        assert give_away not in options
