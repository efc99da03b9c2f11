"""Schema versions: which revision a file is at, whether this app knows it, and upgrading to head.

The upgrade runs on one connection with foreign keys off (SQLite batch migrations copy tables, and
dropping a parent table with foreign keys on would delete its children), in one transaction, and
checks ``PRAGMA foreign_key_check`` before committing: a migration that would leave a dangling
reference is rolled back whole.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ForeignKeyViolation(RuntimeError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = _script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {heads}")
    return heads[0]


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    return [r.revision for r in reversed(list(_script().walk_revisions()))]


def revision_of(con: sqlite3.Connection) -> str | None:
    """The file's revision, or None when it has no ``alembic_version`` table (an empty file)."""
    has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has:
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the file behind ``engine`` to ``target`` in one transaction, foreign keys off."""
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # no autobegin: the pragma only works outside a transaction
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise ForeignKeyViolation(f"{len(bad)} broken reference(s), first: {tuple(bad[0])}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
