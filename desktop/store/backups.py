"""Rotating backups of the book and restoring one.

A backup is a consistent copy made with SQLite's online backup API (safe while the book is open),
written owner-only into ``<data dir>/backups`` as ``familypool-YYYYMMDD-HHMMSS-ffffff-n<sequence>-<reason>.sqlite``.
The stamp (China time) is only shown; backups are ordered by the sequence number, one more than the highest in
the folder, so a PC clock that is wrong (years behind, or set ahead once and corrected) cannot make a new copy
sort as the oldest and be rotated out the moment it is written. Backups named before sequence numbers (no
``n…``) count as older than every numbered one, and among themselves by their stamps. The newest :data:`KEEP`
are kept, never the one just written nor one a restore is about to use. Restoring: ``store/restore.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from . import migrate, paths

KEEP = 10
CHINA = timezone(timedelta(hours=8))
_NAME = re.compile(r"^familypool-(\d{8})-(\d{6})-(\d{6})-(?:n(\d{1,12})-)?([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    seq: int = 0  # the order they were written in; 0 for backups named before sequence numbers

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


def _copy(src: Path, dst: Path, journal_mode: str = "DELETE") -> None:
    """Copy ``src`` to a new owner-only ``dst`` through the backup API (one self-contained file in rollback mode,
    or set to WAL for a book about to be restored); ``dst`` appears whole, synced, or not at all."""
    tmp = dst.with_name(dst.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        paths.make_private_file(tmp)
        s = ro_connect(src)
        d = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            s.backup(d)
            d.execute(f"PRAGMA journal_mode = {journal_mode}")  # closing leaves no -wal beside it
        finally:
            d.close()
            s.close()
        paths.restrict(tmp)
        os.replace(tmp, dst)
        sync_dir(dst.parent)
    except BaseException:  # a full disk: no half copy left to be taken for a backup
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise


def sync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; elsewhere the file system does it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def list_backups(data_dir: Path) -> list[Backup]:
    """Backups, newest first."""
    d = paths.backup_dir(data_dir)
    out = []
    if d.is_dir():
        for p in d.iterdir():
            m = _NAME.match(p.name)
            if m:
                try:
                    made = datetime.strptime(m.group(1) + m.group(2) + m.group(3), "%Y%m%d%H%M%S%f")
                except ValueError:  # a name that only looks like ours
                    continue
                out.append(Backup(p, made, m.group(5), int(m.group(4) or 0)))
    out.sort(key=lambda b: (b.seq, b.made_at), reverse=True)
    return out


def make_backup(data_dir: Path, reason: str, src: Path | None = None, now: datetime | None = None,
                protect: Iterable[Path] = ()) -> Path:
    """Copy the book (or ``src``) into the backups folder and drop all but the newest :data:`KEEP`, never the new
    copy nor any of ``protect`` (a backup about to be restored)."""
    src = src or paths.db_path(data_dir)
    d = paths.ensure_private_dir(paths.backup_dir(data_dir))
    now = now or china_now()
    kept = list_backups(data_dir)
    taken = {b.made_at for b in kept}
    while now in taken:  # never reuse a stamp: names stay unique whatever the clock says
        now += timedelta(microseconds=1)
    seq = max((b.seq for b in kept), default=0) + 1
    dst = d / f"familypool-{now:%Y%m%d-%H%M%S-%f}-n{seq:06d}-{reason}.sqlite"
    _copy(src, dst)
    rotate(data_dir, protect=(dst, *protect))
    return dst


def rotate(data_dir: Path, keep: int = KEEP, protect: Iterable[Path] = ()) -> None:
    """Delete all but the newest ``keep`` backups (by sequence), sparing ``protect``."""
    spared = {Path(p).resolve() for p in protect}
    for b in list_backups(data_dir)[keep:]:
        if b.path.resolve() not in spared:
            b.path.unlink(missing_ok=True)


def is_good(path: Path) -> bool:
    """True when the file opens, passes ``quick_check`` and carries a schema revision this app knows (a file
    from a newer FamilyPool is never offered as a good backup: this app could not open it)."""
    try:
        con = ro_connect(path)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return ok and rev is not None and rev[0] in migrate.known_revisions()
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


def keep_aside(path: Path, label: str, now: datetime | None = None) -> Path:
    """Copy the book with its -wal/-journal, byte for byte, to ``familypool-<label>-<time>.sqlite`` beside it and
    leave the book itself as it is (a copy appears whole or not at all)."""
    now = now or china_now()
    target = path.with_name(f"familypool-{label}-{now:%Y%m%d-%H%M%S-%f}.sqlite")
    for src in [path, *_sidecars(path)]:
        if src.exists() and not src.name.endswith("-shm") and (src == path or src.stat().st_size > 0):
            dst = target.with_name(target.name + src.name[len(path.name):])
            tmp = dst.with_name(dst.name + ".part")
            try:
                paths.make_private_file(tmp)
                shutil.copyfile(src, tmp)
                os.replace(tmp, dst)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
    sync_dir(path.parent)
    return target


@dataclass(frozen=True)
class Restored:
    source: Path
    previous: Path | None  # where the replaced book went (a backup, or the damaged file kept aside)
    previous_was_damaged: bool
