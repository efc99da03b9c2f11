"""Home's savings card: shown when the advisor's best plan saves at least ¥100 over the next 12 months.

The advisor takes seconds, so it starts a moment after Home has its figures, off the GUI thread; a newer
refresh drops an older answer. The card says the saving in one line and opens the Savings plan page.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.core.money import format_fen
from desktop.ui.plain_text import plain
from desktop.ui.widgets import Card

START_AFTER_MS = 1500  # Home's own figures reach the screen first


class SavingsCard(Card):
    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(parent)
        self.window_ = window
        self.run = None  # savings_worker.AdviceRun, imported when first needed (not at start-up)
        self.advice = None
        self.line = plain(QLabel(self))
        self.line.setWordWrap(True)
        self.line.setObjectName("CardName")
        self.body.addWidget(self.line)
        self.button = QPushButton(self.tr("See the savings plan"), self)
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(lambda _=False: self.window_.show_page("savings"))
        self.body.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._start)
        self.hide()

    def refresh(self) -> None:
        self.timer.start(START_AFTER_MS)

    def _start(self) -> None:
        book = self.window_.book
        if book is None or not hasattr(book, "advise") or book.is_empty():
            return  # a glance (no open book yet) or an empty book: nothing to advise
        from desktop.ui.pages.savings_worker import AdviceRun

        if self.run is not None and self.run.running():
            self.run.cancel()
        run = AdviceRun(book, {"months": 12})
        self.run = run
        run.done.connect(lambda a, r=run: self._done(r, a))
        run.start()

    def _done(self, run, advice) -> None:
        from desktop.core.advisor import HOME_CARD_FEN

        if run is not self.run:
            return
        self.advice = advice
        best = advice.best
        if best is None or best.saving_fen < HOME_CARD_FEN:
            self.hide()
            return
        self.line.setText(self.tr("Savings plan: the family could pay about %1 less in cash over the next 12 "
                                  "months.").replace("%1", format_fen(best.saving_fen)))
        self.setAccessibleName(self.line.text())
        self.show()

    def wait_background(self) -> None:
        self.timer.stop()
        if self.run is not None:
            self.run.wait()
