"""Checking completion records, and signing with the eddsa-jcs-2022 suite of the first
records (new ones are signed with eddsa-rdfc-2022, records/rdfc.py; both verify here).

The signature covers the record's canonical bytes (RFC 8785), so any change to any
field, even a space-free one such as a credit amount, breaks it. The proof names its
key as a did:key; whether that key deserves trust is for the reader to decide (see
docs/records.md): the signature shows the record is unchanged since a given key
signed it, not who held the key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import Enum
from typing import Any

from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.records import did_key, ed25519, rdfc
from studyapp.records.canonical_json import CanonicalJsonError, canonical_json

SUITE = "eddsa-jcs-2022"
PROOF_TYPE = "DataIntegrityProof"
PURPOSE = "assertionMethod"


class Verdict(Enum):
    VALID = "valid"
    ALTERED = "altered"
    UNSIGNED = "unsigned"
    UNREADABLE = "unreadable"
    NOT_CONTROLLER = "not-controller"  # signed by a key its issuer does not control


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    did: str | None
    reason: str

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


def new_private_key() -> bytes:
    return ed25519.new_private_key()


def public_key(private_key: bytes) -> bytes:
    return ed25519.public_key(private_key)


def _hash_data(unsecured: dict[str, Any], proof_config: dict[str, Any]) -> bytes:
    return (
        hashlib.sha256(canonical_json(proof_config)).digest()
        + hashlib.sha256(canonical_json(unsecured)).digest()
    )


def check_signature(document: dict[str, Any], public_key: bytes) -> bool:
    """Whether the document's proof was made by this Ed25519 key over exactly this document.

    Follows the suite's verify steps: the proof's own @context, when present, must be the
    start of the document's and stands in for it.
    """
    proof = document["proof"]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in config:
        context = config["@context"]
        document_context = unsecured.get("@context")
        if not (
            isinstance(context, list)
            and isinstance(document_context, list)
            and document_context[: len(context)] == context
        ):
            return False
        unsecured["@context"] = context
    elif "@context" in unsecured:
        # StudyApp always signs the context with the record. A proof without it would be
        # checked against whatever context the file now claims: refuse rather than fill it in.
        return False
    return did_key.signature_matches(
        public_key, proof.get("proofValue"), _hash_data(unsecured, config)
    )


def sign(document: dict[str, Any], private_key: bytes, created: dt.datetime) -> dict[str, Any]:
    """A copy of the document with a proof added; any earlier proof is replaced."""
    did = did_key.did_from_public_key(ed25519.public_key(private_key))
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {
        "type": PROOF_TYPE,
        "cryptosuite": SUITE,
        "created": created.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "verificationMethod": did_key.verification_method(did),
        "proofPurpose": PURPOSE,
    }
    if "@context" in unsecured:
        config["@context"] = unsecured["@context"]
    signature = ed25519.sign(private_key, _hash_data(unsecured, config))
    return {**unsecured, "proof": {**config, "proofValue": did_key.multibase(signature)}}


def verify(document: Any) -> Verification:
    if not isinstance(document, dict):
        return Verification(
            Verdict.UNREADABLE,
            None,
            Message(QT_TRANSLATE_NOOP("Messages", "it is not a JSON object")),
        )
    proof = document.get("proof")
    if proof is None:
        return Verification(
            Verdict.UNSIGNED, None, Message(QT_TRANSLATE_NOOP("Messages", "it has no signature"))
        )
    if not isinstance(proof, dict):
        return Verification(
            Verdict.UNREADABLE,
            None,
            Message(QT_TRANSLATE_NOOP("Messages", "its proof is not a single signature")),
        )
    suite = proof.get("cryptosuite")
    if proof.get("type") != PROOF_TYPE or suite not in (rdfc.SUITE, SUITE):
        return Verification(
            Verdict.UNREADABLE,
            None,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "its signature is not of a kind StudyApp checks ({suite} or {suite2})",
                ),
                suite=rdfc.SUITE,
                suite2=SUITE,
            ),
        )
    if proof.get("proofPurpose") != PURPOSE:
        return Verification(
            Verdict.UNREADABLE,
            None,
            Message(QT_TRANSLATE_NOOP("Messages", "its signature is not for issuing records")),
        )
    method = proof.get("verificationMethod")
    value = proof.get("proofValue")
    if not isinstance(method, str) or not isinstance(value, str):
        return Verification(
            Verdict.UNREADABLE,
            None,
            Message(QT_TRANSLATE_NOOP("Messages", "its signature lacks a key or a value")),
        )
    try:
        raw_key = did_key.public_key_from_method(method)
    except did_key.DidKeyError as exc:
        return Verification(Verdict.UNREADABLE, None, str(exc))
    did = method.partition("#")[0]
    if suite == rdfc.SUITE:
        return _verify_rdfc(document, raw_key, did)
    try:
        intact = check_signature(document, raw_key)
    except CanonicalJsonError as exc:
        return Verification(Verdict.UNREADABLE, did, str(exc))
    return _intact_or_altered(did, intact)


def _intact_or_altered(did: str, intact: bool) -> Verification:
    if not intact:
        return Verification(
            Verdict.ALTERED,
            did,
            Message(QT_TRANSLATE_NOOP("Messages", "it was changed after it was signed")),
        )
    return Verification(
        Verdict.VALID, did, Message(QT_TRANSLATE_NOOP("Messages", "it is exactly as it was signed"))
    )


def _verify_rdfc(document: dict[str, Any], raw_key: bytes, did: str) -> Verification:
    """An eddsa-rdfc-2022 record: its issuer must be the controller of the signing key, so
    that a verifier can tie the key to who says they issued it."""
    JsonLdError = rdfc.jsonld().JsonLdError

    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if issuer_id != did:
        return Verification(
            Verdict.NOT_CONTROLLER,
            did,
            Message(
                QT_TRANSLATE_NOOP("Messages", "it is signed with a key its issuer does not control")
            ),
        )
    try:
        intact = rdfc.check_signature(document, raw_key)
    except rdfc.UndefinedTermError as exc:
        return Verification(
            Verdict.UNREADABLE,
            did,
            Message(
                QT_TRANSLATE_NOOP("Messages", "it uses terms no context defines ({reason})"),
                reason=exc,
            ),
        )
    except rdfc.UnknownContextError as exc:
        return Verification(Verdict.UNREADABLE, did, str(exc))
    except (JsonLdError, RecursionError, TypeError, ValueError) as exc:
        return Verification(
            Verdict.UNREADABLE,
            did,
            Message(
                QT_TRANSLATE_NOOP("Messages", "its JSON-LD cannot be read ({reason})"), reason=exc
            ),
        )
    return _intact_or_altered(did, intact)
