"""Zipped packs: installed like folders; hostile archives refused before anything is written."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.problems import PackError


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return target


@pytest.mark.parametrize("prefix", ["", "il6-treat-to-target/"])
def test_zip_with_or_without_top_folder_loads(
    il6_source: Path, tmp_path: Path, prefix: str
) -> None:
    archive = zip_folder(il6_source, tmp_path / "pack.zip", prefix)
    assert loader.load(archive).id == "il6-treat-to-target"


def hostile(
    tmp_path: Path, il6_source: Path, name: str, data: bytes = b"x", symlink: bool = False
) -> Path:
    archive = zip_folder(il6_source, tmp_path / "hostile.zip")
    with zipfile.ZipFile(archive, "a") as zf:
        info = zipfile.ZipInfo(name)
        if symlink:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, data)
    return archive


@pytest.mark.parametrize(
    ("entry", "words", "symlink"),
    [
        ("../escape.txt", "points outside the pack", False),
        ("reading/../../escape.txt", "points outside the pack", False),
        ("/etc/escape.txt", "absolute path", False),
        ("C:/escape.txt", "absolute path", False),
        ("reading/link", "symbolic link", True),
        ("inner.zip", "archive inside the archive", False),
    ],
)
def test_hostile_entries_are_refused_and_nothing_escapes(
    tmp_path: Path, il6_source: Path, entry: str, words: str, symlink: bool
) -> None:
    archive = hostile(tmp_path, il6_source, entry, b"/etc/passwd" if symlink else b"x", symlink)
    with pytest.raises(PackError) as caught:
        loader.load(archive)
    assert words in str(caught.value)
    assert not (tmp_path / "escape.txt").exists()
    assert not (tmp_path.parent / "escape.txt").exists()


def test_zip_bomb_is_refused(tmp_path: Path, il6_source: Path) -> None:
    archive = zip_folder(il6_source, tmp_path / "bomb.zip")
    with zipfile.ZipFile(archive, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("reading/huge.md", b"0" * 20_000_000)
    with pytest.raises(PackError, match="zip bomb"):
        loader.load(archive)


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "pack.zip"
    bad.write_bytes(b"this is not a zip")
    problems = loader.validate(bad)
    assert len(problems) == 1
    assert str(problems[0]).startswith("pack.zip:file: is not a readable zip archive")


def test_missing_path(tmp_path: Path) -> None:
    problems = loader.validate(tmp_path / "nowhere.zip")
    assert [str(p) for p in problems] == ["nowhere.zip:file: does not exist"]
