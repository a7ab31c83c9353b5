"""A second, independent way to check an eddsa-rdfc-2022 proof, for tests only.

It shares nothing with studyapp.records but PyLD itself: its own document loader (the
published contexts from ../shared/standards, StudyApp's own from the package data), its
own did:key decoding, and a different route to the canonical form: the document is
expanded, turned into an RDF dataset, and that dataset (not the JSON-LD) is canonicalized
from N-Quads. Ed25519 is checked with `cryptography` directly.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld import jsonld

STANDARDS = Path(__file__).resolve().parents[3] / "shared" / "standards" / "jsonld-contexts"
OWN = Path(__file__).resolve().parents[2] / "studyapp" / "records" / "contexts"
FILES = {
    "https://www.w3.org/ns/credentials/v2": STANDARDS / "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": STANDARDS
    / "ob-v3p0-context-3.0.3.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": STANDARDS
    / "ob-v3p0-extensions.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json": STANDARDS
    / "clr-v2p0-context-2.0.1.json",
    "urn:studyapp:context:cme:v1": OWN / "studyapp-cme-v1.jsonld",
}
ED25519_PUB = b"\xed\x01"


def _loader(url: str, _options: Any = None) -> dict[str, Any]:
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(FILES[url].read_text("utf-8")),
    }


def _canonical(document: dict[str, Any]) -> bytes:
    expanded = jsonld.expand(document, {"documentLoader": _loader})
    dataset = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
    canonical = jsonld.normalize(
        dataset,
        {
            "algorithm": "URDNA2015",
            "inputFormat": "application/n-quads",
            "format": "application/n-quads",
        },
    )
    return canonical.encode("utf-8")


def public_key(did: str) -> bytes:
    assert did.startswith("did:key:z")
    raw = base58.b58decode(did.removeprefix("did:key:z"))
    assert raw[:2] == ED25519_PUB and len(raw) == 34
    return raw[2:]


def proof_holds(document: dict[str, Any]) -> bool:
    """Whether the proof was made, by the key it names, over exactly this document."""
    proof = dict(document["proof"])
    value = proof.pop("proofValue")
    proof["@context"] = document["@context"]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    did = proof["verificationMethod"].partition("#")[0]
    signed = (
        hashlib.sha256(_canonical(proof)).digest() + hashlib.sha256(_canonical(unsecured)).digest()
    )
    assert value.startswith("z")
    try:
        Ed25519PublicKey.from_public_bytes(public_key(did)).verify(
            base58.b58decode(value[1:]), signed
        )
    except InvalidSignature:
        return False
    return True


def defined_everywhere(document: dict[str, Any]) -> bool:
    """Every property survives expansion: none was left out for want of a definition."""
    dropped: list[str] = []
    jsonld.expand(document, {"documentLoader": _loader}, on_property_dropped=dropped.append)
    return not dropped
