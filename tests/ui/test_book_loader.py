"""Opening the book from the window: a damaged file offers the latest good backup (never written over) or
quitting; a newer file is refused untouched; a failed upgrade or an unusable folder is explained."""

import sqlite3

import pytest

from desktop.book import FamilyBook
from desktop.store.errors import MigrationFailed
from desktop.ui import book_loader
from desktop.ui.main_window import MainWindow

GARBAGE = b"this is not a database at all\n" * 200


class Dialogs:
    """Stands in for the message boxes: records what was said, answers with ``answer``."""

    def __init__(self, answer=book_loader.QUIT):
        self.answer = answer
        self.told: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str, list]] = []
        self.quit = 0

    def choose(self, _parent, title, text, options):
        self.asked.append((title, text, [label for _key, label in options]))
        return self.answer

    def tell(self, _parent, title, text):
        self.told.append((title, text))

    def quit_app(self, _window):
        self.quit += 1


@pytest.fixture
def dialogs(monkeypatch):
    d = Dialogs()
    monkeypatch.setattr(book_loader, "choose", d.choose)
    monkeypatch.setattr(book_loader, "tell", d.tell)
    monkeypatch.setattr(book_loader, "quit_app", d.quit_app)
    return d


@pytest.fixture
def window(qtbot, ui_settings, tmp_path, monkeypatch):
    """A window that waits for its book; the test opens it by calling the loader itself."""
    monkeypatch.setattr(MainWindow, "_open_book", lambda self: None)
    w = MainWindow(data_dir=tmp_path / "data", settings=ui_settings)
    qtbot.addWidget(w)
    return w


def _book_with_backup(data_dir):
    """A book with 王建国 and a good backup of it, then closed."""
    book = FamilyBook.open(data_dir, daily_backup=False)
    book.add_member("王建国", "140100", "employee")
    backup = book.backup("manual")
    book.close()
    return backup


def _damage(data_dir):
    db = data_dir / "familypool.sqlite"
    for side in ("-wal", "-shm"):
        (data_dir / f"familypool.sqlite{side}").unlink(missing_ok=True)
    db.write_bytes(GARBAGE)
    return db


def test_the_window_opens_the_book_on_its_first_turn(qtbot, ui_settings, tmp_path, lang):
    w = MainWindow(data_dir=tmp_path / "data", settings=ui_settings)
    qtbot.addWidget(w)
    assert w.book is None
    qtbot.waitUntil(lambda: w.book is not None, timeout=5000)
    assert isinstance(w.book.book, FamilyBook) and w.book.data_dir == tmp_path / "data"
    assert w.statusBar().currentMessage() == f"数据文件夹：{tmp_path / 'data'}"
    w.book.close()


def test_damaged_file_restores_the_latest_good_backup_and_keeps_the_damaged_one(window, dialogs, tmp_path, lang):
    data = tmp_path / "data"
    backup = _book_with_backup(data)
    db = _damage(data)
    dialogs.answer = book_loader.RESTORE

    book = book_loader.open_book_for_window(window, data)

    try:
        assert [m.name for m in book.members()] == ["王建国"]  # the backup's contents
    finally:
        book.close()
    [(title, text, options)] = dialogs.asked
    assert title == "打不开家庭账本"
    assert text.startswith("数据文件已损坏（not a SQLite database），没有做任何改动。")
    assert backup.name in text
    assert options == ["恢复最近的完好备份(&R)", "退出(&Q)"]
    kept = [p for p in data.iterdir() if p.name.startswith("familypool-damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == GARBAGE  # moved aside, byte for byte
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert dialogs.quit == 0
    assert window.statusBar().currentMessage().startswith(f"已恢复备份 {backup.name}；损坏的文件另存为 familypool-damaged-")


def test_damaged_file_and_quit_leaves_everything_as_it_was(window, dialogs, tmp_path, lang):
    data = tmp_path / "data"
    _book_with_backup(data)
    db = _damage(data)
    before = sorted(p.name for p in data.iterdir())
    dialogs.answer = book_loader.QUIT

    assert book_loader.open_book_for_window(window, data) is None

    assert db.read_bytes() == GARBAGE
    assert sorted(p.name for p in data.iterdir()) == before
    assert dialogs.quit == 1


def test_damaged_file_without_a_backup_is_explained_and_kept(window, dialogs, tmp_path, english):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "familypool.sqlite"
    db.write_bytes(GARBAGE)

    assert book_loader.open_book_for_window(window, data) is None

    assert dialogs.asked == []  # nothing to offer
    [(title, text)] = dialogs.told
    assert title == "The family book cannot be opened"
    assert "The data file is damaged (not a SQLite database); nothing was changed. No good backup was found." in text
    assert str(db) in text
    assert db.read_bytes() == GARBAGE and dialogs.quit == 1


def test_a_newer_database_is_refused_untouched(window, dialogs, tmp_path, lang):
    data = tmp_path / "data"
    FamilyBook.open(data, daily_backup=False).close()
    db = data / "familypool.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    files = sorted(p.name for p in data.rglob("*"))

    assert book_loader.open_book_for_window(window, data) is None

    [(title, text)] = dialogs.told
    assert text == ("这个数据文件来自更新版本的家庭共济助手（结构版本 9999_from_the_future），请先升级本程序。"
                    "文件没有被改动。")
    assert dialogs.asked == [] and dialogs.quit == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in data.rglob("*")) == files  # no backup, no -wal, nothing new


def test_a_failed_upgrade_is_explained(window, dialogs, tmp_path, lang):
    def failing(_data_dir):
        raise MigrationFailed("no such table: visits", None)

    assert book_loader.open_book_for_window(window, tmp_path / "data", opener=failing) is None
    [(_title, text)] = dialogs.told
    assert text.startswith("升级数据文件失败（no such table: visits），文件保持原样")
    assert dialogs.quit == 1


def test_an_unusable_data_folder_is_explained(window, dialogs, tmp_path, english):
    def denied(_data_dir):
        raise PermissionError(13, "Permission denied")

    assert book_loader.open_book_for_window(window, tmp_path / "locked", opener=denied) is None
    [(_title, text)] = dialogs.told
    assert text == f"The data folder {tmp_path / 'locked'} cannot be used: Permission denied"
