"""Settings: language, large text with high contrast, where the data lives, backups, the whole book as a file.

File choosers and questions go through :func:`choose_save_path`, :func:`choose_open_path` and ``confirm``
so tests can answer them; a restore closes the book, puts the backup in place and opens it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import reasons
from desktop.ui.book_worker import run_with_progress
from desktop.ui.enabled import set_enabled
from desktop.ui.pages.base import BasePage
from desktop.ui.pages.local_rules_box import LocalRulesBox
from desktop.ui.pages.payment_order_box import PaymentOrderBox
from desktop.ui.pages.policy_file_models import PolicyFilesModel
from desktop.ui.pages.settings_models import BackupsModel, why_text
from desktop.ui.pages.stale_days_box import StaleDaysBox
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, failure_text, show_write_failure

LANGUAGES = [("zh_CN", "中文"), ("en", "English")]


def choose_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "JSON (*.json)")
    return Path(name) if name else None


def choose_open_path(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), "JSON (*.json)")
    return Path(name) if name else None


def choose_policy_file(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), "TOML (*.toml);;* (*)")
    return Path(name) if name else None


def review_changes(parent: QWidget, preview: Any) -> bool:
    """Show what a policy file changes; True only when the person presses “Load it”."""
    from desktop.ui.dialogs.policy_file_dialog import PolicyFileDialog

    return PolicyFileDialog(preview, parent).exec() == PolicyFileDialog.DialogCode.Accepted


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SettingsPage(BasePage):
    SHOWS = frozenset({"members", "stale_days", "wallet_position", "local_rules", "policy_files"})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.problems_dialog = None
        self.import_worker = None  # a whole-book import running off the GUI thread
        s = window.settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        col = QVBoxLayout(inner)
        col.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Settings"), inner)
        title.setObjectName("Title")
        col.addWidget(title)

        # -- how it looks --
        look = QGroupBox(self.tr("Reading"), inner)
        form = QFormLayout(look)
        self.language = QComboBox(look)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        codes = [c for c, _ in LANGUAGES]
        self.language.setCurrentIndex(codes.index(s.language()) if s.language() in codes else 0)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        lang_label = QLabel(self.tr("&Language"), look)
        lang_label.setBuddy(self.language)
        form.addRow(lang_label, self.language)
        self.large = QCheckBox(self.tr("Elder mode (large text, high contrast)"), look)
        self.large.setChecked(s.large_text())
        self.large.setAccessibleName(self.tr("Elder mode (large text, high contrast)"))
        self.large.toggled.connect(self._large_changed)
        form.addRow("", self.large)
        col.addWidget(look)

        self.payment_order = PaymentOrderBox(window, inner)
        col.addWidget(self.payment_order)
        self.stale_days = StaleDaysBox(window, inner)
        col.addWidget(self.stale_days)
        self.local_rules = LocalRulesBox(window, inner)
        col.addWidget(self.local_rules)

        # -- policy files (region packs) the family loaded --
        packs = QGroupBox(self.tr("Policy files"), inner)
        pcol = QVBoxLayout(packs)
        note = QLabel(self.tr("The app comes with the rules of each region. When the rules change, load the newer "
                              "policy file (a region pack, .toml) here: it is checked in full and what it changes is "
                              "shown before anything is used. Loaded files are kept in the data folder."), packs)
        note.setWordWrap(True)
        note.setObjectName("Note")
        pcol.addWidget(note)
        self.policy_files = PolicyFilesModel(parent=self)
        self.policy_table = Table(packs, self.policy_files, self.tr("Policy files loaded"))
        self.policy_table.setMinimumHeight(120)
        pcol.addWidget(self.policy_table)
        self.no_policy_files = QLabel(self.tr("No policy file loaded: the rules that came with the app are in use."),
                                      packs)
        self.no_policy_files.setWordWrap(True)
        pcol.addWidget(self.no_policy_files)
        row = QHBoxLayout()
        self.load_pack_button = self._button(self.tr("Load a polic&y file…"), self.load_policy_file, packs)
        self.remove_pack_button = self._button(self.tr("Re&move the chosen file…"), self.remove_policy_file, packs)
        row.addWidget(self.load_pack_button)
        row.addWidget(self.remove_pack_button)
        row.addStretch(1)
        pcol.addLayout(row)
        self.policy_message = ErrorLine(packs)
        pcol.addWidget(self.policy_message)
        col.addWidget(packs)
        self.pack_worker = None  # visits being settled again under a loaded or removed file

        # -- where the data lives --
        data = QGroupBox(self.tr("Data folder"), inner)
        dcol = QVBoxLayout(data)
        self.data_dir = QLabel(str(window.data_dir), data)
        self.data_dir.setWordWrap(True)
        self.data_dir.setTextInteractionFlags(self.data_dir.textInteractionFlags()
                                              | self.data_dir.textInteractionFlags().TextSelectableByMouse)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        dcol.addWidget(self.data_dir)
        row = QHBoxLayout()
        self.open_folder_button = self._button(self.tr("&Open the folder"), self.open_data_folder, data)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        dcol.addLayout(row)
        col.addWidget(data)

        # -- backups --
        backups = QGroupBox(self.tr("Backups"), inner)
        bcol = QVBoxLayout(backups)
        note = QLabel(self.tr("A backup is made every day the book is opened, and before every upgrade, import "
                              "and restore. The newest ten are kept."), backups)
        note.setWordWrap(True)
        note.setObjectName("Note")
        bcol.addWidget(note)
        self.backups = BackupsModel(self)
        self.backup_table = Table(backups, self.backups, self.tr("Backups"))
        self.backup_table.setMinimumHeight(200)
        bcol.addWidget(self.backup_table)
        row = QHBoxLayout()
        self.backup_button = self._button(self.tr("&Back up now"), self.back_up_now, backups)
        self.restore_button = self._button(self.tr("&Restore the chosen backup…"), self.restore_backup, backups)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        bcol.addLayout(row)
        col.addWidget(backups)

        # -- the whole book as one file --
        files = QGroupBox(self.tr("The whole book as a file"), inner)
        fcol = QVBoxLayout(files)
        note = QLabel(self.tr("Export writes everything, ID numbers included, to one file: keep it somewhere safe. "
                              "Import checks the whole file first and takes all of it or nothing."), files)
        note.setWordWrap(True)
        note.setObjectName("Note")
        fcol.addWidget(note)
        row = QHBoxLayout()
        self.export_button = self._button(self.tr("E&xport the book…"), self.export_book, files)
        self.import_button = self._button(self.tr("&Import a book…"), self.import_book, files)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        fcol.addLayout(row)
        col.addWidget(files)

        self.message = ErrorLine(inner)
        col.addWidget(self.message)
        col.addStretch(1)
        self.backup_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.policy_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _button(self, text: str, slot, parent: QWidget) -> QPushButton:
        b = QPushButton(text, parent)
        b.setMinimumHeight(40)
        b.clicked.connect(slot)
        return b

    def refresh(self) -> None:
        book = self.window_.book
        self.payment_order.refresh()
        self.stale_days.refresh()
        self.local_rules.refresh()
        self.backups.set_backups(book.backups() if book is not None else [])
        self.backup_table.fit_columns()
        if self.backups.rows:
            self.backup_table.select_row(0)
        self.policy_files.set_rows(book.policy_files() if book is not None else [])
        self.policy_table.fit_columns()
        if self.policy_files.rows:
            self.policy_table.select_row(0)
        self.policy_table.setVisible(bool(self.policy_files.rows))
        self.no_policy_files.setVisible(not self.policy_files.rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_book = self.window_.book is not None
        for b in (self.backup_button, self.export_button, self.import_button):
            set_enabled(b, has_book, self.tr("The family book is not open yet."))
        set_enabled(self.restore_button, has_book and self.selected_backup() is not None,
                    self.tr("Choose a backup in the list first."))
        set_enabled(self.load_pack_button, has_book, self.tr("The family book is not open yet."))
        set_enabled(self.remove_pack_button, has_book and self.selected_policy_file() is not None,
                    self.tr("Choose a backup in the list first."))
        self.remove_pack_button.setVisible(bool(self.policy_files.rows))

    def selected_policy_file(self):
        return self.policy_files.row(self.policy_table.current_row())

    def selected_backup(self):
        return self.backups.backup(self.backup_table.current_row())

    def _say(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 20000)

    # ---- reading ----

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.window_.settings.set_language(code)
        self.window_.switch_language(code)

    def _large_changed(self, on: bool) -> None:
        self.window_.set_large_text(on)

    def show_large_text(self, on: bool) -> None:
        """Tick the box as the mode now is (it was switched from the View menu)."""
        self.large.blockSignals(True)
        self.large.setChecked(on)
        self.large.blockSignals(False)

    def open_data_folder(self) -> None:
        if not open_folder(self.window_.data_dir):
            self.message.show_error(self.tr("The folder could not be opened; its path is shown above."))

    # ---- backups ----

    def back_up_now(self) -> None:
        try:
            made = self.window_.book.backup("manual")
        except Exception as e:
            self.message.show_error(self.tr("The backup could not be made: %1").replace("%1", failure_text(e)))
            return
        self.message.show_error("")
        self.refresh()
        self._say(self.tr("Backup made: %1").replace("%1", made.name))

    def restore_backup(self) -> None:
        from desktop.book import FamilyBook
        from desktop.store.errors import StoreError
        from desktop.ui.book_loader import reopen

        chosen = self.selected_backup()
        if chosen is None:
            return
        when = reasons.moment(chosen.made_at)
        if not confirm(self, self.tr("Restore a backup"), self.tr(
                "Put the backup of %1 (%2) in place of the book? Everything recorded after it will no longer show. "
                "The book as it is now is backed up first.").replace("%1", when).replace("%2", why_text(chosen.reason))):
            return
        window = self.window_
        data_dir = window.book.data_dir
        try:
            restored = reopen(window, lambda: FamilyBook.restore(data_dir, chosen.path))
        except StoreError as e:
            self._after_reopen(self.tr("Nothing was restored: %1").replace("%1", e.text(reasons.lang())))
            return
        except Exception as e:  # whatever stopped it, say so plainly; the book is opened again
            self._after_reopen(self.tr("Nothing was restored: %1").replace("%1", getattr(e, "strerror", None) or str(e)))
            return
        before = restored.previous.name if restored.previous is not None else "—"
        window.statusBar().showMessage(self.tr("Restored the backup of %1. The book as it was is kept as %2.")
                                       .replace("%1", when).replace("%2", before), 20000)

    def _after_reopen(self, error: str) -> None:
        """Show an error on the settings page built on the reopened book (this one is being replaced)."""
        window = self.window_
        if window.book is None:
            return
        page = window.page("settings")
        page.message.show_error(error)
        window.statusBar().showMessage(error, 20000)

    # ---- policy files ----

    def load_policy_file(self) -> None:
        """Choose a file, check it in full, show what it changes, and load it only when the person says so."""
        from desktop.book import Refused

        book = self.window_.book
        path = choose_policy_file(self, self.tr("Load a policy file"))
        if path is None:
            return
        try:
            preview = book.preview_policy_file(path)
        except Refused as e:  # broken or rejected: nothing changed, the rules in use stay
            self.policy_message.show_error(e.text(reasons.lang()))
            return
        self.policy_message.show_error("")
        if not review_changes(self, preview):
            self._say(self.tr("The policy file was not loaded; nothing was changed."))
            return
        self._settle_again(self.tr("Load a policy file"),
                           lambda progress: book.load_policy_file(preview, progress=progress),
                           self.tr("Loaded %1: the rules of %2, version %3, are in use and every visit was worked "
                                   "out again.").replace("%1", preview.origin).replace(
                                       "%2", preview.region[0] if reasons.lang() == "zh" else preview.region[1])
                           .replace("%3", preview.version))

    def remove_policy_file(self) -> None:
        chosen = self.selected_policy_file()
        if chosen is None:
            return
        region = chosen.region[0] if reasons.lang() == "zh" else chosen.region[1]
        if not confirm(self, self.tr("Remove a policy file"), self.tr(
                "Remove the policy file %1 (%2, version %3)? The rules that came with the app apply again, and every "
                "visit is worked out again under them.").replace("%1", chosen.name).replace("%2", region)
                .replace("%3", chosen.version)):
            return
        book = self.window_.book
        self._settle_again(self.tr("Remove a policy file"),
                           lambda progress: book.remove_policy_file(chosen.name, progress=progress),
                           self.tr("Removed %1: the rules that came with the app apply again.").replace(
                               "%1", chosen.name))

    def _settle_again(self, title: str, work, done_text: str) -> None:
        window = self.window_

        def done(_files: Any) -> None:
            self.pack_worker = None
            # an undoable step: the book's change signal has every page showing figures read them afresh
            window.statusBar().showMessage(done_text, 20000)

        def failed(e: Exception) -> None:
            self.pack_worker = None
            if isinstance(e, WRITE_FAILURES):
                self.policy_message.show_error(self.tr("Nothing was changed: %1").replace("%1", failure_text(e)))
                return
            raise e

        self.pack_worker = run_with_progress(
            window, title, self.tr("Working out every visit again under the rules… The figures shown are the old "
                                   "ones until this is done."), work, done, failed)

    # ---- the whole book as a file ----

    def export_book(self) -> None:
        book = self.window_.book
        suggested = Path.home() / f"familypool-{book.today():%Y%m%d}.json"
        path = choose_save_path(self, self.tr("Export the whole book"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            counts = book.export_json(path)
        except OSError as e:
            self.message.show_error(self.tr("The file could not be written: %1").replace("%1", e.strerror or str(e)))
            return
        self.message.show_error("")
        self._say(self.tr("Saved the whole book to %1: %2 members, %3 visits.").replace("%1", str(path))
                  .replace("%2", str(counts.get("members", 0))).replace("%3", str(counts.get("visits", 0))))

    def import_book(self) -> None:
        from desktop.book import ImportRefused, Refused
        from desktop.ui.dialogs.book_import_problems import ImportProblemsDialog

        window = self.window_
        book = window.book
        path = choose_open_path(self, self.tr("Import a whole book"))
        if path is None:
            return
        replace = not book.is_empty()
        if replace and not confirm(self, self.tr("Replace the whole book"), self.tr(
                "Importing replaces everything now in the book with the contents of %1. A backup is made first. "
                "Go on?").replace("%1", path.name)):
            return
        def failed(e: Exception) -> None:
            self.import_worker = None
            if isinstance(e, ImportRefused):
                self.problems_dialog = ImportProblemsDialog(list(e.problems), path.name, window)
                self.problems_dialog.open()
                self.message.show_error(self.tr("Nothing was imported: the file has %1 problem(s).")
                                        .replace("%1", str(len(e.problems))))
            elif isinstance(e, Refused):
                self.message.show_error(e.text(reasons.lang()))
            elif isinstance(e, WRITE_FAILURES):  # a full disk, a read-only folder: the book is as it was
                self.message.show_error(self.tr("Nothing was imported: %1").replace("%1", failure_text(e)))
                show_write_failure(self, e)
            else:
                raise e

        # checking, writing and settling every visit: seconds on a big file, so off the GUI thread
        self.import_worker = run_with_progress(
            window, self.tr("Import a whole book"),
            self.tr("Importing %1 and counting every visit… The figures shown are the old ones until this is done.")
            .replace("%1", path.name),
            lambda progress: book.import_json(path, replace=replace, progress=progress),
            lambda report: self._imported(path, report), failed)

    def _imported(self, path: Path, report: Any) -> None:
        self.import_worker = None
        window = self.window_
        book = window.book
        backup = report.backup.name if report.backup is not None else "—"
        window.replace_book(book)
        window.statusBar().showMessage(
            self.tr("Imported %1: %2 members, %3 visits. A backup was made first: %4.").replace("%1", path.name)
            .replace("%2", str(report.counts.get("members", 0))).replace("%3", str(report.counts.get("visits", 0)))
            .replace("%4", backup), 20000)
