"""A damaged ``-wal`` is found before SQLite reads it, and ``check`` changes nothing (issue 14, item 4).

The book has 7 visits: 2 in the main file and 5 only in its -wal (one transaction of 7 frames each, the 7th the
commit; ``wal_books.py``). Each case flips one byte; SQLite would drop the frame and all after it. Each time: the
command line refuses in one line naming how many saved changes would be lost (exactly the visits SQLite loses),
keeps a copy of the pair and changes no byte; ``check`` does the same; the window asks what to do; dropping the
changes on request opens the book with what SQLite can read, and the copy stays.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from desktop import cli
from desktop.store import paths, wal
from desktop.ui import book_loader
from desktop.ui.main_window import MainWindow
from tests.reliability.wal_books import visits, wal_book
from tests.ui.test_book_loader import Dialogs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

PAGE, FRAME = 4096, 4096 + 24
TX = 10  # frames each visit's transaction writes (its pages of visits, lines, indexes — the quota index of revision
#          0005 among them — and the carried sums)


def _frame(i: int) -> int:
    return 32 + i * FRAME


CASES = {  # name: (offset of the flipped byte, visits lost); the five visits in the -wal end at frames TX, 2·TX, …, 5·TX
    "header magic": (3, 5),
    "header salt": (17, 5),
    "header checksum": (29, 5),
    "page number of a frame of the 2nd visit": (_frame(TX + 3) + 3, 4),
    "salt of a frame of the 3rd visit": (_frame(2 * TX + 2) + 9, 3),
    "checksum of a frame of the 4th visit": (_frame(3 * TX + 4) + 17, 2),
    "page of frame 4": (_frame(3) + 24 + 2000, 5),
    "page of the last commit frame": (_frame(5 * TX - 1) + 24 + 100, 1),
}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("wal") / "data"
    [backup] = wal_book(data)
    size = wal.wal_path(paths.db_path(data)).stat().st_size
    assert size == 32 + 5 * TX * FRAME and visits(paths.db_path(data)) == 7
    return data, backup


def _damaged(prepared, tmp_path: Path, case: str) -> tuple[Path, int]:
    src, _backup = prepared
    data = tmp_path / "data"
    shutil.copytree(src, data)
    w = wal.wal_path(paths.db_path(data))
    body = bytearray(w.read_bytes())
    offset, lost = CASES[case]
    body[offset] ^= 0x5A
    w.write_bytes(bytes(body))
    return data, lost


def _digests(data: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data.iterdir())
            if p.name.startswith("familypool.sqlite")}


@pytest.mark.parametrize("case", CASES)
def test_the_command_line_refuses_a_damaged_wal_and_says_what_would_be_lost(prepared, tmp_path, case, capsys):
    data, lost = _damaged(prepared, tmp_path, case)
    db = paths.db_path(data)
    assert visits(db) == 7 - lost  # what SQLite itself would read: the damage does lose visits
    before = _digests(data)
    damaged_wal = wal.wal_path(db).read_bytes()
    for command in ("balances", "check"):
        assert cli.main(["--data-dir", str(data), command]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert f"the last {lost} saved change(s)" in err[0] and "damaged" in err[0] and "Nothing was changed" in err[0]
        assert "familypool-cli restore" in err[0] and "familypool-cli drop-damaged-changes" in err[0]
        assert _digests(data) == before, command  # not a byte of the book or its -wal
    [copy] = [p for p in data.iterdir() if p.name.startswith("familypool-journal-") and p.name.endswith("-wal")]
    assert copy.read_bytes() == damaged_wal and copy.name in err[0]
    assert {p.stat().st_mode & 0o777 for p in data.glob("familypool-journal-*")} == {0o600}  # owner-only
    assert cli.main(["--data-dir", str(data), "drop-damaged-changes"]) == 0
    assert cli.main(["--data-dir", str(data), "balances"]) == 0  # settled: not refused again
    assert visits(db) == 7 - lost and copy.read_bytes() == damaged_wal


def test_restoring_over_a_damaged_wal_keeps_the_pair_aside(prepared, tmp_path, capsys):
    data, _lost = _damaged(prepared, tmp_path, "checksum of a frame of the 4th visit")
    damaged_wal = wal.wal_path(paths.db_path(data)).read_bytes()
    assert cli.main(["--data-dir", str(data), "restore"]) == 0
    assert "the damaged book was kept as" in capsys.readouterr().out
    [aside] = [p for p in data.iterdir() if p.name.startswith("familypool-damaged-") and p.name.endswith("-wal")]
    assert aside.read_bytes() == damaged_wal
    assert visits(paths.db_path(data)) == 1


def test_check_is_read_only_for_real(prepared, tmp_path, capsys):
    """A healthy -wal left by a crash: check says ok and leaves the -wal (and the book) byte for byte as they were;
    it used to open the book for writing, and closing it checkpointed and removed the -wal."""
    src, _backup = prepared
    data = tmp_path / "data"
    shutil.copytree(src, data)
    before = _digests(data)
    backups_before = sorted(p.name for p in paths.backup_dir(data).iterdir())
    assert cli.main(["--data-dir", str(data), "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    after = _digests(data)
    assert after.get("familypool.sqlite-wal") == before["familypool.sqlite-wal"]
    assert {k: v for k, v in after.items() if k != "familypool.sqlite-shm"} == \
        {k: v for k, v in before.items() if k != "familypool.sqlite-shm"}
    assert sorted(p.name for p in paths.backup_dir(data).iterdir()) == backups_before  # no backup made


def test_a_wal_checkpointed_already_is_not_called_damaged(prepared, tmp_path):
    """Frames a checkpoint had copied into the main file lose nothing when dropped: no false alarm."""
    src, _backup = prepared
    data = tmp_path / "data"
    shutil.copytree(src, data)
    db = paths.db_path(data)
    saved = wal.wal_path(db).read_bytes()
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(PASSIVE)")  # copies every frame into the main file, keeps the -wal
    con.close()
    wal.wal_path(db).write_bytes(saved[:_frame(3 * TX + 4) + 17] + bytes([saved[_frame(3 * TX + 4) + 17] ^ 1]) + saved[_frame(3 * TX + 4) + 18:])
    assert wal.check(db) is None
    assert struct.unpack(">I", saved[:4])[0] in (wal.MAGIC_LE, wal.MAGIC_BE)


@pytest.fixture
def window(qtbot, ui_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(MainWindow, "_open_book", lambda self: None)
    w = MainWindow(data_dir=tmp_path / "data", settings=ui_settings)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def dialogs(monkeypatch):
    d = Dialogs()
    monkeypatch.setattr(book_loader, "choose", d.choose)
    monkeypatch.setattr(book_loader, "tell", d.tell)
    monkeypatch.setattr(book_loader, "quit_app", d.quit_app)
    return d


def test_the_window_asks_what_to_do_with_a_damaged_wal(prepared, tmp_path, window, dialogs, lang):
    data, lost = _damaged(prepared, tmp_path, "salt of a frame of the 3rd visit")
    before = _digests(data)
    assert book_loader.open_book_for_window(window, data) is None  # the answer is Quit
    [(title, text, options)] = dialogs.asked
    assert title == "打不开家庭账本" and f"最近保存的 {lost} 次改动" in text and "已损坏" in text
    assert options == ["恢复最近的完好备份(&R)", "打开账本，不要读不出来的改动(&O)", "退出(&Q)"]
    assert dialogs.quit == 1 and _digests(data) == before
    dialogs.answer = book_loader.DROP
    book = book_loader.open_book_for_window(window, data)
    try:
        assert book.visit_count() == 7 - lost
    finally:
        book.close()


def test_any_flipped_byte_is_found_exactly_when_sqlite_would_lose_visits(prepared, tmp_path, slow):
    """Random single-byte damage anywhere in the -wal: ``wal.check`` reports damage exactly when SQLite reads fewer
    visits, and the number of changes it names is the number of visits lost."""
    src, _backup = prepared
    body = wal.wal_path(paths.db_path(src)).read_bytes()
    rng = random.Random(1414)
    found = 0
    for trial in range(200 if slow else 40):
        d = tmp_path / f"t{trial}"
        d.mkdir()
        db = d / "familypool.sqlite"
        shutil.copyfile(paths.db_path(src), db)
        damaged = bytearray(body)
        offset = rng.randrange(len(damaged))
        damaged[offset] ^= 1 << rng.randrange(8)
        wal.wal_path(db).write_bytes(bytes(damaged))
        damage = wal.check(db)
        lost = 7 - visits(db)
        assert (damage.changes if damage else 0) == lost, (trial, offset)
        found += damage is not None
    assert found > 0
