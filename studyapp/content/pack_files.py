"""A pack's files as its signature sees them (folder or zip alike), and the reproducible
zip `studyapp pack build` writes.

Paths are relative to the folder that holds activity.toml, with "/" separators; hidden
files and macOS resource forks are not part of a pack. The same bytes always make the
same zip: entries sorted, fixed dates and permissions, one compression level.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from studyapp.content import archive
from studyapp.content.problems import PackError

MANIFEST = "pack-manifest.json"
SIGNATURE = "pack-signature.json"
SEAL_FILES = (MANIFEST, SIGNATURE)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say
MAX_SEAL_BYTES = 1_000_000


def _skipped(parts: tuple[str, ...]) -> bool:
    return any(p.startswith(".") or p == "__MACOSX" for p in parts)


def _folder_files(root: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if _skipped(relative.parts) or path.is_dir():
            continue
        if path.is_symlink():
            raise PackError.single(
                relative.as_posix(), "file", "is a link; packs may not hold links"
            )
        yield relative.as_posix(), path


def _zip_prefix(names: list[str], label: str) -> str:
    if "activity.toml" in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names if not _skipped(PurePosixPath(n).parts)}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/activity.toml" in names:
            return f"{top}/"
    raise PackError.single(
        "activity.toml",
        "file",
        f"missing from {label}; a pack needs activity.toml at its top level",
    )


def _sha256(stream) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(1 << 16):
        digest.update(chunk)
    return digest.hexdigest()


def contents(source: Path) -> tuple[dict[str, str], dict[str, bytes]]:
    """Every file's SHA-256 by its path in the pack (the seal files left out), and the seal
    files' bytes where present. Raises PackError for an unreadable or unsafe pack."""
    hashes: dict[str, str] = {}
    seals: dict[str, bytes] = {}
    if source.is_dir():
        root = archive.manifest_root(source, source.name)
        for name, path in _folder_files(root):
            if name in SEAL_FILES:
                if path.stat().st_size <= MAX_SEAL_BYTES:
                    seals[name] = path.read_bytes()
                continue
            with path.open("rb") as f:
                hashes[name] = _sha256(f)
        return hashes, seals
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise PackError.single(
            source.name, "file", f"is not a readable zip archive ({exc})"
        ) from exc
    with zf:
        infos = zf.infolist()
        archive.check_entries(source.name, infos)
        files = [i for i in infos if not i.is_dir()]
        prefix = _zip_prefix([i.filename for i in files], source.name)
        for info in files:
            if not info.filename.startswith(prefix):
                continue
            name = info.filename[len(prefix) :]
            if _skipped(PurePosixPath(name).parts):
                continue
            try:
                with zf.open(info) as member:
                    if name in SEAL_FILES:
                        if info.file_size <= MAX_SEAL_BYTES:
                            seals[name] = member.read(MAX_SEAL_BYTES + 1)
                        continue
                    hashes[name] = _sha256(member)
            except (
                zipfile.BadZipFile,
                OSError,
                EOFError,
                RuntimeError,
                NotImplementedError,
            ) as exc:
                raise PackError.single(
                    source.name, info.filename, f"is damaged and cannot be read ({exc})"
                ) from exc
    return hashes, seals


def activity_toml(source: Path) -> str:
    """The text of the pack's activity.toml, from a folder or a zip, without unpacking."""
    if source.is_dir():
        return (archive.manifest_root(source, source.name) / "activity.toml").read_text("utf-8-sig")
    try:
        with zipfile.ZipFile(source) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            archive.check_entries(source.name, zf.infolist())
            prefix = _zip_prefix([i.filename for i in infos], source.name)
            info = zf.getinfo(prefix + "activity.toml")
            if info.file_size > MAX_SEAL_BYTES:
                raise PackError.single("activity.toml", "file", "is too large")
            return zf.read(info).decode("utf-8-sig")
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, UnicodeDecodeError) as exc:
        raise PackError.single(source.name, "file", f"cannot be read ({exc})") from exc


def write_zip(root: Path, out: Path, extra: dict[str, bytes]) -> None:
    """The pack folder's files plus `extra` (the seal files), as a reproducible zip,
    written beside `out` and moved into place whole."""
    entries: dict[str, bytes | Path] = {name: path for name, path in _folder_files(root)}
    for name in SEAL_FILES:
        entries.pop(name, None)
    entries.update(extra)
    partial = out.with_name(f".{out.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w") as zf:
            for name in sorted(entries):
                info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                info.create_system = 3  # Unix, whatever system builds it
                value = entries[name]
                data = value if isinstance(value, bytes) else value.read_bytes()
                zf.writestr(info, data, compresslevel=9)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def read_zip_to_folder(source: Path, folder: Path) -> Path:
    """Unpack a built pack to sign or check it; returns the folder holding activity.toml."""
    return archive.unpack(source, folder)
