"""Installed packs: the library index."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studyapp.storage.models import InstalledPack


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(InstalledPack)) or 0


def all_packs(session: Session) -> list[InstalledPack]:
    return list(
        session.scalars(select(InstalledPack).order_by(InstalledPack.title, InstalledPack.id))
    )


def among(session: Session, pack_ids: Collection[int]) -> list[InstalledPack]:
    """The packs of `pack_ids` (a few: the rows a change touched), in the library's order."""
    return list(
        session.scalars(
            select(InstalledPack)
            .where(InstalledPack.id.in_(sorted(pack_ids)))
            .order_by(InstalledPack.title, InstalledPack.id)
        )
    )


def get(session: Session, pack_id: int) -> InstalledPack | None:
    return session.get(InstalledPack, pack_id)


def find(session: Session, activity_id: str, version: str) -> InstalledPack | None:
    return session.scalar(
        select(InstalledPack).where(
            InstalledPack.activity_id == activity_id, InstalledPack.version == version
        )
    )


def installed_keys(session: Session) -> set[tuple[str, str]]:
    rows = session.execute(select(InstalledPack.activity_id, InstalledPack.version))
    return {(activity_id, version) for activity_id, version in rows}


def add(session: Session, pack: InstalledPack) -> InstalledPack:
    session.add(pack)
    session.flush()
    return pack
