"""A pack's id or version names a folder: it can never climb out of packs/, and install never
removes a folder that is already there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studyapp.content import loader
from studyapp.content.problems import PackError
from studyapp.paths import PathEscapeError, inside
from studyapp.services import library
from studyapp.services.errors import UserError
from studyapp.storage import packs as pack_store

CLIMBING = ["../../../victim", "../../backups", ".", "..", "a/b", "1.0/../..", "1\\..\\2", "1..0"]


def set_version(source: Path, version: str) -> None:
    manifest = source / "activity.toml"
    text = manifest.read_text("utf-8")
    # A TOML literal string: backslashes stay as written.
    manifest.write_text(text.replace('version = "1.0.0"', f"version = '{version}'", 1), "utf-8")


@pytest.mark.parametrize("version", CLIMBING)
def test_a_climbing_version_is_refused_by_validate_and_install(
    ctx, il6_source: Path, tmp_path: Path, version: str
) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("mine", "utf-8")
    ctx.paths.backups.mkdir(exist_ok=True)
    (ctx.paths.backups / "studyapp-20260101T000000000000Z-start.sqlite3").write_bytes(b"x")
    set_version(il6_source, version)

    problems = loader.validate(il6_source)
    assert [str(p) for p in problems if p.where == "version"] == [
        f"activity.toml:version: {version!r} is not a valid version; use up to 32 letters, "
        "digits, '.', '_', '+' or '-', starting with a letter or digit, such as 1.0.2"
    ]
    with pytest.raises(PackError):
        library.install(ctx, il6_source)

    assert (victim / "keep.txt").read_text("utf-8") == "mine"
    assert [p.name for p in ctx.paths.backups.iterdir()] == [
        "studyapp-20260101T000000000000Z-start.sqlite3"
    ]
    assert list(ctx.paths.packs.iterdir()) == []
    assert library.rows(ctx, None) == []


@pytest.mark.parametrize("ident", ["../x", ".hidden", "a/b", "a..b", ""])
def test_a_climbing_id_is_refused(il6_source: Path, ident: str) -> None:
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        re.sub(r'^id = ".*"$', f'id = "{ident}"', manifest.read_text("utf-8"), count=1, flags=re.M),
        "utf-8",
    )
    problems = [str(p) for p in loader.validate(il6_source) if p.where == "id"]
    assert len(problems) == 1 and problems[0].startswith("activity.toml:id: ")


def test_a_folder_left_in_place_is_never_removed(ctx, il6_source: Path) -> None:
    leftover = ctx.paths.packs / "il6-treat-to-target" / "1.0.0"
    leftover.mkdir(parents=True)
    (leftover / "note.txt").write_text("left by an install that stopped", "utf-8")

    pack_id = library.install(ctx, il6_source)

    assert (leftover / "note.txt").read_text("utf-8") == "left by an install that stopped"
    folder = library.pack_folder(ctx, pack_id)
    assert folder.startswith("il6-treat-to-target/1.0.0~")
    assert (ctx.paths.packs / folder / "activity.toml").is_file()
    assert library.activity(ctx, pack_id).version == "1.0.0"


def test_a_stored_folder_outside_packs_is_refused_and_nothing_removed(
    ctx, il6_pack: int, tmp_path: Path
) -> None:
    ctx.paths.backups.mkdir(exist_ok=True)
    (ctx.paths.backups / "keep.sqlite3").write_bytes(b"x")
    with ctx.db.transaction() as s:
        pack_store.get(s, il6_pack).folder = "../backups"
    ctx._activities.clear()

    with pytest.raises(UserError, match="not in the library folder"):
        library.activity(ctx, il6_pack)
    library.install_bundled(ctx)
    assert (ctx.paths.backups / "keep.sqlite3").read_bytes() == b"x"


def test_inside_refuses_every_way_out(tmp_path: Path) -> None:
    base = tmp_path / "packs"
    base.mkdir()
    assert inside(base, "a", "1.0") == (base / "a" / "1.0").resolve()
    for parts in [("..",), (".",), ("a", "..", ".."), ("",), ("/etc",), ("a\x00b",), ("a\\b",)]:
        with pytest.raises(PathEscapeError):
            inside(base, *parts)
    (base / "link").symlink_to(tmp_path)
    with pytest.raises(PathEscapeError):
        inside(base, "link", "..", "..")


def test_staging_leftovers_are_cleaned_at_start(paths) -> None:
    from studyapp.services.context import open_context

    (paths.staging / "abc" / "pack").mkdir(parents=True)
    (paths.staging / "abc" / "pack" / "activity.toml").write_text("x", "utf-8")
    (paths.staging / "stray.partial").write_bytes(b"x")
    ctx = open_context(paths)
    try:
        assert list(paths.staging.iterdir()) == []
    finally:
        ctx.close()
