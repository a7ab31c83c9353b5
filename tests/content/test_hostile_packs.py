"""Hostile packs (tests/content/hostile.py): each is refused with a located message and no
traceback, installs nothing, leaves nothing behind, and is checked within a time and memory
bound, so that no pack can freeze a screen or exhaust a laptop's memory."""

from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.problems import PackError
from studyapp.paths import bundled_packs_dir
from studyapp.services import library
from tests.content.hostile import folder_cases, zip_cases

IL6 = bundled_packs_dir() / "il6-treat-to-target"
CASES = folder_cases() + zip_cases()
# Bounds far above what a sound check needs (milliseconds, a few MB) and far below what the
# pathological inputs cost before (52 s for a line of "[", over 2 GiB for a dotted key).
SECONDS = 10
PEAK_BYTES = 200 * 1024 * 1024


@pytest.mark.parametrize(("name", "make", "located"), CASES, ids=[c[0] for c in CASES])
def test_hostile_pack_is_refused_cleanly_within_bounds(
    ctx, tmp_path: Path, name: str, make, located: str
) -> None:
    source = tmp_path / "pack"
    shutil.copytree(IL6, source)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    pack = make(source, scratch)

    tracemalloc.start()
    started = time.monotonic()
    try:
        problems = loader.validate(pack)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert problems, f"{name}: accepted"
    shown = [str(p) for p in problems]
    assert any(s.startswith(located) for s in shown), shown
    for problem in problems:
        assert problem.file and problem.where and problem.message
        assert "Traceback" not in problem.message
    assert elapsed < SECONDS, f"{name}: {elapsed:.1f} s to check"
    assert peak < PEAK_BYTES, f"{name}: {peak / 2**20:.0f} MiB to check"

    with pytest.raises(PackError):
        library.install(ctx, pack)
    assert library.rows(ctx, None) == []
    assert list(ctx.paths.packs.iterdir()) == []
    assert list(ctx.paths.staging.iterdir()) == []


def test_the_messages_say_what_is_wrong(tmp_path: Path) -> None:
    expected = {
        "NaN credit": "'nan' is not a finite number",
        "NUL in a stem": "holds a control character (U+0000)",
        "deeply nested array": "is nested too deeply to read",
        "dotted key of 100,000 parts": "has a dotted key of more than 32 parts",
        "a line of 400,000 [": "is larger than 200 KB",
        "a 2 MB line": "is larger than 200 KB",
        "151-row table": "a table has more than 150 rows",
        "10,000 items": "has 10,012 entries; at most 40",
        "scale max of three billion": "out of range; expected 0 to 1000000",
        "a range no answer fits": "out of range; expected 0 to 1000000",
        "reference-style remote image": "image 'https://example.org/scan.png' is not inside",
        "file: link": "uses 'file:'",
        "test file linked outside the pack": "is a link; packs may not hold links",
        "encrypted entry": "is encrypted",
        "AES entry": "AES encryption",
        "zstd entry": "Zstandard",
        "bad CRC": "is damaged and cannot be unpacked",
        "declares fewer bytes": "is damaged and cannot be unpacked",
        "declares more bytes": "declares",
        "entry named .": "has an empty or '.' name",
        "file then folder": "is inside a name that is also a file",
        "name over 255 characters": "longer than 255 bytes",
    }
    by_name = {c[0]: c[1] for c in CASES}
    for n, (name, words) in enumerate(expected.items()):
        source = tmp_path / f"pack-{n}"
        shutil.copytree(IL6, source)
        scratch = tmp_path / f"scratch-{n}"
        scratch.mkdir()
        shown = " | ".join(str(p) for p in loader.validate(by_name[name](source, scratch)))
        assert words in shown, (name, shown)


def test_a_byte_order_mark_is_not_a_problem(tmp_path: Path) -> None:
    source = tmp_path / "pack"
    shutil.copytree(IL6, source)
    for name in ("activity.toml", "posttest.toml"):
        (source / name).write_bytes(b"\xef\xbb\xbf" + (source / name).read_bytes())
    assert loader.validate(source) == []


def test_lines_of_brackets_are_valid_and_checked_within_bounds(tmp_path: Path) -> None:
    """Under the line limit, a section of brackets is odd but harmless. Before, one line of
    400,000 "[" took 52 s to check: each "[" rescanned the rest of the line."""
    source = tmp_path / "pack"
    shutil.copytree(IL6, source)
    section = next((source / "reading").glob("*.md"))
    section.write_text(("[" * 9_000 + "](" * 400 + "\n") * 20, "utf-8")
    started = time.monotonic()
    assert loader.validate(source) == []
    assert time.monotonic() - started < SECONDS
