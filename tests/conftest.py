"""Shared fixtures: a fresh data folder per test, the sample pack installed, no display."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Property tests check arithmetic, not speed: a busy CI machine must not fail them.
settings.register_profile("studyapp", deadline=None, max_examples=200)
settings.load_profile("studyapp")

from studyapp.paths import DataPaths, bundled_packs_dir  # noqa: E402 - after the Qt platform is set

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """The tests build the translations from their sources, as the set-up and the bundle
    build do, so a test in Spanish reads what the .ts says today."""
    import runpy

    runpy.run_path(str(ROOT / "packaging" / "build_translations.py"))["compile_all"]()


IL6 = "il6-treat-to-target"
JOURNAL_CLUB = "ssc-tocilizumab-journal-club"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    data = DataPaths(tmp_path / "data")
    data.ensure()
    return data


ACCREDITED_CREDIT = "AMA PRA Category 1 Credit™"
ACCREDITATION = (
    "Example Provider is accredited by the Accreditation Council for Continuing Medical "
    "Education (ACCME) to provide continuing medical education for physicians."
)
DESIGNATION = (
    "Example Provider designates this enduring material for a maximum of 1.00 AMA PRA "
    "Category 1 Credit™. Physicians should claim only the credit commensurate with the "
    "extent of their participation in the activity."
)


def make_accredited(source: Path, extra_credit_fields: str = "") -> None:
    """Turn a copy of the IL-6 sample into a pack as an accredited provider ships it: not a
    sample, with a real credit type and its statements (test wording, not a real provider's)."""
    import re

    manifest = source / "activity.toml"
    text = manifest.read_text("utf-8").replace("sample = true", "sample = false")
    text = text.replace(
        'credit_type = "Sample credit, not certified"', f'credit_type = "{ACCREDITED_CREDIT}"'
    )
    text = re.sub(
        r'accreditation_statement = """.*?"""',
        f'accreditation_statement = "{ACCREDITATION}"',
        text,
        flags=re.S,
    )
    text = re.sub(
        r'designation_statement = """.*?"""',
        f'designation_statement = "{DESIGNATION}"',
        text,
        flags=re.S,
    )
    text = text.replace("[credit]\n", "[credit]\n" + extra_credit_fields)
    manifest.write_text(text, "utf-8")


@pytest.fixture
def il6_source(tmp_path: Path) -> Path:
    """A private copy of the IL-6 sample pack that a test may change."""
    target = tmp_path / "packs-src" / IL6
    shutil.copytree(bundled_packs_dir() / IL6, target)
    return target


@pytest.fixture
def ctx(paths: DataPaths) -> Iterator:
    from studyapp.services.context import open_context

    context = open_context(paths)
    yield context
    context.close()


@pytest.fixture
def il6_pack(ctx) -> int:
    from studyapp.services import library

    return library.install(ctx, bundled_packs_dir() / IL6)


@pytest.fixture
def learner(ctx):
    from studyapp.services import learners

    return learners.create(
        ctx,
        learners.Profile(
            full_name="Maria Lopez",
            credentials="MD",
            profession="Rheumatology",
            email="maria@example.org",
        ),
    )
