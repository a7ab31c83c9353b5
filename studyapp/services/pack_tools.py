"""Pack tooling for institutions and authors: build a reproducible zip with a content
manifest, make a signing key, sign a built pack, and check a pack's seal against the
institution's trusted keys (which install enforces)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from studyapp.content import pack_files
from studyapp.content.problems import PackError
from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.core.pack_trust import Decision, Seal, Trust, decide
from studyapp.records import did_key, ed25519, pack_signature
from studyapp.records.pack_signature import SealCheck
from studyapp.services.context import Context
from studyapp.services.errors import UserError


@dataclass(frozen=True)
class Built:
    pack_id: str
    version: str
    files: int
    content_hash: str


def build(source: Path, out: Path) -> Built:
    """Check the pack, then write it as a zip whose bytes depend only on its files."""
    from studyapp.content import loader

    act = loader.load(source)  # PackError with every problem, before anything is written
    hashes, _seals = pack_files.contents(source)
    document = pack_signature.manifest(act.id, act.version, hashes)
    if out.resolve().is_relative_to(source.resolve()):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Write the zip outside the pack folder, or it would pack itself."
            )
        )
    pack_files.write_zip(
        _root(source),
        out,
        {pack_files.MANIFEST: pack_signature.manifest_bytes(document)},
    )
    return Built(act.id, act.version, len(hashes), document["contentHash"])


def _root(source: Path) -> Path:
    from studyapp.content import archive

    return archive.manifest_root(source, source.name)


def keygen(out: Path) -> str:
    """A new pack-signing key in `out` (readable by its owner only); returns its did:key."""
    private = ed25519.new_private_key()
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{out} already exists; a key is never overwritten."),
            out=out,
        ) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Could not write {out}: {reason}."),
            out=out,
            reason=exc.strerror or exc,
        ) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(pack_signature.key_file_text(private))
    return did_key.did_from_public_key(ed25519.public_key(private))


def _read_key(path: Path) -> bytes:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Could not read the key {name}: {reason}."),
            name=path.name,
            reason=exc,
        ) from exc
    try:
        return pack_signature.read_key_file(text)
    except pack_signature.KeyFileError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot sign packs: {reason}."),
            name=path.name,
            reason=exc,
        ) from exc


def sign(zipped: Path, key: Path, now: dt.datetime) -> str:
    """Add a signature to a pack built by `build`; returns the signer's did:key."""
    private = _read_key(key)
    hashes, seals = pack_files.contents(zipped)
    manifest_data = seals.get(pack_files.MANIFEST)
    if manifest_data is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} has no manifest: build it with `studyapp pack build` first."
            ),
            name=zipped.name,
        )
    signature = pack_signature.sign(manifest_data, private, now)
    # The files must still be those the manifest lists: sign only what was built.
    fresh = pack_signature.check(hashes, manifest_data, signature)
    if fresh.seal is not Seal.SIGNED:
        changed = ", ".join(fresh.changed[:5]) or fresh.reason
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} was changed after it was built ({changed}); build it again."
            ),
            name=zipped.name,
            changed=changed,
        )
    with tempfile.TemporaryDirectory(dir=zipped.parent, prefix=".sign-") as tmp:
        root = pack_files.read_zip_to_folder(zipped, Path(tmp))
        pack_files.write_zip(
            root,
            zipped,
            {pack_files.MANIFEST: manifest_data, pack_files.SIGNATURE: signature},
        )
    return did_key.did_from_public_key(ed25519.public_key(private))


def seal_of(source: Path) -> SealCheck:
    """The pack's seal: unsigned, signed and intact, or broken (with what changed)."""
    hashes, seals = pack_files.contents(source)
    check = pack_signature.check(
        hashes, seals.get(pack_files.MANIFEST), seals.get(pack_files.SIGNATURE)
    )
    if check.seal is Seal.SIGNED:
        named = pack_signature.manifest_names_pack(seals.get(pack_files.MANIFEST))
        own = pack_name(source)
        if named != own:
            return SealCheck(
                Seal.ALTERED, check.signer, ("activity.toml",), "signed for another pack"
            )
    return check


def pack_name(source: Path) -> tuple[str, str] | None:
    import tomllib

    try:
        data = tomllib.loads(pack_files.activity_toml(source))
        return str(data.get("id")), str(data.get("version"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, PackError):
        return None


def decision(ctx: Context, source: Path) -> tuple[SealCheck, Decision]:
    check = seal_of(source)
    return check, decide(check.seal, check.signer, ctx.institution.trusted_keys)


def describe(check: SealCheck, verdict: Decision) -> str:
    """The seal and the trust in words, for the import preview and the command line."""
    who = check.signer or ""
    if verdict.trust is Trust.REFUSED_ALTERED:
        what = ", ".join(check.changed[:5]) + ("…" if len(check.changed) > 5 else "")
        detail = f" ({what})" if what else f" ({check.reason})" if check.reason else ""
        return (
            "Refused: this pack was changed after it was signed"
            f"{detail}. Ask its publisher for the original file."
        )
    if verdict.trust is Trust.REFUSED_UNSIGNED:
        return (
            "Refused: this pack is not signed, and this computer installs only packs signed "
            "by a key its institution trusts. Ask the publisher for a signed copy."
        )
    if verdict.trust is Trust.NOT_TRUSTED:
        return (
            f"Refused: signed by {who}, a key this computer's institution does not trust. "
            "Ask your administrator whether to add it to the trusted keys."
        )
    if verdict.trust is Trust.TRUSTED:
        return f"Signed by {who}, a key your institution trusts; unchanged since signing."
    if check.seal is Seal.SIGNED:
        return f"Signed by {who}; unchanged since signing. (No list of trusted keys is set.)"
    return "Not signed."


def refuse_unless_allowed(ctx: Context, folder: Path, label: str) -> None:
    """At install, on the copy about to be installed: PackError unless the institution's
    trust rules allow it."""
    check, verdict = decision(ctx, folder)
    if not verdict.allowed:
        raise PackError.single(label, "signature", describe(check, verdict))


def remove_seal_files(folder: Path) -> None:
    """The seal files are not part of the installed activity."""
    for name in pack_files.SEAL_FILES:
        path = folder / name
        if path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
