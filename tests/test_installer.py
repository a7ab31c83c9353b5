"""The installer's pieces that run without building it: the selftest the built app runs,
and what the Linux ICU trim keeps. (.ci/bundle builds both bundles and runs their
selftests in CI.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.test_architecture import run_cli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import trim_icu  # noqa: E402


def test_selftest_checks_each_part_and_passes() -> None:
    done = run_cli("selftest")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("ok", "FAIL"))]
    assert [line.split(":")[0] for line in lines] == [
        "ok   migrations",
        "ok   packs",
        "ok   claim",
        "ok   certificate",
        "ok   transcript",
        "ok   collect",
        "ok   review",
        "ok   text",
        "ok   languages",
        "ok   window",
    ]
    from studyapp.storage.database import HEAD_REVISION

    assert f"at revision {HEAD_REVISION}" in lines[0]
    assert "2 bundled packs installed" in lines[1]
    assert "checked in worker processes" in lines[4]
    assert "selftest passed" in done.stdout


@pytest.mark.parametrize(
    ("item", "goes"),
    [
        ("coll/ja.res", True),
        ("coll/de.res", False),
        ("coll/root.res", False),
        ("coll/ucadata.icu", False),
        ("en_GB.res", False),
        ("zh_Hant_TW.res", True),
        ("supplementalData.res", False),
        ("zone/es_MX.res", False),
        ("brkitr/cjdict.dict", True),
        ("brkitr/word.brk", False),
        ("translit/root.res", True),
        ("ibm-943_P15A-2003.cnv", True),
        ("ibm-5348_P100-1997.cnv", False),
        ("cnvalias.icu", False),
        ("uprops.icu", False),
        ("nfkc.nrm", False),
    ],
)
def test_the_icu_trim_keeps_core_tables_and_the_apps_locales(item: str, goes: bool) -> None:
    assert trim_icu.removable(item) is goes
