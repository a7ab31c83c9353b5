"""Window geometry and splitter positions, kept as preferences in the database."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:  # imported by the main window, which paints before the data layer loads
    from studyapp.services.context import Context

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
