"""The welcome shown while the book is empty: start with the demo family, or with one's own family
(the first member is added right here, with the member form). Either way Home shows next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.book import FamilyBook, Refused
from desktop.ui import reasons
from desktop.ui.dialogs.member_form import MemberDialog
from desktop.ui.widgets import ErrorLine
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class WelcomePanel(QWidget):
    """``started`` is emitted once the book has its first members (``"demo"`` or ``"own"``)."""

    started = Signal(str)

    def __init__(self, book: FamilyBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.dialog: MemberDialog | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(48, 32, 48, 32)
        col.addStretch(1)
        title = QLabel(self.tr("Welcome to FamilyPool"), self)
        title.setObjectName("Title")
        col.addWidget(title)
        text = QLabel(self.tr(
            "This program keeps your family's medical insurance accounts in one place: how much each person "
            "can still use, whose account can pay for whom, and what to do before money runs short.\n\n"
            "How would you like to start?"), self)
        text.setWordWrap(True)
        col.addWidget(text)
        self.demo_button = QPushButton(self.tr("Start with a &demo family"), self)
        self.demo_button.setObjectName("BigChoice")
        self.demo_button.setAccessibleDescription(self.tr(
            "Fills the empty book with an example family so every page shows something."))
        self.own_button = QPushButton(self.tr("Start with &my own family"), self)
        self.own_button.setObjectName("BigChoice")
        self.own_button.setAccessibleDescription(self.tr("Add the first person of your family now."))
        for b, hint in ((self.demo_button, self.tr("An example family from Taiyuan, with a relative in Shanghai, "
                                                   "to look around first.")),
                        (self.own_button, self.tr("Add the first person of your family now."))):
            b.setMinimumHeight(64)
            col.addWidget(b)
            note = QLabel(hint, self)
            note.setObjectName("Note")
            note.setWordWrap(True)
            col.addWidget(note)
        self.error = ErrorLine(self)
        col.addWidget(self.error)
        col.addStretch(2)
        self.demo_button.clicked.connect(self.start_demo)
        self.own_button.clicked.connect(self.start_own)
        self.own_button.setDefault(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def start_demo(self) -> None:
        from desktop import demo

        try:
            demo.build_demo(self.book)
        except Refused as e:
            self.error.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.started.emit("demo")

    def start_own(self) -> None:
        """Open the member form (non-blocking); Home shows once the first member is saved. "Save and add the
        next person" opens the form again for the next one, each with their balance now."""
        self._open_form(first=True)

    def _open_form(self, first: bool) -> None:
        dialog = MemberDialog(self.book, self.window(), first=first, offer_next=True)
        if not first:
            dialog.setWindowTitle(self.tr("Add the next family member"))
        self.dialog = dialog

        def done() -> None:
            self.started.emit("own")
            if dialog.another:
                self._open_form(first=False)

        dialog.accepted.connect(done)
        dialog.open()
