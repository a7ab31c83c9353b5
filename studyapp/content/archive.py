"""Unpacking a zipped pack safely: nothing written outside the target, no bombs."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from studyapp.content.problems import PackError

MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 100


def unpack(archive: Path, target: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Extract into target (an empty folder) and return the folder that holds the manifest.
    `progress` gets the percentage of bytes written."""
    name = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackError.single(name, "file", f"is not a readable zip archive ({exc})") from exc
    with zf:
        infos = zf.infolist()
        _check_entries(name, infos)
        total = sum(i.file_size for i in infos) or 1
        done = 0
        for info in infos:
            parts = PurePosixPath(info.filename).parts
            dest = target.joinpath(*parts)
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            with zf.open(info) as src, open(dest, "wb") as out:
                while chunk := src.read(1 << 16):
                    written += len(chunk)
                    if written > info.file_size or written > MAX_FILE_BYTES:
                        raise PackError.single(
                            name, info.filename, "unpacks to more data than it declares"
                        )
                    out.write(chunk)
            done += info.file_size
            if progress is not None:
                progress(done * 100 // total)
    return manifest_root(target, name)


def manifest_root(folder: Path, label: str) -> Path:
    if (folder / "activity.toml").is_file():
        return folder
    children = [p for p in folder.iterdir() if not p.name.startswith((".", "__MACOSX"))]
    if len(children) == 1 and children[0].is_dir() and (children[0] / "activity.toml").is_file():
        return children[0]
    raise PackError.single(
        "activity.toml",
        "file",
        f"missing from {label}; a pack needs activity.toml at its top level",
    )


def _check_entries(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise PackError.single(
            name, "file", f"holds {len(infos):,} entries; at most {MAX_ENTRIES:,}"
        )
    total = 0
    for info in infos:
        entry = info.filename
        path = PurePosixPath(entry)
        if entry.startswith(("/", "\\")) or "\\" in entry or (len(entry) > 1 and entry[1] == ":"):
            raise PackError.single(name, entry, "has an absolute path; entries must be relative")
        if ".." in path.parts:
            raise PackError.single(name, entry, "points outside the pack ('..')")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackError.single(name, entry, "is a symbolic link; packs may not hold links")
        if entry.lower().endswith((".zip", ".jar")):
            raise PackError.single(name, entry, "is an archive inside the archive; not allowed")
        if info.file_size > MAX_FILE_BYTES:
            raise PackError.single(
                name,
                entry,
                f"unpacks to {info.file_size:,} bytes; at most {MAX_FILE_BYTES:,} per file",
            )
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise PackError.single(
                name,
                entry,
                "is compressed suspiciously well "
                f"(over {MAX_RATIO}:1); refusing a possible zip bomb",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError.single(name, "file", f"unpacks to more than {MAX_TOTAL_BYTES:,} bytes")
