"""A short code printed on the certificate, derived from the record's signature: typed or
scanned, it matches the record and no other, so a reader can tell that the paper and the
signed file belong together."""

from __future__ import annotations

import base64
import hashlib


def verification_code(proof_value: str) -> str:
    """Twelve characters from SHA-256 of the proofValue, in base32 (no 0/1/8/9, no O/I
    confusion in the alphabet's letters), grouped for reading aloud: ABCD-EFGH-JKLM."""
    digest = hashlib.sha256(proof_value.encode("ascii")).digest()
    text = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(text[i : i + 4] for i in range(0, 12, 4))


def qr_text(record_id: str, code: str) -> str:
    """What the QR code holds: the record's id and its verification code."""
    return f"urn:uuid:{record_id}#{code}"
