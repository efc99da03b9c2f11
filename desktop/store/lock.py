"""One FamilyPool at a time per book: an exclusive lock on ``<data dir>/familypool.lock``.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), held on an open
file for as long as the book is open. The system drops it when the process ends, however it ends, so a
lock file left behind by a crashed or killed FamilyPool is stale and simply taken over: there is nothing
to clean up by hand. The file holds the holder's process id, only to tell people which program has the book.
It is never deleted (deleting a lock file races with a process about to lock it).

Creating the lock file is also the first write into the data folder, so a folder that cannot be written
is reported here, before SQLite is asked to write anything.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from .errors import StoreError
from .paths import LOCK_NAME


class BookInUse(StoreError):
    """Another FamilyPool (window or command) has this book open; nothing was changed."""

    code = "in_use"

    def __init__(self, path: Path, pid: int | None) -> None:
        self.path, self.pid = Path(path), pid
        who_zh = f"（进程 {pid}）" if pid else ""
        who_en = f" (process {pid})" if pid else ""
        super().__init__(
            f"这本家庭账已经在另一个家庭共济助手窗口或命令里打开{who_zh}。请先关闭那个，再打开这里。没有做任何改动。",
            f"This family book is already open in another FamilyPool window or command{who_en}. "
            "Close that one first, then open it here. Nothing was changed.",
        )


class FolderNotWritable(StoreError):
    """The data folder cannot be written (read-only, no permission, disk full); nothing was changed."""

    code = "not_writable"

    def __init__(self, folder: Path, detail: str) -> None:
        self.folder, self.detail = Path(folder), detail
        super().__init__(
            f"无法在数据文件夹 {folder} 里写入（{detail}）。账本没有被改动。请检查这个文件夹是否只读、是否有权限、磁盘是否已满。",
            f"FamilyPool cannot write in the data folder {folder} ({detail}). The book was not changed. "
            "Check that the folder is not read-only, that you may write there and that the disk is not full.",
        )


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: a second open in this process conflicts too
        return True
    except OSError as e:
        if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 1 if os.name == "nt" else 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


class BookLock:
    """The held lock; :meth:`release` (or process exit) lets the next FamilyPool in."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path) -> BookLock:
        """Lock the book in ``data_dir``; raise :class:`BookInUse` or :class:`FolderNotWritable`."""
        path = Path(data_dir) / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as e:
            raise FolderNotWritable(Path(data_dir), e.strerror or str(e)) from e
        try:
            if not _try_lock(fd):
                raise BookInUse(path, _read_pid(fd))
            try:  # ours now: a pid left by a crashed holder is overwritten (stale lock taken over)
                data = str(os.getpid()).encode("ascii")
                if os.name == "nt":  # pragma: no cover - byte 0 is the locked one
                    data = b" " + data
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, data)
                os.ftruncate(fd, len(data))
                if os.name == "posix":
                    os.fchmod(fd, 0o600)
            except OSError as e:
                _unlock(fd)
                raise FolderNotWritable(Path(data_dir), e.strerror or str(e)) from e
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd = self._fd
        self._fd = None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> BookLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder(data_dir: Path) -> int | None:
    """The pid written by the last holder (for messages); None when unknown."""
    path = Path(data_dir) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        return _read_pid(fd)
    finally:
        os.close(fd)


# SQLite's primary result codes that mean "this folder or disk cannot take the write".
_SQLITE_WRITE_FAILURES = {8: "read-only", 10: "disk I/O error, is the disk full?", 13: "disk full",
                          14: "cannot open a file"}
_OS_WRITE_FAILURES = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG,
                      getattr(errno, "EDQUOT", errno.ENOSPC)}


# SQLite's own words for those codes, for an error that carries no code (raised by other code than SQLite's).
_SQLITE_WRITE_WORDS = {"attempt to write a readonly database": 8, "disk i/o error": 10,
                       "database or disk is full": 13, "unable to open database file": 14}


def write_failure(exc: BaseException, folder: Path) -> FolderNotWritable | None:
    """The :class:`FolderNotWritable` that ``exc`` amounts to (SQLite's, SQLAlchemy's wrapper or the OS's), or
    None when it is some other failure."""
    import sqlite3

    orig = getattr(exc, "orig", None)  # sqlalchemy.exc.DBAPIError wraps the driver's error
    err = orig if isinstance(orig, sqlite3.Error | OSError) else exc
    if isinstance(err, sqlite3.Error):
        code = getattr(err, "sqlite_errorcode", None)
        if code is None:
            code = next((c for words, c in _SQLITE_WRITE_WORDS.items() if words in str(err).lower()), None)
        if code is not None and code & 0xFF in _SQLITE_WRITE_FAILURES:
            label, said = _SQLITE_WRITE_FAILURES[code & 0xFF], str(err)
            return FolderNotWritable(folder, label if said in label else f"{label}: {said}")
        return None
    if isinstance(err, OSError) and err.errno in _OS_WRITE_FAILURES:
        return FolderNotWritable(folder, err.strerror or str(err))
    return None
