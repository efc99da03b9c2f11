"""What happened on the wallet path: the transfer as the app showed it, recorded in the book (checked
again against the limits, so a transfer the rules forbid is never recorded)."""

from __future__ import annotations

from .result_page import AmountResultPage


class TransferResultPage(AmountResultPage):
    ID_FIELD, AMOUNT_FIELD, AT_FIELD = "transfer_id", "transfer_amount_fen", "transfer_at"

    def texts(self) -> tuple[str, str, str]:
        return self.tr("What happened?"), self.tr("&Amount sent (yuan)"), self.tr("&Sent at (China time)")

    def intro_text(self, recorded: bool) -> str:
        st = self.wiz.state
        return (
            self.tr("This transfer is recorded (no. %1).").replace("%1", str(st.transfer_id)) if recorded else
            self.tr("Enter the transfer as the app showed it after you submitted. It is recorded in the family book."))

    def verdict(self, fen: int, at):
        st = self.wiz.state
        v = self.wiz.book.check_transfer(st.authorizer_id, st.beneficiary_id, fen, at)
        return v.allowed, v.reasons

    def record(self) -> int:
        st = self.wiz.state
        return self.wiz.book.create_transfer(st.authorizer_id, st.beneficiary_id, st.transfer_amount_fen,
                                             st.transfer_at, note=st.institution).id
