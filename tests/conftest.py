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
