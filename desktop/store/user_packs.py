"""Policy files a family loaded: kept in the data folder's ``packs`` folder, beside the book.

A loaded file replaces the bundled pack of the same region (it is stored under the bundled file's name,
so the two never both claim the code); a region without a bundled pack keeps the file's own name. Files
are written atomically and owner-only (``private_file``), so a crash leaves the old file or the new one,
never half of one; the registry reads only ``*.toml``, never a temporary ``.part``. Which files are good
is the core's business (``policy.load_default``): a file that went bad on disk is reported and the
bundled pack is used in its place.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core import policy

from . import paths
from .private_file import write_private

FOLDER = "packs"


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def registry(data_dir: Path | None) -> policy.Registry:
    """The bundled packs with the family's loaded ones in place (just the bundled ones without a data folder)."""
    return policy.load_default([folder(data_dir)] if data_dir is not None else [])


def installed(data_dir: Path) -> list[Path]:
    """The loaded files, by name."""
    d = folder(data_dir)
    return sorted(d.glob("*.toml")) if d.is_dir() else []


def bundled_name(code: str) -> str | None:
    """The file name of the bundled pack for ``code``, if there is one."""
    return next((p.name for p in sorted(policy.packs_dir().glob(f"{code}-*.toml"))), None)


def install(data_dir: Path, name: str, data: bytes) -> Path:
    """Write a checked file into the packs folder (atomically) and return where it went."""
    d = paths.ensure_private_dir(folder(data_dir))
    target = d / name
    write_private(target, data)
    for other in d.glob(f"{name[:6]}-*.toml"):  # one file per region: an older one under another name goes
        if other.name != name:
            other.unlink()
    return target


def remove(data_dir: Path, name: str) -> bool:
    """Take a loaded file away (the bundled pack applies again); False when there was none."""
    target = folder(data_dir) / name
    if Path(name).name != name or target.suffix != ".toml" or not target.is_file():
        return False
    os.unlink(target)
    return True
