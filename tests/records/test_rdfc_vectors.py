"""eddsa-rdfc-2022 against the published Open Badges 3.0 and CLR 2.0 test vectors
(../shared/standards): canonical N-Quads, both hashes, the signature and the proofValue
are reproduced exactly; contexts come only from the files StudyApp ships."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import socket
from pathlib import Path

import pytest

from studyapp.records import did_key, rdfc

STANDARDS = Path(__file__).resolve().parents[3] / "shared" / "standards"
VECTORS = ["ob3-rdfc-vector", "clr2-rdfc-vector"]


def vector(name: str) -> dict:
    folder = STANDARDS / name
    return {
        "unsigned": json.loads((folder / "unsigned.json").read_text("utf-8")),
        "options": json.loads((folder / "proof-options.json").read_text("utf-8")),
        "expected": json.loads((folder / "expected.json").read_text("utf-8")),
        "document_canon": (folder / "document-canon.txt").read_text("utf-8"),
        "proof_canon": (folder / "proof-canon.txt").read_text("utf-8"),
    }


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the network was touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_shipped_contexts_are_the_published_ones() -> None:
    for url, name in rdfc.KNOWN_CONTEXTS.items():
        if url.startswith("urn:studyapp:"):
            continue  # StudyApp's own, documented in docs/records.md
        shipped = (rdfc.CONTEXTS / name).read_bytes()
        assert shipped == (STANDARDS / "jsonld-contexts" / name).read_bytes(), url


@pytest.mark.parametrize("name", VECTORS)
def test_canonical_forms_hashes_signature_and_proof_value_match(name: str) -> None:
    v = vector(name)
    expected = v["expected"]
    document = rdfc.canonical_nquads(v["unsigned"])
    assert document == v["document_canon"]
    options = {"@context": v["unsigned"]["@context"], **v["options"]}
    proof = rdfc.canonical_nquads(options)
    assert proof == v["proof_canon"]
    assert hashlib.sha256(document.encode()).hexdigest() == expected["documentHashHex"]
    assert hashlib.sha256(proof.encode()).hexdigest() == expected["proofHashHex"]

    seed = bytes.fromhex(expected["privateKeySeedHex"])
    created = dt.datetime.fromisoformat(v["options"]["created"].replace("Z", "+00:00"))
    signed = rdfc.sign(v["unsigned"], seed, created, v["options"]["verificationMethod"])
    value = signed["proof"]["proofValue"]
    assert value == expected["proofValue"]
    assert did_key.from_multibase(value).hex() == expected["signatureHex"]
    assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"


@pytest.mark.parametrize("name", VECTORS)
def test_the_signed_vector_verifies_and_a_changed_one_does_not(name: str) -> None:
    v = vector(name)
    public = bytes.fromhex(v["expected"]["publicKeyHex"])
    seed = bytes.fromhex(v["expected"]["privateKeySeedHex"])
    created = dt.datetime(2010, 1, 1, 19, 23, 24, tzinfo=dt.UTC)
    signed = rdfc.sign(v["unsigned"], seed, created, v["options"]["verificationMethod"])
    assert rdfc.check_signature(signed, public)
    changed = json.loads(json.dumps(signed))
    changed["validFrom"] = "2011-01-01T00:00:00Z"
    assert not rdfc.check_signature(changed, public)
    moved = json.loads(json.dumps(signed))
    moved["proof"]["@context"] = ["https://www.w3.org/ns/credentials/v2"]
    assert not rdfc.check_signature(moved, public)


def test_an_unknown_context_is_an_error_not_a_fetch() -> None:
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://evil.example/ctx.json"],
        "type": ["VerifiableCredential"],
    }
    with pytest.raises(rdfc.UnknownContextError, match=re.escape("https://evil.example/ctx.json")):
        rdfc.canonical_nquads(document)


def test_a_term_no_context_defines_is_refused_not_silently_unsigned() -> None:
    v = vector("ob3-rdfc-vector")
    document = dict(v["unsigned"], cme={"learnerName": "Dr Fake Person"})
    assert rdfc.undefined_terms(document) == ["cme"]
    with pytest.raises(rdfc.UndefinedTermError, match="cme"):
        rdfc.sign(document, bytes(32), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


def test_checking_a_record_loads_no_network_client() -> None:
    """In a fresh process (the suite's own may already hold these modules), the app's
    warm-up runs and a published vector is signed and checked; PyLD's network loaders never
    come in, even though `requests` is installed beside the tests."""
    import subprocess
    import sys

    script = f"""
import datetime as dt, importlib.util, json, sys
from pathlib import Path
from studyapp.records import rdfc
from studyapp.ui.warm_up import warm_up
assert importlib.util.find_spec("requests") is not None, "the premise: requests is installed"
warm_up()
folder = Path({str(STANDARDS / "ob3-rdfc-vector")!r})
unsigned = json.loads((folder / "unsigned.json").read_text("utf-8"))
expected = json.loads((folder / "expected.json").read_text("utf-8"))
signed = rdfc.sign(unsigned, bytes.fromhex(expected["privateKeySeedHex"]),
    dt.datetime(2010, 1, 1, tzinfo=dt.UTC), "did:key:z6Mk#z6Mk")
assert rdfc.check_signature(signed, bytes.fromhex(expected["publicKeyHex"]))
print(sorted(name for name in ("requests", "urllib3", "aiohttp") if name in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
