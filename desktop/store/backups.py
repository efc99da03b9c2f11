"""Rotating backups of the book and restoring one.

A backup is a consistent copy made with SQLite's online backup API (safe while the book is open),
written owner-only into ``<data dir>/backups`` as ``familypool-YYYYMMDD-HHMMSS-ffffff-<reason>.sqlite``.
The newest :data:`KEEP` are kept. Restoring never overwrites a damaged file: it is moved aside first.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from . import paths
from .errors import NoBackup

KEEP = 10
CHINA = timezone(timedelta(hours=8))
_NAME = re.compile(r"^familypool-(\d{8})-(\d{6})-(\d{6})-([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def china_now() -> datetime:
    """Now as naive China time: the one clock every backup name is stamped with, whatever the PC's zone
    (the daily copy, manual ones and those made before an import, a restore or a migration sort together)."""
    return datetime.now(CHINA).replace(tzinfo=None)


def ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that can never change the file (no checkpoint, no recovery writes)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def inspect_connect(path: Path) -> sqlite3.Connection:
    """Read-only, and creating no -wal/-shm beside a file that has none (``immutable``: nothing to recover)."""
    path = Path(path)
    if any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal")):
        return ro_connect(path)
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)


def _copy(src: Path, dst: Path) -> None:
    """Copy ``src`` to a new owner-only ``dst`` through the backup API, then make it a plain file."""
    tmp = dst.with_name(dst.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        paths.make_private_file(tmp)
        s = ro_connect(src)
        d = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            s.backup(d)
            d.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            d.close()
            s.close()
        paths.restrict(tmp)
        os.replace(tmp, dst)
    except BaseException:  # a full disk: no half copy left to be taken for a backup
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise


def list_backups(data_dir: Path) -> list[Backup]:
    """Backups, newest first."""
    d = paths.backup_dir(data_dir)
    out = []
    if d.is_dir():
        for p in d.iterdir():
            m = _NAME.match(p.name)
            if m:
                made = datetime.strptime(m.group(1) + m.group(2) + m.group(3), "%Y%m%d%H%M%S%f")
                out.append(Backup(p, made, m.group(4)))
    out.sort(key=lambda b: b.made_at, reverse=True)
    return out


def make_backup(data_dir: Path, reason: str, src: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the book (or ``src``) into the backups folder and drop all but the newest :data:`KEEP`."""
    src = src or paths.db_path(data_dir)
    d = paths.ensure_private_dir(paths.backup_dir(data_dir))
    now = now or china_now()
    taken = {b.made_at for b in list_backups(data_dir)}
    while now in taken:  # never reuse a stamp, whatever the reason: the newer copy must sort first
        now += timedelta(microseconds=1)
    dst = d / f"familypool-{now:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    _copy(src, dst)
    rotate(data_dir)
    return dst


def rotate(data_dir: Path, keep: int = KEEP) -> None:
    for b in list_backups(data_dir)[keep:]:
        b.path.unlink(missing_ok=True)


def is_good(path: Path) -> bool:
    """True when the file opens, passes ``quick_check`` and carries a schema revision."""
    try:
        con = ro_connect(path)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return ok and rev is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def latest_good(data_dir: Path) -> Path | None:
    for b in list_backups(data_dir):
        if is_good(b.path):
            return b.path
    return None


def has_backup_on(data_dir: Path, day: datetime) -> bool:
    return any(b.made_at.date() == day.date() for b in list_backups(data_dir))


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def move_aside(path: Path, label: str, now: datetime | None = None) -> Path:
    """Rename the book (and its -wal/-shm) to ``familypool-<label>-<time>.sqlite``; never deletes it."""
    now = now or china_now()
    target = path.with_name(f"familypool-{label}-{now:%Y%m%d-%H%M%S-%f}.sqlite")
    for side in _sidecars(path):
        if side.exists():
            os.replace(side, target.with_name(target.name + side.name[len(path.name):]))
    os.replace(path, target)
    return target


@dataclass(frozen=True)
class Restored:
    source: Path
    previous: Path | None  # where the replaced book went (a backup, or the damaged file moved aside)
    previous_was_damaged: bool


def restore(data_dir: Path, backup: Path | None = None) -> Restored:
    """Put ``backup`` (default: the latest good one) in place of the book. The book must be closed.

    A healthy current book is backed up first; a damaged one is moved aside, never overwritten.
    Refused with ``BookInUse`` while another FamilyPool has the book open (store/lock.py).
    """
    from .lock import BookLock

    paths.check_data_dir(Path(data_dir))  # NotADataFolder: never write a book into a foreign or shared folder
    if not Path(data_dir).is_dir():
        return _restore(Path(data_dir), backup)  # no book, nothing to lock: NoBackup unless one is named
    with BookLock.acquire(Path(data_dir)):
        return _restore(Path(data_dir), backup)


def _restore(data_dir: Path, backup: Path | None) -> Restored:
    db = paths.db_path(data_dir)
    src = Path(backup) if backup else latest_good(data_dir)
    if src is None or not src.exists() or not is_good(src):
        raise NoBackup()
    previous, damaged = None, False
    if db.exists():
        if is_good(db):
            previous = make_backup(data_dir, "before-restore")
            for side in _sidecars(db):
                side.unlink(missing_ok=True)
            # the -wal was checkpointed into the backup copy; the live file is replaced below
        else:
            previous, damaged = move_aside(db, "damaged"), True
    tmp = db.with_name(db.name + ".restoring")
    _copy(src, tmp)
    from .db import set_wal

    set_wal(tmp)
    os.replace(tmp, db)
    paths.restrict(db)
    return Restored(src, previous, damaged)
