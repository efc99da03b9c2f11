"""The main window: a menu bar, a sidebar of big buttons, one page per entry, a status line.

The window is shown before the family book (and the ORM behind it) is imported; the book opens on the
event-loop turn after the window's first paint, and pages are built the first time they are shown.
``window.book`` is then the book behind a :class:`~desktop.ui.book_adapter.BookAdapter`: each write a person
makes is kept in the undo history, and after every write the pages that show what it changed (``BasePage.SHOWS``
against the adapter's ``FOOTPRINTS``) read the book again: the page shown at once, the others when next shown.
A page shown again on a later day than it last read the book reads it again too (its "today" moved), and every
page does after a write from outside the window (the command line while the window is open: the database file
moved while no write of the window's was announced).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.menus import Menus
from desktop.ui.qt_values import ALIGN_CENTER, TEXT_BESIDE_ICON
from desktop.ui.settings_store import UiSettings
from desktop.ui.undo_history import UndoHistory

# Annotations only, not imported before the window is up: QCloseEvent is a QEvent (~6 ms of enum types), and the
# adapter (~5 ms) comes with the book, the pages' base with the first page.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShortcut  # the keys' classes come with the keys (_bind_keys)

    from desktop.ui.book_adapter import BookAdapter, BookChange
    from desktop.ui.pages.base import BasePage  # with the first page

# (key, English source text, standard icon's name in QStyle.StandardPixmap); text goes through tr() at build
# time. Icons by name: QStyle's enums (~15 ms to create) are first touched after the window is up (_decorate).
ENTRIES: list[tuple[str, str, str]] = [
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "SP_DirHomeIcon"),
    ("family", QT_TRANSLATE_NOOP("MainWindow", "Family"), "SP_FileDialogDetailedView"),
    ("bindings", QT_TRANSLATE_NOOP("MainWindow", "Bindings"), "SP_DialogApplyButton"),
    ("visits", QT_TRANSLATE_NOOP("MainWindow", "Visits"), "SP_FileDialogContentsView"),
    ("wallet", QT_TRANSLATE_NOOP("MainWindow", "Wallet"), "SP_DriveHDIcon"),
    ("projection", QT_TRANSLATE_NOOP("MainWindow", "Projection"), "SP_ArrowRight"),
    ("savings", QT_TRANSLATE_NOOP("MainWindow", "Savings plan"), "SP_DialogYesButton"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "SP_FileDialogListView"),
]

PageFactory = Callable[["MainWindow"], "BasePage"]
OPEN_ANYWAY_MS = 300
UPDATE_BALANCES_KEY = "Ctrl+U"  # after the first event-loop turn, open the book even if the window is not painted


def page_factories() -> dict[str, PageFactory]:
    """Imported lazily so start-up loads only the page shown first."""
    from desktop.ui.pages import FACTORIES

    return FACTORIES


class MainWindow(QMainWindow):
    book_opened = Signal()
    home_shown = Signal()  # Home shows the family's figures: first from a glance, then from the open book

    def __init__(self, data_dir: Path, settings: UiSettings, book: object | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.history = UndoHistory(self)
        self.history.stack.indexChanged.connect(self._update_menus)
        self.history.refused.connect(self._step_refused)
        self.history.moved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.menus: Menus | None = None
        self.book: BookAdapter | None = None
        self._adapter: BookAdapter | None = None  # the adapter of the open book (self.book may be a glance meanwhile)
        self._pages: dict[str, BasePage] = {}
        self._stale: set[str] = set()  # pages built before a write that changed what they show
        self._read_on: dict[str, object] = {}  # the day each page last read the book
        self._stamp: object = None  # the database file as the window's last announced write left it
        if book is not None:
            self._adopt(book)
        self.setMinimumSize(QSize(900, 600))
        self._buttons: dict[str, QToolButton] = {}
        self._shortcuts: list[QShortcut] = []
        self._current = "home"
        self.balances_dialog = None
        self._decorated = book is not None  # at the start (no book yet) the icons come after the first paint
        self._keys_bound = book is not None  # and so do the menus' items and the keys (_bind_keys)
        self._build()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.show_page("home")
        self._open_pending = book is None
        self._glanced = False
        if book is None:  # after the first paint (paintEvent), so the window is up before the ORM is imported
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(OPEN_ANYWAY_MS, self, self._open_if_pending))

    def _build(self) -> None:
        """(Re)build the sidebar and the page stack in the current language."""
        self.setWindowTitle(self.tr("FamilyPool"))
        for sc in self._shortcuts:
            sc.setParent(None)
        self._shortcuts.clear()
        self.wait_background()
        self._pages.clear()
        self._buttons.clear()
        if self.menus is not None:
            self.menus.dispose()
        self.menus = Menus(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        self.stack = QStackedWidget(central)
        self._waiting = QLabel(self.tr("Opening the family book…"), self.stack)
        self._waiting.setProperty("alignment", ALIGN_CENTER)
        self.stack.addWidget(self._waiting)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if self._keys_bound:
            self._bind_keys()
        if self.book is None:
            self.statusBar().showMessage(self.tr("Opening the family book…"))

    def switch_language(self, lang: str) -> None:
        from desktop.ui import i18n

        i18n.install(lang)
        current = self._current
        self.history.retranslate()
        self._build()
        self.show_page(current)
        self._buttons[current].setFocus()  # not left on a widget of the old, hidden pages: keys would go nowhere
        if self.book is not None:  # the status line speaks the new language too
            self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(self.data_dir)))

    def choose_language(self, lang: str) -> None:
        """View ▸ Language: keep the choice and show every page in it."""
        self.settings.set_language(lang)
        self.switch_language(lang)

    def set_large_text(self, on: bool) -> None:
        """View ▸ Large text, or the Settings page's box: keep the choice, restyle the app, tick both."""
        from desktop.ui import theme

        if on != self.settings.large_text():
            self.settings.set_large_text(on)
            theme.apply(QApplication.instance(), on)
        settings_page = self._pages.get("settings")
        if settings_page is not None:
            settings_page.show_large_text(on)
        home = self._pages.get("home")
        if home is not None:  # Home's elder-mode button says which way it switches now
            home.elder_mode_changed(on)
        if self._decorated:
            self._decorate()  # the sidebar icons in the new mode's colours
        self._update_menus()

    # ---- sidebar ----
    def _build_sidebar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("Sidebar")
        col = QVBoxLayout(bar)
        col.setContentsMargins(8, 12, 8, 12)
        group = QButtonGroup(bar)
        group.setExclusive(True)
        for i, (key, text, _icon) in enumerate(ENTRIES):
            b = QToolButton(bar)
            b.setText(self.tr(text))
            b.setIconSize(QSize(28, 28))
            b.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
            b.setCheckable(True)
            b.setMinimumHeight(52)
            # every entry as wide as the sidebar: one column of equal targets, not ragged by text length
            b.setSizePolicy(QSizePolicy.Policy.Expanding, b.sizePolicy().verticalPolicy())
            b.setAccessibleName(self.tr(text))
            b.setToolTip(f"{self.tr(text)} (Ctrl+{i + 1})")
            b.clicked.connect(lambda _=False, k=key: self.show_page(k))
            group.addButton(b)
            col.addWidget(b)
            self._buttons[key] = b
        col.addStretch(1)
        bar.setMinimumWidth(180)  # until _decorate measures the entries
        self._sidebar = bar
        if self._decorated:
            self._decorate()
        return bar

    def _bind_keys(self) -> None:
        """The menus' items and every key of the window: at the start on the turn after the first paint, at once
        on later rebuilds."""
        self._keys_bound = True
        if self.menus is not None:
            self.menus.fill()
        if self._shortcuts:
            return
        from PySide6.QtGui import QKeySequence, QShortcut

        for i, (key, _text, _icon) in enumerate(ENTRIES):
            self._shortcuts.append(
                QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda k=key: self.show_page(k))
            )
        # the family's "update balances" screen from anywhere (Ctrl+B is the Family page's one-person balance)
        self._shortcuts.append(QShortcut(QKeySequence(UPDATE_BALANCES_KEY), self, activated=self.update_balances))
        self._update_menus()

    def _decorate(self) -> None:
        """The sidebar's icons and width: at the start on the turn after the first paint, at once on later
        rebuilds and changes of mode."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QStyle

        from desktop.ui import icons, sidebar_fit, theme

        self._decorated = True
        off, on, disabled = (QColor(c) for c in theme.sidebar_ink(self.settings.large_text()))
        ratio = self.devicePixelRatioF()
        for key, _text, icon in ENTRIES:
            button = self._buttons[key]
            if icons.has_icon(key):  # the app's own drawing, in the sidebar's text colours
                button.setIcon(icons.page_icon(key, off, on, disabled, button.iconSize().width(), ratio))
            else:
                button.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, icon)))
        bar = self._buttons["home"].parentWidget()
        if bar is not None:  # wide enough for the longest entry with its icon, in this language and mode
            sidebar_fit.fit(bar, list(self._buttons.values()))

    # ---- pages ----
    def show_page(self, key: str) -> None:
        self._current = key
        self._buttons[key].setChecked(True)
        page = self._pages.get(key)
        if page is None:
            if self.book is None and key != "settings":
                self.stack.setCurrentWidget(self._waiting)
                return
            page = page_factories()[key](self)
            page.setObjectName(f"page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
            self._read(key)
        elif self.book is not None and (self._written_outside() or key in self._stale
                                        or self._read_on.get(key) != self._today()):
            page.refresh()  # shown again after a change to what it shows (a page from a glance: the book)
            self._read(key)
        self.stack.setCurrentWidget(page)
        self._update_menus()

    def _file_stamp(self) -> object:
        """When and how large the database and its write-ahead log last were (a few stat calls)."""
        path = getattr(self.book, "path", None)
        if path is None:
            return None
        out = []
        for p in (path, path.with_name(path.name + "-wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def _written_outside(self) -> bool:
        """Someone else wrote to the book since the window's last write: every page reads it again."""
        stamp = self._file_stamp()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self._stale = set(self._pages)
        return True

    def _today(self) -> object:
        today = getattr(self.book, "today", None)  # none before the book opens (the Settings page)
        return today() if today is not None else None

    def _read(self, key: str) -> None:
        self._stale.discard(key)
        self._read_on[key] = self._today()

    def page(self, key: str) -> BasePage:
        self.show_page(key)
        return self._pages[key]

    def current_page(self) -> BasePage | None:
        page = self._pages.get(self._current)
        return page if page is not None and self.stack.currentWidget() is page else None

    def has_open_book(self) -> bool:
        """The family book is open (not only glanced at, not being replaced)."""
        return self._adapter is not None and self.book is self._adapter

    # ---- what the menus do ----
    def new_member(self) -> None:
        if self.has_open_book():
            self.page("family").add_member()

    def print_page(self) -> None:
        page = self.current_page()
        if page is not None and page.can_print():
            page.print_page()

    def find(self) -> None:
        page = self.current_page()
        field = page.search_field() if page is not None else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _update_menus(self, *_: object) -> None:
        if self.menus is not None:
            self.menus.update()

    def _step_refused(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was changed"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("StepRefused")
        box.open()
        self.refused_box = box
        self.statusBar().showMessage(text, 20000)

    # ---- the book ----
    def _adopt(self, book: object) -> None:
        """Use ``book`` (a FamilyBook, or the adapter of one) through a fresh adapter and undo history."""
        from desktop.ui.book_adapter import BookAdapter

        raw = book.book if isinstance(book, BookAdapter) else book
        if self._adapter is not None and self.book is self._adapter:
            self._adapter.deleteLater()
        adapter = BookAdapter(raw, self)
        self._adapter = adapter
        adapter.changed.connect(self._book_changed)
        self.history.follow(adapter)
        self.book = adapter
        self._stale = set(self._pages)  # another book (or the open one after a glance): every page reads it
        self._stamp = self._file_stamp()

    def _book_changed(self, change: BookChange) -> None:
        """After every write: the pages showing what it changed read the book again, the page shown at once and
        the others when next shown."""
        self._stamp = self._file_stamp()
        current = self.current_page()
        for key, page in self._pages.items():
            if not change.tables & page.SHOWS:
                continue
            if page is current:
                page.book_changed(change)
                self._read(key)
            else:
                self._stale.add(key)
        self._update_menus()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._keys_bound:  # first: keys work before the book is read
            self._keys_bound = True
            QTimer.singleShot(0, self, self._bind_keys)
        if not self._decorated and not self._open_pending:
            self._decorated = True
            QTimer.singleShot(0, self, self._decorate)
        if self._open_pending:
            QTimer.singleShot(0, self, self._open_if_pending)  # the painted window reaches the screen first

    def _open_if_pending(self) -> None:
        if not self._keys_bound:  # the window was never painted (hidden, minimised): 300 ms have passed
            self._bind_keys()
        if not self._open_pending:
            return
        if not self._glanced and self._current == "home":
            self._glanced = True
            shown = self._show_glance()
            self._decorate_soon()  # the sidebar icons (the Qt namespace, QStyle's enums) after Home's figures
            if shown:
                QTimer.singleShot(0, self, self._open_if_pending)  # Home's figures reach the screen first
                return
        self._open_pending = False
        self._decorate_soon()
        self._open_book()

    def _decorate_soon(self) -> None:
        if not self._decorated:
            self._decorated = True
            QTimer.singleShot(0, self, self._decorate)

    def _show_glance(self) -> bool:
        """Home's figures read with sqlite3 alone (desktop/glance.py), before SQLAlchemy is imported; the book
        opens on the next turn and Home is refreshed from it. False when there is nothing to show this way."""
        from desktop.glance import glance

        g = glance(self.data_dir)
        if g is None or g.is_empty():
            return False
        self.book = g  # type: ignore[assignment]  (read only: what Home reads of a book)
        try:
            self.show_page("home")
        except Exception:  # the glance is only a head start: the open book builds Home as always
            page = self._pages.pop("home", None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
            return False
        finally:
            self.book = None
        for card in getattr(self._pages.get("home"), "cards", ()):
            card.guide_button.setEnabled(False)  # the guide needs the open book; the refresh brings new cards
        self.home_shown.emit()
        return True

    def _open_book(self) -> None:
        from desktop.ui.book_loader import open_book_for_window

        book = open_book_for_window(self, self.data_dir)
        if book is None:
            return
        self._adopt(book)
        if self.statusBar().currentMessage() in ("", self.tr("Opening the family book…")):
            self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(self.data_dir)))
        self.book_opened.emit()
        self.show_page(self._current)
        if self._current == "home":
            self.home_shown.emit()

    def replace_book(self, book: object) -> None:
        """After a restore or an import: drop the pages built on the old book and show the current page on the new
        one; the undo history starts afresh."""
        self._adopt(book)
        current = self._current
        self._build()
        self.show_page(current)

    def update_balances(self):
        """Open the family's update-balances screen (non-blocking; returns it), once the book is open and has
        members; after a save every figure on the visible page follows."""
        book = self.book
        if book is None or getattr(book, "is_glance", False) or book.is_empty():
            return None
        from desktop.ui.dialogs.balances_dialog import BalancesDialog

        dialog = BalancesDialog(book, self)
        self.balances_dialog = dialog

        def done() -> None:  # the pages showing balances follow from the book's change signal
            self.statusBar().showMessage(
                self.tr("Balances recorded: %1.").replace("%1", str(len(dialog.saved))), 15000)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def wait_background(self) -> None:
        """Let the pages' reads running off the GUI thread finish before their pages or the book go."""
        for page in self._pages.values():
            page.wait_background()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._open_pending = False  # closed before its book was opened: never open it
        self.wait_background()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        if self.book is not None:
            self.book.close()
        super().closeEvent(event)
