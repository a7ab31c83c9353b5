"""Compile the app's translations (translations/studyapp_<lang>.ts, the sources a
translator edits, e.g. in Qt Linguist) to resources/translations/studyapp_<lang>.qm,
which the app loads. Run by the set-up (.ci/bootstrap), the tests (conftest) and the
bundle build (build.spec); the .qm files are build output, not kept in git.

    .venv/bin/python packaging/build_translations.py            # compile
    .venv/bin/python packaging/build_translations.py --update   # refresh the .ts from the code

`--update` runs pyside6-lupdate over studyapp/ui and the modules below it that mark
sentences for translation (QT_TRANSLATE_NOOP), adding new strings to each .ts as
unfinished and dropping ones the code no longer has.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
TARGET = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6-Essentials.")
    return found


def compile_all(quiet: bool = True) -> list[Path]:
    """Compile every .ts that is newer than its .qm; returns the .qm files."""
    TARGET.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(SOURCES.glob("studyapp_*.ts")):
        qm = TARGET / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            result = subprocess.run(
                [tool("lrelease"), "-silent" if quiet else "-verbose", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
            )
            if result.returncode != 0 or not qm.exists():
                raise SystemExit(f"lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")
        made.append(qm)
    return made


def sources() -> list[Path]:
    """The screens, and the layers below that mark their sentences for translation
    (core/message.py's QT_TRANSLATE_NOOP, context "Messages")."""
    # The selftest asks Qt's own catalogue for Qt's words, to prove it ships: not ours.
    screens = [
        p for p in sorted((ROOT / "studyapp" / "ui").glob("*.py")) if p.name != "selftest.py"
    ]
    below = [
        p
        for p in sorted((ROOT / "studyapp").rglob("*.py"))
        if "ui" not in p.relative_to(ROOT / "studyapp").parts[:1]
        and "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")
    ]
    return screens + below


def update() -> None:
    files = [str(p) for p in sources()]
    for ts in sorted(SOURCES.glob("studyapp_*.ts")):
        subprocess.run(
            [tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
            check=True,
        )


if __name__ == "__main__":
    if "--update" in sys.argv[1:]:
        update()
    for path in compile_all(quiet=False):
        print(path.relative_to(ROOT))
