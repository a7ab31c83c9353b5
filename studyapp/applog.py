"""Logging to a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "studyapp.log"


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    import logging.handlers

    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_studyapp", False)]:
        root.removeHandler(old)
        old.close()
    handler._studyapp = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
