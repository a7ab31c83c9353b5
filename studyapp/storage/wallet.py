"""The wallet's rows: licences and certifications with their topics, and outside credit."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studyapp.storage.models import Credential, CredentialTopic, OutsideCredit, OutsideCreditFile


def credentials(session: Session, learner_id: int) -> list[Credential]:
    return list(
        session.scalars(
            select(Credential)
            .where(Credential.learner_id == learner_id)
            .order_by(Credential.kind.desc(), Credential.authority, Credential.id)
        )
    )


def credential(session: Session, learner_id: int, credential_id: int) -> Credential | None:
    found = session.get(Credential, credential_id)
    return found if found is not None and found.learner_id == learner_id else None


def topics(session: Session, credential_ids: list[int]) -> dict[int, list[CredentialTopic]]:
    by_credential: dict[int, list[CredentialTopic]] = {i: [] for i in credential_ids}
    for topic in session.scalars(
        select(CredentialTopic)
        .where(CredentialTopic.credential_id.in_(credential_ids))
        .order_by(CredentialTopic.id)
    ):
        by_credential[topic.credential_id].append(topic)
    return by_credential


def replace_topics(session: Session, credential_id: int, rows: list[CredentialTopic]) -> None:
    session.execute(delete(CredentialTopic).where(CredentialTopic.credential_id == credential_id))
    for row in rows:
        row.credential_id = credential_id
        session.add(row)


def outside_credits(session: Session, learner_id: int) -> list[OutsideCredit]:
    return list(
        session.scalars(
            select(OutsideCredit)
            .where(OutsideCredit.learner_id == learner_id)
            .order_by(OutsideCredit.earned_on.desc(), OutsideCredit.title)
        )
    )


def outside_credit(session: Session, learner_id: int, credit_id: str) -> OutsideCredit | None:
    found = session.get(OutsideCredit, credit_id)
    return found if found is not None and found.learner_id == learner_id else None


def outside_file(session: Session, credit_id: str) -> bytes | None:
    found = session.get(OutsideCreditFile, credit_id)
    return None if found is None else found.data


def put_outside_file(session: Session, credit_id: str, data: bytes | None) -> None:
    session.execute(delete(OutsideCreditFile).where(OutsideCreditFile.credit_id == credit_id))
    if data is not None:
        session.add(OutsideCreditFile(credit_id=credit_id, data=data))
