"""The main window's menu bar: 文件 / 编辑 / 查看 / 帮助 (File, Edit, View, Help), with the platform's standard keys.

Built in the current language each time the window is (re)built; the actions act on the window and its
pages (File's import, export and backup are the Settings page's, New member the Family page's). Undo and Redo
name the step they would undo or redo ("撤销 删除就诊记录"). Every text has one underlined letter, unique
in its menu; none of the menu bar's four letters is used by a page for anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:  # the boxes are imported when opened: QMessageBox's enum types cost ~2 ms before the window
    # and the actions' classes with the items, after the window's first paint (PySide6 makes a class on its
    # first import: ~2.5 ms for these three)
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMessageBox

LANGUAGES = (("zh_CN", "中文 (&Z)"), ("en", "&English"))  # each in its own language, as people look for it


def standard_keys(key: QKeySequence.StandardKey, fallback: str = "") -> list[QKeySequence]:
    """The platform's keys for a standard action; ``fallback`` where it has none (Windows has no Quit key)."""
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.keyBindings(key)
    return keys or ([QKeySequence(fallback)] if fallback else [])


# What each sidebar page is for, in Help ▸ Help contents (keyed as MainWindow.ENTRIES).
PAGE_HELP = {
    "home": QT_TRANSLATE_NOOP("Menus", "Each person's money at a glance, and what needs doing soon."),
    "family": QT_TRANSLATE_NOOP("Menus", "The people of the family and the balances read from the official app."),
    "bindings": QT_TRANSLATE_NOOP("Menus", "Who may pay for whom, and the guide to set it up."),
    "visits": QT_TRANSLATE_NOOP("Menus", "Medical visits and who paid for each."),
    "wallet": QT_TRANSLATE_NOOP("Menus", "Transfers into a relative's medical-insurance wallet."),
    "projection": QT_TRANSLATE_NOOP("Menus", "How long each account lasts, and what-ifs."),
    "savings": QT_TRANSLATE_NOOP("Menus", "The arrangement of bindings, premiums and transfers that saves the family "
                                          "the most cash, step by step."),
    "settings": QT_TRANSLATE_NOOP("Menus", "Language, large text, backups and the whole book as a file."),
}


class Menus(QObject):
    """The menu bar of a MainWindow and the actions the window updates (enabled, checked, the undo step's
    name) and tests press."""

    def __init__(self, window: Any) -> None:
        """The menu bar with its four titles; ``fill()`` adds their items (the window does on the turn after its
        first paint at the start: ~5 ms of actions, keys and their Qt types)."""
        super().__init__(window)
        self.window = window
        self.bar = bar = QMenuBar(window)
        # the menus' look (room for the longest item, a readable disabled grey) is in the app's sheet (theme._MENUS)
        self.file = bar.addMenu(self.tr("&File"))
        self.edit = bar.addMenu(self.tr("&Edit"))
        self.view = bar.addMenu(self.tr("&View"))
        self.help = bar.addMenu(self.tr("&Help"))
        self.box: QWidget | None = None  # the help or about box last opened
        self.filled = False
        window.setMenuBar(bar)

    def fill(self) -> None:
        """The menus' items and their keys (once)."""
        if self.filled:
            return
        self.filled = True
        from PySide6.QtGui import QActionGroup, QKeySequence

        window = self.window
        self.new_member = self._action(self.file, self.tr("&New member…"), window.new_member,
                                       tip=self.tr("Add a person of the family"))
        self.file.addSeparator()
        self.import_book = self._action(self.file, self.tr("&Import a book…"),
                                        lambda: window.page("settings").import_book(),
                                        tip=self.tr("Put a whole book from a file in place of this one"))
        self.export_book = self._action(self.file, self.tr("E&xport the book…"),
                                        lambda: window.page("settings").export_book(),
                                        tip=self.tr("Save the whole book to a file"))
        self.backup = self._action(self.file, self.tr("&Back up now"), lambda: window.page("settings").back_up_now(),
                                   tip=self.tr("Make a backup of the book now"))
        self.print_page = self._action(self.file, self.tr("&Print…"), window.print_page,
                                       standard_keys(QKeySequence.StandardKey.Print),
                                       tip=self.tr("Save what this page shows as a PDF to print"))
        self.file.addSeparator()
        self.quit = self._action(self.file, self.tr("&Quit"), window.close,
                                 standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
                                 tip=self.tr("Close FamilyPool (every change is already saved)"))

        self.undo = self._action(self.edit, self.tr("&Undo"), window.history.undo,
                                 standard_keys(QKeySequence.StandardKey.Undo))
        self.redo = self._action(self.edit, self.tr("&Redo"), window.history.redo,
                                 standard_keys(QKeySequence.StandardKey.Redo))
        self.edit.addSeparator()
        self.find = self._action(self.edit, self.tr("&Find"), window.find, standard_keys(QKeySequence.StandardKey.Find),
                                 tip=self.tr("Put the cursor in this page's search box"))

        self.language = self.view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, text in LANGUAGES:
            a = self._action(self.language, text, lambda c=code: window.choose_language(c))
            a.setCheckable(True)
            group.addAction(a)
            self.languages[code] = a
        self.large_text = self._action(self.view, self.tr("Elder mode (large &text)"), lambda: None)
        self.large_text.setCheckable(True)
        self.large_text.setChecked(window.settings.large_text())
        self.large_text.toggled.connect(window.set_large_text)

        self.help_contents = self._action(self.help, self.tr("&Help contents"), self.show_help,
                                          standard_keys(QKeySequence.StandardKey.HelpContents, "F1"))
        self.about = self._action(self.help, self.tr("&About FamilyPool"), self.show_about)

    def dispose(self) -> None:
        """Make way for menus in another language: these keys stop at once (two actions on one key would make
        it ambiguous, and neither would act), the rest goes when the event loop next runs."""
        from PySide6.QtGui import QAction

        for a in self.findChildren(QAction):
            a.setShortcuts([])
            a.setEnabled(False)
        self.bar.deleteLater()
        self.deleteLater()

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any], keys: list[QKeySequence] | None = None,
                tip: str = "") -> QAction:
        from PySide6.QtGui import QAction

        a = QAction(self)  # goes with these menus when the window rebuilds them in another language
        a.setText(text)  # not QAction(text, parent): matching that overload creates QIcon's enum types (~4 ms)
        if keys:
            a.setShortcuts(keys)
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        menu.addAction(a)
        return a

    def update(self) -> None:
        """Enable what the window can do now: book actions once a book is open, Find and Print by page."""
        if not self.filled:
            return
        window = self.window
        has_book = window.has_open_book()
        for a in (self.new_member, self.import_book, self.export_book, self.backup):
            a.setEnabled(has_book)
        page = window.current_page()
        self.find.setEnabled(page is not None and page.search_field() is not None)
        self.print_page.setEnabled(has_book and page is not None and page.can_print())
        stack = window.history.stack
        self.undo.setEnabled(has_book and stack.canUndo())
        self.redo.setEnabled(has_book and stack.canRedo())
        self.undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()) if stack.canUndo()
                          else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()) if stack.canRedo()
                          else self.tr("&Redo"))
        lang = window.settings.language()
        for code, action in self.languages.items():
            action.setChecked(lang[:2] == code[:2])
        self.large_text.setChecked(window.settings.large_text())

    # ---- help ----

    def help_html(self) -> str:
        """What each page is for and the keys that work everywhere, from the window's sidebar and these menus."""
        import html  # here: html.entities is not needed before the window is up

        from desktop.ui.main_window import ENTRIES

        window = self.window
        rows = "".join(f"<tr><td><b>{html.escape(window.tr(text))}</b> (Ctrl+{i + 1})</td>"
                       f"<td>{html.escape(self.tr(PAGE_HELP[key]))}</td></tr>"
                       for i, (key, text, _icon) in enumerate(ENTRIES) if key in PAGE_HELP)
        named = ((self.undo, self.tr("&Undo")), (self.redo, self.tr("&Redo")), (self.find, self.find.text()),
                 (self.print_page, self.print_page.text()), (self.help_contents, self.help_contents.text()),
                 (self.quit, self.quit.text()))
        keys = "".join(f"<tr><td>{html.escape(_key(a))}</td><td>{html.escape(_plain(text))}</td></tr>"
                       for a, text in named if not a.shortcut().isEmpty())
        intro = self.tr("FamilyPool keeps the family's medical-insurance accounts, who may pay for whom, visits "
                        "and wallet transfers, and shows what is left.")
        undo = self.tr("Every change can be undone from the Edit menu, one step at a time.")
        pages, keys_title = self.tr("Pages"), self.tr("Keys")
        return (f"<p>{html.escape(intro)}</p><h3>{html.escape(pages)}</h3>"
                f"<table cellpadding='4'>{rows}</table><h3>{html.escape(keys_title)}</h3>"
                f"<table cellpadding='4'>{keys}</table><p>{html.escape(undo)}</p>")

    def show_help(self):
        from desktop.ui.help_box import HelpBox

        box = HelpBox(self.tr("FamilyPool help"), self.help_html(), self.window)
        box.open()
        self.box = box
        return box

    def about_html(self) -> str:
        import html
        from importlib import metadata

        try:
            version = metadata.version("familypool")
        except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
            version = ""
        what = self.tr("Plans and tracks the family's sharing of medical-insurance personal accounts. "
                       "Everything stays on this computer.")
        where = self.tr("Data folder: %1").replace("%1", str(self.window.data_dir))
        return (f"<p><b>{html.escape(self.window.windowTitle())}</b> {html.escape(version)}</p>"
                f"<p>{html.escape(what)}</p><p>{html.escape(where)}</p>")

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        return self._box("AboutBox", QMessageBox.Icon.NoIcon, self.tr("About FamilyPool"), self.about_html())

    def _box(self, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName(name)
        # wide enough for a page and its line side by side (QMessageBox keeps its text narrow); em follows the
        # text size, so large text gets a wider box too
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 28em; }")
        box.open()
        self.box = box
        return box


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "撤销(&U)" → "撤销", "&Undo" → "Undo"."""
    import re

    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip()


def _key(a: QAction) -> str:
    """The action's first key as the platform writes it (Ctrl+Z; the others, such as Alt+Backspace, also work)."""
    from PySide6.QtGui import QKeySequence

    return a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
