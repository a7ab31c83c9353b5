"""The installer's size against a bare PySide6 window frozen the same way, and what
takes the space.

    .venv/bin/pyinstaller --noconfirm build.spec && .venv/bin/python bench/build_frozen_bare.py
    .venv/bin/python bench/bundle.py [--bundle dist/StudyApp] [--bare build/bench/dist/bare]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def by_part(folder: Path) -> Counter[str]:
    """Bytes by what they belong to: Qt libraries, Qt plugins, ICU, Python, each package."""
    parts: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(folder).as_posix().removeprefix("_internal/")
        name = rel.split("/")[0]
        if "libicu" in rel:
            part = "ICU (libicu*)"
        elif rel.startswith("PySide6/Qt/lib/"):
            part = "Qt libraries"
        elif rel.startswith("PySide6/Qt/plugins/"):
            part = "Qt plugins"
        elif rel.startswith("PySide6/"):
            part = "PySide6 bindings"
        elif (
            name.startswith("libpython") or name.startswith("python3") or name == "base_library.zip"
        ):
            part = "Python"
        elif "/" not in rel and ".so" in name:
            part = "system libraries"
        else:
            part = name
        parts[part] += path.stat().st_size
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "StudyApp")
    parser.add_argument("--bare", type=Path, default=ROOT / "build" / "bench" / "dist" / "bare")
    args = parser.parse_args()
    app, bare = size(args.bundle), size(args.bare)
    mib = 1024 * 1024
    print(
        f"StudyApp bundle {app / mib:.1f} MiB, frozen bare window {bare / mib:.1f} MiB: "
        f"{app / bare:.2f}x (limit 120 MiB)"
    )
    print()
    bare_parts = by_part(args.bare)
    print(f"{'part':28} {'StudyApp MiB':>12} {'bare MiB':>9}")
    for part, count in by_part(args.bundle).most_common(18):
        print(f"{part:28} {count / mib:12.1f} {bare_parts.get(part, 0) / mib:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
