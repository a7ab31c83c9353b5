"""Window geometry and splitter positions, kept as preferences in the database."""

from __future__ import annotations

import base64
from collections.abc import Callable

from PySide6.QtCore import QByteArray

from studyapp.services import places
from studyapp.services.context import Context

GEOMETRY = "window/geometry"
READING_SPLITTER = "window/reading_splitter"


def restore(ctx: Context, key: str, apply: Callable[[QByteArray], object]) -> None:
    value = places.get_preference(ctx, key)
    if value:
        apply(QByteArray(base64.b64decode(value)))


def save(ctx: Context, key: str, state: QByteArray) -> None:
    places.set_preference(ctx, key, base64.b64encode(bytes(state.data())).decode())
