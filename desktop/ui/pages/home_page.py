"""Home: a card per person with their money now and warnings; the welcome while the book is empty."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.pages.base import BasePage
from desktop.ui.pages.home_card import PersonCard
from desktop.ui.pages.home_facts import day_text, summarise
from desktop.ui.pages.home_savings import SavingsCard
from desktop.ui.pages.home_top import FamilyTop

if TYPE_CHECKING:
    from desktop.ui.first_run import WelcomePanel

CARD_MIN_WIDTH = 380  # at normal size; cards wrap to one column when the page is narrow or the text large
FIRST_CARD_ROW = 2  # rows 0 and 1 of the grid: the family's top box and the hint


class HomePage(BasePage):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.cards: list[PersonCard] = []
        self.welcome: WelcomePanel | None = None
        self.last_seconds = 0.0
        self._columns = 0
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        col.addWidget(self.stack)

        self.cards_view = QWidget(self)
        cv = QVBoxLayout(self.cards_view)
        cv.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(self.cards_view)
        self.title.setObjectName("Title")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        # 长辈模式 one press away from the first screen (issue 17): the word says which way it switches
        self.elder_button = QPushButton(self.cards_view)
        self.elder_button.setObjectName("BigChoice")
        self.elder_button.clicked.connect(
            lambda _=False: self.window_.set_large_text(not self.window_.settings.large_text()))
        top.addWidget(self.elder_button)
        cv.addLayout(top)
        self.elder_mode_changed(self.window_.settings.large_text())
        self.savings = SavingsCard(window, self.cards_view)  # the savings plan's card, when it saves ≥ ¥100
        cv.addWidget(self.savings)
        self.scroll = QScrollArea(self.cards_view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        # the cards stay at the top by the row stretch under them (_place_cards); no AlignTop here, whose enum
        # would create the Qt namespace before Home's first figures
        # above the cards, across every column: the answers at a glance (the family's money now, the next
        # thing to do, the reminders), then the hint; they scroll with the cards so large text keeps room
        self.top = FamilyTop(window, self.grid_host)
        self.grid.addWidget(self.top, 0, 0, 1, 3)
        self.hint = QLabel(self.tr("Press a “can use now” figure to see where the money comes from."),
                           self.grid_host)
        self.hint.setObjectName("Note")
        self.hint.setWordWrap(True)
        self.grid.addWidget(self.hint, 1, 0, 1, 3)
        self.scroll.setWidget(self.grid_host)
        cv.addWidget(self.scroll, 1)
        self.stack.addWidget(self.cards_view)
        self.refresh()

    def elder_mode_changed(self, on: bool) -> None:
        text = self.tr("Turn off elder mode") if on else self.tr("Turn on elder mode (large text)")
        self.elder_button.setText(text)
        self.elder_button.setAccessibleName(text)
        self.elder_button.setToolTip(self.tr("Elder mode: text at least 18 pt, big buttons, black on white"))

    def refresh(self) -> None:
        book = self.window_.book
        if book.is_empty():
            self._show_welcome()
            return
        started = time.perf_counter()
        summaries = summarise(book)
        self.title.setText(self.tr("Today, %1").replace("%1", day_text(book.today())))
        self.top.show_family(summaries, book)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [PersonCard(s, book.registry, self.grid_host) for s in summaries]
        self._columns = 0
        self._place_cards()
        for card in self.cards:
            card.show()  # added to a page already on screen: show now, not on the next event-loop turn
        self.stack.setCurrentWidget(self.cards_view)
        self._fit_height()
        self.savings.refresh()
        self.last_seconds = time.perf_counter() - started

    def wait_background(self) -> None:
        self.savings.wait_background()

    def _show_welcome(self) -> None:
        if self.welcome is None:
            # only for an empty book: the welcome's forms and the facade are not imported before Home's figures
            from desktop.ui.first_run import WelcomePanel

            self.welcome = WelcomePanel(self.window_.book, self)
            self.welcome.started.connect(self._started)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)

    def _started(self, how: str) -> None:
        self.refresh()
        if how == "demo":
            self.window_.statusBar().showMessage(self.tr("The demo family is ready. Look around every page."), 15000)
        else:
            self.window_.statusBar().showMessage(
                self.tr("Saved. Add the others on the Family page; “Update balances” on Home records everyone's "
                        "balance at once."), 15000)

    def _place_cards(self) -> None:
        width = max(1, self.scroll.viewport().width())
        least = int(CARD_MIN_WIDTH * self.fontMetrics().height() / 17)  # grows with the font
        columns = max(1, min(3, width // max(1, least)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for row, widget in enumerate((self.top, self.hint)):  # as wide as the cards' columns
            self.grid.removeWidget(widget)
            self.grid.addWidget(widget, row, 0, 1, columns)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, FIRST_CARD_ROW + i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        rows = FIRST_CARD_ROW + (len(self.cards) + columns - 1) // columns
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 1 if r >= rows else 0)  # cards keep their height; the rest stays empty
        self.grid.setRowStretch(rows, 1)

    def _fit_height(self) -> None:
        """Tall enough for the wrapped lines at the viewport's width: the scroll area sizes its widget by the
        size hint, which counts a wrapped warning as one line and would squeeze the figures (then it scrolls)."""
        width = self.scroll.viewport().width()
        if self.grid.hasHeightForWidth():
            self.grid_host.setMinimumHeight(self.grid.totalHeightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_cards()
        self._fit_height()

    def card(self, name: str) -> PersonCard | None:
        return next((c for c in self.cards if c.summary.member.name == name), None)
