"""Data Integrity proofs with the eddsa-rdfc-2022 suite (W3C vc-di-eddsa, section 3.3):
the one 1EdTech's Open Badges 3.0 issuer certification accepts.

The document and the proof options are turned into canonical N-Quads by PyLD (RDF Dataset
Canonicalization, URDNA2015 / RDFC-1.0); the signed bytes are SHA-256 of the proof options'
N-Quads followed by SHA-256 of the document's. Contexts come only from the files shipped in
records/contexts: an unknown context address is an error, never a fetch, so checking a record
never touches the network and a context cannot be swapped under a signature.

A term that no context defines would fall to VC 2.0's catch-all `issuer-dependent`
vocabulary, which no other verifier understands: documents with such terms are refused
(UndefinedTermError).
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from studyapp.records import did_key, ed25519

SUITE = "eddsa-rdfc-2022"
PROOF_TYPE = "DataIntegrityProof"
PURPOSE = "assertionMethod"
CONTEXTS = Path(__file__).resolve().parent / "contexts"
KNOWN_CONTEXTS = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": "ob-v3p0-extensions.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json": "clr-v2p0-context-2.0.1.json",
    "https://w3id.org/security/data-integrity/v1": "data-integrity-v1.jsonld",
    # StudyApp's own terms for the CME facts Open Badges has no term for (docs/records.md).
    "urn:studyapp:context:cme:v1": "studyapp-cme-v1.jsonld",
}


class UnknownContextError(ValueError):
    """A context address StudyApp does not ship; it is never fetched."""


class UndefinedTermError(ValueError):
    """Properties no context defines: they would not be signed, so they are refused."""


@cache
def _context_file(url: str) -> dict[str, Any]:
    name = KNOWN_CONTEXTS.get(url)
    if name is None:
        raise UnknownContextError(f"the context {url} is not one StudyApp knows")
    return json.loads((CONTEXTS / name).read_text("utf-8"))


def load_document(url: str, _options: dict | None = None) -> dict[str, Any]:
    """PyLD's document loader: the shipped contexts, and nothing from the network.

    Tagged static so PyLD keeps each resolved context for the life of the process: without
    the tag it re-reads and re-canonicalizes every context of every record it checks."""
    return {"contextUrl": None, "documentUrl": url, "document": _context_file(url), "tag": "static"}


def jsonld() -> Any:
    """PyLD's jsonld module, imported without a network client.

    On import PyLD makes a default document loader from `requests` (or aiohttp) if either
    is installed. StudyApp never uses it, since every call passes `load_document`, but
    importing `requests` costs 9 MiB for the life of the process. Both are marked missing
    while PyLD is imported, so it falls back to its loader that fetches nothing; they are
    importable again afterwards, for whatever else may want them."""
    if "pyld.jsonld" not in sys.modules:
        blocked = [name for name in ("requests", "aiohttp") if name not in sys.modules]
        for name in blocked:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            import pyld.jsonld  # noqa: F401
        finally:
            for name in blocked:
                if name in sys.modules and sys.modules[name] is None:
                    del sys.modules[name]
    from pyld import jsonld as module

    return module


def _normalize(expanded: list[Any]) -> str:
    return jsonld().normalize(
        expanded,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": load_document,
        },
    )


def _expand(document: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """The document in expanded form, and the terms no shipped context defines: dropped
    by expansion (so they would be left out of what is signed), or sent to VC 2.0's
    catch-all `issuer-dependent` vocabulary, meant for trials only, which a verifier
    elsewhere cannot understand. One expansion serves both, since processing the
    contexts is most of the cost of checking a record."""
    pyld = jsonld()
    dropped: list[str] = []
    try:
        expanded = pyld.expand(
            document, {"documentLoader": load_document}, on_property_dropped=dropped.append
        )
    except pyld.JsonLdError as exc:
        cause: BaseException | None = exc
        while cause is not None:
            if isinstance(cause, UnknownContextError):
                raise cause from exc
            cause = getattr(cause, "cause", None) or cause.__cause__
        raise
    found = {str(name) for name in dropped if name}
    _issuer_dependent(expanded, found)
    return expanded, sorted(found)


ISSUER_DEPENDENT = "https://www.w3.org/ns/credentials/issuer-dependent#"


def _issuer_dependent(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key.startswith(ISSUER_DEPENDENT):
                found.add(key.removeprefix(ISSUER_DEPENDENT))
            for typ in value if key == "@type" and isinstance(value, list) else []:
                if isinstance(typ, str) and typ.startswith(ISSUER_DEPENDENT):
                    found.add(typ.removeprefix(ISSUER_DEPENDENT))
            _issuer_dependent(value, found)
    elif isinstance(node, list):
        for item in node:
            _issuer_dependent(item, found)


def canonical_nquads(document: dict[str, Any]) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document (terms no context defines are
    left out, as the algorithm says: use `undefined_terms` to refuse them first)."""
    return _normalize(_expand(document)[0])


def undefined_terms(document: dict[str, Any]) -> list[str]:
    return _expand(document)[1]


def _hash_data(unsecured_nquads: str, options: dict[str, Any]) -> bytes:
    return (
        hashlib.sha256(canonical_nquads(options).encode("utf-8")).digest()
        + hashlib.sha256(unsecured_nquads.encode("utf-8")).digest()
    )


def proof_options(
    document: dict[str, Any], verification_method: str, created: dt.datetime
) -> dict[str, Any]:
    return {
        "@context": document.get("@context"),
        "type": PROOF_TYPE,
        "cryptosuite": SUITE,
        "created": created.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "verificationMethod": verification_method,
        "proofPurpose": PURPOSE,
    }


def sign(
    document: dict[str, Any],
    private_key: bytes,
    created: dt.datetime,
    verification_method: str | None = None,
) -> dict[str, Any]:
    """A copy of the document with an eddsa-rdfc-2022 proof (any earlier proof replaced).
    The verification method defaults to the key's did:key."""
    unsecured = {k: copy.deepcopy(v) for k, v in document.items() if k != "proof"}
    expanded, dropped = _expand(unsecured)
    if dropped:
        raise UndefinedTermError(", ".join(dropped))
    method = verification_method or did_key.verification_method(
        did_key.did_from_public_key(ed25519.public_key(private_key))
    )
    options = proof_options(unsecured, method, created)
    signature = ed25519.sign(private_key, _hash_data(_normalize(expanded), options))
    proof = {k: v for k, v in options.items() if k != "@context"}
    return {**unsecured, "proof": {**proof, "proofValue": did_key.multibase(signature)}}


def check_signature(document: dict[str, Any], public_key: bytes) -> bool:
    """Whether the document's proof was made by this key over exactly this document. The
    proof options take the document's @context, as the suite's verify steps say. Raises
    UndefinedTermError for a document with terms no context defines."""
    proof = document["proof"]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in options and options["@context"] != unsecured.get("@context"):
        return False
    options["@context"] = unsecured.get("@context")
    expanded, dropped = _expand(unsecured)
    if dropped:
        raise UndefinedTermError(", ".join(dropped))
    return did_key.signature_matches(
        public_key, proof.get("proofValue"), _hash_data(_normalize(expanded), options)
    )
