"""The CME transcript as one credential: a CLR 2.0 ClrCredential wrapping the learner's
signed completion records, itself signed with eddsa-rdfc-2022.

The wrapper lists each record's achievement with Open Badges terms only: every CME fact
stays in the records themselves, which keep their own signatures, so a verifier can check
the transcript as a whole and each record inside it on its own. Records of the first
shape (a top-level "cme" key no context defines) cannot be signed into a Linked Data
credential; they are left out of the credential and named by the caller.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studyapp.records import signing

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPE = "ClrCredential"
# Achievement terms the Open Badges context defines: the wrapper's summary of each record.
SUMMARY_TERMS = (
    "id",
    "type",
    "achievementType",
    "name",
    "description",
    "criteria",
    "creditsAvailable",
    "fieldOfStudy",
    "creator",
)

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None


def can_wrap(record: dict[str, Any]) -> bool:
    """Whether a completion record can go inside a signed transcript."""
    return "cme" not in record and record.get("proof", {}).get("cryptosuite") == "eddsa-rdfc-2022"


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    achievement = record["credentialSubject"]["achievement"]
    return {k: v for k, v in achievement.items() if k in SUMMARY_TERMS}


def period_text(period: Period) -> str:
    if period.start and period.end:
        return f"{period.start.isoformat()} to {period.end.isoformat()}"
    if period.start:
        return f"from {period.start.isoformat()}"
    if period.end:
        return f"up to {period.end.isoformat()}"
    return "all dates"


def build(
    records: list[dict[str, Any]],
    *,
    transcript_id: str,
    learner_name: str,
    learner_email: str,
    issuer_id: str,
    issuer_name: str,
    issued: dt.datetime,
    period: Period,
) -> dict[str, Any]:
    """The transcript, unsigned. Every record must pass `can_wrap`."""
    identifier = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": learner_name,
        }
    ]
    if learner_email:
        identifier.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": False,
                "identityHash": learner_email,
            }
        )
    return {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{transcript_id}",
        "type": ["VerifiableCredential", TYPE],
        "name": f"CME transcript of {learner_name}, {period_text(period)}",
        "description": f"{len(records)} completion record{'s' if len(records) != 1 else ''}, "
        "each signed on its own and listed here as issued.",
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": issuer_name},
        "validFrom": issued.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "credentialSubject": {
            "type": ["ClrSubject"],
            "identifier": identifier,
            "achievement": [_summary(r) for r in records],
            "verifiableCredential": records,
        },
    }


def is_transcript(document: Any) -> bool:
    if not isinstance(document, dict):
        return False
    types = document.get("type")
    return TYPE in types if isinstance(types, list) else types == TYPE


def inner_records(document: dict[str, Any]) -> list[Any]:
    subject = document.get("credentialSubject")
    inner = subject.get("verifiableCredential") if isinstance(subject, dict) else None
    if isinstance(inner, dict):
        return [inner]
    return inner if isinstance(inner, list) else []


@dataclass(frozen=True)
class InnerCheck:
    position: int  # 1-based, as the learner counts
    record_id: str
    title: str
    verification: signing.Verification


@dataclass(frozen=True)
class TranscriptVerification:
    outer: signing.Verification
    inner: list[InnerCheck]

    @property
    def valid(self) -> bool:
        return (
            self.outer.valid and bool(self.inner) and all(i.verification.valid for i in self.inner)
        )

    @property
    def failed(self) -> list[InnerCheck]:
        return [i for i in self.inner if not i.verification.valid]


def _title(record: Any) -> tuple[str, str]:
    if not isinstance(record, dict):
        return "", ""
    record_id = record.get("id") if isinstance(record.get("id"), str) else ""
    subject = record.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    name = achievement.get("name") if isinstance(achievement, dict) else None
    return record_id.removeprefix("urn:uuid:"), name if isinstance(name, str) else ""


MAX_RECORDS = 5000  # twenty years of heavy CME; a 20 MB file holds about 6,000
PARALLEL_FROM = 40  # records; below this, starting worker processes costs more than it saves
CHUNK = 10


def _check_one(record: Any) -> signing.Verification:
    try:
        return signing.verify(record)
    except (Exception, RecursionError) as exc:  # one odd record must not sink the rest
        log.info("A record in a transcript could not be checked: %r", exc)
        return signing.Verification(signing.Verdict.UNREADABLE, None, "it cannot be read")


def _check_chunk(records: list[Any]) -> list[signing.Verification]:
    return [_check_one(r) for r in records]


def verify(
    document: dict[str, Any], progress: Progress | None = None, parallel: bool = True
) -> TranscriptVerification:
    """The transcript's own signature, then every record inside it on its own signature.
    `progress(done, total)` is called as parts are checked; the wrapper counts as one.

    Canonicalization is pure Python and CPU-bound: for a long transcript the records are
    checked in worker processes while this one checks the wrapper."""
    inner = inner_records(document)
    total = len(inner) + 1
    verdicts: list[signing.Verification] | None = None
    if parallel and len(inner) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        outer, verdicts = _verify_in_workers(document, inner, progress)
    if verdicts is None:
        outer = signing.verify(document)
        if progress:
            progress(1, total)
        verdicts = []
        for done, record in enumerate(inner, start=2):
            verdicts.append(_check_one(record))
            if progress:
                progress(done, total)
    checks = [
        InnerCheck(position, *_title(record), verdict)
        for position, (record, verdict) in enumerate(zip(inner, verdicts, strict=True), 1)
    ]
    return TranscriptVerification(outer, checks)


def _verify_in_workers(
    document: dict[str, Any], inner: list[Any], progress: Progress | None
) -> tuple[signing.Verification, list[signing.Verification] | None]:
    """Records in chunks on worker processes, the wrapper here; (outer, None) when
    worker processes cannot be had, for the caller to check the records itself."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    total = len(inner) + 1
    outer: signing.Verification | None = None
    chunks = [inner[i : i + CHUNK] for i in range(0, len(inner), CHUNK)]
    workers = max(1, min(4, (os.cpu_count() or 2) - 1))
    try:
        # spawn, not fork: forking a process that runs Qt threads is unsafe.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = {pool.submit(_check_chunk, chunk): n for n, chunk in enumerate(chunks)}
            outer = signing.verify(document)
            done = 1
            if progress:
                progress(done, total)
            results: list[list[signing.Verification]] = [[] for _ in chunks]
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                done += len(results[futures[future]])
                if progress:
                    progress(done, total)
    except (OSError, BrokenProcessPool, RuntimeError) as exc:
        log.warning("Checking the transcript's records in one process: %r", exc)
        return outer or signing.verify(document), None
    return outer, [v for chunk in results for v in chunk]
