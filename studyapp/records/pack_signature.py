"""Signing activity packs: a manifest of every file's SHA-256 (pack-manifest.json) and an
Ed25519 signature over the manifest's canonical bytes (pack-signature.json).

The manifest names the pack (id and version) and holds a content hash over the file
list, so a pack cannot be renamed, or a file changed, added or removed, without the
signature failing. Keys are the same did:key Ed25519 keys records use; an institution
lists the ones it trusts in institution.toml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from studyapp.core.pack_trust import Seal
from studyapp.records import did_key, ed25519
from studyapp.records.canonical_json import canonical_json

FORMAT = "studyapp-pack-manifest/1"
SIGNATURE_FORMAT = "studyapp-pack-signature/1"
KEY_HEADER = "# StudyApp pack-signing key"


class KeyFileError(ValueError):
    """The key file is not one `studyapp pack keygen` wrote; the message says why."""


@dataclass(frozen=True)
class SealCheck:
    seal: Seal
    signer: str | None
    # What no longer matches, for an altered pack: files changed, added or removed.
    changed: tuple[str, ...] = ()
    reason: str = ""


def content_hash(files: dict[str, str]) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(files)).hexdigest()


def manifest(pack_id: str, version: str, files: dict[str, str]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "id": pack_id,
        "version": version,
        "files": dict(sorted(files.items())),
        "contentHash": content_hash(files),
    }


def manifest_bytes(document: dict[str, Any]) -> bytes:
    """The manifest as written into the pack and signed: canonical JSON (RFC 8785)."""
    return canonical_json(document)


def sign(manifest_data: bytes, private_key: bytes, now: dt.datetime) -> bytes:
    signer = did_key.did_from_public_key(ed25519.public_key(private_key))
    document = {
        "format": SIGNATURE_FORMAT,
        "signer": signer,
        "manifestHash": "sha256:" + hashlib.sha256(manifest_data).hexdigest(),
        "signed": now.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "signature": did_key.multibase(ed25519.sign(private_key, manifest_data)),
    }
    return json.dumps(document, indent=2).encode("utf-8") + b"\n"


def _json(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def check(
    files: dict[str, str], manifest_data: bytes | None, signature_data: bytes | None
) -> SealCheck:
    """The seal of a pack whose files hash to `files`, given its seal files' bytes."""
    if signature_data is None:
        return SealCheck(Seal.UNSIGNED, None)
    signature = _json(signature_data)
    if manifest_data is None or signature is None or signature.get("format") != SIGNATURE_FORMAT:
        return SealCheck(Seal.UNREADABLE, None, reason="its signature files are not StudyApp's")
    signer = signature.get("signer")
    if not isinstance(signer, str):
        return SealCheck(Seal.UNREADABLE, None, reason="its signature names no signer")
    try:
        public = did_key.public_key_from_method(signer)
    except did_key.DidKeyError as exc:
        return SealCheck(Seal.UNREADABLE, None, reason=str(exc))
    if not did_key.signature_matches(public, signature.get("signature"), manifest_data):
        return SealCheck(Seal.BAD_SIGNATURE, signer, reason="the signature does not match")
    listed = _json(manifest_data)
    if (
        listed is None
        or listed.get("format") != FORMAT
        or not isinstance(listed.get("files"), dict)
    ):
        return SealCheck(Seal.UNREADABLE, signer, reason="its manifest is not StudyApp's")
    expected: dict[str, str] = listed["files"]
    changed = sorted(
        {name for name in expected if files.get(name) != expected[name]}
        | {name for name in files if name not in expected}
    )
    if changed or listed.get("contentHash") != content_hash(expected):
        return SealCheck(Seal.ALTERED, signer, tuple(changed), "files changed after signing")
    return SealCheck(Seal.SIGNED, signer)


def manifest_names_pack(manifest_data: bytes | None) -> tuple[str, str] | None:
    """The (id, version) the signed manifest names, to compare with the pack's own."""
    listed = _json(manifest_data or b"")
    if listed is None:
        return None
    return str(listed.get("id")), str(listed.get("version"))


def key_file_text(private_key: bytes) -> str:
    did = did_key.did_from_public_key(ed25519.public_key(private_key))
    return (
        f"{KEY_HEADER}. Keep this file secret: whoever has it can sign packs as you.\n"
        f"# Put the public key below in institution.toml, [packs] trusted_keys.\n"
        f"public: {did}\n"
        f"private: {did_key.multibase(private_key)}\n"
    )


def read_key_file(text: str) -> bytes:
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and not line.startswith("#"):
            fields[key.strip()] = value.strip()
    if not text.startswith(KEY_HEADER) or "private" not in fields:
        raise KeyFileError("it is not a key file made by `studyapp pack keygen`")
    try:
        private = did_key.from_multibase(fields["private"])
    except (did_key.DidKeyError, ValueError) as exc:
        raise KeyFileError("its private key cannot be read") from exc
    if len(private) != 32:
        raise KeyFileError("its private key is not an Ed25519 key")
    expected = did_key.did_from_public_key(ed25519.public_key(private))
    if fields.get("public") not in (None, expected):
        raise KeyFileError("its public and private keys do not belong together")
    return private
