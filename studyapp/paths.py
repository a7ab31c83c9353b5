"""Where things live: the data folder (platformdirs, or overridden), logs, bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from studyapp import APP_AUTHOR, APP_NAME

ENV_DATA_DIR = "STUDYAPP_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path
    log_dir: Path | None = None

    @property
    def database(self) -> Path:
        return self.root / "studyapp.sqlite3"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / "studyapp.lock"

    @property
    def staging(self) -> Path:
        """Packs are unpacked and checked here, on the same disk, then renamed into place."""
        return self.root / "staging"

    @property
    def logs(self) -> Path:
        return self.log_dir or self.root / "logs"

    def ensure(self) -> None:
        for folder in (self.root, self.packs, self.staging, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


class PathEscapeError(ValueError):
    """A path built from data (a pack's id or version, a stored folder) would leave its folder."""


def inside(base: Path, *parts: str) -> Path:
    """`base/parts...`, refused unless it stays strictly inside `base` once resolved.

    Every path made from pack data or database text goes through here: a version such as
    "../../backups" or "." must never name a folder that install or repair may replace."""
    for part in parts:
        if not part or "\x00" in part or "\\" in part or part.startswith("/"):
            raise PathEscapeError(f"{part!r} is not a plain relative name")
    root = base.resolve()
    candidate = root.joinpath(*parts).resolve()
    if candidate == root or root not in candidate.parents:
        raise PathEscapeError(f"{'/'.join(parts)!r} is not inside {base}")
    return candidate


def is_writable(folder: Path) -> bool:
    """Whether a file can be made in the folder: a real try, since permission bits say
    nothing of a read-only disk or share, and nothing at all to an administrator."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """--data-dir beats STUDYAPP_DATA_DIR beats the platform's user data folder."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    from platformdirs import user_data_path, user_log_path

    return DataPaths(
        user_data_path(APP_NAME, APP_AUTHOR, roaming=False),
        log_dir=user_log_path(APP_NAME, APP_AUTHOR),
    )


def resources_dir() -> Path:
    """Bundled resources: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_packs_dir() -> Path:
    return resources_dir() / "packs"
