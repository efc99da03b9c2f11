"""One person on the Home page: own balance, money usable now (a button that opens its breakdown), status,
and warnings. Warnings start with a ⚠ mark and words, never colour alone."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from desktop.core import vocab
from desktop.ui import reasons
from desktop.ui.member_words import region_name, relation_text, status_text
from desktop.ui.pages.home_facts import PersonSummary, day_text, is_stale, used_up
from desktop.ui.plain_text import plain, tip
from desktop.ui.qt_values import ALIGN_RIGHT, ALIGN_VCENTER, PLAIN_TEXT
from desktop.ui.widgets import Card

WARNING_MARK = "⚠"


class PersonCard(Card):
    def __init__(self, summary: PersonSummary, registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        m, bal = summary.member, summary.balance
        self.setAccessibleName(m.name)
        self.name = plain(QLabel(m.name, self))
        self.name.setObjectName("CardName")
        self.body.addWidget(self.name)
        about = [relation_text(m.head_relation), region_name(registry, m.region_code),
                 reasons.label(vocab.INSURANCE_TYPES, m.insurance)]
        self.about = plain(QLabel(" · ".join(a for a in about if a), self))
        self.about.setWordWrap(True)
        self.body.addWidget(self.about)
        self.status = plain(QLabel(self.tr("Status: %1").replace("%1", status_text(m)), self))
        self.body.addWidget(self.status)

        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.own = self._figure_row(grid, 0, self.tr("Own account"), bal.personal_fen, self._own_text())
        self.wallet = None
        row = 1
        if summary.show_wallet:
            self.wallet = self._figure_row(grid, row, self.tr("Insurance wallet"), bal.wallet_fen)
            row += 1
        usable_label = QLabel(self.tr("Can use now in all"), self)
        usable_label.setObjectName("FigureLabel")
        grid.addWidget(usable_label, row, 0)
        self.usable = QPushButton(reasons.money(bal.usable_fen) + "  ▸", self)
        self.usable.setObjectName("Figure")
        self.usable.setCheckable(True)
        self.usable.setAutoDefault(True)
        self.usable.setToolTip(self.tr("Show where this money comes from"))
        self.usable.setAccessibleName(self.tr("Can use now in all: %1").replace("%1", reasons.money(bal.usable_fen)))
        self.usable.setAccessibleDescription(self.tr("Press Enter to show where this money comes from"))
        self.usable.toggled.connect(self._toggle)
        usable_label.setBuddy(self.usable)
        grid.addWidget(self.usable, row, 1)
        self.body.addLayout(grid)

        self.breakdown = QLabel(self._breakdown_text(), self)
        self.breakdown.setObjectName("Breakdown")
        self.breakdown.setWordWrap(True)
        self.breakdown.setProperty("textFormat", PLAIN_TEXT)
        self.breakdown.hide()
        self.body.addWidget(self.breakdown)

        # an old balance has its own warning, with its date, in place of this line
        if bal.statement_date is not None and not is_stale(bal.on, bal.statement_date, summary.stale_days):
            basis = QLabel(self.tr("Counted from the balance recorded on %1.").replace(
                "%1", day_text(bal.statement_date)), self)
            basis.setObjectName("Note")
            basis.setWordWrap(True)
            self.body.addWidget(basis)
        self.notices: list[QLabel] = []
        for n in summary.notices:
            label = plain(QLabel(f"{WARNING_MARK} {n.text}", self))
            label.setObjectName("Warning")
            label.setWordWrap(True)
            label.setProperty("kind", n.kind)
            if n.sources:
                label.setToolTip(tip(reasons.source_line(n.sources)))
            self.body.addWidget(label)
            self.notices.append(label)
        # the binding guide (desktop.ui.guide, issue 6): someone's account pays for this person
        self.guide_button = QPushButton(self.tr("Binding guide…"), self)
        self.guide_button.setToolTip(tip(self.tr("Step by step: let a family member's account pay for %1")
                                         .replace("%1", m.name)))
        self.guide_button.setAccessibleName(self.tr("Binding guide for %1").replace("%1", m.name))
        self.guide_button.clicked.connect(lambda _=False: self.open_guide())
        self.body.addWidget(self.guide_button)
        self.body.addStretch(1)  # a shorter card beside a taller one keeps its lines together at the top

    def open_guide(self):
        """Open the binding guide with this person as the one who benefits (returns the wizard)."""
        from desktop.ui.guide import start_guide

        return start_guide(self.window(), beneficiary_id=self.summary.member.id)

    def _own_text(self) -> str:
        """The own account's figure in words where a bare ¥0.00 would mislead: never recorded, or used up."""
        bal = self.summary.balance
        if bal.statement_date is None and bal.personal_fen == 0:
            return self.tr("not recorded yet")
        if used_up(self.summary.member, bal):
            return self.tr("%1 (used up)").replace("%1", reasons.money(0))
        return reasons.money(bal.personal_fen)

    def _figure_row(self, grid: QGridLayout, row: int, text: str, fen: int, shown: str | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("FigureLabel")
        shown = reasons.money(fen) if shown is None else shown
        value = QLabel(shown, self)
        value.setWordWrap(True)
        value.setProperty("alignment", ALIGN_RIGHT | ALIGN_VCENTER)
        value.setAccessibleName(f"{text}: {shown}")
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row, 1)
        return value

    def _breakdown_text(self) -> str:
        bal = self.summary.balance
        lang = reasons.lang()
        lines = []
        for ln in bal.breakdown:
            if ln.source == "own":
                what = self.tr("Own account")
            elif ln.source == "wallet":
                what = self.tr("Insurance wallet")
            else:
                what = self.tr("%1's account (family)").replace("%1", ln.payer_name)
            lines.append(self.tr("• %1: %2").replace("%1", what).replace("%2", reasons.money(ln.amount_fen)))
            if ln.source == "family":
                lines.append(f"   {ln.reason_zh if lang == 'zh' else ln.reason_en}")
        if not lines:
            lines.append(self.tr("• Nothing can be used at the moment."))
        lines.append(self.tr("= %1 in all").replace("%1", reasons.money(bal.usable_fen)))
        return "\n".join(lines)

    def _toggle(self, shown: bool) -> None:
        self.breakdown.setVisible(shown)
        mark = "▾" if shown else "▸"
        self.usable.setText(f"{reasons.money(self.summary.balance.usable_fen)}  {mark}")
