"""Writing what leaves the app to a place the user chose, all or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from studyapp.core.message import QT_TRANSLATE_NOOP
from studyapp.services.errors import UserError


def save_file(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failure never leaves half a file."""
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Could not save to {folder}: {reason}. Choose another folder."
            ),
            folder=folder,
            reason=exc.strerror,
        ) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Could not save {name}: {reason}. "
                "Check the disk has space, or choose another folder.",
            ),
            name=target.name,
            reason=exc.strerror,
        ) from exc
