"""Ed25519 keys and signatures, by PyNaCl (libsodium): one place for the primitive every
signature in StudyApp uses. Private keys are the 32-byte seeds RFC 8032 defines."""

from __future__ import annotations


def new_private_key() -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey.generate())


def public_key(private_key: bytes) -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey(private_key).verify_key)


def sign(private_key: bytes, data: bytes) -> bytes:
    from nacl.signing import SigningKey

    return SigningKey(private_key).sign(data).signature


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether the signature over `data` was made by this key; malformed input is False."""
    from nacl.exceptions import BadSignatureError
    from nacl.exceptions import ValueError as NaclValueError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(public_key).verify(data, signature)
    except (BadSignatureError, NaclValueError, ValueError, TypeError):
        return False
    return True
