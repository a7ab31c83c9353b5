"""Build the frozen baseline: the bare PySide6 window of bench/startup.py, frozen with
PyInstaller the way build.spec freezes StudyApp (one folder, the same modules and files
left out by packaging/bundle_trim.py, the same ICU trim, stripped), so a built StudyApp
can be compared with a built bare window, in size and in start-up.

    .venv/bin/python bench/build_frozen_bare.py      # makes build/bench/dist/bare/bare
    .venv/bin/python bench/bundle.py                  # sizes, StudyApp against bare
    .venv/bin/python bench/startup.py --frozen dist/StudyApp/StudyApp \\
        --frozen-bare build/bench/dist/bare/bare
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
sys.path.insert(0, str(ROOT / "bench"))

import startup  # noqa: E402

SPEC = """
import sys
from pathlib import Path

ROOT = Path({root!r})
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_trim

a = Analysis([{script!r}], excludes=list(bundle_trim.MODULE_EXCLUDES))
a.binaries, a.datas, _dropped = bundle_trim.trim(a.binaries, a.datas)
if sys.platform.startswith("linux"):
    import trim_icu

    a.binaries = [
        (dest, str(trim_icu.trim(Path(src), Path({out!r}) / "icu")), kind)
        if Path(dest).name.startswith("libicudata.so")
        else (dest, src, kind)
        for dest, src, kind in a.binaries
    ]
pyz = PYZ(a.pure)
strip = sys.platform != "win32"
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", strip=strip, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name="bare", strip=strip, upx=False)
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    script = OUT / "bare.py"
    script.write_text(startup.BARE, "utf-8")
    spec = OUT / "bare.spec"
    spec.write_text(SPEC.format(root=str(ROOT), script=str(script), out=str(OUT)), "utf-8")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(OUT / "dist"),
        "--workpath",
        str(OUT / "work"),
        str(spec),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    print(OUT / "dist" / "bare" / "bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
