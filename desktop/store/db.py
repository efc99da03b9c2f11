"""The SQLite engine: WAL, foreign keys on, a busy timeout, and explicit transactions.

pysqlite's own transaction handling is switched off (``isolation_level=None``) and SQLAlchemy's
``begin`` emits ``BEGIN`` itself, so DDL in migrations is transactional and a write transaction can
take the write lock up front (``BEGIN IMMEDIATE``) instead of failing half-way when another
connection writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 5000
WRITE = "familypool_write"


def configure_connection(dbapi_conn: sqlite3.Connection) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    """An engine for the book at ``path`` (the file must exist and be migrated)."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        configure_connection(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def set_wal(path: Path) -> None:
    """Switch the file to WAL (a persistent setting written in the file header)."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()


@contextmanager
def session(engine: Engine, write: bool = False) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any exception."""
    bind = engine.execution_options(**{WRITE: True}) if write else engine
    with Session(bind=bind, expire_on_commit=False) as s, s.begin():
        yield s
