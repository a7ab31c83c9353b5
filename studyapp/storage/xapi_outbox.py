"""The xAPI outbox table's hot write: one statement added in the caller's transaction."""

from __future__ import annotations

from sqlalchemy.engine import Connection

# Plain SQL, kept in SQLite's statement cache: an answer save pays for it on every click
# (0.09 ms with the statement's JSON, measured in process; 0.12 ms through the Core insert).
INSERT = (
    "INSERT INTO xapi_outbox (statement_id, learner_id, created_at, statement, sent_at) "
    "VALUES (?, ?, ?, ?, NULL)"
)


def add(conn: Connection, statement_id: str, learner_id: int, created_at: str, text: str) -> None:
    conn.exec_driver_sql(INSERT, (statement_id, learner_id, created_at, text))
