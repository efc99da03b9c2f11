"""Settings box: where the 医保钱包 pays in the order. The sources leave it open (SEED-FACTS §5)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.book_worker import run_with_progress
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

CHOICES = [
    ("region", QT_TRANSLATE_NOOP("PaymentOrderBox", "As the region's rules say (default)")),
    ("before_family", QT_TRANSLATE_NOOP("PaymentOrderBox", "Wallet first, then family accounts")),
    ("after_family", QT_TRANSLATE_NOOP("PaymentOrderBox", "Family accounts first, then the wallet")),
]


class PaymentOrderBox(QGroupBox):
    """A choice the book applies at once: every recorded visit is settled again with it."""

    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(self.tr("Order of payment"), parent)
        self.window_ = window
        col = QVBoxLayout(self)
        note = QLabel(self.tr("The own account always pays first and cash last. The rules do not say whether the "
                              "insurance wallet pays before or after family accounts; choose what your hospital "
                              "does. Changing it re-counts every recorded visit."), self)
        note.setWordWrap(True)
        note.setObjectName("Note")
        col.addWidget(note)
        self.choice = QComboBox(self)
        for key, text in CHOICES:
            self.choice.addItem(QCoreApplication.translate("PaymentOrderBox", text), key)
        self.choice.setAccessibleName(self.tr("Where the wallet pays"))
        self.worker = None
        col.addWidget(self.choice)
        self.refresh()
        self.choice.currentIndexChanged.connect(self._changed)

    def refresh(self) -> None:
        book = self.window_.book
        self.choice.setEnabled(book is not None)
        if book is None:
            return
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(book.wallet_position())))
        self.choice.blockSignals(False)

    def _changed(self) -> None:
        """Every recorded visit is settled again: seconds on a big book, so off the GUI thread."""
        book = self.window_.book
        if book is None:
            return
        position = self.choice.currentData()
        self.choice.setEnabled(False)
        self.worker = run_with_progress(
            self.window_, self.tr("Order of payment"),
            self.tr("Counting every recorded visit again with the new order… The figures shown are the old "
                    "ones until this is done."),
            lambda progress: book.set_wallet_position(position, progress=progress), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.worker = None
        self.refresh()
        self.window_.statusBar().showMessage(self.tr("Order of payment saved; visits re-counted."), 20000)

    def _failed(self, e: Exception) -> None:
        self.worker = None
        if isinstance(e, WRITE_FAILURES):  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
        else:
            raise e
        self.refresh()
