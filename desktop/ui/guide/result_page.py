"""What the result pages share: writing to the book with a refusal shown under the form, and the page of
the wallet and quota paths that records an amount and a moment as the official app showed them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWizardPage

from desktop.book import Refused
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

from . import parts
from .dates import pydatetime, qdatetime
from .page_ids import DONE
from .verdict_view import lines_with_sources


def attempt(page: QWizardPage, error: ErrorLine, lang: str, write: Callable[[], Any]) -> tuple[bool, Any]:
    """``(True, what write returned)``; or ``(False, None)`` when nothing was saved: the book refused (its
    reasons shown in ``error``) or the disk did (a full disk, a read-only folder: said in a dialog)."""
    try:
        return True, write()
    except Refused as e:
        error.show_error(lines_with_sources((r.text(lang), getattr(r, "sources", ())) for r in e.reasons))
        return False, None
    except WRITE_FAILURES as e:
        show_write_failure(page, e)
        return False, None


class AmountResultPage(QWizardPage):
    """An amount and a moment, checked by the book as they are typed and recorded once.

    A subclass names the guide state's fields (``ID_FIELD``, ``AMOUNT_FIELD``, ``AT_FIELD``) and gives
    ``texts()`` (title, amount label, moment label: translated in its own class), ``intro_text(recorded)``,
    ``verdict(fen, at)`` → (allowed, reasons) and ``record()`` → the new record's id."""

    ID_FIELD = AMOUNT_FIELD = AT_FIELD = ""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        title, amount_text, when_text = self.texts()
        self.setTitle(title)
        col = parts.scrolling_body(self)
        self.intro = parts.label("", self)
        col.addWidget(self.intro)
        form = QFormLayout()
        self.amount = MoneyEdit(self)
        self.when = parts.datetime_edit(self)
        parts.form_rows(form, self, ((amount_text, self.amount), (when_text, self.when)))
        col.addLayout(form)
        self.error = ErrorLine(self)
        col.addWidget(self.error)
        col.addStretch(1)
        self.amount.textChanged.connect(self._check)
        self.when.dateTimeChanged.connect(self._check)
        self._ok = False

    def texts(self) -> tuple[str, str, str]:
        raise NotImplementedError

    def intro_text(self, recorded: bool) -> str:
        raise NotImplementedError

    def verdict(self, fen: int, at) -> tuple[bool, Any]:
        raise NotImplementedError

    def record(self) -> int:
        raise NotImplementedError

    def recorded_id(self) -> int | None:
        return getattr(self.wiz.state, self.ID_FIELD)

    @parts.guarded()
    def initializePage(self) -> None:
        st = self.wiz.state
        recorded = self.recorded_id() is not None
        self.intro.setText(self.intro_text(recorded))
        self.amount.set_fen(getattr(st, self.AMOUNT_FIELD))
        self.when.setDateTime(qdatetime(getattr(st, self.AT_FIELD)
                                        or self.wiz.book.clock().replace(second=0, microsecond=0)))
        for w in (self.amount, self.when):
            w.setEnabled(not recorded)
        self._check()

    def _check(self) -> None:
        lang = self.wiz.lang()
        if self.recorded_id() is not None:
            self._ok = True
            self.error.show_error("")
        elif self.amount.fen() is None:
            self._ok = False
            self.error.show_error(self.amount.error())
        else:
            self._ok, reasons = self.verdict(self.amount.fen(), pydatetime(self.when.dateTime()))
            self.error.show_error(lines_with_sources((r.text(lang), r.sources) for r in reasons))
        self.completeChanged.emit()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self._ok

    @parts.guarded(False)
    def validatePage(self) -> bool:
        st = self.wiz.state
        if self.recorded_id() is not None:
            return True
        setattr(st, self.AMOUNT_FIELD, self.amount.fen())
        setattr(st, self.AT_FIELD, pydatetime(self.when.dateTime()))
        ok, new_id = attempt(self, self.error, self.wiz.lang(), self.record)
        if not ok:
            return False
        setattr(st, self.ID_FIELD, new_id)
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return DONE
