"""The real program, started as a user starts it: paints, shows the library, loads the data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(data: Path, **environment: str) -> list[list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDYAPP_STARTUP_MARKS="exit")
    env.update(environment)
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [line.split() for line in result.stdout.splitlines() if line.strip()]


def python(code: str, *args: str) -> str:
    """What a fresh interpreter running `code` prints."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_first_and_second_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(data)
    words = [line[0] for line in first]
    assert words[0] == "PAINT" and {"READY", "LIVE", "RSS"} <= set(words)
    # No snapshot exists on a first start: the library first shown came from the database.
    assert ["READY", "database"] in first
    assert (data / "studyapp.sqlite3").is_file()
    assert (data / "packs" / "il6-treat-to-target" / "1.0.0" / "activity.toml").is_file()
    assert (data / "library-snapshot.json").is_file()
    log = (data / "logs" / "studyapp.log").read_text("utf-8")
    assert "starting with data in" in log and "Traceback" not in log
    second = start(data)
    # The second start shows the snapshot while the database is not yet up.
    assert ["READY", "snapshot"] in second


def test_warm_up_loads_what_an_activity_needs_and_leaves_qt_to_the_ui_thread() -> None:
    """The first activity opened should not pay for its imports; the worker imports no
    Qt module (Qt on a worker can deadlock against the UI thread), the screens' modules
    are imported on the UI thread."""
    code = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from studyapp.ui import app, warm_up as uiapp\n"
        "plain = ('studyapp.content.loader', 'studyapp.services.credit')\n"
        "screens = ('studyapp.ui.activity_view', 'studyapp.ui.history_view')\n"
        "print(any(n in sys.modules for n in plain + screens))\n"
        "qt_before = {n for n in sys.modules if n.startswith('PySide6')}\n"
        "worker = threading.Thread(target=uiapp.warm_up)\n"
        "worker.start(); worker.join()\n"
        "print(all(n in sys.modules for n in plain))\n"
        "print({n for n in sys.modules if n.startswith('PySide6')} == qt_before)\n"
        "print(any(n in sys.modules for n in screens))\n"
        "uiapp.warm_up_screens()\n"
        "print(all(n in sys.modules for n in screens))\n"
        "import gc\n"
        "print(gc.get_freeze_count() > 50_000)\n"  # start-up's objects out of the collector's way
        "print('pyld.jsonld' in sys.modules)\n"  # 7 MiB, only once a claim is possible
    )
    assert python(code).split() == ["False", "True", "True", "False", "True", "True", "False"]


def test_an_activity_screen_imports_only_the_tab_it_shows() -> None:
    """The first activity opened at start comes before the warm-up: the screen imports each
    tab's module when that tab is first shown, not the five it does not show."""
    tabs = ("test_tab", "reading_tab", "evaluation_tab", "credit_tab", "overview_tab")
    code = (
        "import sys\n"
        "import studyapp.ui.activity_view\n"
        f"print([t for t in {tabs!r} if 'studyapp.ui.' + t in sys.modules])\n"
    )
    assert python(code).strip() == "[]"


def test_the_credit_step_gets_signing_ready_once_a_claim_is_possible(tmp_path: Path) -> None:
    """PyLD (7 MiB) is imported for a claim's signature only by a session that can claim:
    the Credit step imports it on a worker when it offers the claim, so the claim itself
    does not wait for it; a Credit step that is still locked does not."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from studyapp.paths import DataPaths, bundled_packs_dir\n"
        "from studyapp.services import learners, library\n"
        "from studyapp.services.context import open_context\n"
        "from studyapp.ui.credit_tab import CreditTab\n"
        "from tests.services.test_study_flow import complete\n"
        "ctx = open_context(DataPaths(Path(sys.argv[1])))\n"
        "pack = library.install(ctx, bundled_packs_dir() / 'il6-treat-to-target')\n"
        "new = learners.Profile('Ana Silva', 'NP', 'Primary care', 'a@x.org')\n"
        "done = learners.Profile('Maria Lopez', 'MD', 'Rheumatology', 'm@x.org')\n"
        "new, done = learners.create(ctx, new), learners.create(ctx, done)\n"
        "complete(ctx, done.id, pack)\n"
        "def show(learner):\n"
        "    tab = CreditTab(ctx, learner.id, pack, library.activity(ctx, pack))\n"
        "    end = time.monotonic() + 1\n"
        "    while time.monotonic() < end and 'pyld.jsonld' not in sys.modules:\n"
        "        app.processEvents(); time.sleep(0.01)\n"
        "    print(tab.claim_button.isVisibleTo(tab), 'pyld.jsonld' in sys.modules)\n"
        "show(new)\n"
        "show(done)\n"
    )
    assert python(code, str(tmp_path / "data")).split() == ["False", "False", "True", "True"]


def test_the_program_follows_a_spanish_system(tmp_path: Path) -> None:
    """Started by a learner whose system is in Spanish, the real program speaks Spanish from
    its first screen; one whose system is in French (no translation yet) gets English."""
    data = tmp_path / "data"
    lines = start(data, LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8", LANGUAGE="es")
    said = {line[0]: " ".join(line[1:]) for line in lines}
    assert said["LANGUAGE"] == "es"
    assert said["MENUS"] == "Archivo|Ver|Ayuda"
    assert said["COLUMNS"] == "Título|Proveedor|Créditos|Tiempo|Progreso|Vence|Estado"
    lines = start(data, LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", LANGUAGE="fr")
    said = {line[0]: " ".join(line[1:]) for line in lines}
    assert said["LANGUAGE"] == "en" and said["MENUS"] == "File|View|Help"


def test_modules_imported_after_qt_are_not_read_as_source() -> None:
    """PySide6 reads the source of each module imported after it (for its opt-in
    `__feature__` syntax); the app's entry point stops that before its own imports and
    SQLAlchemy's. Both halves are checked, so a PySide6 release that drops or renames the
    scan shows here."""
    code = (
        "import inspect, sys\n"
        "read = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj: read.append(getattr(obj, '__name__', obj)) or real(obj)\n"
        "import PySide6.QtCore\n"
        "if sys.argv[1] == 'skip':\n"
        "    from studyapp.ui.feature_scan import skip_feature_scan\n"
        "    print(skip_feature_scan())\n"
        "import sqlalchemy.orm\n"
        "print(len([name for name in read if str(name).startswith('sqlalchemy')]))\n"
    )

    def run(mode: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code, mode],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout.split()

    scanned = run("scan")
    assert int(scanned[0]) > 50  # the premise: PySide6 reads each SQLAlchemy module
    assert run("skip") == ["True", "0"]
