"""Schema changes only through Alembic, tested from every earlier schema."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from pytest_alembic import tests as alembic_checks
from pytest_alembic.config import Config
from pytest_alembic.runner import MigrationContext, runner
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from studyapp.storage import database
from studyapp.storage.database import Database, SchemaTooNewError, make_engine, open_database
from studyapp.storage.models import Attempt, Learner


@pytest.fixture
def alembic_runner(tmp_path: Path) -> Iterator[MigrationContext]:
    engine = make_engine(tmp_path / "migrations.sqlite3")
    config = Config.from_raw_config(database.alembic_config(engine))
    with runner(config=config, engine=engine) as context:
        yield context
    engine.dispose()


def test_single_head(alembic_runner: MigrationContext) -> None:
    alembic_checks.test_single_head_revision(alembic_runner)


def test_upgrade_through_every_revision(alembic_runner: MigrationContext) -> None:
    alembic_checks.test_upgrade(alembic_runner)


def test_models_match_migrations(alembic_runner: MigrationContext) -> None:
    alembic_checks.test_model_definitions_match_ddl(alembic_runner)


def test_up_down_consistency(alembic_runner: MigrationContext) -> None:
    alembic_checks.test_up_down_consistency(alembic_runner)


def test_head_constant_matches_the_scripts(tmp_path: Path) -> None:
    """A normal start reads HEAD_REVISION instead of importing Alembic; it must not drift."""
    engine = make_engine(tmp_path / "x.sqlite3")
    script = ScriptDirectory.from_config(database.alembic_config(engine))
    assert script.get_current_head() == database.HEAD_REVISION
    assert set(database.KNOWN_REVISIONS) == {r.revision for r in script.walk_revisions()}
    engine.dispose()


def test_empty_database_is_created_at_head(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "new.sqlite3")
    assert database.current_revision(engine) == database.HEAD_REVISION
    engine.dispose()


def test_database_at_first_revision_upgrades_keeping_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    database.upgrade(engine, path, database.KNOWN_REVISIONS[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO learner (full_name, credentials, profession, email, consent_to_report,"
                " created_at) VALUES ('Old Learner', 'MD', 'GP', 'old@example.org', 0,"
                " '2026-01-01T00:00:00.000000+00:00')"
            )
        )
    engine.dispose()

    engine = open_database(path)
    assert database.current_revision(engine) == database.HEAD_REVISION
    with engine.connect() as conn:
        names = conn.execute(text("SELECT full_name FROM learner")).scalars().all()
    assert names == ["Old Learner"]
    engine.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of StudyApp"):
        open_database(path)
    assert path.read_bytes() == before


def test_pragmas_foreign_keys_wal_full(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "p.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = Database(open_database(tmp_path / "fk.sqlite3"))
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(
            Attempt(
                learner_id=42, pack_id=7, test="pre", number=1, started_at=dt.datetime.now(dt.UTC)
            )
        )
    with db.transaction() as s:
        assert s.query(Learner).count() == 0
    db.close()


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TABLES = (
    "learner",
    "installed_pack",
    "attempt",
    "response",
    "evaluation",
    "evaluation_answer",
    "learner_activity",
    "completion_record",
    "preference",
)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_released_schema_fixture_upgrades_keeping_every_row(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "studyapp.sqlite3"
    path.write_bytes(fixture.read_bytes())
    with sqlite3.connect(path) as conn:
        before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    assert all(before.values()), "every fixture table should hold rows"

    engine = open_database(path, backups=tmp_path / "backups")
    assert database.current_revision(engine) == database.HEAD_REVISION
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for table, rows in before.items():
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            after = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            assert [row[: len(rows[0])] for row in after] == rows, table
            assert len(columns) >= len(rows[0])
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert list((tmp_path / "backups").glob("studyapp-*-before-*.sqlite3"))


def test_there_is_a_fixture_for_every_released_revision_but_head() -> None:
    made = {p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.sqlite3")}
    assert set(database.KNOWN_REVISIONS[:-1]) <= made


def test_names_are_split_for_reporting_when_profiles_upgrade(tmp_path: Path) -> None:
    """Schema 0005 gives each profile a first and a last name, split at the last space of
    the full name (docs/exports.md); the learner can correct both."""
    path = tmp_path / "studyapp.sqlite3"
    path.write_bytes((FIXTURES / "schema-0004.sqlite3").read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO learner (id, full_name, credentials, profession, email, "
            "consent_to_report, created_at) VALUES (2, 'Cher', 'RN', 'Ward', 'c@x.org', 0, "
            "'2026-11-01T10:00:00.000000+00:00'), (3, 'Maria José López García', 'MD', "
            "'Rheumatology', 'm@x.org', 0, '2026-11-01T10:00:00.000000+00:00')"
        )
    conn.close()
    engine = open_database(path, backups=tmp_path / "backups")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        names = conn.execute("SELECT first_name, last_name FROM learner ORDER BY id").fetchall()
        assert conn.execute("SELECT count(*) FROM board_certification").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM xapi_outbox").fetchone() == (0,)
    conn.close()
    assert names == [("Fixture", "Learner"), ("", "Cher"), ("Maria José López", "García")]
