"""What if…: a copy of the plan with a few changes (a one-off cost, a binding stopped, a different monthly
spend or credit, money moved by wallet), built one change at a time and then compared with the plan as it is.
Nothing is written to the book; the scenario is a core.scenario.Scenario handed to the page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import scenario, vocab
from desktop.core.projection import Event
from desktop.ui import reasons as fmt
from desktop.ui.enabled import set_enabled
from desktop.ui.pages.projection_models import month_text
from desktop.ui.widgets import ErrorLine, MoneyEdit

KINDS = (
    ("event", QT_TRANSLATE_NOOP("ScenarioDialog", "A one-off medical cost (e.g. an operation)")),
    ("stop", QT_TRANSLATE_NOOP("ScenarioDialog", "Stop a family binding")),
    ("spending", QT_TRANSLATE_NOOP("ScenarioDialog", "A different monthly medical spend")),
    ("credit", QT_TRANSLATE_NOOP("ScenarioDialog", "A different monthly credit to the account")),
    ("move", QT_TRANSLATE_NOOP("ScenarioDialog", "Move money by insurance wallet")),
)


TEMPLATES = {
    "event": QT_TRANSLATE_NOOP("ScenarioDialog", "%1: %2 at %3, %4 in %5"),
    "stop": QT_TRANSLATE_NOOP("ScenarioDialog", "Stop %1 from %2"),
    "spending": QT_TRANSLATE_NOOP("ScenarioDialog", "%1: %2 %3 a month"),
    "credit": QT_TRANSLATE_NOOP("ScenarioDialog", "%1's account gets %2 a month"),
    "move": QT_TRANSLATE_NOOP("ScenarioDialog", "%1 sends %2 to %3's wallet in %4"),
}


def _template(key: str) -> str:
    return QCoreApplication.translate("ScenarioDialog", TEMPLATES[key])


def _label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
    return label


def describe(change: Any, names: dict[int, str], bindings: dict[int, str]) -> str:
    """One change in plain words (the list in the dialog, the page's scenario note, the PDF)."""
    if isinstance(change, scenario.AddEvent):
        e = change.event
        return (_template("event")
                .replace("%1", names.get(e.person_id, "?")).replace("%2", fmt.label(vocab.CARE_TYPES, e.care))
                .replace("%3", fmt.label(vocab.HOSPITAL_CLASSES, e.hospital)).replace("%4", fmt.money(e.total_fen))
                .replace("%5", month_text(e.month)))
    if isinstance(change, scenario.StopBinding):
        return (_template("stop").replace("%1", bindings.get(change.binding_id, "?"))
                .replace("%2", month_text(change.month)))
    if isinstance(change, scenario.SetSpending):
        return (_template("spending").replace("%1", names.get(change.person_id, "?"))
                .replace("%2", fmt.label(vocab.CARE_TYPES, change.care)).replace("%3", fmt.money(change.monthly_fen)))
    if isinstance(change, scenario.SetCredit):
        return (_template("credit").replace("%1", names.get(change.person_id, "?"))
                .replace("%2", fmt.money(change.monthly_fen)))
    if isinstance(change, scenario.MoveMoney):
        return (_template("move").replace("%1", names.get(change.from_id, "?"))
                .replace("%2", fmt.money(change.amount_fen)).replace("%3", names.get(change.to_id, "?"))
                .replace("%4", month_text(change.month)))
    return str(change)


def binding_names(bindings: list[Any]) -> dict[int, str]:
    arrow = QCoreApplication.translate("ScenarioDialog", "%1 paying for %2")
    return {b.id: arrow.replace("%1", b.authorizer_name).replace("%2", b.beneficiary_name) for b in bindings}


class ScenarioDialog(QDialog):
    """``made`` carries the core.scenario.Scenario when the user presses “Compare”."""

    made = Signal(object)

    def __init__(self, book: Any, months: tuple[dt.date, ...], parent: QWidget | None = None,
                 name: str = "") -> None:
        super().__init__(parent)
        self.book = book
        self.months = months
        self.changes: list[Any] = []
        self.members = book.members()
        self.names = {m.id: m.name for m in self.members}
        self.bindings = [b for b in book.bindings() if b.status == "active"]
        self.binding_names = binding_names(self.bindings)
        self.setWindowTitle(self.tr("What if…"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("Try a change without touching your records: add changes one by one, then "
                               "press “Compare” to see it next to the plan as it is."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)

        top = QFormLayout()
        self.name = QLineEdit(name or self.tr("My what-if"), self)
        self.name.setAccessibleName(self.tr("Name of this what-if"))
        top.addRow(_label(self, self.tr("What-if &name"), self.name), self.name)
        self.kind = QComboBox(self)
        for key, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("ScenarioDialog", text), key)
        self.kind.setAccessibleName(self.tr("Kind of change"))
        top.addRow(_label(self, self.tr("&Change"), self.kind), self.kind)
        col.addLayout(top)

        self.stack = QStackedWidget(self)
        self.pages: dict[str, dict[str, QWidget]] = {}
        for key, _ in KINDS:
            self.stack.addWidget(self._page(key))
        col.addWidget(self.stack)
        self.problem = ErrorLine(self)
        col.addWidget(self.problem)
        self.add_button = QPushButton(self.tr("&Add this change"), self)
        self.add_button.setMinimumHeight(40)
        self.add_button.clicked.connect(lambda _=False: self.add_change())
        col.addWidget(self.add_button)

        col.addWidget(QLabel(self.tr("Changes in this what-if:"), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Changes in this what-if"))
        col.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove the chosen change"), self)
        self.remove_button.clicked.connect(lambda _=False: self.remove_change())
        row.addWidget(self.remove_button)
        row.addStretch(1)
        col.addLayout(row)

        self.buttons = QDialogButtonBox(self)
        self.compare_button = self.buttons.addButton(self.tr("Co&mpare"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self._update()
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 80, fm.lineSpacing() * 34)

    # ---- the form of each kind ----
    def _people(self, parent: QWidget, name: str) -> QComboBox:
        box = QComboBox(parent)
        for m in self.members:
            box.addItem(m.name, m.id)
        box.setAccessibleName(name)
        return box

    def _month(self, parent: QWidget, name: str, index: int = 0) -> QComboBox:
        box = QComboBox(parent)
        for m in self.months:
            box.addItem(month_text(m), m)
        box.setCurrentIndex(min(index, box.count() - 1))
        box.setAccessibleName(name)
        return box

    def _vocab(self, parent: QWidget, vocabulary: dict[str, tuple[str, str]], name: str, current: str) -> QComboBox:
        box = QComboBox(parent)
        for key in vocabulary:
            box.addItem(fmt.label(vocabulary, key), key)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.setAccessibleName(name)
        return box

    def _page(self, key: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        w: dict[str, QWidget] = {}
        if key == "event":
            w["person"] = self._people(page, self.tr("Who"))
            w["month"] = self._month(page, self.tr("Month"), 1)
            w["care"] = self._vocab(page, vocab.CARE_TYPES, self.tr("Kind of care"), "inpatient")
            w["hospital"] = self._vocab(page, vocab.HOSPITAL_CLASSES, self.tr("Hospital level"), "3A")
            w["amount"] = MoneyEdit(page)
            w["amount"].setAccessibleName(self.tr("Estimated total cost in yuan"))
            rows = [("person", self.tr("&Who")), ("month", self.tr("M&onth")), ("care", self.tr("&Kind of care")),
                    ("hospital", self.tr("&Hospital level")), ("amount", self.tr("Estimated &total (¥)"))]
        elif key == "stop":
            box = QComboBox(page)
            for b in self.bindings:
                box.addItem(self.binding_names[b.id], b.id)
            box.setAccessibleName(self.tr("Binding"))
            w["binding"] = box
            w["month"] = self._month(page, self.tr("From month"), 1)
            rows = [("binding", self.tr("&Binding")), ("month", self.tr("&From month"))]
        elif key == "spending":
            w["person"] = self._people(page, self.tr("Who"))
            w["care"] = self._vocab(page, vocab.CARE_TYPES, self.tr("Kind of care"), "outpatient")
            w["amount"] = MoneyEdit(page)
            w["amount"].setAccessibleName(self.tr("Monthly spend in yuan"))
            rows = [("person", self.tr("&Who")), ("care", self.tr("&Kind of care")),
                    ("amount", self.tr("Every &month (¥, 0 = none)"))]
        elif key == "credit":
            w["person"] = self._people(page, self.tr("Whose account"))
            w["amount"] = MoneyEdit(page)
            w["amount"].setAccessibleName(self.tr("Monthly credit in yuan"))
            rows = [("person", self.tr("&Whose account")), ("amount", self.tr("Credit every &month (¥)"))]
        else:
            w["from"] = self._people(page, self.tr("From"))
            w["to"] = self._people(page, self.tr("To"))
            if w["to"].count() > 1:
                w["to"].setCurrentIndex(1)
            w["month"] = self._month(page, self.tr("Month"))
            w["amount"] = MoneyEdit(page)
            w["amount"].setAccessibleName(self.tr("Amount in yuan"))
            w["monthly"] = QCheckBox(self.tr("Every month from then on"), page)
            rows = [("from", self.tr("&From")), ("to", self.tr("&To")), ("month", self.tr("M&onth")),
                    ("amount", self.tr("&Amount (¥)"))]
        for k, text in rows:
            form.addRow(_label(page, text, w[k]), w[k])
        if "monthly" in w:
            form.addRow("", w["monthly"])
        for widget in w.values():
            if isinstance(widget, MoneyEdit):
                widget.textChanged.connect(lambda _t: self.problem.show_error(""))
        self.pages[key] = w
        return page

    # ---- changes ----
    def current_kind(self) -> str:
        return self.kind.currentData()

    def add_change(self) -> Any | None:
        """Turn the form into a change; None (with the problem shown) when something is missing."""
        key = self.current_kind()
        w = self.pages[key]
        amount = w["amount"].fen() if "amount" in w else None
        if "amount" in w and amount is None:
            self.problem.show_error(w["amount"].error() or self.tr("Enter an amount."))
            return None
        change: Any
        if key == "event":
            if amount == 0:
                self.problem.show_error(self.tr("Enter the estimated total."))
                return None
            month = w["month"].currentData()
            change = scenario.AddEvent(Event(month, w["person"].currentData(), w["care"].currentData(),
                                             w["hospital"].currentData(), amount, self.name.text()))
        elif key == "stop":
            if w["binding"].currentData() is None:
                self.problem.show_error(self.tr("There is no binding in force to stop."))
                return None
            change = scenario.StopBinding(w["binding"].currentData(), w["month"].currentData())
        elif key == "spending":
            care = w["care"].currentData()
            change = scenario.SetSpending(w["person"].currentData(), care, amount, "0" if care == "pharmacy" else None)
        elif key == "credit":
            change = scenario.SetCredit(w["person"].currentData(), amount)
        else:
            a, b = w["from"].currentData(), w["to"].currentData()
            if a == b:
                self.problem.show_error(self.tr("Choose two different people."))
                return None
            if amount == 0:
                self.problem.show_error(self.tr("Enter the amount to move."))
                return None
            first = w["month"].currentData()
            relation = self.book.relation_between(a, b)
            months = [m for m in self.months if m >= first] if w["monthly"].isChecked() else [first]
            for m in months[:-1]:
                self._append(scenario.MoveMoney(m, a, b, amount, relation), show=False)
            change = scenario.MoveMoney(months[-1], a, b, amount, relation)
        self._append(change)
        self.problem.show_error("")
        return change

    def _append(self, change: Any, show: bool = True) -> None:
        self.changes.append(change)
        self.list.addItem(describe(change, self.names, self.binding_names))
        self.list.setCurrentRow(self.list.count() - 1)
        self._update()

    def remove_change(self) -> None:
        r = self.list.currentRow()
        if 0 <= r < len(self.changes):
            del self.changes[r]
            self.list.takeItem(r)
        self._update()

    def _update(self) -> None:
        for b in (self.compare_button, self.remove_button):
            set_enabled(b, bool(self.changes), self.tr("Add a change first."))

    def scenario(self) -> scenario.Scenario:
        name = self.name.text().strip() or self.tr("My what-if")
        return scenario.Scenario((name, name), tuple(self.changes))

    def _accept(self) -> None:
        if not self.changes:
            self.problem.show_error(self.tr("Add at least one change first."))
            return
        self.made.emit(self.scenario())
        self.accept()

