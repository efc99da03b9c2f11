"""What happened on the quota path (F-N11): the quota as the app showed it, recorded in the book (checked again,
so a quota the rules or the usable balance do not allow is never recorded)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLabel, QWizardPage

from desktop.book import Refused
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

from . import parts
from .dates import pydatetime, qdatetime
from .page_ids import DONE
from .verdict_view import lines_with_sources


class QuotaResultPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("The quota as the app showed it"))
        col = parts.scrolling_body(self)
        self.intro = parts.label("", self)
        col.addWidget(self.intro)
        form = QFormLayout()
        self.amount = MoneyEdit(self)
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        for text, w in ((self.tr("Quota &set (yuan)"), self.amount), (self.tr("&Set at (Beijing time)"), self.when)):
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
        recorded = st.quota_id is not None
        self.intro.setText(
            self.tr("This quota is recorded (no. %1).").replace("%1", str(st.quota_id)) if recorded else
            self.tr("Enter the quota as the app showed it after you submitted. It is recorded in the family book: "
                    "%1 cannot spend that part while it stands, and what %2 does not use goes back to %1 when it "
                    "ends.").replace("%1", self.wiz.name(st.authorizer_id)).replace("%2", self.wiz.name(st.beneficiary_id)))
        self.amount.set_fen(st.amount_fen)
        self.when.setDateTime(qdatetime(st.quota_at or self.wiz.book.clock().replace(second=0, microsecond=0)))
        for w in (self.amount, self.when):
            w.setEnabled(not recorded)
        self._check()

    def _check(self) -> None:
        st, lang = self.wiz.state, self.wiz.lang()
        if st.quota_id is not None:
            self._ok = True
            self.error.show_error("")
        elif self.amount.fen() is None:
            self._ok = False
            self.error.show_error(self.amount.error())
        else:
            problems = self.wiz.book.check_quota(st.authorizer_id, st.beneficiary_id, self.amount.fen(),
                                                 pydatetime(self.when.dateTime()))
            self._ok = not problems
            self.error.show_error(lines_with_sources((r.text(lang), r.sources) for r in problems))
        self.completeChanged.emit()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self._ok

    @parts.guarded(False)
    def validatePage(self) -> bool:
        st, lang = self.wiz.state, self.wiz.lang()
        if st.quota_id is not None:
            return True
        st.amount_fen = self.amount.fen()
        st.quota_at = pydatetime(self.when.dateTime())
        try:
            q = self.wiz.book.set_quota(st.authorizer_id, st.beneficiary_id, st.amount_fen, st.quota_at,
                                        channel_id=st.channel_id or "")
        except Refused as e:
            self.error.show_error(lines_with_sources((r.text(lang), getattr(r, "sources", ())) for r in e.reasons))
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        st.quota_id = q.id
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return DONE
