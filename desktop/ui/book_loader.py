"""Opening the family book from the window, and what to do when the file cannot be opened.

A damaged file offers the latest good backup (the store moves the damaged file aside, never over it) or
quitting; a file from a newer FamilyPool is refused untouched; a failed upgrade leaves the file as it was.
Every question goes through :func:`choose` and every notice through :func:`tell`, so tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui import reasons

RESTORE = "restore"
DROP = "drop"
QUIT = "quit"
MAX_ATTEMPTS = 3


def choose(parent: QWidget, title: str, text: str, options: Sequence[tuple[str, str]]) -> str:
    """Ask with one button per option (key, label); the last option is the safe one (Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name in the text is shown as it is
    buttons = {}
    for key, label in options:
        role = QMessageBox.ButtonRole.RejectRole if key == options[-1][0] else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = key
    box.setEscapeButton(next(b for b, k in buttons.items() if k == options[-1][0]))
    box.exec()
    return buttons.get(box.clickedButton(), options[-1][0])


def tell(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name in the text is shown as it is
    box.exec()


def quit_app(window: QWidget) -> None:
    """Close the window; the application ends with its last window."""
    window.close()


def open_book_for_window(window: QWidget, data_dir: Path, opener: Callable | None = None):
    """Open the book in ``data_dir`` (the FamilyBook), or explain why not and return None.

    ``opener`` (for tests) stands in for ``FamilyBook.open``.
    """
    from desktop.book import FamilyBook
    from desktop.store.errors import DamagedDatabase, DamagedJournal, StoreError

    open_ = opener or FamilyBook.open
    lang = reasons.lang()
    title = QCoreApplication.translate("BookLoader", "The family book cannot be opened")
    for _attempt in range(MAX_ATTEMPTS):
        try:
            return open_(data_dir)
        except DamagedJournal as e:
            answer = _ask_damaged_journal(window, title, e.text(lang), e.backup is not None)
            if answer == QUIT:
                return _give_up(window)
            if answer == DROP:
                open_ = _dropping(opener)
                continue
            if not _restore(window, title, data_dir, e.backup, lang):
                return _give_up(window)
        except DamagedDatabase as e:
            if e.backup is None:
                tell(window, title, e.text(lang) + "\n\n" + QCoreApplication.translate(
                    "BookLoader", "The damaged file stays where it is. Ask someone to help, or start over with an "
                    "empty book by moving the file %1 away.").replace("%1", str(e.path)))
                return _give_up(window)
            question = QCoreApplication.translate(
                "BookLoader", "Restore the latest good backup? The damaged file is kept beside it, not overwritten.")
            answer = choose(window, title, e.text(lang) + "\n\n" + question, [
                (RESTORE, QCoreApplication.translate("BookLoader", "&Restore the latest good backup")),
                (QUIT, QCoreApplication.translate("BookLoader", "&Quit")),
            ])
            if answer != RESTORE:
                return _give_up(window)
            if not _restore(window, title, data_dir, e.backup, lang):
                return _give_up(window)
        except StoreError as e:  # newer, a failed upgrade...: refused untouched / left as it was
            tell(window, title, e.text(lang))
            return _give_up(window)
        except OSError as e:
            text = QCoreApplication.translate("BookLoader", "The data folder %1 cannot be used: %2")
            tell(window, title, text.replace("%1", str(data_dir)).replace("%2", e.strerror or str(e)))
            return _give_up(window)
    tell(window, title, QCoreApplication.translate(
        "BookLoader", "The book still cannot be opened after restoring a backup."))
    return _give_up(window)


def _ask_damaged_journal(window: QWidget, title: str, text: str, has_backup: bool) -> str:
    options = [(DROP, QCoreApplication.translate("BookLoader", "&Open without the changes that cannot be read"))]
    if has_backup:
        options.insert(0, (RESTORE, QCoreApplication.translate("BookLoader", "&Restore the latest good backup")))
    options.append((QUIT, QCoreApplication.translate("BookLoader", "&Quit")))
    question = QCoreApplication.translate(
        "BookLoader", "You can open the book without those changes (the copy keeps them for someone who can help), "
        "restore the latest good backup if there is one, or quit and change nothing.")
    return choose(window, title, text + "\n\n" + question, options)


def _dropping(opener: Callable | None) -> Callable:
    from desktop.book import FamilyBook

    if opener is not None:  # tests: their stand-in, told to drop
        return lambda d: opener(d, drop_damaged_changes=True)
    return lambda d: FamilyBook.open(d, drop_damaged_changes=True)


def _restore(window: QWidget, title: str, data_dir: Path, backup: Path | None, lang: str) -> bool:
    """Restore ``backup`` after the user chose to; False (told why) when it could not be done."""
    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    try:
        restored = FamilyBook.restore(data_dir, backup)
    except (StoreError, OSError) as err:
        tell(window, title, err.text(lang) if isinstance(err, StoreError) else str(err))
        return False
    done = QCoreApplication.translate("BookLoader", "Restored the backup %1; the damaged file was kept as %2.")
    _say(window, done.replace("%1", restored.source.name)
         .replace("%2", restored.previous.name if restored.previous else "—"))
    return True


def _give_up(window: QWidget) -> None:
    quit_app(window)
    return None


def reopen(window, action: Callable[[], object]) -> object:
    """Close the window's book, run ``action`` (a restore), open the book again and rebuild the pages.

    Returns what ``action`` returned; its exception is raised after the book is open again.
    """
    book = window.book
    data_dir = book.data_dir
    book.close()
    window.book = None
    failure: BaseException | None = None
    result = None
    try:
        result = action()
    except Exception as e:  # reopen first, then report
        failure = e
    new = open_book_for_window(window, data_dir)
    if new is not None:
        window.replace_book(new)
    if failure is not None:
        raise failure
    return result


def _say(window: QWidget, text: str) -> None:
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 20000)
