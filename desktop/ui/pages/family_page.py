"""Family: the members (add, change, remove) and the balance statements each one's money counts from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.book import MemberView, Refused
from desktop.ui import reasons
from desktop.ui.dialogs.member_form import MemberDialog
from desktop.ui.dialogs.statement_dialog import StatementDialog
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout
from desktop.ui.pages.base import BasePage
from desktop.ui.pages.family_models import MembersModel, StatementsModel
from desktop.ui.plain_text import plain
from desktop.ui.search_box import search_row
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class FamilyPage(BasePage):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: MemberDialog | StatementDialog | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Family members"), self)
        title.setObjectName("Title")
        col.addWidget(title)

        buttons = FlowLayout()  # wraps: in large English one row was too wide and squeezed “Add a member” to “dd a membe”
        self.add_button = self._button(self.tr("&Add a member"), self.add_member, "Ctrl+N")
        self.edit_button = self._button(self.tr("&Change…"), self.edit_member)
        self.statement_button = self._button(self.tr("&Record a balance…"), self.record_statement, "Ctrl+B")
        self.remove_button = self._button(self.tr("Re&move"), self.remove_member)
        self.update_button = self._button(self.tr("&Update everyone's balances…"),
                                          lambda: self.window_.update_balances())
        self.update_button.setToolTip(self.tr("Type everyone's balance from the official app on one screen (%1)")
                                      .replace("%1", "Ctrl+U"))
        for b in (self.add_button, self.edit_button, self.statement_button, self.remove_button, self.update_button):
            buttons.addWidget(b)
        col.addLayout(buttons)

        self.model = MembersModel(window.book.registry, window.book.today(), self)
        self.table = Table(self, self.model, self.tr("Family members"))
        self.search = search_row(self, col, self.table, self.tr("Name, relation or place"))
        self.table.activated.connect(lambda _i: self.edit_member())
        col.addWidget(self.table, 3)
        self.message = ErrorLine(self)
        col.addWidget(self.message)

        self.statements_title = plain(QLabel(self))
        self.statements_title.setObjectName("Subtitle")
        col.addWidget(self.statements_title)
        self.statements = StatementsModel(self)
        self.statement_table = Table(self, self.statements, self.tr("Balance records"))
        col.addWidget(self.statement_table, 2)
        row = QHBoxLayout()
        self.delete_statement_button = self._button(self.tr("&Delete this balance record"), self.delete_statement)
        row.addWidget(self.delete_statement_button)
        row.addStretch(1)
        col.addLayout(row)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.statement_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_member)
        self.refresh()

    def search_box(self) -> QLineEdit:
        return self.search

    def _button(self, text: str, slot, shortcut: str | None = None) -> QPushButton:
        b = QPushButton(text, self)
        b.setMinimumHeight(40)
        b.clicked.connect(slot)
        if shortcut:  # a QShortcut beside the button: setShortcut would replace its Alt+letter
            QShortcut(QKeySequence(shortcut), self, activated=b.animateClick,
                      context=Qt.ShortcutContext.WindowShortcut)
            b.setToolTip(f"{b.text().replace('&', '')} ({shortcut})")
        return b

    # ---- data ----

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        book = self.window_.book
        self.model.set_members(book.members(), book.today())
        self.table.fit_columns()
        row = self.model.row_of(keep) if keep is not None else (0 if self.model.rows else None)
        if row is not None:
            self.table.select_row(row)
        self._selection_changed()

    def selected(self) -> MemberView | None:
        return self.model.member(self.table.current_row())

    def _selection_changed(self) -> None:
        m = self.selected()
        if m is None:
            self.statements_title.setText(self.tr("Balance records"))
            self.statements.set_statements([])
        else:
            self.statements_title.setText(self.tr("Balance records of %1").replace("%1", m.name))
            self.statements.set_statements(self.window_.book.statements(m.id))
            self.statement_table.fit_columns()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.statement_button, self.remove_button):
            set_enabled(b, has, self.tr("Choose a family member in the table first."))
        set_enabled(self.delete_statement_button,
                    self.statements.statement(self.statement_table.current_row()) is not None,
                    self.tr("Choose a balance record in the table first."))
        self.update_button.setEnabled(bool(self.model.rows))

    def _say(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 15000)

    # ---- actions ----

    def add_member(self) -> None:
        self._open(MemberDialog(self.window_.book, self), self.tr("%1 was added."))

    def edit_member(self) -> None:
        m = self.selected()
        if m is not None:
            self._open(MemberDialog(self.window_.book, self, member=m), self.tr("%1 was saved."))

    def record_statement(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = StatementDialog(self.window_.book, m, self)
        self.dialog = dialog

        def done() -> None:
            s = dialog.saved
            self.refresh(select_id=m.id)
            self._say(self.tr("Balance of %1 on %2 recorded: %3").replace("%1", m.name)
                      .replace("%2", s.on_date.isoformat()).replace("%3", reasons.money(s.balance_fen)))

        dialog.accepted.connect(done)
        dialog.open()

    def _open(self, dialog: MemberDialog, message: str) -> None:
        """Non-blocking, so tests (and screen readers) can reach the open dialog through ``self.dialog``."""
        self.dialog = dialog

        def done() -> None:
            saved = dialog.saved
            self.message.show_error("")
            self.refresh(select_id=saved.id)
            self._say(message.replace("%1", saved.name))

        dialog.accepted.connect(done)
        dialog.open()

    def remove_member(self) -> None:
        m = self.selected()
        if m is None:
            return
        if not confirm(self, self.tr("Remove a member"),
                       self.tr("Remove %1 from the family book?").replace("%1", m.name)):
            return
        try:
            self.window_.book.remove_member(m.id)
        except Refused as e:
            text = e.text(reasons.lang())
            self.message.show_error(text)
            self._say(self.tr("%1 was not removed.").replace("%1", m.name))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.message.show_error("")
        self.refresh()
        self._say(self.tr("%1 was removed.").replace("%1", m.name))

    def delete_statement(self) -> None:
        m = self.selected()
        s = self.statements.statement(self.statement_table.current_row())
        if m is None or s is None:
            return
        if not confirm(self, self.tr("Delete a balance record"),
                       self.tr("Delete the balance of %1 on %2?").replace("%1", reasons.money(s.balance_fen))
                       .replace("%2", s.on_date.isoformat())):
            return
        try:
            self.window_.book.delete_statement(s.id)
        except Refused as e:
            self.message.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.refresh(select_id=m.id)
        self._say(self.tr("The balance record was deleted."))
