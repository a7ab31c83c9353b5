"""Build the frozen baseline: the bare PySide6 window of bench/startup.py, frozen with
PyInstaller the way build.spec freezes StudyApp (one folder, the same Qt modules left
out), so a built StudyApp can be compared with a built bare window.

    .venv/bin/python bench/build_frozen_bare.py      # makes build/bench/dist/bare/bare
    .venv/bin/python bench/startup.py --frozen dist/StudyApp/StudyApp \\
        --frozen-bare build/bench/dist/bare/bare
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
sys.path.insert(0, str(ROOT / "bench"))

import startup  # noqa: E402


def qt_excludes() -> list[str]:
    """The QT_EXCLUDES list of build.spec, read without running the spec."""
    tree = ast.parse((ROOT / "build.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "QT_EXCLUDES" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise SystemExit("build.spec has no QT_EXCLUDES list")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    script = OUT / "bare.py"
    script.write_text(startup.BARE, "utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--name",
        "bare",
        "--distpath",
        str(OUT / "dist"),
        "--workpath",
        str(OUT / "work"),
        "--specpath",
        str(OUT),
        *(arg for module in qt_excludes() for arg in ("--exclude-module", module)),
        str(script),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    print(OUT / "dist" / "bare" / "bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
