"""Alembic environment: configured in code, reusing the engine or connection it is handed."""

from alembic import context
from sqlalchemy.engine import Connection, Engine

from studyapp.storage.models import Base

config = context.config
handed = config.attributes.get("connection") or config.attributes.get("engine")


def run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if isinstance(handed, Connection):
    run(handed)
else:
    engine = handed
    if not isinstance(engine, Engine):
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        run(conn)
        conn.commit()
