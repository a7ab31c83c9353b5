"""What the next start restores: window geometry, splitter positions, the library snapshot."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:  # imported by the main window, which paints before the data layer loads
    from studyapp.services.context import Context
    from studyapp.services.learners import LearnerView

GEOMETRY = "window/geometry"
READING_SPLITTER = "window/reading_splitter"


def restore(ctx: Context, key: str, apply: Callable[[QByteArray], object]) -> None:
    from studyapp.services import places

    value = places.get_preference(ctx, key)
    if value:
        apply(QByteArray(base64.b64decode(value)))


def save(ctx: Context, key: str, state: QByteArray) -> None:
    from studyapp.services import places

    places.set_preference(ctx, key, base64.b64encode(bytes(state.data())).decode())


def save_library_snapshot(ctx: Context, learner: LearnerView | None) -> None:
    """What the next start shows before the database opens; never a protected profile's."""
    from studyapp.services import library, protection
    from studyapp.services.library_rows import save_snapshot

    learner_id = learner.id if learner else None
    if learner_id is not None and protection.is_protected(ctx, learner_id):
        learner_id = None
    save_snapshot(ctx.paths.root, library.rows(ctx, learner_id))
