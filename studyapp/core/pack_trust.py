"""Whether a pack may be installed, given its seal and the institution's trusted keys."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Seal(Enum):
    UNSIGNED = "unsigned"  # no signature (a manifest alone proves nothing)
    SIGNED = "signed"  # the signature and every file match
    ALTERED = "altered"  # signed, but a file was changed, added or removed since
    BAD_SIGNATURE = "bad-signature"  # the signature does not match its manifest
    UNREADABLE = "unreadable"  # the seal files are not what StudyApp writes


class Trust(Enum):
    NO_LIST = "no-list"  # the institution lists no keys: any valid pack installs
    TRUSTED = "trusted"
    NOT_TRUSTED = "not-trusted"  # a good signature by a key not on the list
    REFUSED_UNSIGNED = "refused-unsigned"
    REFUSED_ALTERED = "refused-altered"


@dataclass(frozen=True)
class Decision:
    trust: Trust
    seal: Seal
    signer: str | None

    @property
    def allowed(self) -> bool:
        return self.trust in (Trust.NO_LIST, Trust.TRUSTED)


def decide(seal: Seal, signer: str | None, trusted_keys: tuple[str, ...]) -> Decision:
    """With no trusted keys every readable pack installs (a broken seal still refuses: a
    pack changed after signing is not what its signer sent). With a list, only packs
    signed by a listed key, unchanged since."""
    if seal in (Seal.ALTERED, Seal.BAD_SIGNATURE, Seal.UNREADABLE):
        return Decision(Trust.REFUSED_ALTERED, seal, signer)
    if not trusted_keys:
        return Decision(Trust.NO_LIST, seal, signer)
    if seal is Seal.UNSIGNED:
        return Decision(Trust.REFUSED_UNSIGNED, seal, signer)
    if signer in trusted_keys:
        return Decision(Trust.TRUSTED, seal, signer)
    return Decision(Trust.NOT_TRUSTED, seal, signer)
