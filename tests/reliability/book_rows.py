"""Every row of a book, read with sqlite3 alone: compared before and after a refused input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import paths


def all_rows(data: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(paths.db_path(data))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")), key=repr) for t in sorted(tables)}
    finally:
        con.close()
