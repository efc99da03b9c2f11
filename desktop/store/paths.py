"""Where the book lives: the data folder, the database file and the backups folder.

No Qt here: the GUI passes the folder it got from ``QStandardPaths.AppDataLocation`` as the default,
and the CLI uses :func:`platform_data_dir`, which names the same place without Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import StoreError

ORG = "FamilyPool"
APP = "FamilyPool"
ENV_VAR = "FAMILYPOOL_DATA_DIR"
DB_NAME = "familypool.sqlite"
BACKUP_DIR = "backups"
LOCK_NAME = "familypool.lock"


def platform_data_dir() -> Path:
    """What ``QStandardPaths.AppDataLocation`` gives for organisation and application FamilyPool."""
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / ORG / APP


def resolve_data_dir(cli_value: str | os.PathLike | None, default: Path | None = None) -> Path:
    """``--data-dir``, then ``FAMILYPOOL_DATA_DIR``, then ``default`` (the app's), then the platform folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(default) if default is not None else platform_data_dir()


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


class NotADataFolder(StoreError):
    """``--data-dir`` names a folder that holds other things, or is shared: it is refused and left as it is."""

    code = "not_a_data_folder"

    def __init__(self, folder: Path, why: str) -> None:
        self.folder, self.why = Path(folder), why
        zh = "里面已经有别的文件" if why == "not_empty" else "是和别人共用的文件夹"
        en = "already holds other files" if why == "not_empty" else "is shared with other users"
        super().__init__(
            f"文件夹 {folder} 不是家庭共济助手的数据文件夹：它{zh}。没有做任何改动。"
            f"请选一个新的或空的、只属于你的文件夹，例如 {Path(folder) / APP}。",
            f"The folder {folder} is not a FamilyPool data folder: it {en}. Nothing was changed. "
            f"Choose a new or empty folder of your own, for example {Path(folder) / APP}.",
        )


def _ours(path: Path) -> bool:
    """A data folder FamilyPool has used: it holds the book, its lock or its backups folder."""
    return any((path / name).exists() for name in (DB_NAME, LOCK_NAME, BACKUP_DIR))


def check_data_dir(path: Path) -> None:
    """Refuse (:class:`NotADataFolder`) an existing folder that is neither ours nor empty and private to us.

    Changes nothing. A folder that does not exist yet is fine (:func:`ensure_private_dir` creates it).
    """
    path = Path(path)
    if not path.is_dir() or _ours(path):
        return
    if any(path.iterdir()):
        raise NotADataFolder(path, "not_empty")
    if os.name == "posix":
        st = path.stat()
        if st.st_uid != os.geteuid() or st.st_mode & 0o1000:  # another user's, or sticky like /tmp
            raise NotADataFolder(path, "shared")


def open_data_dir(path: Path) -> Path:
    """The data folder, checked (:func:`check_data_dir`) and then made private (:func:`ensure_private_dir`)."""
    check_data_dir(path)
    return ensure_private_dir(path)


def ensure_private_dir(path: Path) -> Path:
    """A folder of ours (the data folder once checked, its backups folder), readable by its owner only (0700 on
    POSIX); every folder created on the way is made 0700 too."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
    if os.name == "posix":
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def make_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist, so SQLite inherits the mode."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def restrict(path: Path) -> None:
    """Owner-only mode on an existing file (POSIX); a no-op elsewhere."""
    if os.name == "posix" and Path(path).exists():
        os.chmod(path, 0o600)
