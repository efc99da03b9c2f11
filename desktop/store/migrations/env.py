"""Alembic environment: the app passes its own connection (foreign keys off, one transaction).

Run by ``desktop.store.migrate.upgrade``. For developers, ``alembic -x db=PATH revision --autogenerate``
also works from the repository root with ``-c`` pointing at a config whose ``script_location`` is here.
"""

from alembic import context
from sqlalchemy import create_engine

from desktop.store.models import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: pass -x db=PATH or set sqlalchemy.url")
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as conn:
        _run_on(conn)
        conn.commit()


def _run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
