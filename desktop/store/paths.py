"""Where the book lives: the data folder, the database file and the backups folder.

No Qt here: the GUI passes the folder it got from ``QStandardPaths.AppDataLocation`` as the default,
and the CLI uses :func:`platform_data_dir`, which names the same place without Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORG = "FamilyPool"
APP = "FamilyPool"
ENV_VAR = "FAMILYPOOL_DATA_DIR"
DB_NAME = "familypool.sqlite"
BACKUP_DIR = "backups"


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


def ensure_private_dir(path: Path) -> Path:
    """Create the folder if needed, readable by its owner only (0700 on POSIX)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
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
