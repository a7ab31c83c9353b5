"""The verdicts of a record check in words: what a signature check found, for the learner
to read (in their language: each is a Message, translated at the screen)."""

from __future__ import annotations

from studyapp.core.message import QT_TRANSLATE_NOOP, Message
from studyapp.records import signing, transcript_credential
from studyapp.records.signing import Verdict


def verdict_message(result: signing.Verification, this_computer: bool) -> Message:
    if result.verdict is Verdict.VALID:
        if this_computer:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Signature checks out: the record is exactly as it was signed by this "
                    "computer's StudyApp.",
                )
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Signature checks out: the record is exactly as it was signed with key {did}. "
                "Check that this is a key you trust.",
            ),
            did=result.did,
        )
    if result.verdict is Verdict.ALTERED:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The signature does not match: this record was changed after it was signed. "
                "Do not accept it; ask for the original file.",
            )
        )
    if result.verdict is Verdict.NOT_CONTROLLER:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The signature does not belong to the record's issuer: it was made with a key "
                "the issuer does not control. Do not accept it; ask for the original file.",
            )
        )
    if result.verdict is Verdict.UNSIGNED:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This record has no signature, so it cannot be checked. Records made before "
                "StudyApp signed them have none; newer ones always do.",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP("Messages", "This is not a record StudyApp can check: {reason}."),
        reason=result.reason,
    )


def transcript_valid(count: int, this_computer: bool, did: str | None) -> Message:
    if this_computer:
        if count == 1:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Transcript checks out: the transcript and the 1 completion record inside it "
                    "are exactly as they were signed by this computer's StudyApp.",
                )
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Transcript checks out: the transcript and the {count} completion records inside "
                "it are exactly as they were signed by this computer's StudyApp.",
            ),
            count=count,
        )
    if count == 1:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Transcript checks out: the transcript and the 1 completion record inside it are "
                "exactly as they were signed with key {did}. Check that this is a key you trust.",
            ),
            did=did,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Transcript checks out: the transcript and the {count} completion records inside it "
            "are exactly as they were signed with key {did}. Check that this is a key you trust.",
        ),
        count=count,
        did=did,
    )


def transcript_report(
    outer: signing.Verification,
    failed: list[transcript_credential.InnerCheck],
    count: int,
    known: set[str],
    this_computer: bool,
) -> Message:
    """What is wrong with a transcript that does not check out, a line each."""
    lines: list[Message] = []
    if not outer.valid:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The transcript itself: {verdict}"),
                verdict=verdict_message(outer, this_computer),
            )
        )
    if not count:
        lines.append(Message(QT_TRANSLATE_NOOP("Messages", "It holds no completion records.")))
    for inner in failed[:10]:
        verdict_text = verdict_message(inner.verification, inner.verification.did in known)
        if inner.title:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Record {position} of {count} ({title}): {verdict}"
                    ),
                    position=inner.position,
                    count=count,
                    title=inner.title,
                    verdict=verdict_text,
                )
            )
        else:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Record {position} of {count}: {verdict}"),
                    position=inner.position,
                    count=count,
                    verdict=verdict_text,
                )
            )
    if len(failed) > 10:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Messages", "…and {count} more records that do not check out."),
                count=len(failed) - 10,
            )
        )
    if failed and outer.valid:
        lines.insert(
            0,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The transcript's own signature checks out, but records inside it do not.",
                )
            ),
        )
    elif count and not failed:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "All {count} records inside it check out on their own signatures."
                ),
                count=count,
            )
        )
    return Message.joined(lines)
