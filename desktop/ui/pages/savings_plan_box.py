"""One verified plan on the Savings page: the saving and its range, who pays less, and each step with the
rules it relies on, what it asks of people and a "Start this" button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.money import format_fen
from desktop.ui import reasons as R
from desktop.ui.plain_text import plain

STARTABLE = ("add_binding", "renew_binding", "end_binding", "wallet_transfer", "wallet_position", "pay_premium",
             "set_quota")


def _label(text: str, parent: QWidget, name: str = "", bold: bool = False) -> QLabel:
    lab = plain(QLabel(text, parent), bold)  # names are shown as typed
    lab.setWordWrap(True)
    if name:
        lab.setObjectName(name)
    return lab


class PlanBox(QGroupBox):
    start_step = Signal(object, object)  # (core.advisor step, the plan it belongs to)

    def __init__(self, plan, rank: int, parent: QWidget) -> None:
        title = self.tr("Best plan") if rank == 1 else self.tr("Plan %1").replace("%1", str(rank))
        super().__init__(title, parent)
        self.plan = plan
        lang = R.lang()
        col = QVBoxLayout(self)
        self.headline = _label(self.tr("Expected to save %1 in cash").replace("%1", format_fen(plan.saving_fen)),
                               self, "Title")
        col.addWidget(self.headline)
        self.range = _label(self.tr("In 8 of 10 simulated futures the saving is between %1 and %2.")
                            .replace("%1", format_fen(plan.low_fen)).replace("%2", format_fen(plan.high_fen)), self)
        col.addWidget(self.range)
        if not plan.low_fen <= plan.saving_fen <= plan.high_fen:
            col.addWidget(_label(self.tr("The expected figure uses an average month; the simulated futures replay "
                                         "whole past months, so it can fall outside their range."), self, "Note"))
        for p in plan.people:
            if p.saved_fen:
                col.addWidget(_label(self.tr("%1 pays %2 instead of %3.").replace("%1", p.name)
                                     .replace("%2", format_fen(p.plan_cash_fen))
                                     .replace("%3", format_fen(p.base_cash_fen)), self))
        self.buttons: list[QPushButton] = []
        for k, step in enumerate(plan.steps, 1):
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            col.addWidget(line)
            row = QHBoxLayout()
            what = _label(f"{k}. {step.what.text(lang)}", self, bold=True)
            row.addWidget(what, 1)
            if step.step.kind in STARTABLE:
                b = QPushButton(self.tr("Start this"), self)
                b.setAccessibleName(self.tr("Start step %1").replace("%1", str(k)))
                b.setMinimumHeight(44)
                b.clicked.connect(lambda _=False, s=step.step: self.start_step.emit(s, plan))
                row.addWidget(b)
                self.buttons.append(b)
            col.addLayout(row)
            rules = "\n".join(f"• {r.text(lang)}" + (f" （{', '.join(r.sources)}）" if lang == "zh" and r.sources
                                                     else f" ({', '.join(r.sources)})" if r.sources else "")
                              for r in step.rules)
            col.addWidget(_label(self.tr("The rules it relies on:") + "\n" + rules, self, "Note"))
            if step.asks:
                asks = "\n".join(f"• {r.text(lang)}" for r in step.asks)
                col.addWidget(_label(self.tr("What it asks of you:") + "\n" + asks, self))

    def text(self) -> str:
        """Everything the box says (tests)."""
        return "\n".join(w.text() for w in self.findChildren(QLabel))
