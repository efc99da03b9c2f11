"""Wallet page box: which sharing model the wallet follows today — wallet transfers (F-W6) or a family quota
(F-N11) — said plainly, with where that comes from, and the family's switch (like the wallet's place in the
payment order, SEED-FACTS §5)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.book import Refused
from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

CHOICES = [
    ("rules", QT_TRANSLATE_NOOP("SharingModelBox", "As the rules in force say (default)")),
    ("transfer", QT_TRANSLATE_NOOP("SharingModelBox", "Wallet transfers (money moves)")),
    ("quota", QT_TRANSLATE_NOOP("SharingModelBox", "Family quota (no money moves)")),
]


class SharingModelBox(QGroupBox):
    """``changed`` is the page's cue to refresh (which buttons are offered)."""

    def __init__(self, page, parent: QWidget) -> None:
        super().__init__(self.tr("How the wallet shares money"), parent)
        self.page = page
        col = QVBoxLayout(self)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setAccessibleName(self.tr("How the wallet shares money"))
        col.addWidget(self.words)
        row = QHBoxLayout()
        label = QLabel(self.tr("F&ollow"), self)
        self.choice = QComboBox(self)
        for key, text in CHOICES:
            self.choice.addItem(QCoreApplication.translate("SharingModelBox", text), key)
        self.choice.setAccessibleName(self.tr("Which sharing model to follow"))
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice, 1)
        row.addStretch(1)
        col.addLayout(row)
        self.choice.currentIndexChanged.connect(self._changed)

    def refresh(self) -> str:
        """Show today's model; returns it ("transfer" or "quota")."""
        book = self.page.book
        m = book.sharing_model()
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(m.chosen)))
        self.choice.blockSignals(False)
        if m.model == "quota":
            what = self.tr("Today (%1) the wallet follows the family quota: the payer sets an amount for a relative, "
                           "no money moves, and the payer cannot spend that part until it ends.")
        else:
            what = self.tr("Today (%1) the wallet follows wallet transfers: money moves from the payer's personal "
                           "account to the relative's wallet, within the daily limits.")
        what = what.replace("%1", fmt.date(m.on))
        if m.chosen == "rules":
            if m.sources:  # the rule's IDs on a line of their own, never inside the sentence
                why = self.tr("This is what the rules in force say.") + "\n" + fmt.source_line(m.sources)
            else:
                why = self.tr("This is what the rules in force say %1.").replace(
                    "%1", self.tr("(no rule names a quota; transfers are the default)"))
        else:
            why = self.tr("The family chose this; the rules in force say “%1”.").replace(
                "%1", fmt.label(vocab.SHARING_MODELS, m.rules_model))
        self.words.setText(what + ("" if fmt.lang() == "zh" else " ") + why)
        return m.model

    def _changed(self) -> None:
        try:
            self.page.book.set_sharing_model(self.choice.currentData())
        except Refused as e:
            self.page.message.show_error(fmt.plain(e.reasons, fmt.REFUSED))
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
        self.page.refresh()
