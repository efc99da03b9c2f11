"""Every file FamilyPool writes is owner-only whatever the umask (payment-card PDFs, the projection report and
chart picture, exports), and a symbolic link planted where a file or its temporary copy goes is never
written through: the link's target stays as it was and the file is a real file of its own."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop import cli
from desktop.ui.pages import projection_page
from desktop.ui.print import pdf
from desktop.ui.print.sheets import payment_card

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


def _every_kind_of_file(book, make_window, monkeypatch, out: Path) -> list[Path]:
    """Write each kind of file the app writes for people into ``out``; returns their paths."""
    sheet = payment_card(book, book.members()[0].id, "zh")
    pdf.write_pdf(sheet, out / "card.pdf")
    monkeypatch.setattr(pdf, "choose_pdf_path", lambda _parent, _suggested: out / "card-saved.pdf")
    assert pdf.save_pdf(None, sheet, "x.pdf") == out / "card-saved.pdf"
    book.export_json(out / "book.json")
    book.export_visits_csv(out / "visits.csv")
    w = make_window(book)
    w.show_page("projection")
    page = w.stack.currentWidget()
    monkeypatch.setattr(projection_page, "choose_save_path", lambda _p, _t, _name, kind: out / f"projection.{kind}")
    assert page.save_png() == out / "projection.png"
    assert page.save_pdf() == out / "projection.pdf"
    return [out / n for n in ("card.pdf", "card-saved.pdf", "book.json", "visits.csv", "projection.png",
                              "projection.pdf")]


def test_every_file_written_for_people_is_owner_only(tmp_path, qtbot, lang, demo_book, make_window, monkeypatch,
                                                    umask_022):
    out = tmp_path / "out"
    out.mkdir()
    written = _every_kind_of_file(demo_book, make_window, monkeypatch, out)
    for p in written:
        assert p.is_file() and p.stat().st_size > 0, p
        assert _mode(p) == 0o600, f"{p.name} is {oct(_mode(p))}"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)  # no temporary files left


def test_links_planted_at_the_files_and_their_temporary_copies_are_not_followed(tmp_path, qtbot, lang, demo_book,
                                                                               make_window, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    names = ("card.pdf", "card-saved.pdf", "book.json", "visits.csv", "projection.png", "projection.pdf")
    bait = {}
    for n in names:  # a link at the file itself, and one at the temporary name the old code used
        for planted in (n, n + ".part"):
            target = tmp_path / f"attacker-{planted}.txt"
            target.write_text("the attacker's file\n")
            bait[target] = target.read_bytes()
            (out / planted).symlink_to(target)
    written = _every_kind_of_file(demo_book, make_window, monkeypatch, out)
    for target, before in bait.items():
        assert target.read_bytes() == before, f"{target.name} was written through a link"
    for p in written:
        assert not p.is_symlink() and p.is_file() and _mode(p) == 0o600, p
    assert b"%PDF" == (out / "card.pdf").read_bytes()[:4]


def test_the_command_line_export_does_not_follow_a_planted_link(tmp_path, capsys):
    data = tmp_path / "D"
    assert cli.main(["--data-dir", str(data), "demo"]) == 0
    attacker = tmp_path / "attacker.txt"
    attacker.write_text("")
    (data / "book.json.part").symlink_to(attacker)
    assert cli.main(["--data-dir", str(data), "export", str(data / "book.json")]) == 0
    assert attacker.read_text() == ""
    book_json = data / "book.json"
    assert not book_json.is_symlink() and _mode(book_json) == 0o600 and "王建国" in book_json.read_text("utf-8")
    assert (data / "book.json.part").is_symlink()  # left alone, not written through
    capsys.readouterr()


def test_a_failed_write_leaves_no_temporary_file_and_names_the_users_file(tmp_path):
    from desktop.book import write_private

    folder = tmp_path / "gone"
    with pytest.raises(OSError) as e:
        write_private(folder / "x.pdf", b"%PDF")
    assert e.value.filename == str(folder / "x.pdf")
    readonly = tmp_path / "ro"
    readonly.mkdir()
    (readonly / "x.pdf").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_private(readonly / "x.pdf", b"%PDF")
    assert [p.name for p in readonly.iterdir()] == ["x.pdf"]



def test_the_self_test_log_is_owner_only_and_not_written_through_a_link(tmp_path, monkeypatch, umask_022):
    """A windowed build has no stdout: the self-test writes its log in the shared temporary folder."""
    import sys
    import tempfile

    from desktop.ui import self_test

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    attacker = tmp_path / "attacker.txt"
    attacker.write_text("")
    (tmp_path / "familypool-self-test.log").symlink_to(attacker)
    with self_test._output() as out:
        out.write("step: ok\n")
    assert attacker.read_text() == ""
    [log] = [p for p in tmp_path.iterdir() if p.name.startswith("familypool-self-test-")]
    assert log.read_text() == "step: ok\n" and _mode(log) == 0o600
    (tmp_path / "familypool-self-test.log").unlink()
    with self_test._output() as out:
        out.write("again\n")
    assert _mode(tmp_path / "familypool-self-test.log") == 0o600
