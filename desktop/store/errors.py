"""Why a book cannot be opened or changed, with a message for people in Chinese and English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: datetime is not needed before the window (benchmarks/startup.py)
    from datetime import datetime

_NOISE = r"[\x00-\x1f\x7f]+"  # compiled when first used (re's cache): not before the window is up
_BANNER = r"\*\*\* in database \w+ \*\*\*"


def short(detail: str, limit: int = 120) -> str:
    """One short line of a SQLite message: without ``*** in database main ***``, line breaks or control
    characters (a file of zeros gives NULs), cut at ``limit`` characters."""
    text = re.sub(_NOISE, " ", re.sub(_BANNER, " ", str(detail)))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class StoreError(Exception):
    """Base of storage problems; ``zh`` and ``en`` are the sentences shown to people."""

    code = "store"

    def __init__(self, zh: str, en: str) -> None:
        from desktop.core import idnumber  # late: paths.py, read before the window, imports us

        zh, en = idnumber.mask_in(zh), idnumber.mask_in(en)  # a detail quoted from a file: never an ID in full
        super().__init__(en)
        self.zh, self.en = zh, en

    def text(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


class DamagedDatabase(StoreError):
    """The file fails its integrity check or is not a FamilyPool book; it is left as it is."""

    code = "damaged"

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        detail = short(detail)
        self.path, self.detail, self.backup = Path(path), detail, backup
        offer_zh = f"可以从最近的完好备份恢复：{backup.name}。" if backup else "没有可用的备份。"
        offer_en = f"You can restore the latest good backup: {backup.name}." if backup else "No good backup was found."
        super().__init__(
            f"数据文件已损坏（{detail}），没有做任何改动。{offer_zh}",
            f"The data file is damaged ({detail}); nothing was changed. {offer_en}",
        )


class DamagedJournal(DamagedDatabase):
    """The book's ``-wal`` (its latest changes, not yet in the main file) fails its checksums: SQLite would drop
    the damaged part and everything after it. Nothing was changed; a copy of the pair is kept aside."""

    code = "damaged_journal"

    def __init__(self, path: Path, changes: int, last_change: datetime, copy: Path, backup: Path | None) -> None:
        self.path, self.backup, self.copy = Path(path), backup, Path(copy)
        self.changes, self.last_change = changes, last_change
        self.detail = f"{changes} saved change(s) in {self.path.name}-wal cannot be read"
        when = f"{last_change:%Y-%m-%d %H:%M}"
        offer_zh = f"也可以从最近的完好备份恢复：{backup.name}。" if backup else "没有可用的备份。"
        offer_en = f"You can also restore the latest good backup: {backup.name}." if backup else "No good backup was found."
        StoreError.__init__(
            self,
            f"账本最近改动的记录（{self.path.name}-wal）已损坏：最近保存的 {changes} 次改动（最后一次在 {when}）"
            f"读不出来，打开账本就会丢掉它们。没有做任何改动；记录已原样另存为 {self.copy.name}。{offer_zh}",
            f"The record of the book's latest changes ({self.path.name}-wal) is damaged: the last {changes} saved "
            f"change(s), the latest at {when}, cannot be read and would be lost on opening. Nothing was changed; "
            f"a copy is kept as {self.copy.name}. {offer_en}",
        )


class NewerDatabase(StoreError):
    """The file was written by a newer FamilyPool; it is refused and not touched."""

    code = "newer"

    def __init__(self, path: Path, revision: str) -> None:
        self.path, self.revision = Path(path), revision
        super().__init__(
            f"这个数据文件来自更新版本的家庭共济助手（结构版本 {revision}），请先升级本程序。文件没有被改动。",
            f"This data file comes from a newer FamilyPool (schema {revision}); please update the app. "
            "The file was not changed.",
        )


class MigrationFailed(StoreError):
    code = "migration"

    def __init__(self, detail: str, backup: Path | None) -> None:
        self.detail, self.backup = detail, backup
        where = f" {backup.name}" if backup else ""
        super().__init__(
            f"升级数据文件失败（{detail}），文件保持原样；升级前的备份：{where or '无'}。",
            f"Upgrading the data file failed ({detail}); it was left as it was. Backup made before:{where or ' none'}.",
        )


class NoBackup(StoreError):
    code = "no_backup"

    def __init__(self) -> None:
        super().__init__("没有找到可用的备份。", "No usable backup was found.")


class RestoreFailed(StoreError):
    """A restore stopped part-way (an unreadable backup, a file that could not be written): the book is as it was."""

    code = "restore_failed"

    def __init__(self, detail: str) -> None:
        self.detail = short(detail)
        super().__init__(f"恢复备份时出错（{self.detail}），账本保持原样。",
                         f"The restore stopped ({self.detail}); the book is as it was.")


class RestoreInterrupted(StoreError):
    """``check`` found a restore cut short; any open finishes it (``store/restore.py``)."""

    code = "restore_interrupted"

    def __init__(self) -> None:
        super().__init__("上次恢复备份被中断，还没有完成；打开一次账本就会完成它，然后再检查。",
                         "A restore of a backup was interrupted and is not finished yet; opening the book once "
                         "finishes it. Then check again.")


class Unsettled(StoreError):
    """``check`` found a change a crash cut short (a hot journal): opening the book lets SQLite roll it back."""

    code = "unsettled"

    def __init__(self) -> None:
        super().__init__("上次意外退出时有一项改动没有写完；打开一次账本，SQLite 会把它撤回，然后再检查。",
                         "A change was cut short when FamilyPool last stopped unexpectedly; opening the book once "
                         "lets SQLite roll it back. Then check again.")
