"""Record signatures: canonical bytes, the W3C suite's own test vector, and tampering."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.records import completion, did_key, rdfc, signing
from studyapp.records.canonical_json import CanonicalJsonError, canonical_json
from studyapp.records.signing import Verdict
from tests.records.test_certificate import FACTS

# The eddsa-jcs-2022 test vector published with the W3C Data Integrity EdDSA suites.
W3C_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
W3C_PRIVATE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
W3C_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/examples/v2",
]
W3C_SIGNED: dict[str, Any] = {
    "@context": W3C_CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
    "proof": {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": "2023-02-24T23:36:38Z",
        "verificationMethod": f"https://vc.example/issuers/5678#{W3C_PUBLIC}",
        "proofPurpose": "assertionMethod",
        "@context": W3C_CONTEXT,
        "proofValue": "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsdd"
        "F9LsVogtuTsijJKh4",
    },
}
W3C_CANONICAL_DOCUMENT = (
    '{"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/'
    'examples/v2"],"credentialSubject":{"alumniOf":"The School of Examples","id":"did:example:'
    'abcdefgh"},"description":"A minimum viable example of an Alumni Credential.","id":"urn:'
    'uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33","issuer":"https://vc.example/issuers/5678",'
    '"name":"Alumni Credential","type":["VerifiableCredential","AlumniCredential"],"validFrom":'
    '"2023-01-01T00:00:00Z"}'
)
KEY = bytes(range(32))
SIGNED_AT = dt.datetime(2027, 3, 15, 14, 30, tzinfo=dt.UTC)


def w3c_public_key() -> bytes:
    return did_key.public_key_from_method(f"did:key:{W3C_PUBLIC}")


# --- canonical JSON (RFC 8785) -------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.0, "0"),
        (-0.0, "0"),
        (1.0, "1"),
        (0.75, "0.75"),
        (-1.5, "-1.5"),
        (4.5, "4.5"),
        (0.002, "0.002"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (1e-27, "1e-27"),
        (1e20, "100000000000000000000"),
        (1e21, "1e+21"),
        (1e30, "1e+30"),
        (333333333.3333333, "333333333.3333333"),
        (9007199254740994.0, "9007199254740994"),
        (295147905179352830000.0, "295147905179352830000"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
    ],
)
def test_numbers_are_written_as_ecmascript_does(number: float, text: str) -> None:
    assert canonical_json(number) == text.encode()


def test_keys_sort_by_utf16_code_units_and_strings_escape_minimally() -> None:
    # U+FB33 comes before U+1F600 by code point, after its surrogate pair (D83D) in UTF-16.
    value = {"\ufb33": 1, "😀": 2, "b": '\u000f\n"\\é', "a": [True, None, False]}
    assert canonical_json(value) == (
        '{"a":[true,null,false],"b":"\\u000f\\n\\"\\\\é","😀":2,"\ufb33":1}'.encode()
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), {1: "x"}, {"a": object()}])
def test_what_json_cannot_hold_is_refused(bad: Any) -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json(bad)


def test_the_w3c_documents_canonical_form() -> None:
    unsecured = {k: v for k, v in W3C_SIGNED.items() if k != "proof"}
    assert canonical_json(unsecured).decode() == W3C_CANONICAL_DOCUMENT


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_number_reads_back_to_itself(number: float) -> None:
    assert float(canonical_json(number)) == number


# --- keys ------------------------------------------------------------------------------


@given(st.binary(max_size=80))
def test_base58_round_trips_with_leading_zeros(data: bytes) -> None:
    assert did_key.from_multibase(did_key.multibase(data)) == data


def test_did_key_of_the_w3c_key_pair() -> None:
    private = did_key.from_multibase(W3C_PRIVATE)
    assert private[:2] == b"\x80\x26"  # the multicodec prefix of an Ed25519 private key
    assert did_key.did_from_public_key(signing.public_key(private[2:])) == f"did:key:{W3C_PUBLIC}"


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("https://example.org/keys#1", "not a did:key"),
        (f"did:key:{W3C_PUBLIC}#z6MkOther", "fragment does not match"),
        ("did:key:0abc", "only base58btc"),
        ("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", "not an Ed25519 key"),
        ("did:key:z0OIl", "not base58 text"),
    ],
)
def test_keys_that_are_not_ed25519_did_keys_are_named(method: str, message: str) -> None:
    with pytest.raises(did_key.DidKeyError, match=message):
        did_key.public_key_from_method(method)


# --- the W3C test vector ---------------------------------------------------------------


def test_the_w3c_signed_credential_checks_out() -> None:
    assert signing.check_signature(W3C_SIGNED, w3c_public_key())


def test_the_w3c_signed_credential_changed_does_not() -> None:
    changed = copy.deepcopy(W3C_SIGNED)
    changed["credentialSubject"]["alumniOf"] = "The School of Forgeries"
    assert not signing.check_signature(changed, w3c_public_key())


def test_a_proof_context_that_does_not_start_the_documents_is_refused() -> None:
    changed = copy.deepcopy(W3C_SIGNED)
    changed["proof"]["@context"] = ["https://example.org/other"]
    assert not signing.check_signature(changed, w3c_public_key())


# --- completion records ----------------------------------------------------------------


ISSUER = did_key.did_from_public_key(signing.public_key(KEY))


def signed_record() -> dict[str, Any]:
    return rdfc.sign(completion.build(FACTS, ISSUER), KEY, SIGNED_AT)


def legacy_record() -> dict[str, Any]:
    """As the first records were: eddsa-jcs-2022. They must keep verifying."""
    return signing.sign(completion.build(FACTS, ISSUER), KEY, SIGNED_AT)


def test_a_signed_record_checks_out_and_names_its_key() -> None:
    record = json.loads(completion.dumps(signed_record()))  # as saved and read back
    result = signing.verify(record)
    assert result.verdict is Verdict.VALID
    assert result.did == ISSUER == record["issuer"]["id"]
    proof = record["proof"]
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["created"] == "2027-03-15T14:30:00Z"
    assert proof["verificationMethod"] == f"{result.did}#{result.did.removeprefix('did:key:')}"


def test_a_record_signed_with_the_first_suite_still_checks_out() -> None:
    record = json.loads(completion.dumps(legacy_record()))
    assert record["proof"]["cryptosuite"] == "eddsa-jcs-2022"
    assert signing.verify(record).verdict is Verdict.VALID
    record["credentialSubject"]["creditsEarned"] = 1.0
    assert signing.verify(record).verdict is Verdict.ALTERED


def test_signing_is_repeatable_and_replaces_an_earlier_proof() -> None:
    once = signed_record()
    again = rdfc.sign(once, KEY, SIGNED_AT)
    assert again == once


def leaves(value: Any, path: tuple = ()) -> Iterator[tuple]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    else:
        yield path


def changed_at(record: dict[str, Any], path: tuple) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    parent = changed
    for step in path[:-1]:
        parent = parent[step]
    old = parent[path[-1]]
    if isinstance(old, bool):
        parent[path[-1]] = not old
    elif isinstance(old, int | float):
        parent[path[-1]] = old + 0.25
    else:
        parent[path[-1]] = f"{old} "
    return changed


def test_changing_any_single_field_is_refused_with_its_reason() -> None:
    record = signed_record()
    paths = [p for p in leaves(record) if p[0] not in ("proof", "@context")]
    assert ("credentialSubject", "creditsEarned") in paths
    assert ("credentialSubject", "achievement", "creator", "name") in paths
    for path in paths:
        result = signing.verify(changed_at(record, path))
        if path == ("issuer", "id"):
            assert result.verdict is Verdict.NOT_CONTROLLER, path
        elif path[-1] == "type" or "type" in path:
            # A type no context defines: named as such, before any signature is computed.
            assert result.verdict in (Verdict.UNREADABLE, Verdict.ALTERED), path
        else:
            assert result.verdict is Verdict.ALTERED, path


def test_adding_a_field_breaks_the_signature_or_is_refused_as_undefined() -> None:
    record = signed_record()
    record["credentialSubject"]["achievement"]["humanCode"] = "IL6-101"  # an OB term
    assert signing.verify(record).verdict is Verdict.ALTERED
    record = signed_record()
    record["credentialSubject"]["note"] = "approved by the dean"  # no context defines it
    result = signing.verify(record)
    assert result.verdict is Verdict.UNREADABLE
    assert result.reason == "it uses terms no context defines (note)"


def test_a_record_whose_issuer_does_not_control_the_key_fails_with_that_reason() -> None:
    someone_else = did_key.did_from_public_key(signing.public_key(bytes(32)))
    document = completion.build(FACTS, someone_else)
    signed = rdfc.sign(document, KEY, SIGNED_AT)  # the key is not someone_else's
    result = signing.verify(signed)
    assert result.verdict is Verdict.NOT_CONTROLLER
    assert result.reason == "it is signed with a key its issuer does not control"


def test_a_signature_moved_to_another_record_fails() -> None:
    other = rdfc.sign(
        completion.build(
            completion.CompletionFacts(**{**FACTS.__dict__, "record_id": "another-record"}),
            ISSUER,
        ),
        KEY,
        SIGNED_AT,
    )
    record = signed_record()
    record["proof"] = other["proof"]
    assert signing.verify(record).verdict is Verdict.ALTERED


def test_a_proof_relabelled_with_another_key_fails() -> None:
    record = signed_record()
    someone_else = did_key.did_from_public_key(signing.public_key(bytes(32)))
    record["proof"]["verificationMethod"] = did_key.verification_method(someone_else)
    assert signing.verify(record).verdict is Verdict.NOT_CONTROLLER
    record["issuer"]["id"] = someone_else  # and the issuer relabelled to match
    assert signing.verify(record).verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    ("document", "verdict", "reason"),
    [
        (completion.build(FACTS, ISSUER), Verdict.UNSIGNED, "no signature"),
        ([1, 2], Verdict.UNREADABLE, "not a JSON object"),
        ({"proof": [{}]}, Verdict.UNREADABLE, "not a single signature"),
        ({"proof": {"type": "Ed25519Signature2020"}}, Verdict.UNREADABLE, "eddsa-jcs-2022"),
        (
            {
                "proof": {
                    "type": "DataIntegrityProof",
                    "cryptosuite": "eddsa-jcs-2022",
                    "proofPurpose": "authentication",
                }
            },
            Verdict.UNREADABLE,
            "not for issuing records",
        ),
        (
            {
                "proof": {
                    "type": "DataIntegrityProof",
                    "cryptosuite": "eddsa-jcs-2022",
                    "proofPurpose": "assertionMethod",
                    "verificationMethod": f"did:key:{W3C_PUBLIC}",
                }
            },
            Verdict.UNREADABLE,
            "lacks a key or a value",
        ),
    ],
)
def test_what_cannot_be_checked_says_why(document: Any, verdict: Verdict, reason: str) -> None:
    result = signing.verify(document)
    assert result.verdict is verdict
    assert reason in result.reason


def test_a_garbled_signature_value_is_a_mismatch_not_a_crash() -> None:
    record = signed_record()
    record["proof"]["proofValue"] = "z" + "1" * 20
    assert signing.verify(record).verdict is Verdict.ALTERED
    record["proof"]["proofValue"] = "not-multibase"
    assert signing.verify(record).verdict is Verdict.ALTERED
