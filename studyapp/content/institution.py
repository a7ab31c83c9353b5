"""An institution's configuration (institution.toml): its name and logo, its accredited
provider identifier, packs to install on first run, whether profiles must have a
passphrase, the keys it trusts to sign packs, and its learning record store.

Each problem is located (`institution.toml:packs.trusted_keys: …`) and has a weight:
- a problem in a field that guards something (trusted keys, passphrases, the record
  store, or any field the format does not define, which may be a misspelt guard) stops
  the app from starting: running half configured could accept packs or send records
  the institution meant to refuse;
- a problem in a cosmetic or convenience field (the logo, a pack to preinstall) is
  reported and that field ignored.
Secrets (the record store's password) never appear in a repr, a message or the log.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.content.problems import PackProblem

if TYPE_CHECKING:
    from studyapp.content.fields import FieldReader

FILE_NAME = "institution.toml"
MAX_LOGO_BYTES = 2_000_000
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
DID_KEY = re.compile(r"^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]{44}$")
SECTIONS = {
    "organisation": {"name", "logo", "provider_id"},
    "profiles": {"require_passphrase"},
    "packs": {"preinstall", "trusted_keys"},
    "record_store": {"endpoint", "username", "password", "home_page", "identify_by_email"},
}


@dataclass(frozen=True)
class RecordStore:
    """Where completion statements go (xAPI), and the account to send them with."""

    endpoint: str
    username: str
    password: str = field(repr=False)
    # The actor's account is at this page; statements carry the learner's email only when
    # identify_by_email is set.
    home_page: str = ""
    identify_by_email: bool = False

    def __str__(self) -> str:
        return f"{self.endpoint} as {self.username}"


@dataclass(frozen=True)
class Institution:
    name: str = ""
    logo: Path | None = None
    provider_id: str = ""
    preinstall: tuple[Path, ...] = ()
    require_passphrase: bool = False
    trusted_keys: tuple[str, ...] = ()
    record_store: RecordStore | None = None
    source: Path | None = None  # the file it came from; None for the defaults
    ignored: tuple[PackProblem, ...] = ()  # problems in fields that were left out

    @property
    def trusts_signed_packs_only(self) -> bool:
        return bool(self.trusted_keys)


DEFAULT = Institution()


class InstitutionError(Exception):
    """The configuration cannot be used; the app must not start half configured."""

    def __init__(self, path: Path, problems: list[PackProblem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def find(explicit: Path | None = None) -> Path | None:
    """The institution file in force: given on the command line, else beside the
    executable (an installer's folder), else shipped inside the bundle."""
    if explicit is not None:
        return explicit
    from studyapp.paths import resources_dir

    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / FILE_NAME)
    candidates.append(resources_dir() / FILE_NAME)
    return next((c for c in candidates if c.is_file()), None)


def load(path: Path | None) -> Institution:
    """The institution's settings, or the defaults when there is no file. Raises
    InstitutionError for a problem the app must not run with; problems in fields that
    can be left out are in `ignored`."""
    if path is None:
        return DEFAULT
    # Only with a file to read: the parser is not on the way to the first paint.
    from studyapp.content.fields import FieldReader, read_toml

    fatal: list[PackProblem] = []
    ignored: list[PackProblem] = []
    if not path.is_file():
        raise InstitutionError(
            path, [PackProblem(path.name, "file", "not found; check the path given")]
        )
    problems: list[PackProblem] = []
    data = read_toml(path.parent, path.name, problems)
    if data is None:
        raise InstitutionError(path, problems)
    reader = FieldReader(path.name, fatal)
    reader.unknown(data, set(SECTIONS))
    for section, allowed in SECTIONS.items():
        value = data.get(section, {})
        if not isinstance(value, dict):
            reader.problem(section, "expected a table, such as [" + section + "]")
            continue
        reader.unknown(value, allowed, section)
    organisation = _table(data, "organisation")
    profiles = _table(data, "profiles")
    packs = _table(data, "packs")
    soft = FieldReader(path.name, ignored)
    institution = Institution(
        name=soft.text(organisation, "name", "organisation", required=False, max_length=120),
        logo=_logo(soft, organisation, path.parent),
        provider_id=soft.text(
            organisation, "provider_id", "organisation", required=False, max_length=80
        ),
        preinstall=_preinstall(soft, packs, path.parent),
        require_passphrase=reader.boolean(profiles, "require_passphrase", "profiles"),
        trusted_keys=_trusted_keys(reader, packs),
        record_store=_record_store(reader, data),
        source=path,
        ignored=tuple(ignored),
    )
    if fatal:
        raise InstitutionError(path, fatal)
    return institution


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    return value if isinstance(value, dict) else {}


def _logo(reader: FieldReader, organisation: dict[str, Any], folder: Path) -> Path | None:
    name = reader.text(organisation, "logo", "organisation", required=False, max_length=260)
    if not name:
        return None
    path = (folder / name).resolve()
    if not path.is_file():
        reader.problem("organisation.logo", f"{name} not found; no logo is shown")
        return None
    if path.stat().st_size > MAX_LOGO_BYTES:
        reader.problem("organisation.logo", f"{name} is over 2 MB; no logo is shown")
        return None
    head = path.read_bytes()[:8]
    if not any(head.startswith(magic) for magic in LOGO_TYPES):
        reader.problem("organisation.logo", f"{name} is not a PNG or JPEG image; no logo is shown")
        return None
    return path


def _preinstall(reader: FieldReader, packs: dict[str, Any], folder: Path) -> tuple[Path, ...]:
    if "preinstall" not in packs:
        return ()
    names = reader.string_list(packs, "preinstall", "packs")
    found = []
    for name in names or []:
        path = (folder / name).resolve()
        if path.exists():
            found.append(path)
        else:
            reader.problem("packs.preinstall", f"{name} not found; it is not installed")
    return tuple(found)


def _trusted_keys(reader: FieldReader, packs: dict[str, Any]) -> tuple[str, ...]:
    if "trusted_keys" not in packs:
        return ()
    keys = reader.string_list(packs, "trusted_keys", "packs")
    if keys is None:
        return ()
    bad = [k for k in keys if not DID_KEY.match(k.strip())]
    for key in bad:
        reader.problem(
            "packs.trusted_keys",
            f"{key[:60]!r} is not a pack-signing key; expected did:key:z6Mk… as printed by "
            "`studyapp pack keygen`",
        )
    if not keys:
        reader.problem(
            "packs.trusted_keys", "is empty; list the keys to trust, or leave the field out"
        )
    return tuple(k.strip() for k in keys)


def _record_store(reader: FieldReader, data: dict[str, Any]) -> RecordStore | None:
    from urllib.parse import urlsplit

    if "record_store" not in data:
        return None
    table = _table(data, "record_store")
    endpoint = reader.text(table, "endpoint", "record_store", max_length=500)
    username = reader.text(table, "username", "record_store", max_length=200)
    password = table.get("password")
    env = os.environ.get("STUDYAPP_LRS_PASSWORD")
    if password is None and env:
        password = env  # kept out of the file on machines that can set it
    if not isinstance(password, str) or not password:
        reader.problem(
            "record_store.password",
            "missing; expected text (or set STUDYAPP_LRS_PASSWORD)",
        )
        return None
    if endpoint:
        parts = urlsplit(endpoint)
        loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
        if not parts.netloc or not (
            parts.scheme == "https" or (loopback and parts.scheme == "http")
        ):
            reader.problem(
                "record_store.endpoint",
                f"{endpoint!r} is not an https:// address; records are sent only over https "
                "(or to a store on this computer)",
            )
            return None
    home_page = reader.text(table, "home_page", "record_store", required=False, max_length=500)
    if home_page and urlsplit(home_page).scheme not in ("http", "https"):
        reader.problem("record_store.home_page", f"{home_page!r} is not a web address")
    by_email = reader.boolean(table, "identify_by_email", "record_store")
    if not endpoint or not username:
        return None
    return RecordStore(endpoint, username, password, home_page, by_email)


def describe(institution: Institution) -> list[str]:
    """What is in force, for `studyapp institution check` and the log: never a secret."""
    if institution.source is None:
        return ["No institution file: the defaults are in force."]
    lines = [f"Organisation: {institution.name or '(none given)'}"]
    if institution.logo:
        lines.append(f"Logo: {institution.logo.name}")
    if institution.provider_id:
        lines.append(f"Accredited provider id: {institution.provider_id}")
    lines.append(
        "Profiles must have a passphrase."
        if institution.require_passphrase
        else "Passphrases are optional."
    )
    if institution.preinstall:
        names = ", ".join(p.name for p in institution.preinstall)
        lines.append(f"Installed on first run: {names}")
    if institution.trusted_keys:
        lines.append(
            f"Only packs signed by {len(institution.trusted_keys)} trusted "
            f"key{'s' if len(institution.trusted_keys) != 1 else ''} can be installed."
        )
    else:
        lines.append("Packs need no signature.")
    if institution.record_store:
        lines.append(f"Learning record store: {institution.record_store}")
    return lines
