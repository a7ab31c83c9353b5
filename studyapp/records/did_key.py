"""Ed25519 public keys as did:key identifiers, and multibase base58btc text.

A did:key carries the public key itself, so a record can be checked with no network
and no registry: whoever trusts the key (an institution that noted it when it set the
computer up) can trust the records it signed.
"""

from __future__ import annotations

import base58  # the Bitcoin alphabet, which multibase's "z" (base58btc) uses

ED25519_PUB = b"\xed\x01"  # multicodec prefix for an Ed25519 public key
DID_PREFIX = "did:key:"


class DidKeyError(ValueError):
    pass


def base58btc(data: bytes) -> str:
    return base58.b58encode(data).decode("ascii")


def from_base58btc(text: str) -> bytes:
    try:
        return base58.b58decode(text)
    except ValueError as exc:
        raise DidKeyError(f"not base58 text ({exc})") from exc


def multibase(data: bytes) -> str:
    return "z" + base58btc(data)


def from_multibase(text: str) -> bytes:
    if not text.startswith("z"):
        raise DidKeyError("only base58btc multibase text (starting with z) is read")
    return from_base58btc(text[1:])


def did_from_public_key(public_key: bytes) -> str:
    if len(public_key) != 32:
        raise DidKeyError("an Ed25519 public key is 32 bytes")
    return DID_PREFIX + multibase(ED25519_PUB + public_key)


def verification_method(did: str) -> str:
    """The key's own fragment, as did:key documents name their single key."""
    return f"{did}#{did.removeprefix(DID_PREFIX)}"


def public_key_from_method(method: str) -> bytes:
    did, _, fragment = method.partition("#")
    if not did.startswith(DID_PREFIX):
        raise DidKeyError("the signing key is not a did:key")
    encoded = did.removeprefix(DID_PREFIX)
    if fragment and fragment != encoded:
        raise DidKeyError("the key fragment does not match the did:key")
    raw = from_multibase(encoded)
    if not raw.startswith(ED25519_PUB) or len(raw) != 34:
        raise DidKeyError("the did:key is not an Ed25519 key")
    return raw[2:]


def signature_matches(public_key: bytes, proof_value: object, data: bytes) -> bool:
    """Whether a multibase Ed25519 signature over `data` was made by this public key;
    any malformed value is a mismatch, never an exception."""
    from studyapp.records import ed25519

    if not isinstance(proof_value, str):
        return False
    try:
        signature = from_multibase(proof_value)
    except (DidKeyError, ValueError):
        return False
    return ed25519.verify(public_key, signature, data)
