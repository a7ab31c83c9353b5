"""The layer rule, lint, and the CLI's promise not to pay for Qt widgets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e .[test]")
    return found


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [tool("lint-imports")], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [tool("ruff"), "check", "studyapp", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def run_cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    code = (
        "import sys\n"
        "from studyapp.launcher import main\n"
        f"rc = main({list(args)!r})\n"
        "print('QTWIDGETS' if 'PySide6.QtWidgets' in sys.modules else 'NOWIDGETS')\n"
        "sys.exit(rc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_validate_good_packs_exit_zero_without_qt_widgets() -> None:
    packs = sorted(str(p) for p in (ROOT / "resources" / "packs").iterdir() if p.is_dir())
    result = run_cli("pack", "validate", *packs)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line.endswith(": ok") for line in lines[:-1])
    assert lines[-1] == "NOWIDGETS"


def test_validate_bad_pack_exit_one_with_located_lines(il6_source: Path) -> None:
    manifest = il6_source / "activity.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace("passing_score = 70", "passing_score = 0"), "utf-8"
    )
    result = run_cli("pack", "validate", str(il6_source))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{il6_source}/activity.toml:passing_score: 0 is out of range; expected 1 to 100"
    )


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    from studyapp import __version__

    assert result.returncode == 0
    assert result.stdout.strip() == f"StudyApp {__version__}"


def test_pack_install_and_list_use_the_data_dir(tmp_path: Path, il6_source: Path) -> None:
    data = tmp_path / "portable"
    installed = run_cli("--data-dir", str(data), "pack", "install", str(il6_source))
    assert installed.returncode == 0, installed.stderr
    assert "installed Treating to Target" in installed.stdout
    listed = run_cli("--data-dir", str(data), "pack", "list")
    assert "il6-treat-to-target\t1.0.0\t1.00\t" in listed.stdout
    assert (data / "studyapp.sqlite3").is_file()
    assert listed.stdout.splitlines()[-1] == "NOWIDGETS"


def test_no_qt_widgets_outside_ui() -> None:
    """import-linter cannot name a sub-module of PySide6, so read the imports directly."""
    import ast

    offenders = []
    for path in (ROOT / "studyapp").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "studyapp").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith("PySide6.QtWidgets") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_window_paints_before_sqlalchemy_is_imported() -> None:
    """Importing SQLAlchemy costs about 0.3 s; it must not sit in front of the first paint,
    nor of an activity shown before the data is up (its preview, the Overview, the pack)."""
    code = (
        "import sys\nfrom studyapp.ui import app, main_window\n"
        "from studyapp.ui import activity_preview, early_open, overview_tab\n"
        "from studyapp.content import loader\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_colour_is_written_into_a_widget() -> None:
    """Colours come from ui/theme.py or the palette, so light and dark modes both read."""
    import re

    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    offenders = [
        f"{path.name}:{n}"
        for path in sorted((ROOT / "studyapp" / "ui").glob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if hex_colour.search(line)
    ]
    assert offenders == []
