"""Unpacking a zipped pack safely: nothing written outside the target, no bombs."""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from studyapp.content.problems import PackError

MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 100
MAX_NAME_BYTES = 255  # one file or folder name, as most file systems allow
READABLE = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
METHOD_NAMES = {93: "Zstandard", 99: "AES encryption", 95: "XZ", 98: "PPMd"}


def unpack(archive: Path, target: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Extract into target (an empty folder) and return the folder that holds the manifest.
    `progress` gets the percentage of bytes written."""
    name = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise PackError.single(name, "file", f"is not a readable zip archive ({exc})") from exc
    with zf:
        infos = zf.infolist()
        check_entries(name, infos)
        total = sum(i.file_size for i in infos) or 1
        done = 0
        for info in infos:
            parts = PurePosixPath(info.filename).parts
            dest = target.joinpath(*parts)
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            _extract(zf, info, dest, name)
            done += info.file_size
            if progress is not None:
                progress(done * 100 // total)
    return manifest_root(target, name)


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, name: str) -> None:
    written = 0
    try:
        with zf.open(info) as src, open(dest, "xb") as out:
            while chunk := src.read(1 << 16):
                written += len(chunk)
                if written > info.file_size or written > MAX_FILE_BYTES:
                    raise PackError.single(
                        name, info.filename, "unpacks to more data than it declares"
                    )
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackError.single(
            name, info.filename, f"is damaged and cannot be unpacked ({exc})"
        ) from exc
    except (NotImplementedError, RuntimeError) as exc:
        raise PackError.single(name, info.filename, f"cannot be unpacked ({exc})") from exc
    except OSError as exc:
        raise PackError.single(
            name, info.filename, f"cannot be written ({exc.strerror or exc})"
        ) from exc
    if written != info.file_size:
        raise PackError.single(
            name,
            info.filename,
            f"unpacks to {written:,} bytes but declares {info.file_size:,}; the archive is damaged",
        )


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


def check_entries(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise PackError.single(
            name, "file", f"holds {len(infos):,} entries; at most {MAX_ENTRIES:,}"
        )
    total = 0
    files: set[str] = set()
    folders: set[str] = set()
    for info in infos:
        entry = info.filename
        if entry.startswith(("/", "\\")) or "\\" in entry or (len(entry) > 1 and entry[1] == ":"):
            raise PackError.single(name, entry, "has an absolute path; entries must be relative")
        parts = entry.rstrip("/").split("/")
        if ".." in parts:
            raise PackError.single(name, entry, "points outside the pack ('..')")
        if not entry.strip("/") or any(part in ("", ".") for part in parts):
            raise PackError.single(
                name, entry or "(empty name)", "has an empty or '.' name; every entry needs one"
            )
        if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in parts):
            raise PackError.single(
                name, entry[:80] + "…", f"has a name longer than {MAX_NAME_BYTES} bytes"
            )
        if info.flag_bits & 0x1:
            raise PackError.single(name, entry, "is encrypted; packs cannot be encrypted")
        if info.compress_type not in READABLE:
            method = METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise PackError.single(
                name,
                entry,
                f"is compressed with {method}, which StudyApp cannot read; "
                "zip the pack again with ordinary (deflate) compression",
            )
        _check_collision(name, entry, parts, info.is_dir(), files, folders)
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


def _check_collision(
    name: str, entry: str, parts: list[str], is_dir: bool, files: set[str], folders: set[str]
) -> None:
    """Two entries for one path (or a file where a folder is needed) would make the pack
    depend on unpacking order; on a disk that ignores case, "A.md" and "a.md" are one."""
    keys = ["/".join(parts[: n + 1]).casefold() for n in range(len(parts))]
    for folder in keys[:-1]:
        if folder in files:
            raise PackError.single(name, entry, "is inside a name that is also a file")
        folders.add(folder)
    own = keys[-1]
    if is_dir:
        if own in files:
            raise PackError.single(name, entry, "is a folder with the name of a file")
        folders.add(own)
        return
    if own in files or own in folders:
        raise PackError.single(name, entry, "names a file that is already in the pack")
    files.add(own)
