"""institution.toml: good, missing and broken, each broken case with the message the
administrator sees, and the app never running half configured."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from studyapp.content import institution
from studyapp.paths import resources_dir
from tests.test_architecture import run_cli

KEY = "did:key:z6MkwJ9ZTfFnJ1dxGke9yQTRihR9Bb7z71cLddbEje3C53Pv"
LOGO = resources_dir() / "icons" / "studyapp-64.png"


def write(folder: Path, text: str) -> Path:
    path = folder / "institution.toml"
    path.write_text(text, "utf-8")
    return path


def complete_file(folder: Path) -> Path:
    (folder / "logo.png").write_bytes(LOGO.read_bytes())
    (folder / "packs").mkdir()
    (folder / "packs" / "sepsis.zip").write_bytes(b"PK")
    return write(
        folder,
        f"""
[organisation]
name = "Riverside Health CME"
logo = "logo.png"
provider_id = "ACCME 4008163"

[profiles]
require_passphrase = true

[packs]
preinstall = ["packs/sepsis.zip"]
trusted_keys = ["{KEY}"]

[record_store]
endpoint = "https://lrs.riverside.example/xapi/"
username = "studyapp"
password = "correct-horse-battery"
""",
    )


def test_a_complete_file_sets_everything(tmp_path: Path) -> None:
    settings = institution.load(complete_file(tmp_path))
    assert settings.name == "Riverside Health CME"
    assert settings.logo == (tmp_path / "logo.png").resolve()
    assert settings.provider_id == "ACCME 4008163"
    assert settings.require_passphrase
    assert settings.preinstall == ((tmp_path / "packs" / "sepsis.zip").resolve(),)
    assert settings.trusted_keys == (KEY,)
    assert settings.record_store is not None
    assert settings.record_store.endpoint == "https://lrs.riverside.example/xapi/"
    assert settings.ignored == ()
    assert "correct-horse-battery" not in repr(settings)
    assert "correct-horse-battery" not in "\n".join(institution.describe(settings))


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert institution.load(None) == institution.DEFAULT
    assert institution.find(None) is None or institution.find(None).is_file()
    assert institution.describe(institution.DEFAULT) == [
        "No institution file: the defaults are in force."
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[organisation\nname = 1", "institution.toml:line 1: not valid TOML"),
        (
            "[packs]\ntrusted_key = []",
            "institution.toml:packs.trusted_key: is not a field of this format; "
            "did you mean 'trusted_keys'?",
        ),
        (
            "[pakcs]\n",
            "institution.toml:pakcs: is not a field of this format; did you mean 'packs'?",
        ),
        (
            '[packs]\ntrusted_keys = ["not-a-key"]',
            "institution.toml:packs.trusted_keys: 'not-a-key' is not a pack-signing key",
        ),
        (
            "[packs]\ntrusted_keys = []",
            "institution.toml:packs.trusted_keys: is empty; list the keys to trust",
        ),
        (
            '[packs]\ntrusted_keys = "did:key:x"',
            "institution.toml:packs.trusted_keys: expected a list of text, found text",
        ),
        (
            '[profiles]\nrequire_passphrase = "yes"',
            "institution.toml:profiles.require_passphrase: expected true or false, found text",
        ),
        (
            '[record_store]\nendpoint = "http://lrs.example/"\nusername = "a"\npassword = "b"',
            "institution.toml:record_store.endpoint: 'http://lrs.example/' is not an https://",
        ),
        (
            '[record_store]\nendpoint = "https://lrs.example/"\nusername = "a"',
            "institution.toml:record_store.password: missing",
        ),
        ("organisation = 3", "institution.toml:organisation: expected a table"),
    ],
    ids=[
        "bad TOML",
        "misspelt trusted keys",
        "unknown section",
        "bad key",
        "empty key list",
        "keys not a list",
        "wrong type",
        "http store",
        "no password",
        "section not a table",
    ],
)
def test_a_broken_guard_refuses_to_start_with_a_located_message(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(institution.InstitutionError) as caught:
        institution.load(path)
    assert any(str(p).startswith(message) for p in caught.value.problems), caught.value.problems
    done = run_cli("institution", "check", str(path))
    assert done.returncode == 1
    assert "StudyApp will not start with these settings" in done.stderr
    assert message in done.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[organisation]\nname = "X"\nlogo = "missing.png"',
            "institution.toml:organisation.logo: missing.png not found; no logo is shown",
        ),
        (
            '[organisation]\nname = "X"\nlogo = "institution.toml"',
            "institution.toml:organisation.logo: institution.toml is not a PNG or JPEG image; "
            "no logo is shown",
        ),
        (
            '[packs]\npreinstall = ["gone.zip"]',
            "institution.toml:packs.preinstall: gone.zip not found; it is not installed",
        ),
    ],
    ids=["missing logo", "logo not an image", "missing preinstalled pack"],
)
def test_a_broken_convenience_is_ignored_and_said(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    settings = institution.load(path)
    assert [str(p) for p in settings.ignored] == [message]
    assert settings.logo is None
    done = run_cli("institution", "check", str(path))
    assert done.returncode == 1
    assert f"{message} (ignored)" in done.stderr


def test_a_missing_file_given_on_the_command_line_is_refused(tmp_path: Path) -> None:
    done = run_cli("--institution", str(tmp_path / "nope.toml"), "pack", "list")
    assert done.returncode == 2
    assert "nope.toml:file: not found; check the path given" in done.stderr


def test_the_check_command_says_what_is_in_force_and_no_secret(tmp_path: Path) -> None:
    done = run_cli("institution", "check", str(complete_file(tmp_path)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:-1] == [  # the last line is the test harness's
        "Organisation: Riverside Health CME",
        "Logo: logo.png",
        "Accredited provider id: ACCME 4008163",
        "Profiles must have a passphrase.",
        "Installed on first run: sepsis.zip",
        "Only packs signed by 1 trusted key can be installed.",
        "Learning record store: https://lrs.riverside.example/xapi/ as studyapp",
    ]
    assert "correct-horse-battery" not in done.stdout + done.stderr


def test_the_password_never_reaches_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = institution.load(complete_file(tmp_path))
    logging.getLogger("studyapp").info("Institution settings: %s / %r", settings, settings)
    assert "correct-horse-battery" not in caplog.text
