"""The premium payments the family planned from the Savings page (F-G9, F-N10): each with its date, who pays
for whom and how much, and a Remove button (undoable, like every planned item). Hidden when there are none."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.book import Refused
from desktop.core.money import format_fen
from desktop.ui import reasons as R
from desktop.ui.plain_text import plain


class PlannedPremiumsBox(QGroupBox):
    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(self.tr("Planned premium payments"), parent)
        self.window_ = window
        self.col = QVBoxLayout(self)
        self.rows: list[tuple[QLabel, QPushButton]] = []
        self.setVisible(False)

    def refresh(self) -> None:
        book = self.window_.book
        for label, button in self.rows:  # out of the box at once (a deferred delete may wait for the event loop)
            for w in (label, button):
                w.setParent(None)
                w.deleteLater()
        while self.col.count():
            item = self.col.takeAt(0)
            if item is not None and item.layout() is not None:
                item.layout().setParent(None)
        self.rows = []
        planned = book.planned_premiums() if book is not None else []
        for p in planned:
            row = QHBoxLayout()
            label = plain(QLabel(self.tr("%1: %2's %3 resident-insurance premium, %4, from %5's personal account.")
                                 .replace("%1", R.date(p.on_date))
                                 .replace("%2", p.person_name).replace("%3", str(p.coverage_year))
                                 .replace("%4", format_fen(p.amount_fen)).replace("%5", p.payer_name), self))
            label.setWordWrap(True)
            button = QPushButton(self.tr("Remove"), self)
            button.setAccessibleName(self.tr("Remove the planned premium of %1").replace("%1", p.person_name))
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, pid=p.id: self.remove(pid))
            row.addWidget(label, 1)
            row.addWidget(button)
            self.col.addLayout(row)
            self.rows.append((label, button))
        self.setVisible(bool(planned))

    def remove(self, planned_id: int) -> None:
        try:
            self.window_.book.delete_planned_premium(planned_id)
        except Refused:
            pass  # already gone (undone elsewhere): the refresh shows what is there

    def text(self) -> str:
        return "\n".join(label.text() for label, _b in self.rows)
