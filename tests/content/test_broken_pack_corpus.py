"""Hundreds of generated broken packs: each refused with a located message, none crashes,
none installs partly, and nothing is written outside the data folder's staging area."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.problems import PackError
from studyapp.paths import bundled_packs_dir
from studyapp.services import library
from tests.content.corpus import cases

PACKS = sorted(p for p in bundled_packs_dir().iterdir() if (p / "activity.toml").is_file())
CORPUS = [(pack, name, breaker) for pack in PACKS for name, breaker in cases(pack)]


def test_corpus_is_large() -> None:
    assert len(CORPUS) >= 500


def test_every_broken_pack_is_refused_cleanly(ctx, tmp_path: Path) -> None:
    temp_before = {p.name for p in Path(tempfile.gettempdir()).iterdir()}
    refused = 0
    still_valid = []
    for n, (pack, name, breaker) in enumerate(CORPUS):
        source = tmp_path / f"case-{n}"
        shutil.copytree(pack, source)
        breaker(source)
        problems = loader.validate(source)
        if not problems:
            still_valid.append(name)  # a mutation that happens to keep the pack valid
            continue
        for problem in problems:
            assert problem.file and problem.where and problem.message, (name, problem)
            assert "Traceback" not in problem.message
        with pytest.raises(PackError):
            library.install(ctx, source)
        refused += 1
        shutil.rmtree(source)
    assert refused >= 500, f"only {refused} refused; still valid: {still_valid[:10]}"
    assert library.rows(ctx, None) == []
    assert list(ctx.paths.packs.iterdir()) == []
    assert list(ctx.paths.staging.iterdir()) == []
    leftovers = {p.name for p in Path(tempfile.gettempdir()).iterdir()} - temp_before
    assert not [p for p in leftovers if p.startswith("studyapp-pack-")]
