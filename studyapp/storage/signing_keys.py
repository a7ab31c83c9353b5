"""The data folder's record signing keys: the newest signs, all stay for checking."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studyapp.storage.models import SigningKey


def newest(session: Session) -> SigningKey | None:
    return session.scalars(select(SigningKey).order_by(SigningKey.id.desc()).limit(1)).first()


def add(session: Session, key: SigningKey) -> SigningKey:
    session.add(key)
    session.flush()
    return key


def known_dids(session: Session) -> set[str]:
    return set(session.scalars(select(SigningKey.did)))
