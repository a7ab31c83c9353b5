"""Installing packs: copied into the data folder, keyed by id and version, all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studyapp.content.problems import PackError
from studyapp.paths import bundled_packs_dir
from studyapp.services import library


def test_bundled_packs_install_once(ctx) -> None:
    first = library.install_bundled(ctx)
    assert len(first) == len(
        [p for p in bundled_packs_dir().iterdir() if (p / "activity.toml").exists()]
    )
    assert library.install_bundled(ctx) == []
    for row in library.rows(ctx, None):
        assert (ctx.paths.packs / row.activity_id / row.version / "activity.toml").is_file()


def test_preview_describes_without_installing(ctx, il6_source: Path) -> None:
    preview = library.preview(ctx, il6_source)
    text = preview.summary()
    assert "Treating to Target" in text and "1.00 Sample credit, not certified" in text
    assert "sample activity" in text
    assert library.rows(ctx, None) == []


def test_new_version_is_a_new_row_and_old_one_kept(ctx, il6_source: Path) -> None:
    first = library.install(ctx, il6_source)
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "1.1.0"'), "utf-8"
    )
    second = library.install(ctx, il6_source)
    assert first != second
    assert sorted(r.version for r in library.rows(ctx, None)) == ["1.0.0", "1.1.0"]
    assert library.install(ctx, il6_source) == second  # same version: nothing new


def test_bad_pack_installs_nothing(ctx, il6_source: Path) -> None:
    (il6_source / "posttest.toml").write_text("[[items]]\nid = 3\n", "utf-8")
    with pytest.raises(PackError):
        library.install(ctx, il6_source)
    assert library.rows(ctx, None) == []
    assert list(ctx.paths.packs.iterdir()) == []
    assert list(ctx.paths.staging.iterdir()) == []


def test_install_reports_progress_to_completion(ctx, il6_source: Path) -> None:
    seen: list[int] = []
    library.install(ctx, il6_source, progress=lambda pct, _msg: seen.append(pct))
    assert seen == sorted(seen) and seen[-1] == 100


def test_damaged_installed_copy_gives_a_clear_error(ctx, il6_source: Path) -> None:
    from studyapp.services.errors import UserError

    pack_id = library.install(ctx, il6_source)
    shutil.rmtree(ctx.paths.packs / "il6-treat-to-target" / "1.0.0" / "reading")
    ctx._activities.clear()
    with pytest.raises(UserError, match="installed copy of this activity is damaged"):
        library.activity(ctx, pack_id)


@pytest.mark.parametrize("prefix", ["", "top-folder/"])
def test_install_from_zip_unpacks_once_into_place(
    ctx, il6_source: Path, tmp_path: Path, prefix: str
) -> None:
    from tests.content.test_archives import zip_folder

    archive = zip_folder(il6_source, tmp_path / "pack.zip", prefix)
    seen: list[str] = []
    pack_id = library.install(ctx, archive, progress=lambda _pct, msg: seen.append(msg))
    assert "Unpacking files…" in seen
    assert library.activity(ctx, pack_id).id == "il6-treat-to-target"
    assert (
        ctx.paths.packs / "il6-treat-to-target" / "1.0.0" / "reading" / "images" / "spectrum.png"
    ).is_file()
    assert list(ctx.paths.staging.iterdir()) == []


def test_hostile_zip_install_leaves_nothing(ctx, il6_source: Path, tmp_path: Path) -> None:
    from tests.content.test_archives import hostile

    archive = hostile(tmp_path, il6_source, "../escape.txt")
    with pytest.raises(PackError, match="points outside the pack"):
        library.install(ctx, archive)
    assert list(ctx.paths.staging.iterdir()) == [] and list(ctx.paths.packs.iterdir()) == []
    assert not (ctx.paths.staging / ".." / "escape.txt").exists()
