"""The completion record, shaped as an Open Badges 3.0 AchievementCredential.

It is a W3C Verifiable Credential: the issuer is the key that signs it (a did:key, with a
readable name), the accredited provider is the achievement's creator, and every fact is
under a term a context defines: Open Badges terms where they exist (creditsEarned,
creditsAvailable, result, creator, identifier) and StudyApp's CME context for the rest
(records/contexts/studyapp-cme-v1.jsonld; docs/records.md shows a whole record). Signed
with eddsa-rdfc-2022 (records/rdfc.py).

Records made before this shape kept the CME facts under a top-level "cme" key, which no
context defines, and were signed with eddsa-jcs-2022; they are still read and checked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

ACTIVITY_URN = "urn:studyapp:activity:"
CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    "urn:studyapp:context:cme:v1",
]
ISSUER_NAME = "StudyApp on this computer"
POSTTEST = "#post-test"


@dataclass(frozen=True)
class CompletionFacts:
    """Everything a certificate and its record state, and nothing else."""

    record_id: str
    learner_name: str
    learner_credentials: str
    learner_email: str
    activity_id: str
    activity_version: str
    activity_title: str
    provider: str
    activity_format: str
    completed_at: dt.datetime
    credits_claimed: Decimal
    max_credits: Decimal
    credit_type: str
    certificate_kind: str
    accreditation_statement: str
    designation_statement: str
    participation_statement: str
    minutes_spent: int
    posttest_percent: int
    is_sample: bool


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "provider"


def build(facts: CompletionFacts, issuer_id: str, issuer_name: str = ISSUER_NAME) -> dict:
    """The record, unsigned. `issuer_id` is the controller of the key that will sign it."""
    issued = facts.completed_at.astimezone(dt.UTC).isoformat(timespec="seconds")
    achievement_id = f"{ACTIVITY_URN}{facts.activity_id}:{facts.activity_version}"
    achievement: dict[str, Any] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": facts.activity_title,
        "description": facts.designation_statement,
        "criteria": {
            "narrative": "Pre-test submitted, post-test passed, evaluation submitted, "
            "credit claimed."
        },
        "creditsAvailable": float(facts.max_credits),
        "fieldOfStudy": "Continuing medical education",
        "creator": {
            "id": f"urn:studyapp:provider:{slug(facts.provider)}",
            "type": ["Profile"],
            "name": facts.provider,
        },
        "resultDescription": [
            {
                "id": achievement_id + POSTTEST,
                "type": ["ResultDescription"],
                "name": "Post-Test score",
                "resultType": "Percent",
            }
        ],
        "creditType": facts.credit_type,
        "activityFormat": facts.activity_format,
        "activityVersion": facts.activity_version,
        "accreditationStatement": facts.accreditation_statement,
        "designationStatement": facts.designation_statement,
        "sampleActivity": facts.is_sample,
    }
    if facts.participation_statement:
        achievement["participationStatement"] = facts.participation_statement
    return {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{facts.record_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"Completion of {facts.activity_title}",
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": issuer_name},
        "validFrom": issued,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": facts.learner_name,
                },
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": False,
                    "identityHash": facts.learner_email,
                },
            ],
            "learnerCredentials": facts.learner_credentials,
            "activityEndDate": issued,
            "creditsEarned": float(facts.credits_claimed),
            "certificateKind": facts.certificate_kind,
            "attestedMinutes": facts.minutes_spent,
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": achievement_id + POSTTEST,
                    "value": str(facts.posttest_percent),
                }
            ],
            "achievement": achievement,
        },
    }


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False)


def facts_from_record(record: dict[str, Any]) -> CompletionFacts:
    """Read the facts back, so a certificate can be re-rendered from the record alone."""
    if "cme" in record:
        return _facts_from_first_shape(record)
    subject = record["credentialSubject"]
    achievement = subject["achievement"]
    identity = {i["identityType"]: i["identityHash"] for i in subject["identifier"]}
    # Activity ids cannot hold ":" (see the pack format); versions may.
    activity_id, version = achievement["id"].removeprefix(ACTIVITY_URN).split(":", 1)
    result = next(
        (r for r in subject.get("result", []) if r["resultDescription"].endswith(POSTTEST)),
        None,
    )
    return CompletionFacts(
        record_id=record["id"].removeprefix("urn:uuid:"),
        learner_name=identity["name"],
        learner_credentials=subject["learnerCredentials"],
        learner_email=identity.get("emailAddress", ""),
        activity_id=activity_id,
        activity_version=version,
        activity_title=achievement["name"],
        provider=achievement["creator"]["name"],
        activity_format=achievement["activityFormat"],
        completed_at=dt.datetime.fromisoformat(record["validFrom"]),
        credits_claimed=Decimal(str(subject["creditsEarned"])).quantize(Decimal("0.01")),
        max_credits=Decimal(str(achievement["creditsAvailable"])).quantize(Decimal("0.01")),
        credit_type=achievement["creditType"],
        certificate_kind=subject["certificateKind"],
        accreditation_statement=achievement["accreditationStatement"],
        designation_statement=achievement["designationStatement"],
        participation_statement=achievement.get("participationStatement", ""),
        minutes_spent=subject["attestedMinutes"],
        posttest_percent=int(result["value"]) if result else 0,
        is_sample=achievement["sampleActivity"],
    )


def _facts_from_first_shape(record: dict[str, Any]) -> CompletionFacts:
    cme = record["cme"]
    subject = record["credentialSubject"]
    achievement = subject["achievement"]
    activity_id, version = achievement["id"].removeprefix(ACTIVITY_URN).split(":", 1)
    return CompletionFacts(
        record_id=cme["recordId"],
        learner_name=cme["learnerName"],
        learner_credentials=cme["learnerCredentials"],
        learner_email=subject["identifier"][0]["identityHash"],
        activity_id=activity_id,
        activity_version=version,
        activity_title=achievement["name"],
        provider=record["issuer"]["name"],
        activity_format=cme["activityFormat"],
        completed_at=dt.datetime.fromisoformat(record["validFrom"]),
        credits_claimed=Decimal(cme["creditsClaimed"]),
        max_credits=Decimal(cme["maxCredits"]),
        credit_type=cme["creditType"],
        certificate_kind=cme["certificateKind"],
        accreditation_statement=cme["accreditationStatement"],
        designation_statement=cme["designationStatement"],
        participation_statement=cme["participationStatement"],
        minutes_spent=cme["minutesSpent"],
        posttest_percent=cme["postTestPercent"],
        is_sample=cme["sampleActivity"],
    )
