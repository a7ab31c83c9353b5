"""The completion record, shaped as an Open Badges 3.0 AchievementCredential.

It is a W3C Verifiable Credential (issuer, validFrom, credentialSubject with
the achievement and the credits earned), signed with an Ed25519 Data Integrity
proof by records/signing.py. Facts a CME certificate needs that
Open Badges has no term for sit under one namespaced key, "cme".
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
]


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


def build(facts: CompletionFacts) -> dict[str, Any]:
    issued = facts.completed_at.astimezone(dt.UTC).isoformat(timespec="seconds")
    return {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{facts.record_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"Completion of {facts.activity_title}",
        "issuer": {
            "id": f"urn:studyapp:provider:{slug(facts.provider)}",
            "type": ["Profile"],
            "name": facts.provider,
        },
        "validFrom": issued,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": False,
                    "identityHash": facts.learner_email,
                }
            ],
            "activityEndDate": issued,
            "creditsEarned": float(facts.credits_claimed),
            "achievement": {
                "id": f"{ACTIVITY_URN}{facts.activity_id}:{facts.activity_version}",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": facts.activity_title,
                "description": facts.designation_statement,
                "criteria": {
                    "narrative": "Pre-test submitted, post-test passed, "
                    "evaluation submitted, credit claimed."
                },
                "creditsAvailable": float(facts.max_credits),
                "fieldOfStudy": "Continuing medical education",
            },
        },
        "cme": {
            "recordId": facts.record_id,
            "learnerName": facts.learner_name,
            "learnerCredentials": facts.learner_credentials,
            "activityFormat": facts.activity_format,
            "creditsClaimed": str(facts.credits_claimed),
            "maxCredits": str(facts.max_credits),
            "creditType": facts.credit_type,
            "certificateKind": facts.certificate_kind,
            "accreditationStatement": facts.accreditation_statement,
            "designationStatement": facts.designation_statement,
            "participationStatement": facts.participation_statement,
            "minutesSpent": facts.minutes_spent,
            "postTestPercent": facts.posttest_percent,
            "sampleActivity": facts.is_sample,
        },
    }


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False)


def facts_from_record(record: dict[str, Any]) -> CompletionFacts:
    """Read the facts back, so a certificate can be re-rendered from the record alone."""
    cme = record["cme"]
    subject = record["credentialSubject"]
    achievement = subject["achievement"]
    # Activity ids cannot hold ":" (see the pack format); versions may.
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
