"""A smaller ICU data library for the Linux bundle.

Qt Core on Linux links ICU, whose data library (libicudata, 32 MB) holds every locale's
names for languages, currencies, units and time zones, 190 legacy character-set tables,
word-break dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese, and
transliteration rules. StudyApp needs the core tables (character properties, case
mapping, normalization, break rules, root collation) and the locales it is written for.
This keeps those, removes the rest with ICU's own `icupkg`, and links the result into a
library of the same name and symbol (`gcc`), so Qt loads it unchanged.

Windows and macOS builds of Qt do not ship ICU data; the step is skipped there.

    python packaging/trim_icu.py LIBICUDATA OUTDIR   # writes OUTDIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Locales kept: English (the app's language) and those the translations are planned for.
KEEP_LANGUAGES = ("root", "en", "es", "fr", "de", "pt", "it", "nl")
# Trees whose files are one per locale.
LOCALE_TREES = ("", "coll", "zone", "curr", "lang", "region", "unit", "rbnf", "brkitr")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Kept though it looks like a legacy table: Windows-1252, the usual encoding of old files.
KEEP_CONVERTERS = ("ibm-5348_P100-1997.cnv",)


def removable(item: str) -> bool:
    """Whether an ICU data item (as `icupkg -l` names it) can go."""
    folder, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if folder == "translit":
        return True  # transliteration: Qt never uses it
    if ext == "dict":
        return True  # word-break dictionaries for languages without spaces
    if folder == "" and ext == "cnv":
        return name not in KEEP_CONVERTERS
    if folder in LOCALE_TREES and ext == "res" and LOCALE.match(stem):
        return stem.split("_")[0] not in KEEP_LANGUAGES
    return False


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol (icudtNN_dat), and its offset and size in the file."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            name, address, size = fields[7], int(fields[1], 16), int(fields[2], 0)
            break
    else:
        raise SystemExit(f"{library} has no icudtNN_dat symbol")
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            start, offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - start + offset, size
    raise SystemExit(f"{library} has no .rodata section")


def trim(library: Path, out_dir: Path) -> Path:
    symbol, offset, size = _symbol(library)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{symbol.removesuffix('_dat')}l.dat"
        with library.open("rb") as f:
            f.seek(offset)
            package.write_bytes(f.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
        ).stdout.split()
        (work / "remove.txt").write_text("\n".join(i for i in items if removable(i)) + "\n")
        # Dependencies left unmet are the removed dictionaries and locales: ICU falls back
        # to rule-based breaks and to the parent locale (root) without them.
        subprocess.run(
            ["icupkg", "--ignore-deps", "-r", str(work / "remove.txt"), str(package)],
            check=True,
            capture_output=True,
        )
        source = work / "data.S"
        source.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
            f'\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        target = out_dir / library.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(target),
                str(source),
            ],
            check=True,
        )
    return target


if __name__ == "__main__":
    made = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{made}: {made.stat().st_size / 1e6:.1f} MB")
