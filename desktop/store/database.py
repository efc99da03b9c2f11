"""Opening the book safely: check before touching, back up before migrating, then WAL and pragmas.

Order at open:
0. what a crash left is settled under the lock: a restore cut short, a ``-wal`` checked before SQLite reads it.
1. an existing file is inspected through a read-only connection: SQLite header, ``quick_check``,
   schema revision. A damaged file raises :class:`DamagedDatabase` (offering the latest good backup);
   a revision this app does not know raises :class:`NewerDatabase`. Neither writes a byte.
2. an older revision is backed up, then upgraded in one transaction (foreign keys off).
3. the engine opens with WAL, foreign keys, busy timeout; the file is made owner-only.
4. once a day a backup is made at open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import backups, db, migrate, paths, restore, wal
from .errors import DamagedDatabase, DamagedJournal, MigrationFailed, NewerDatabase, Unsettled
from .lock import BookLock, write_failure

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Inspection:
    revision: str | None
    empty: bool


def inspect_file(path: Path, recover: bool = True) -> Inspection:
    """Look at an existing file without changing it; raise DamagedDatabase / NewerDatabase. A hot journal left by
    a crash is rolled back by SQLite's own recovery, or (``recover=False``) raises :class:`Unsettled`."""
    data_dir = path.parent
    size = path.stat().st_size
    if size == 0:
        return _empty(path)
    with open(path, "rb") as f:
        header = f.read(16)
    if header != SQLITE_HEADER:
        raise DamagedDatabase(path, "not a SQLite database", backups.latest_good(data_dir))
    for attempt in (1, 2):
        try:
            con = backups.inspect_connect(path)
            try:
                result = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
                if result != ["ok"]:
                    raise DamagedDatabase(path, f"integrity check: {result[0]}", backups.latest_good(data_dir))
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                revision = migrate.revision_of(con)
            finally:
                con.close()
            break
        except sqlite3.DatabaseError as e:
            if attempt == 1 and _needs_recovery(e):
                if not recover:
                    raise Unsettled() from e
                try:
                    _recover(path)
                except sqlite3.Error as r:  # e.g. a read-only folder: it cannot be settled here
                    raise write_failure(r, data_dir) or DamagedDatabase(path, str(r), None) from r
                continue
            raise DamagedDatabase(path, str(e), backups.latest_good(data_dir)) from e
    if revision is None:
        if tables - {"sqlite_sequence", "alembic_version"}:
            raise DamagedDatabase(path, "not a FamilyPool book (no schema version)", backups.latest_good(data_dir))
        return _empty(path)
    if revision not in migrate.known_revisions():
        raise NewerDatabase(path, revision)
    return Inspection(revision, False)


def _needs_recovery(e: sqlite3.DatabaseError) -> bool:
    """SQLITE_READONLY from a read-only look: a crash left a hot rollback journal (or a WAL index to rebuild)
    that only a connection allowed to write can settle — the file is not damaged."""
    return (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF == 8


def _recover(path: Path) -> None:
    """Let SQLite finish what a crash left (roll back the hot journal, recover the WAL): its own crash
    recovery, which restores the last committed state and changes no committed row."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def _empty(path: Path) -> Inspection:
    """An empty file is a new book, unless good backups of a real one lie beside it: then it has lost its
    records (a file cut to nothing) and is refused like a damaged one, with the latest backup offered."""
    good = backups.latest_good(path.parent)
    if good is not None:
        raise DamagedDatabase(path, "the file is empty", good)
    return Inspection(None, True)


@dataclass
class Database:
    """An open book file: its folder, path and engine. Close it before restoring a backup."""

    data_dir: Path
    path: Path
    engine: Engine
    migrated_from: str | None = None
    backups_made: list[Path] = field(default_factory=list)
    lock: BookLock | None = None  # one FamilyPool at a time (store/lock.py); released by close()

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        try:
            with db.session(self.engine, write) as s:
                yield s
        except (SQLAlchemyError, sqlite3.Error, OSError) as e:  # rolled back; a full disk or read-only folder
            # becomes a clear message (SQLite's error as SQLAlchemy wraps it, or raw, or the OS's)
            failure = write_failure(e, self.data_dir) if write else None
            if failure is None:
                raise
            raise failure from e

    @contextmanager
    def connection(self, write: bool = False):
        """A Core connection in one transaction (bulk inserts)."""
        bind = self.engine.execution_options(**{db.WRITE: True}) if write else self.engine
        try:
            with bind.begin() as conn:
                yield conn
        except (SQLAlchemyError, sqlite3.Error, OSError) as e:  # rolled back; as in session()
            failure = write_failure(e, self.data_dir) if write else None
            if failure is None:
                raise
            raise failure from e

    def backup(self, reason: str, now: datetime | None = None) -> Path:
        try:
            p = backups.make_backup(self.data_dir, reason, src=self.path, now=now)
        except (sqlite3.Error, OSError) as e:  # the half-written copy is gone; the book is untouched
            failure = write_failure(e, self.data_dir)
            if failure is None:
                raise
            raise failure from e
        self.backups_made.append(p)
        return p

    def revision(self) -> str | None:
        con = backups.ro_connect(self.path)
        try:
            return migrate.revision_of(con)
        finally:
            con.close()

    def integrity(self, full: bool = False) -> list[str]:
        """``['ok']`` when healthy; otherwise SQLite's messages, then any foreign-key problems."""
        with self.engine.connect() as conn:
            res = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.rollback()
        if fk:
            res = [r for r in res if r != "ok"] + [f"foreign key: {tuple(r)}" for r in fk]
        return res

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_database(data_dir: Path, now: datetime | None = None, daily_backup: bool = True,
                  drop_damaged_changes: bool = False) -> Database:
    """Open (creating or upgrading as needed) the book in ``data_dir``.

    What a crash left is looked at first, under the lock: a restore cut short is finished or undone
    (``store/restore.py``), and a ``-wal`` is checked before SQLite reads it (``store/wal.py``). A damaged one
    raises :class:`DamagedJournal` (a copy kept aside, nothing changed) unless ``drop_damaged_changes``: then the
    book opens without the changes SQLite cannot read, the copy still kept.
    """
    data_dir = paths.open_data_dir(Path(data_dir))  # NotADataFolder: a foreign folder is refused untouched
    path = paths.db_path(data_dir)
    lock = None
    try:
        if restore.interrupted(data_dir) or wal.wal_path(path).exists():
            lock = BookLock.acquire(data_dir)  # a crash left these: settle them with the book to ourselves
            restore.settle(data_dir)
            _check_journal(data_dir, path, drop_damaged_changes)
        exists = path.exists()
        info = inspect_file(path) if exists else Inspection(None, True)  # refusals come before any write
        lock = lock or BookLock.acquire(data_dir)  # BookInUse / FolderNotWritable: nothing written yet
        database = _open_locked(data_dir, path, exists, info, now, daily_backup)
    except (sqlite3.Error, SQLAlchemyError, OSError) as e:  # a read-only folder, a full disk: say so
        if lock is not None:
            lock.release()
        failure = write_failure(e, data_dir)
        if failure is None:
            raise
        raise failure from e
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    database.lock = lock
    return database


def _check_journal(data_dir: Path, path: Path, drop: bool) -> None:
    """Refuse a book whose -wal would lose committed changes, keeping a copy of it; or, asked to, let it go."""
    damage = wal.check(path)
    if damage is None:
        return
    copy = wal.keep_copy(path)
    if not drop:
        raise DamagedJournal(path, damage.changes, damage.last_change, copy, backups.latest_good(data_dir))


def _open_locked(data_dir: Path, path: Path, exists: bool, info: Inspection, now: datetime | None,
                 daily_backup: bool) -> Database:
    made: list[Path] = []
    migrated_from = None
    if not exists:
        paths.make_private_file(path)
    paths.restrict(path)
    head = migrate.head()
    if info.empty or info.revision != head:
        if not info.empty:
            made.append(backups.make_backup(data_dir, "before-migration", src=path, now=now))
            migrated_from = info.revision
        db.set_wal(path)
        engine = db.make_engine(path)
        try:
            migrate.upgrade(engine)
        except Exception as e:
            engine.dispose()
            if info.empty:
                raise
            raise MigrationFailed(str(e), made[-1] if made else None) from e
    else:
        db.set_wal(path)  # already WAL for our files; a restored or copied file may not be
        engine = db.make_engine(path)
    database = Database(data_dir, path, engine, migrated_from, made)
    now = now or backups.china_now()  # the clock the backups are stamped with
    try:
        if daily_backup and not info.empty and not backups.has_backup_on(data_dir, now):
            database.backup("daily", now)
    except BaseException:
        engine.dispose()
        raise
    return database
