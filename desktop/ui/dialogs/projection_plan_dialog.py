"""Plans for the projection: planned medical costs (once or every month; stored as the book's planned
expenses), and the family's own monthly figures — each account's monthly credit, each person's usual monthly
spend on a kind of care, wallet transfers they mean to make (kept in the book's projection plan). Blank
figures mean "work it out from the records" and say what that gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.book import PlannedTransfer, ProjectionPlan, Refused
from desktop.core import vocab
from desktop.core.projection import add_months
from desktop.ui import reasons as fmt
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import fit_to_font
from desktop.ui.models.rows_model import RowsModel, fen_key
from desktop.ui.pages.projection_models import month_text
from desktop.ui.plain_text import plain
from desktop.ui.qtdates import from_qdate, to_qdate
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

PLAN_MONTHS = 60


def _label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
    return label


class PlannedModel(RowsModel):
    """Rows: book.PlannedView."""

    CONTEXT = "PlannedModel"
    COLUMNS = (
        ("who", QT_TRANSLATE_NOOP("PlannedModel", "Who")),
        ("date", QT_TRANSLATE_NOOP("PlannedModel", "Date")),
        ("care", QT_TRANSLATE_NOOP("PlannedModel", "Kind of care")),
        ("level", QT_TRANSLATE_NOOP("PlannedModel", "Hospital level")),
        ("amount", QT_TRANSLATE_NOOP("PlannedModel", "Amount")),
        ("until", QT_TRANSLATE_NOOP("PlannedModel", "Every month until")),
        ("note", QT_TRANSLATE_NOOP("PlannedModel", "Note")),
    )
    MONEY = frozenset({"amount"})

    def __init__(self, names: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.names = names

    def row(self, r: int) -> Any:
        return self.rows[r]

    def cell(self, p: Any, key: str) -> str:
        if key == "who":
            return self.names.get(p.member_id, "")
        if key == "date":
            return fmt.date(p.on_date)
        if key == "care":
            return fmt.label(vocab.CARE_TYPES, p.care_type)
        if key == "level":
            return fmt.label(vocab.HOSPITAL_CLASSES, p.hospital_class)
        if key == "amount":
            return fmt.money(p.total_fen)
        if key == "until":
            if not p.monthly:
                return QCoreApplication.translate("PlannedModel", "once")
            return fmt.date(p.until_date) if p.until_date else QCoreApplication.translate("PlannedModel", "no end")
        return p.note

    def sort_value(self, p: Any, key: str) -> Any:
        return fen_key(p.total_fen) if key == "amount" else self.cell(p, key)


class ProjectionPlanDialog(QDialog):
    """``changed`` fires after planned costs or the plan were saved (the page computes again)."""

    changed = Signal()

    def __init__(self, book: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.members = book.members()
        self.names = {m.id: m.name for m in self.members}
        self.plan = book.projection_plan()
        base = book.projection_input(plan=ProjectionPlan())  # the book's own figures, for the hints
        self.base_credits = dict(base.credits)
        self.history = {(s.person_id, s.care): s.monthly_fen for s in base.spending if s.origin == "history"}
        self.first_month = base.first_month
        # a new planned cost is for tomorrow at the earliest: today's spending is in today's balances already
        self.first_day = base.as_of + dt.timedelta(days=1) if base.as_of is not None else base.first_month
        self.setWindowTitle(self.tr("Plans for the projection"))
        col = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._costs_tab(), self.tr("Planned &costs"))
        self.tabs.addTab(self._figures_tab(), self.tr("Monthly &figures"))
        self.tabs.addTab(self._transfers_tab(), self.tr("Wallet transf&ers"))
        col.addWidget(self.tabs, 1)
        self.problem = ErrorLine(self)
        col.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save the figures"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save_plan)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        fit_to_font(self, 100, 36)  # within the screen: in large text on 1280×800 the buttons stay on it

    # ---- planned costs ----
    def _people(self, parent: QWidget, name: str) -> QComboBox:
        box = QComboBox(parent)
        for m in self.members:
            box.addItem(m.name, m.id)
        box.setAccessibleName(name)
        return box

    def _vocab(self, parent: QWidget, vocabulary: dict[str, tuple[str, str]], name: str, current: str) -> QComboBox:
        box = QComboBox(parent)
        for key in vocabulary:
            box.addItem(fmt.label(vocabulary, key), key)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.setAccessibleName(name)
        # long names (hospital levels in English) must not widen the dialog past a 1280-pixel screen
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        return box

    def _date(self, parent: QWidget, day: dt.date, name: str) -> QDateEdit:
        d = QDateEdit(to_qdate(day), parent)
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setAccessibleName(name)
        return d

    def _costs_tab(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        intro = QLabel(self.tr("Costs you expect, such as an operation the doctor advised or medicine every "
                               "month. They are added to what each person usually spends."), page)
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.planned_model = PlannedModel(self.names, self)
        self.planned_table = Table(page, self.planned_model, self.tr("Planned costs"))
        self.planned_table.setMinimumHeight(self.planned_table.verticalHeader().defaultSectionSize() * 3)
        col.addWidget(self.planned_table, 1)
        form = QGridLayout()  # two pairs a row: the form stays short enough for a 800-pixel-high screen
        self.cost_person = self._people(page, self.tr("Who"))
        self.cost_date = self._date(page, self.first_day, self.tr("Date"))
        self.cost_care = self._vocab(page, vocab.CARE_TYPES, self.tr("Kind of care"), "inpatient")
        self.cost_hospital = self._vocab(page, vocab.HOSPITAL_CLASSES, self.tr("Hospital level"), "3A")
        self.cost_amount = MoneyEdit(page)
        self.cost_amount.setAccessibleName(self.tr("Estimated total cost in yuan"))
        self.cost_monthly = QCheckBox(self.tr("Every month"), page)
        self.cost_until = self._date(page, add_months(self.first_month, 12), self.tr("Every month until"))
        self.cost_until.setEnabled(False)
        self.cost_monthly.toggled.connect(self.cost_until.setEnabled)
        self.cost_note = QLineEdit(page)
        self.cost_note.setAccessibleName(self.tr("Note"))
        pairs = ((self.cost_person, self.tr("&Who")), (self.cost_date, self.tr("&Date")),
                 (self.cost_care, self.tr("&Kind of care")), (self.cost_hospital, self.tr("&Hospital level")),
                 (self.cost_amount, self.tr("Estimated &total (¥)")))
        for i, (w, text) in enumerate(pairs):
            form.addWidget(_label(page, text, w), i // 2, (i % 2) * 2)
            form.addWidget(w, i // 2, (i % 2) * 2 + 1)
        until_row = QHBoxLayout()
        until_row.addWidget(self.cost_monthly)
        until_row.addWidget(_label(page, self.tr("&until"), self.cost_until))
        until_row.addWidget(self.cost_until)
        until_row.addStretch(1)
        form.addLayout(until_row, 2, 2, 1, 2)
        form.addWidget(_label(page, self.tr("&Note"), self.cost_note), 3, 0)
        form.addWidget(self.cost_note, 3, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        col.addLayout(form)
        row = QHBoxLayout()
        self.add_cost_button = QPushButton(self.tr("&Add this cost"), page)
        self.add_cost_button.clicked.connect(lambda _=False: self.add_cost())
        self.remove_cost_button = QPushButton(self.tr("&Remove the chosen cost"), page)
        self.remove_cost_button.clicked.connect(lambda _=False: self.remove_cost())
        for b in (self.add_cost_button, self.remove_cost_button):
            b.setMinimumHeight(40)
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        self._reload_costs()
        return page

    def _reload_costs(self) -> None:
        self.planned_model.set_rows(self.book.planned())
        self.planned_table.fit_columns()
        set_enabled(self.remove_cost_button, self.planned_model.rowCount() > 0, self.tr("Nothing is planned yet."))

    def add_cost(self) -> bool:
        amount = self.cost_amount.fen()
        if amount is None or amount == 0:
            self.problem.show_error(self.cost_amount.error() or self.tr("Enter the estimated total."))
            return False
        monthly = self.cost_monthly.isChecked()
        try:
            self.book.add_planned(self.cost_person.currentData(), from_qdate(self.cost_date.date()),
                                  self.cost_care.currentData(), amount, hospital_class=self.cost_hospital.currentData(),
                                  monthly=monthly, until_date=from_qdate(self.cost_until.date()) if monthly else None,
                                  note=self.cost_note.text().strip())
        except Refused as e:
            self.problem.show_error(fmt.plain(e.reasons, fmt.REFUSED))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self.problem.show_error("")
        self.cost_amount.clear()
        self.cost_note.clear()
        self._reload_costs()
        self.changed.emit()
        return True

    def remove_cost(self) -> bool:
        r = self.planned_table.current_row()
        if r is None:
            return False
        try:
            self.book.remove_planned(self.planned_model.row(r).id)
        except Refused as e:
            self.problem.show_error(fmt.plain(e.reasons, fmt.REFUSED))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._reload_costs()
        self.changed.emit()
        return True

    # ---- monthly figures ----
    def _figures_tab(self) -> QWidget:
        outer = QScrollArea(self)
        outer.setWidgetResizable(True)
        page = QWidget(outer)
        outer.setWidget(page)
        col = QVBoxLayout(page)
        intro = QLabel(self.tr("Leave a figure empty to work it out from your records: the monthly credit from the "
                               "latest balance record, the spending from the average of the last 12 months of "
                               "visits. Type a figure to use yours instead (0 = none)."), page)
        intro.setWordWrap(True)
        col.addWidget(intro)
        grid = QGridLayout()
        self.credit_edits: dict[int, MoneyEdit] = {}
        self.spend_edits: dict[tuple[int, str], MoneyEdit] = {}
        planned_spend = {(m, c): f for m, c, f, _h in self.plan.spending}
        r = 0
        for m in self.members:
            name = plain(QLabel(m.name, page), bold=True)
            grid.addWidget(name, r, 0, 1, 3)
            r += 1
            edit = MoneyEdit(page, allow_empty=True)
            if m.id in self.plan.credits:
                edit.set_fen(self.plan.credits[m.id])
            edit.setPlaceholderText(self._hint(self.base_credits.get(m.id)))
            edit.setAccessibleName(self.tr("%1: monthly credit in yuan").replace("%1", m.name))
            grid.addWidget(_label(page, self.tr("Monthly credit to the account (¥)"), edit), r, 1)
            grid.addWidget(edit, r, 2)
            self.credit_edits[m.id] = edit
            r += 1
            cares = [c for c in vocab.CARE_TYPES if (m.id, c) in self.history or (m.id, c) in planned_spend]
            for care in cares:
                edit = MoneyEdit(page, allow_empty=True)
                if (m.id, care) in planned_spend:
                    edit.set_fen(planned_spend[(m.id, care)])
                edit.setPlaceholderText(self._hint(self.history.get((m.id, care))))
                label = self.tr("%1 every month (¥)").replace("%1", fmt.label(vocab.CARE_TYPES, care))
                edit.setAccessibleName(f"{m.name}: {label}")
                grid.addWidget(_label(page, label, edit), r, 1)
                grid.addWidget(edit, r, 2)
                self.spend_edits[(m.id, care)] = edit
                r += 1
        grid.setColumnMinimumWidth(0, self.fontMetrics().averageCharWidth() * 2)
        grid.setColumnStretch(2, 1)
        col.addLayout(grid)
        add = QHBoxLayout()
        self.new_person = self._people(page, self.tr("Who"))
        self.new_care = self._vocab(page, vocab.CARE_TYPES, self.tr("Kind of care"), "pharmacy")
        self.new_amount = MoneyEdit(page)
        self.new_amount.setAccessibleName(self.tr("Monthly spend in yuan"))
        self.add_spend_button = QPushButton(self.tr("Add a &kind of spending"), page)
        self.add_spend_button.clicked.connect(lambda _=False: self.add_spending())
        for w in (self.new_person, self.new_care, self.new_amount, self.add_spend_button):
            add.addWidget(w)
        col.addLayout(add)
        self.figures_grid = grid
        self.figures_page = page
        col.addStretch(1)
        return outer

    def _hint(self, fen: int | None) -> str:
        if fen is None:
            return self.tr("none in the records")
        return self.tr("from the records: %1").replace("%1", fmt.money(fen))

    def add_spending(self) -> bool:
        """A monthly spend for a kind of care the records do not show (kept when the figures are saved)."""
        amount = self.new_amount.fen()
        if amount is None:
            self.problem.show_error(self.new_amount.error())
            return False
        key = (self.new_person.currentData(), self.new_care.currentData())
        edit = self.spend_edits.get(key)
        if edit is None:
            edit = MoneyEdit(self.figures_page, allow_empty=True)
            edit.setPlaceholderText(self._hint(None))
            label = self.tr("%1 every month (¥)").replace("%1", fmt.label(vocab.CARE_TYPES, key[1]))
            edit.setAccessibleName(f"{self.names[key[0]]}: {label}")
            r = self.figures_grid.rowCount()
            self.figures_grid.addWidget(plain(QLabel(self.names[key[0]], self.figures_page), bold=True), r, 0, 1, 1)
            self.figures_grid.addWidget(_label(self.figures_page, label, edit), r, 1)
            self.figures_grid.addWidget(edit, r, 2)
            self.spend_edits[key] = edit
        edit.set_fen(amount)
        self.new_amount.clear()
        self.problem.show_error("")
        return True

    # ---- wallet transfers ----
    def _transfers_tab(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        intro = QLabel(self.tr("Money you mean to move from a personal account to a relative's insurance wallet. "
                               "The projection checks each month's transfers against the wallet rules."), page)
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.transfer_list = QLabel(page)
        self.transfer_list.setWordWrap(True)
        self.transfer_list.setAccessibleName(self.tr("Planned wallet transfers"))
        col.addWidget(self.transfer_list)
        self.transfer_pick = QComboBox(page)
        self.transfer_pick.setAccessibleName(self.tr("Planned wallet transfer to remove"))
        form = QFormLayout()
        self.t_from = self._people(page, self.tr("From"))
        self.t_to = self._people(page, self.tr("To"))
        if self.t_to.count() > 1:
            self.t_to.setCurrentIndex(1)
        self.t_amount = MoneyEdit(page)
        self.t_amount.setAccessibleName(self.tr("Amount in yuan"))
        self.t_month = QComboBox(page)
        self.t_month.setAccessibleName(self.tr("Month"))
        for i in range(PLAN_MONTHS):
            m = add_months(self.first_month, i)
            self.t_month.addItem(month_text(m), m)
        self.t_monthly = QCheckBox(self.tr("Every month from then on"), page)
        for w, text in ((self.t_from, self.tr("Fro&m")), (self.t_to, self.tr("&To")),
                        (self.t_amount, self.tr("&Amount (¥)")), (self.t_month, self.tr("M&onth"))):
            form.addRow(_label(page, text, w), w)
        form.addRow("", self.t_monthly)
        col.addLayout(form)
        row = QHBoxLayout()
        self.add_transfer_button = QPushButton(self.tr("Add t&his transfer"), page)
        self.add_transfer_button.clicked.connect(lambda _=False: self.add_transfer())
        self.remove_transfer_button = QPushButton(self.tr("Remo&ve"), page)
        self.remove_transfer_button.clicked.connect(lambda _=False: self.remove_transfer())
        for w in (self.add_transfer_button, self.transfer_pick, self.remove_transfer_button):
            row.addWidget(w)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(1)
        self.transfers = list(self.plan.transfers)
        self._show_transfers()
        return page

    def transfer_text(self, t: PlannedTransfer) -> str:
        if t.monthly:
            text = self.tr("%1 → %2's wallet: %3 every month from %4")
        else:
            text = self.tr("%1 → %2's wallet: %3 in %4")
        return (text.replace("%1", self.names.get(t.from_id, "?")).replace("%2", self.names.get(t.to_id, "?"))
                .replace("%3", fmt.money(t.amount_fen)).replace("%4", month_text(t.first_month)))

    def _show_transfers(self) -> None:
        texts = [self.transfer_text(t) for t in self.transfers]
        self.transfer_list.setText("\n".join(f"{fmt.INFO} {t}" for t in texts) if texts else self.tr("None planned."))
        self.transfer_pick.clear()
        for t in texts:
            self.transfer_pick.addItem(t)
        set_enabled(self.remove_transfer_button, bool(texts), self.tr("Nothing is planned yet."))

    def add_transfer(self) -> bool:
        amount = self.t_amount.fen()
        a, b = self.t_from.currentData(), self.t_to.currentData()
        if amount is None or amount == 0:
            self.problem.show_error(self.t_amount.error() or self.tr("Enter the amount to move."))
            return False
        if a == b:
            self.problem.show_error(self.tr("Choose two different people."))
            return False
        self.transfers.append(PlannedTransfer(a, b, amount, self.t_month.currentData(), self.t_monthly.isChecked()))
        self.t_amount.clear()
        self.problem.show_error("")
        self._show_transfers()
        return True

    def remove_transfer(self) -> None:
        i = self.transfer_pick.currentIndex()
        if 0 <= i < len(self.transfers):
            del self.transfers[i]
        self._show_transfers()

    # ---- saving ----
    def current_plan(self) -> ProjectionPlan | None:
        """The plan the form shows; None (with the problem said) while a figure is not an amount."""
        credits: dict[int, int] = {}
        for mid, edit in self.credit_edits.items():
            if edit.error():
                self.problem.show_error(self.tr("%1: %2").replace("%1", self.names[mid]).replace("%2", edit.error()))
                return None
            if edit.fen() is not None:
                credits[mid] = edit.fen()
        spending = []
        for (mid, care), edit in self.spend_edits.items():
            if edit.error():
                self.problem.show_error(self.tr("%1: %2").replace("%1", self.names[mid]).replace("%2", edit.error()))
                return None
            if edit.fen() is not None:
                spending.append((mid, care, edit.fen(), "0" if care == "pharmacy" else None))
        return ProjectionPlan(credits, tuple(spending), tuple(self.transfers))

    def save_plan(self) -> bool:
        plan = self.current_plan()
        if plan is None:
            return False
        try:
            self.book.save_projection_plan(plan)
        except Refused as e:
            self.problem.show_error(fmt.plain(e.reasons, fmt.REFUSED))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self.plan = plan
        self.changed.emit()
        self.accept()
        return True
