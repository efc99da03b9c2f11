"""``--data-dir`` at a folder that is not FamilyPool's: a shared or foreign folder is refused with a message and
left exactly as it was (its mode too); only folders the app creates, and its own data folder, are made 0700."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop import cli
from desktop.book import FamilyBook
from desktop.store.paths import NotADataFolder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX folder modes")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def _shared(tmp_path: Path, with_files: bool = True) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    if with_files:
        (shared / "someone-elses.txt").write_text("not ours\n")
    os.chmod(shared, 0o1777)
    return shared


def _listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


@pytest.mark.parametrize("command", [["import", "book.json"], ["init"], ["demo"], ["restore"], ["balances"]])
def test_a_shared_folder_with_other_files_is_refused_and_left_as_it_was(tmp_path, capsys, command):
    shared = _shared(tmp_path)
    (tmp_path / "book.json").write_text("{}")
    before = _listing(shared)
    args = [str(tmp_path / a) if a.endswith(".json") else a for a in command]
    assert cli.main(["--data-dir", str(shared), *args]) == 1
    err = capsys.readouterr().err
    assert _mode(shared) == 0o1777, oct(_mode(shared))
    assert _listing(shared) == before  # no lock, no book, no backup
    if command[0] not in ("restore", "balances"):  # those two say there is no book or backup there
        assert "is not a FamilyPool data folder" in err and "Nothing was changed" in err, err
    assert len(err.strip().splitlines()) == 1


def test_an_empty_shared_folder_is_refused_too(tmp_path):
    shared = _shared(tmp_path, with_files=False)
    with pytest.raises(NotADataFolder) as e:
        FamilyBook.open(shared)
    assert "shared" in e.value.en and "共用" in e.value.zh
    assert _mode(shared) == 0o1777 and list(shared.iterdir()) == []


def test_a_foreign_folder_of_ones_own_is_refused_without_a_change(tmp_path):
    docs = tmp_path / "Documents"
    docs.mkdir(mode=0o755)
    os.chmod(docs, 0o755)
    (docs / "letter.txt").write_text("hello")
    with pytest.raises(NotADataFolder) as e:
        FamilyBook.open(docs)
    assert "already holds other files" in e.value.en and str(docs / "FamilyPool") in e.value.en
    assert _mode(docs) == 0o755 and _listing(docs) == [("letter.txt", 5)]


def test_new_folders_and_the_apps_own_folder_are_made_private(tmp_path):
    old = os.umask(0o022)
    try:
        nested = tmp_path / "a" / "b" / "data"
        FamilyBook.open(nested).close()
        assert [_mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", nested)] == [0o700] * 3
        os.chmod(nested, 0o755)  # our own data folder, loosened by someone: made private again at open
        FamilyBook.open(nested).close()
        assert _mode(nested) == 0o700
        empty = tmp_path / "empty"
        empty.mkdir()
        os.chmod(empty, 0o755)  # an empty folder of one's own is taken as the data folder
        FamilyBook.open(empty).close()
        assert _mode(empty) == 0o700 and (empty / "familypool.sqlite").is_file()
    finally:
        os.umask(old)


def test_the_window_explains_a_foreign_folder(tmp_path, qtbot, ui_settings, english, monkeypatch):
    from desktop.ui import book_loader
    from desktop.ui.main_window import MainWindow

    told: list[str] = []
    monkeypatch.setattr(book_loader, "tell", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(book_loader, "quit_app", lambda _w: None)
    monkeypatch.setattr(MainWindow, "_open_book", lambda self: None)
    shared = _shared(tmp_path)
    w = MainWindow(data_dir=shared, settings=ui_settings)
    qtbot.addWidget(w)
    assert book_loader.open_book_for_window(w, shared) is None
    assert len(told) == 1 and told[0].startswith(f"The folder {shared} is not a FamilyPool data folder")
    assert _mode(shared) == 0o1777
