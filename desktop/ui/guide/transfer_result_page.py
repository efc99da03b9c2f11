"""What happened on the wallet path: the transfer as the app showed it, recorded in the book (checked
again against the limits, so a transfer the rules forbid is never recorded)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLabel, QWizardPage

from desktop.book import Refused
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

from . import parts
from .dates import pydatetime, qdatetime
from .page_ids import DONE
from .verdict_view import lines_with_sources


class TransferResultPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("What happened?"))
        col = parts.scrolling_body(self)
        self.intro = parts.label("", self)
        col.addWidget(self.intro)
        form = QFormLayout()
        self.amount = MoneyEdit(self)
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        for text, w in ((self.tr("&Amount sent (yuan)"), self.amount), (self.tr("&Sent at (China time)"), self.when)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            w.setAccessibleName(text.replace("&", ""))
            w.setMinimumHeight(36)
            form.addRow(lab, w)
        col.addLayout(form)
        self.error = ErrorLine(self)
        col.addWidget(self.error)
        col.addStretch(1)
        self.amount.textChanged.connect(self._check)
        self.when.dateTimeChanged.connect(self._check)
        self._ok = False

    @parts.guarded()
    def initializePage(self) -> None:
        st = self.wiz.state
        recorded = st.transfer_id is not None
        self.intro.setText(
            self.tr("This transfer is recorded (no. %1).").replace("%1", str(st.transfer_id)) if recorded else
            self.tr("Enter the transfer as the app showed it after you submitted. It is recorded in the family book."))
        self.amount.set_fen(st.transfer_amount_fen)
        self.when.setDateTime(qdatetime(st.transfer_at or self.wiz.book.clock().replace(second=0, microsecond=0)))
        for w in (self.amount, self.when):
            w.setEnabled(not recorded)
        self._check()

    def _check(self) -> None:
        st, lang = self.wiz.state, self.wiz.lang()
        if st.transfer_id is not None:
            self._ok = True
            self.error.show_error("")
        elif self.amount.fen() is None:
            self._ok = False
            self.error.show_error(self.amount.error())
        else:
            v = self.wiz.book.check_transfer(st.authorizer_id, st.beneficiary_id, self.amount.fen(),
                                             pydatetime(self.when.dateTime()))
            self._ok = v.allowed
            self.error.show_error(lines_with_sources((r.text(lang), r.sources) for r in v.reasons))
        self.completeChanged.emit()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self._ok

    @parts.guarded(False)
    def validatePage(self) -> bool:
        st, lang = self.wiz.state, self.wiz.lang()
        if st.transfer_id is not None:
            return True
        st.transfer_amount_fen = self.amount.fen()
        st.transfer_at = pydatetime(self.when.dateTime())
        try:
            t = self.wiz.book.create_transfer(st.authorizer_id, st.beneficiary_id, st.transfer_amount_fen,
                                              st.transfer_at, note=st.institution)
        except Refused as e:
            self.error.show_error(lines_with_sources((r.text(lang), getattr(r, "sources", ())) for r in e.reasons))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        st.transfer_id = t.id
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return DONE
