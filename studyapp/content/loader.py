"""Load a pack folder into an Activity, or raise PackError with every problem found."""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from studyapp.content import archive
from studyapp.content.evaluation_form import read_evaluation
from studyapp.content.fields import FieldReader, read_toml
from studyapp.content.items import read_items, read_pools
from studyapp.content.manifest import (
    DEFAULT_PASSING_SCORE,
    EVALUATION_OPENS,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_FIELDS,
    read_credit,
    read_objectives,
    read_overview,
    read_people,
    read_references,
    read_sections,
)
from studyapp.content.problems import PackError, PackProblem
from studyapp.content.reading import check_sections
from studyapp.core.activity import Activity, TestKind


def load_folder(root: Path) -> Activity:
    problems: list[PackProblem] = links_in(root)
    data = read_toml(root, MANIFEST, problems)
    if data is None:
        raise PackError(problems)
    r = FieldReader(MANIFEST, problems)
    r.unknown(data, MANIFEST_FIELDS)
    fmt = r.integer(data, "format_version", minimum=1)
    if fmt is not None and fmt > FORMAT_VERSION:
        r.problem(
            "format_version",
            f"is {fmt}, but this version of StudyApp reads format "
            f"{FORMAT_VERSION}; update StudyApp to open this pack",
        )
        raise PackError(problems)
    ident = r.identifier(data, "id")
    version = r.version(data, "version")
    title = r.text(data, "title", max_length=300)
    provider = r.text(data, "provider", max_length=300)
    activity_format = r.text(data, "format", required=False, default="Enduring material")
    release = r.date(data, "release_date")
    expiry = r.date(data, "expiration_date")
    if release and expiry and expiry <= release:
        r.problem("expiration_date", f"{expiry} is not after release_date {release}")
    review = r.date(data, "review_date") if "review_date" in data else None
    if review and expiry and review > expiry:
        r.problem("review_date", f"{review} is after expiration_date {expiry}")
    minutes = r.integer(data, "estimated_minutes", minimum=1, maximum=6000)
    passing = r.integer(
        data, "passing_score", required=False, default=DEFAULT_PASSING_SCORE, minimum=1, maximum=100
    )
    max_attempts = r.integer(data, "max_attempts", required=False, default=0, minimum=0)
    is_sample = r.boolean(data, "sample")
    opens = r.text(data, "evaluation_opens", required=False, default="after-attempt")
    if opens not in EVALUATION_OPENS:
        r.problem(
            "evaluation_opens",
            f"'{opens}' is not one of {', '.join(EVALUATION_OPENS)}",
        )
    overview = read_overview(r, data)
    credit = read_credit(r, data)
    objectives = read_objectives(r, data)
    references = read_references(r, data)
    faculty = read_people(r, data, "faculty")
    planners = read_people(r, data, "planners")
    sections = read_sections(r, data)
    topics = _topics(r, data)
    language = _language(r, data)
    problems.extend(check_sections(root, sections))

    objective_ids = {o.id for o in objectives}
    reference_ids = {x.id for x in references}
    tests: dict[TestKind, tuple] = {}
    pools: tuple = ()
    for test in TestKind:
        name = f"{test.value}test.toml"
        test_data = read_toml(root, name, problems)
        tests[test] = ()
        if test_data is not None:
            reader = FieldReader(name, problems)
            reader.unknown(test_data, {"items", "pools"} if test is TestKind.POST else {"items"})
            tests[test] = read_items(
                reader, test_data, objective_ids, reference_ids, {s.id for s in sections}
            )
            if test is TestKind.POST:
                pools = read_pools(reader, test_data, tests[test])
            elif any(i.pool for i in tests[test]):
                reader.problem("items", "pools are for the Post-Test; the Pre-Test asks every item")
    eval_data = read_toml(root, "evaluation.toml", problems)
    evaluation: tuple = ()
    if eval_data is not None:
        reader = FieldReader("evaluation.toml", problems)
        reader.unknown(eval_data, {"questions"})
        evaluation = read_evaluation(reader, eval_data, objective_ids)

    if problems:
        raise PackError(problems)
    assert release and expiry and minutes and passing is not None and credit
    return Activity(
        id=ident,
        version=version,
        title=title,
        provider=provider,
        format=activity_format,
        release_date=release,
        expiration_date=expiry,
        estimated_minutes=minutes,
        passing_score=passing,
        max_attempts=max_attempts or None,
        is_sample=is_sample,
        overview=overview,
        credit=credit,
        objectives=objectives,
        references=references,
        faculty=faculty,
        planners=planners,
        sections=sections,
        pretest=tests[TestKind.PRE],
        posttest=tests[TestKind.POST],
        evaluation=evaluation,
        topics=topics,
        language=language,
        review_date=review,
        pools=pools,
        evaluation_after_pass=opens == "after-pass",
    )


def links_in(root: Path) -> list[PackProblem]:
    """A pack folder may hold no symbolic links: what validation read through a link would
    not be what install copies, and a link can point anywhere on the disk."""
    return [
        PackProblem(
            path.relative_to(root).as_posix(), "file", "is a link; packs may not hold links"
        )
        for path in sorted(root.rglob("*"))
        if path.is_symlink()
    ]


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Path]:
    """Yield a folder holding the pack, unpacking a zip into a temporary folder."""
    if path.is_dir():
        yield archive.manifest_root(path, path.name)
        return
    if not path.exists():
        raise PackError.single(path.name, "file", "does not exist")
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-pack-"))
    try:
        yield archive.unpack(path, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load(path: Path) -> Activity:
    """Load a pack from a folder or a zip file."""
    with opened(path) as root:
        return load_folder(root)


def validate(path: Path) -> list[PackProblem]:
    try:
        load(path)
    except PackError as exc:
        return exc.problems
    except OSError as exc:
        return [PackProblem(path.name, "file", f"cannot be read ({exc.strerror or exc})")]
    return []


MAX_TOPICS = 20
# A BCP 47 tag of the common shapes: "en", "es", "es-MX", "pt-BR", "zh-Hant".
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _language(r: FieldReader, data: dict) -> str:
    tag = r.text(data, "language", required=False, default="en", max_length=35)
    if not LANGUAGE_TAG.match(tag):
        r.problem("language", f"'{tag}' is not a language tag such as en, es or es-MX")
        return "en"
    return tag


def _topics(r: FieldReader, data: dict) -> tuple[str, ...]:
    if "topics" not in data:
        return ()
    topics = r.string_list(data, "topics") or []
    cleaned = tuple(dict.fromkeys(t.strip() for t in topics if t.strip()))
    if len(cleaned) > MAX_TOPICS:
        r.problem("topics", f"has {len(cleaned)} topics; at most {MAX_TOPICS}")
    for topic in cleaned:
        if len(topic) > 80 or ";" in topic:
            r.problem("topics", f"'{topic[:40]}' must be at most 80 characters, without ';'")
    return cleaned
