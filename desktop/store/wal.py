"""Checking the book's ``-wal`` ourselves, before SQLite reads it.

The ``-wal`` holds the latest committed changes until a checkpoint copies them into the main file. SQLite reads it
frame by frame and stops at the first frame whose salts or cumulative checksum do not match: that frame and every
one after it are dropped silently (https://sqlite.org/fileformat2.html#walformat). After a crash that is right for
an unfinished transaction at the end; anywhere else it loses committed changes. :func:`check` finds such damage:

- the 32-byte header: magic 0x377f0682 (little-endian checksums) or 0x377f0683 (big-endian), version 3007000,
  page size, checkpoint sequence, salt-1, salt-2, and a checksum of the first 24 bytes;
- each frame: a 24-byte header (page number, database size after a commit or 0, the header's salts, a checksum
  running over every earlier frame, this frame header's first 8 bytes and the page) and the page.

Damage is reported only when committed changes would be dropped and are not already in the main file: frames
from the first bad one up to the last commit frame carrying the header's salts, whose pages differ from the main
file's (a checkpoint may have copied them already). Stale frames of an earlier cycle (other salts) and an
unfinished transaction at the end are what SQLite is meant to drop.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import paths

MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683
VERSION = 3007000
HEADER, FRAME_HEADER = 32, 24
MASK = 0xFFFFFFFF
MAX_READ = 1 << 30  # a -wal is a few MB; a bigger one is read this far


@dataclass(frozen=True)
class WalDamage:
    wal: Path
    where: str  # "header" or "frame N" (from 1)
    changes: int  # committed transactions that would be dropped
    last_change: datetime  # the -wal's last write, China time


def wal_path(db: Path) -> Path:
    return Path(db).with_name(Path(db).name + "-wal")


def _checksum(data: bytes, big: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    it = iter(words)
    for x0, x1 in zip(it, it, strict=True):
        s0 = (s0 + x0 + s1) & MASK
        s1 = (s1 + x1 + s0) & MASK
    return s0, s1


def _db_page_size(db: Path) -> int | None:
    try:
        with open(db, "rb") as f:
            head = f.read(18)
    except OSError:
        return None
    if len(head) < 18:
        return None
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def _valid_size(n: int) -> bool:
    return 512 <= n <= 65536 and n & (n - 1) == 0


def check(db: Path) -> WalDamage | None:
    """The damage in ``db``'s ``-wal`` that would lose committed changes, or None (no -wal, or nothing lost)."""
    db = Path(db)
    wal = wal_path(db)
    try:
        with open(wal, "rb") as f:
            data = f.read(MAX_READ)
        mtime = os.stat(wal).st_mtime
    except FileNotFoundError:
        return None
    if len(data) < HEADER + FRAME_HEADER:
        return None  # no whole frame: nothing committed lives here
    magic, version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER])
    big = magic == MAGIC_BE
    header_ok = (magic in (MAGIC_LE, MAGIC_BE) and version == VERSION and _valid_size(page_size)
                 and _checksum(data[:24], big) == (c1, c2))
    if not header_ok:
        page_size = page_size if _valid_size(page_size) else (_db_page_size(db) or 4096)
    size = FRAME_HEADER + page_size
    frames = [data[o:o + size] for o in range(HEADER, len(data) - size + 1, size)]
    if not frames:
        return None
    heads = [struct.unpack(">6I", fr[:FRAME_HEADER]) for fr in frames]
    if header_ok:
        bad, s = None, (c1, c2)
        for i, (pgno, _commit, f1, f2, k1, k2) in enumerate(heads):
            if pgno == 0 or (f1, f2) != (salt1, salt2):
                bad = i
                break
            s = _checksum(frames[i][:8] + frames[i][FRAME_HEADER:], big, *s)
            if s != (k1, k2):
                bad = i
                break
        if bad is None:
            return None
        where = f"frame {bad + 1}"
    else:
        bad, where = 0, "header"
        salt1, salt2 = heads[0][2], heads[0][3]  # the frames' own salts stand for the lost header's
    ours = [i for i in range(bad, len(frames)) if (heads[i][2], heads[i][3]) == (salt1, salt2)]
    commits = [i for i in ours if heads[i][1] != 0 and (i != bad or _plausible_commit(heads, bad, ours, db, page_size))]
    if not commits:
        return None  # stale frames of an earlier cycle, or an unfinished last transaction: SQLite is right
    last = commits[-1]
    latest = {heads[i][0]: frames[i][FRAME_HEADER:] for i in range(bad, last + 1)}
    if all(_page(db, pgno, page_size) == page for pgno, page in latest.items()):
        return None  # a checkpoint had copied all of it into the main file already
    from .backups import CHINA

    when = datetime.fromtimestamp(mtime, CHINA).replace(tzinfo=None)
    return WalDamage(wal, where, len(commits), when)


def _plausible_commit(heads: list[tuple], bad: int, ours: list[int], db: Path, page_size: int) -> bool:
    """Whether the bad frame really ends a transaction: its header may be the damaged part, and a flipped bit in
    the "database size after commit" field of an ordinary frame (0) must not count as one more lost change. A real
    commit's size is within a page per frame of its neighbouring commit's (or of the main file's size)."""
    size = heads[bad][1]
    after = [i for i in ours if i > bad and heads[i][1] != 0]
    before = [i for i in range(bad) if heads[i][1] != 0]
    if after:
        ref, gap = heads[after[0]][1], after[0] - bad
    elif before:
        ref, gap = heads[before[-1]][1], bad - before[-1]
    else:
        try:
            ref, gap = Path(db).stat().st_size // page_size, bad + 1
        except OSError:
            return True
    return abs(size - ref) <= gap


def _page(db: Path, pgno: int, page_size: int) -> bytes | None:
    if pgno < 1:
        return None
    try:
        with open(db, "rb") as f:
            f.seek((pgno - 1) * page_size)
            return f.read(page_size)
    except OSError:
        return None


def keep_copy(db: Path) -> Path:
    """Copy the book and its damaged ``-wal``, as they are, beside it (once per damage: the name carries a digest of
    the -wal); returns the copy of the -wal."""
    import hashlib  # here: the check on every open needs no digest (hashlib is ~5 ms before Home's figures)

    db = Path(db)
    wal = wal_path(db)
    body = wal.read_bytes()
    name = f"familypool-journal-{hashlib.sha256(body).hexdigest()[:12]}.sqlite"
    main, wal_copy = db.with_name(name), db.with_name(name + "-wal")
    if not wal_copy.exists():
        for src, dst in ((db, main), (wal, wal_copy)):
            if not src.exists():  # a -wal whose book is gone: SQLite would delete it with a new book
                continue
            tmp = dst.with_name(dst.name + ".part")
            try:
                paths.make_private_file(tmp)
                with open(src, "rb") as fi, open(tmp, "wb") as fo:
                    while chunk := fi.read(1 << 20):
                        fo.write(chunk)
                    fo.flush()
                    os.fsync(fo.fileno())
                os.replace(tmp, dst)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
    return wal_copy
