"""Which facts of a record differ from another copy of it: the signature says only that
something changed, a copy kept elsewhere (this computer's history) says what."""

from __future__ import annotations

from typing import Any

# The parts a reader recognises, by where they sit in a record of either shape.
NAMES = {
    "validFrom": "the completion date",
    "issuer": "the issuer",
    "name": "the record's title",
    "credentialSubject.identifier": "the learner's name or email",
    "credentialSubject.learnerCredentials": "the learner's credentials",
    "credentialSubject.creditsEarned": "the credits claimed",
    "credentialSubject.certificateKind": "the kind of certificate",
    "credentialSubject.attestedMinutes": "the time attested",
    "credentialSubject.activityEndDate": "the completion date",
    "credentialSubject.result": "the post-test result",
    "credentialSubject.achievement.name": "the activity title",
    "credentialSubject.achievement.creditsAvailable": "the credits available",
    "credentialSubject.achievement.creditType": "the credit type",
    "credentialSubject.achievement.creator": "the accredited provider",
    "credentialSubject.achievement.sampleActivity": "whether it is a sample activity",
    "credentialSubject.achievement.accreditationStatement": "the accreditation statement",
    "credentialSubject.achievement.designationStatement": "the designation statement",
    "credentialSubject.achievement": "the activity",
    "credentialSubject": "the learner's achievement",
    "cme": "the CME facts",
    "proof": "the signature itself",
}


def _paths(a: Any, b: Any, here: str) -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            path = f"{here}.{key}" if here else key
            if key not in a or key not in b:
                found.append(path)
            else:
                found.extend(_paths(a[key], b[key], path))
        return found
    if a != b or type(a) is not type(b):
        return [here]
    return []


def _name(path: str) -> str:
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        name = NAMES.get(".".join(parts[:end]))
        if name:
            return name
    return path


def changed_parts(original: dict[str, Any], presented: dict[str, Any]) -> list[str]:
    """The parts of `presented` that are not as in `original`, in words, each once."""
    names: list[str] = []
    for path in _paths(original, presented, ""):
        name = _name(path)
        if name not in names:
            names.append(name)
    return names
