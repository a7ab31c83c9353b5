"""One engine per data folder; SQLite settings; schema upgrades through Alembic.

Durability: WAL journal with synchronous=FULL. WAL lets the UI read while a
save commits; FULL makes each commit reach the disk before it returns, so an
answer the screen shows as saved survives a power cut (NORMAL could lose the
last commits). See docs/storage.md for the measured cost.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from studyapp.core.message import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

DB_NAME = "studyapp.sqlite3"
# Alembic's head, known here so that a normal start does not import Alembic.
# tests/test_migrations.py checks it against the migration scripts.
HEAD_REVISION = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
# FULL: a commit is on disk before it returns (docs/storage.md). Benchmarks compare NORMAL.
SYNCHRONOUS = "FULL"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer StudyApp; it is left untouched."""


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


class ReadOnlyUpgradeError(RuntimeError):
    """The data needs a schema upgrade, which cannot be written to a read-only folder."""


def _too_new(schema: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This data was saved by a newer version of StudyApp (schema {schema}). "
                "It has not been changed. Install the newer StudyApp to open it.",
            ),
            schema=schema,
        )
    )


def open_read_only(db_path: Path) -> Engine:
    """Open the database of a folder StudyApp may not write to. `immutable` because SQLite
    cannot make the WAL index file beside it; no other program can write there either."""
    engine = create_engine(f"sqlite:///file:{db_path}?mode=ro&immutable=1&uri=true", future=True)
    event.listen(engine, "connect", _on_connect_read_only)
    current = current_revision(engine)
    if current != HEAD_REVISION:
        engine.dispose()
        if current is not None and current not in KNOWN_REVISIONS:
            raise _too_new(current)
        raise ReadOnlyUpgradeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This data was saved by an older StudyApp and must be upgraded, which needs "
                    "a data folder StudyApp can write to.",
                )
            )
        )
    return engine


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "studyapp.storage:migrations")
    config.attributes["engine"] = engine
    return config


def upgrade(
    engine: Engine, db_path: Path, revision: str = "head", backups: Path | None = None
) -> None:
    """Bring the schema to `revision`, backing the file up first if it has data."""
    import datetime as dt

    from alembic import command

    from studyapp.storage import backup

    current = current_revision(engine)
    if current == (HEAD_REVISION if revision == "head" else revision):
        return
    if current is not None and db_path.exists():
        folder = backups or db_path.parent / "backups"
        made = backup.make(db_path, folder, f"before-{HEAD_REVISION}", dt.datetime.now(dt.UTC))
        log.info("Backed up the database to %s before upgrading from %s", made, current)
    command.upgrade(alembic_config(engine), revision)


def open_database(db_path: Path, backups: Path | None = None) -> Engine:
    """Open (creating or upgrading as needed) the database of a data folder."""
    engine = make_engine(db_path)
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return engine
    if current is not None and current not in KNOWN_REVISIONS:
        engine.dispose()
        raise _too_new(current)
    upgrade(engine, db_path, backups=backups)
    return engine


def rescue(engine: Engine, target: Path) -> None:
    """Copy the database an open connection still reads (its file may be deleted) to `target`."""
    with engine.connect() as conn:
        source = conn.connection.dbapi_connection
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()


class Database:
    """The engine and a unit of work: one transaction per use case."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A Core connection in one transaction, for the hot single-statement writes."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def reopen(self, engine: Engine) -> None:
        self.engine.dispose()
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
