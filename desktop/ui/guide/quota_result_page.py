"""What happened on the quota path (F-N11): the quota as the app showed it, recorded in the book (checked again,
so a quota the rules or the usable balance do not allow is never recorded)."""

from __future__ import annotations

from .result_page import AmountResultPage


class QuotaResultPage(AmountResultPage):
    ID_FIELD, AMOUNT_FIELD, AT_FIELD = "quota_id", "amount_fen", "quota_at"

    def texts(self) -> tuple[str, str, str]:
        return (self.tr("The quota as the app showed it"), self.tr("Quota &set (yuan)"),
                self.tr("&Set at (China time)"))

    def intro_text(self, recorded: bool) -> str:
        st = self.wiz.state
        return (
            self.tr("This quota is recorded (no. %1).").replace("%1", str(st.quota_id)) if recorded else
            self.tr("Enter the quota as the app showed it after you submitted. It is recorded in the family book: "
                    "%1 cannot spend that part while it stands, and what %2 does not use goes back to %1 when it "
                    "ends.").replace("%1", self.wiz.name(st.authorizer_id)).replace("%2", self.wiz.name(st.beneficiary_id)))

    def verdict(self, fen: int, at):
        st = self.wiz.state
        problems = self.wiz.book.check_quota(st.authorizer_id, st.beneficiary_id, fen, at)
        return not problems, problems

    def record(self) -> int:
        st = self.wiz.state
        return self.wiz.book.set_quota(st.authorizer_id, st.beneficiary_id, st.amount_fen, st.quota_at,
                                       channel_id=st.channel_id or "").id
