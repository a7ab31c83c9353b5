"""Window geometry and splitter positions, kept as preferences in the database; the
window's geometry also in a small file in the data folder, read before the window first
shows, so it appears at its place instead of moving there once the data is open."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:  # imported by the main window, which paints before the data layer loads
    from PySide6.QtWidgets import QWidget

    from studyapp.services.context import Context

GEOMETRY = "window/geometry"
READING_SPLITTER = "window/reading_splitter"
GEOMETRY_FILE = "window-geometry"
log = logging.getLogger(__name__)


def read_early(root: Path) -> QByteArray | None:
    """The window's last geometry, from the data folder, before the database is open."""
    try:
        data = (root / GEOMETRY_FILE).read_bytes()
    except OSError:
        return None
    return QByteArray(data) if data else None


def place_early(window: QWidget, root: Path) -> bool:
    """Before the window first shows: where it was left, if the data folder says. True
    when it was placed."""
    placed = read_early(root)
    return placed is not None and window.restoreGeometry(placed)


def write_early(root: Path, state: QByteArray) -> None:
    try:
        (root / GEOMETRY_FILE).write_bytes(bytes(state.data()))
    except OSError as exc:  # a convenience: the database keeps it too
        log.warning("The window's place was not kept in %s: %s", root, exc)


def restore(ctx: Context, key: str, apply: Callable[[QByteArray], object]) -> None:
    from studyapp.services import places

    value = places.get_preference(ctx, key)
    if value:
        apply(QByteArray(base64.b64decode(value)))


def save(ctx: Context, key: str, state: QByteArray) -> None:
    from studyapp.services import places

    places.set_preference(ctx, key, base64.b64encode(bytes(state.data())).decode())
