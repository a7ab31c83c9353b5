"""Pack tooling: reproducible builds, keys, signatures, and the institution's trust list
enforced at install (unsigned, untrusted, altered), through the services, the command
line and the import dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from studyapp.content.problems import PackError
from studyapp.core.activity import TestKind
from studyapp.paths import bundled_packs_dir
from studyapp.services import attempts, library, pack_tools
from studyapp.storage import packs as pack_store
from tests.conftest import JOURNAL_CLUB
from tests.test_architecture import run_cli

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "src" / JOURNAL_CLUB
    shutil.copytree(bundled_packs_dir() / JOURNAL_CLUB, folder)
    return folder


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "publisher.key"
    return path, pack_tools.keygen(path)


def signed_pack(source: Path, key: tuple[Path, str], out: Path) -> Path:
    pack_tools.build(source, out)
    pack_tools.sign(out, key[0], NOW)
    return out


def rewrite(zipped: Path, name: str, data: bytes | None) -> None:
    """Change, add (data) or remove (None) one file inside a zip, keeping the rest."""
    with zipfile.ZipFile(zipped) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    if data is None:
        entries.pop(name)
    else:
        entries[name] = data
    with zipfile.ZipFile(zipped, "w") as zf:
        for entry, content in entries.items():
            zf.writestr(entry, content)


def trusting(ctx, *keys: str):
    ctx.institution = dataclasses.replace(ctx.institution, trusted_keys=keys)
    return ctx


def test_two_builds_are_the_same_bytes(source: Path, tmp_path: Path) -> None:
    first = pack_tools.build(source, tmp_path / "a.zip")
    (source / "reading" / "01-study.md").touch()  # a newer date changes nothing
    pack_tools.build(source, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as zf:
        names = [i.filename for i in zf.infolist()]
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        manifest = json.loads(zf.read("pack-manifest.json"))
    assert manifest["id"] == JOURNAL_CLUB and manifest["version"] == "1.0.0"
    assert manifest["contentHash"] == first.content_hash
    assert set(manifest["files"]) == set(names) - {"pack-manifest.json"}
    done = run_cli("pack", "build", str(source), "-o", str(tmp_path / "c.zip"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.zip").read_bytes() == (tmp_path / "a.zip").read_bytes()


def test_an_invalid_pack_is_not_built(source: Path, tmp_path: Path) -> None:
    manifest = source / "activity.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('title = "', 'titel = "', 1))
    done = run_cli("pack", "build", str(source), "-o", str(tmp_path / "x.zip"))
    assert done.returncode == 1
    assert (
        "activity.toml:titel: is not a field of this format; did you mean 'title'?" in done.stderr
    )
    assert not (tmp_path / "x.zip").exists()


def test_a_key_is_private_and_never_overwritten(key: tuple[Path, str]) -> None:
    path, did = key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert did.startswith("did:key:z6Mk") and did in path.read_text("utf-8")
    before = path.read_bytes()
    done = run_cli("pack", "keygen", "--out", str(path))
    assert done.returncode == 1
    assert "already exists; a key is never overwritten" in done.stderr
    assert path.read_bytes() == before


def test_a_signed_pack_verifies_and_names_its_signer(
    source: Path, key: tuple[Path, str], tmp_path: Path
) -> None:
    zipped = signed_pack(source, key, tmp_path / "jc.zip")
    done = run_cli("pack", "verify", str(zipped))
    assert done.returncode == 0, done.stderr
    assert f"Signed by {key[1]}; unchanged since signing." in done.stdout
    check = pack_tools.seal_of(zipped)
    assert (check.seal.value, check.signer) == ("signed", key[1])


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("reading/01-study.md", b"# Changed\n", "reading/01-study.md"),
        ("extra.md", b"added", "extra.md"),
        ("posttest.toml", None, "posttest.toml"),
    ],
    ids=["file changed", "file added", "file removed"],
)
def test_a_pack_changed_after_signing_is_caught_and_refused(
    ctx, source: Path, key: tuple[Path, str], tmp_path: Path, name: str, data, named: str
) -> None:
    zipped = signed_pack(source, key, tmp_path / "jc.zip")
    rewrite(zipped, name, data)
    done = run_cli("pack", "verify", str(zipped))
    assert done.returncode == 1
    assert f"Refused: this pack was changed after it was signed ({named})" in done.stderr
    with pytest.raises(PackError) as caught:
        library.install(ctx, zipped)  # refused even with no trust list
    assert "changed after it was signed" in str(caught.value)
    with ctx.db.transaction() as s:
        assert pack_store.find(s, JOURNAL_CLUB, "1.0.0") is None


def test_a_trust_list_refuses_unsigned_and_untrusted_packs_and_installs_trusted_ones(
    ctx, source: Path, key: tuple[Path, str], tmp_path: Path
) -> None:
    other = tmp_path / "other.key"
    other_did = pack_tools.keygen(other)
    trusting(ctx, other_did)
    unsigned = tmp_path / "unsigned.zip"
    pack_tools.build(source, unsigned)
    with pytest.raises(PackError, match="this pack is not signed"):
        library.install(ctx, unsigned)
    zipped = signed_pack(source, key, tmp_path / "jc.zip")
    preview = library.preview(ctx, zipped)
    assert not preview.allowed
    assert f"signed by {key[1]}, a key this computer's institution does not trust" in (
        preview.summary()
    )
    with pytest.raises(PackError, match="does not trust"):
        library.install(ctx, zipped)
    with pytest.raises(PackError, match="this pack is not signed"):
        library.install(ctx, source)  # a plain folder is no way round it
    with ctx.db.transaction() as s:
        assert pack_store.find(s, JOURNAL_CLUB, "1.0.0") is None
    trusting(ctx, other_did, key[1])
    preview = library.preview(ctx, zipped)
    assert preview.allowed
    assert f"Signed by {key[1]}, a key your institution trusts" in preview.summary()
    pack_id = library.install(ctx, zipped)
    installed = ctx.pack_folder(pack_tools_folder(ctx, pack_id))
    assert not (installed / "pack-signature.json").exists()  # not part of the activity


def pack_tools_folder(ctx, pack_id: int) -> str:
    return library.pack_folder(ctx, pack_id)


def test_a_signature_moved_to_another_pack_is_caught(
    source: Path, key: tuple[Path, str], tmp_path: Path
) -> None:
    zipped = signed_pack(source, key, tmp_path / "jc.zip")
    manifest = source / "activity.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "9"'))
    with zipfile.ZipFile(zipped) as zf:
        seal = {n: zf.read(n) for n in ("pack-manifest.json", "pack-signature.json")}
    rewrite(zipped, "activity.toml", manifest.read_bytes())
    check = pack_tools.seal_of(zipped)
    assert check.seal.value == "altered"
    assert seal  # the seal files themselves were left as signed


def test_a_new_version_installs_beside_the_old_and_attempts_keep_theirs(
    ctx, source: Path, learner
) -> None:
    old = library.install(ctx, source)
    attempt = attempts.start(ctx, learner.id, old, TestKind.PRE)
    manifest = source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace('version = "1.0.0"', 'version = "1.1.0"')
    )
    new = library.install(ctx, source)
    assert new != old
    versions = {(r.activity_id, r.version) for r in library.rows(ctx, learner.id)}
    assert {(JOURNAL_CLUB, "1.0.0"), (JOURNAL_CLUB, "1.1.0")} <= versions
    assert attempts.state(ctx, learner.id, old, TestKind.PRE).attempt.id == attempt.id
    assert attempts.state(ctx, learner.id, new, TestKind.PRE).attempt is None
