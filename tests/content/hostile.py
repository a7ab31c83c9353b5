"""Hostile packs, made from a valid pack: climbing versions, NaN and NUL, deep nesting,
oversized keys, tables and files, pathological Markdown, links out of the pack, and zip
archives with odd entries. Each case is (name, function that makes the hostile pack from a
copy of a valid folder and returns the path to hand to validate and install, the
"file:where" every located problem should start with)."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[Path, Path], Path]  # (pack folder copy, scratch folder) -> pack to load


def _edit(name: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        text = (root / name).read_text("utf-8")
        assert old in text, f"{old!r} not in {name}"
        (root / name).write_text(text.replace(old, new, 1), "utf-8")

    return apply


def _append(name: str, text: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        with open(root / name, "a", encoding="utf-8") as fh:
            fh.write(text)

    return apply


def _first_section(root: Path) -> Path:
    match = re.search(r'file = "([^"]+)"', (root / "activity.toml").read_text("utf-8"))
    assert match
    return root / match.group(1)


def _section(text: str) -> Callable[[Path], None]:
    return lambda root: _first_section(root).write_text(text, "utf-8")


def _folder(change: Callable[[Path], None]) -> Maker:
    def make(root: Path, _scratch: Path) -> Path:
        change(root)
        return root

    return make


def _version(value: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        text = (root / "activity.toml").read_text("utf-8")
        text = re.sub(
            r'^version = ".*"$', lambda _m: f"version = {value}", text, count=1, flags=re.M
        )
        (root / "activity.toml").write_text(text, "utf-8")

    return apply


def _credits(value: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        text = (root / "activity.toml").read_text("utf-8")
        text = re.sub(r"^max_credits = .*$", f"max_credits = {value}", text, count=1, flags=re.M)
        (root / "activity.toml").write_text(text, "utf-8")

    return apply


def _eval_number(bounds: str) -> Callable[[Path], None]:
    return _append(
        "evaluation.toml",
        f'\n[[questions]]\nid = "patients"\nkind = "number"\nprompt = "How many?"\n{bounds}\n',
    )


def _symlinked_test(root: Path) -> None:
    outside = root.parent / "outside-pretest.toml"
    (root / "pretest.toml").rename(outside)
    (root / "pretest.toml").symlink_to(outside)


def _many_items(root: Path) -> None:
    extra = "".join(f'\n[[items]]\nid = "bulk-{n}"\n' for n in range(10_000))
    with open(root / "posttest.toml", "a", encoding="utf-8") as fh:
        fh.write(extra)


def folder_cases() -> list[tuple[str, Maker, str]]:
    big_table = "| a | b |\n|---|---|\n" + "| x | y |\n" * 60_000
    return [
        ("climbing version", _folder(_version('"../../../../../Documents"')), "activity.toml"),
        ("backups version", _folder(_version('"../../backups"')), "activity.toml"),
        ("dot version", _folder(_version('"."')), "activity.toml"),
        ("NUL in version", _folder(_version('"1.0\\u0000"')), "activity.toml"),
        ("NaN credit", _folder(_credits("nan")), "activity.toml:credit.max_credits"),
        ("infinite credit", _folder(_credits("inf")), "activity.toml:credit.max_credits"),
        ("NaN credit as text", _folder(_credits('"NaN"')), "activity.toml:credit.max_credits"),
        (
            "NUL in section file",
            _folder(_edit("activity.toml", 'file = "', 'file = "\\u0000')),
            "activity.toml:sections[1].file",
        ),
        (
            "NUL in a stem",
            _folder(_edit("posttest.toml", 'stem = "', 'stem = "\\u0000')),
            "posttest.toml:items[1].stem",
        ),
        ("NUL in a link", _folder(_section("See [the notes](notes\x00.md).\n")), "reading/"),
        (
            "deeply nested array",
            _folder(_append("activity.toml", "\nnest = " + "[" * 5_000 + "]" * 5_000 + "\n")),
            "activity.toml:file",
        ),
        (
            "deeply nested inline tables",
            _folder(_append("pretest.toml", "\nx = " + "{a=" * 3_000 + "1" + "}" * 3_000)),
            "pretest.toml:file",
        ),
        (
            "dotted key of 100,000 parts",
            _folder(_append("activity.toml", "\n" + ".".join(["k"] * 100_000) + " = 1\n")),
            "activity.toml:line",
        ),
        (
            "TOML over a megabyte",
            _folder(_append("evaluation.toml", "\n# " + "x" * 1_100_000 + "\n")),
            "evaluation.toml:file",
        ),
        ("a line of 400,000 [", _folder(_section("[" * 400_000 + "\n")), "reading/"),
        ("60,000-row table", _folder(_section(big_table)), "reading/"),
        (
            "151-row table",
            _folder(_section("| a | b |\n|---|---|\n" + "| x | y |\n" * 150)),
            "reading/",
        ),
        ("a 2 MB line", _folder(_section("word " * 400_000)), "reading/"),
        ("10,000 items", _folder(_many_items), "posttest.toml:items"),
        (
            "scale max of three billion",
            _folder(_eval_number("min = 0\nmax = 3000000000")),
            "evaluation.toml:questions[",
        ),
        (
            "scale min of -1e20",
            _folder(_eval_number("min = -1e20\nmax = 5")),
            "evaluation.toml:questions[",
        ),
        (
            "a range no answer fits",
            _folder(_eval_number("min = -10\nmax = -1")),
            "evaluation.toml:questions[",
        ),
        (
            "reference-style remote image",
            _folder(_section("![scan][pic]\n\n[pic]: https://example.org/scan.png\n")),
            "reading/",
        ),
        ("file: link", _folder(_section("[passwords](file:///etc/passwd)\n")), "reading/"),
        ("test file linked outside the pack", _folder(_symlinked_test), "pretest.toml:file"),
    ]


# Zip archives -----------------------------------------------------------------


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return target


def _central_entries(data: bytes) -> list[int]:
    """Offsets of the central directory entries."""
    found, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def _patch(archive: Path, member: str, change: Callable[[bytearray, int, int], None]) -> None:
    """Call change(bytes, local header offset, central entry offset) for one member."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    for central in _central_entries(bytes(data)):
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len].decode() == member:
            change(data, info.header_offset, central)
            archive.write_bytes(bytes(data))
            return
    raise AssertionError(member)


def _method(code: int) -> Callable[[bytearray, int, int], None]:
    def change(data: bytearray, local: int, central: int) -> None:
        struct.pack_into("<H", data, local + 8, code)
        struct.pack_into("<H", data, central + 10, code)

    return change


def _encrypted(data: bytearray, local: int, central: int) -> None:
    struct.pack_into("<H", data, local + 6, 0x1)
    struct.pack_into("<H", data, central + 8, 0x1)


def _declared_size(delta: int) -> Callable[[bytearray, int, int], None]:
    def change(data: bytearray, local: int, central: int) -> None:
        size = struct.unpack_from("<I", data, central + 24)[0]
        struct.pack_into("<I", data, central + 24, size + delta)
        struct.pack_into("<I", data, local + 22, size + delta)

    return change


def _bad_crc(data: bytearray, local: int, _central: int) -> None:
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    data[local + 30 + name_len + extra_len] ^= 0xFF  # the first byte of the stored data


def _patched(change: Callable[[bytearray, int, int], None]) -> Maker:
    def make(root: Path, scratch: Path) -> Path:
        archive = zip_folder(root, scratch / "pack.zip")
        _patch(archive, "activity.toml", change)
        return archive

    return make


def _extra_entry(name: str, data: bytes = b"x", first: str | None = None) -> Maker:
    def make(root: Path, scratch: Path) -> Path:
        archive = zip_folder(root, scratch / "pack.zip")
        with zipfile.ZipFile(archive, "a") as zf:
            if first is not None:
                zf.writestr(first, b"a file")
            zf.writestr(zipfile.ZipInfo(name), data)
        return archive

    return make


def zip_cases() -> list[tuple[str, Maker, str]]:
    return [
        ("encrypted entry", _patched(_encrypted), "pack.zip:activity.toml"),
        ("AES entry", _patched(_method(99)), "pack.zip:activity.toml"),
        ("zstd entry", _patched(_method(93)), "pack.zip:activity.toml"),
        ("bad CRC", _patched(_bad_crc), "pack.zip:activity.toml"),
        ("declares fewer bytes", _patched(_declared_size(-10)), "pack.zip:activity.toml"),
        ("declares more bytes", _patched(_declared_size(+10)), "pack.zip:activity.toml"),
        ("empty name", _extra_entry(""), "pack.zip:"),
        ("entry named .", _extra_entry("."), "pack.zip:."),
        ("entry named ./x", _extra_entry("./x"), "pack.zip:./x"),
        ("file then folder", _extra_entry("notes/a.md", first="notes"), "pack.zip:notes/a.md"),
        ("the same file twice, by case", _extra_entry("ACTIVITY.TOML"), "pack.zip:ACTIVITY.TOML"),
        ("name over 255 characters", _extra_entry("n" * 300 + ".md"), "pack.zip:nnn"),
    ]
