"""The insurance wallet (医保钱包): which sharing model it follows (transfers, F-W6, or a family quota, F-N11),
the family quotas (set, ended, deleted), the transfer log, new transfers checked as you type, received and
returned transfers, and the planner for moving a larger amount under the limits; the planned transfers it
kept, each on its day within its hours (mark one done: the real transfer is recorded; delete one; print them).
China time throughout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from desktop.book import Refused
from desktop.ui import reasons as fmt
from desktop.ui.dialogs.moment_dialog import MomentDialog
from desktop.ui.dialogs.planner_dialog import PlannerDialog
from desktop.ui.dialogs.quota_dialog import QuotaDialog
from desktop.ui.dialogs.transfer_dialog import TransferDialog
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import FlowLayout, action_button, page_heading, person_picker, refill_people
from desktop.ui.models.planned_transfers_model import PlannedTransfersModel
from desktop.ui.models.quotas_model import QuotasModel, quota_state_text
from desktop.ui.models.transfers_model import TransfersModel, state_text
from desktop.ui.pages.base import BasePage
from desktop.ui.pages.sharing_model_box import SharingModelBox
from desktop.ui.search_box import search_row
from desktop.ui.tables import Table
from desktop.ui.widgets import ErrorLine, confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class WalletPage(BasePage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.dialog: QWidget | None = None

        # quotas, the log and the planned transfers together can be taller than a 800-pixel screen in large
        # text: the page scrolls rather than squeezing the tables to nothing
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        col = page_heading(body, self.tr("Insurance wallet"), self.tr(
            "Family money through the insurance wallet: a family quota set aside for a relative (no money moves), "
            "or transfers from a personal account to a relative's wallet. Each region limits transfers — how many "
            "a day, how much each, none at night (China time) — and one not received in time goes back."))
        self.message = ErrorLine(self)
        self.sharing = SharingModelBox(self, self)
        col.addWidget(self.sharing)
        self.person = person_picker(self, col, self.tr("Sho&w for"), self.tr("Show transfers of"))

        quotas_title = QLabel(self.tr("Family quotas"), self)
        quotas_title.setObjectName("Subtitle")
        col.addWidget(quotas_title)
        self.quota_model = QuotasModel(self)
        self.quota_table = Table(self, self.quota_model, self.tr("Family quotas"))
        col.addWidget(self.quota_table, 1)
        rows_high = self.fontMetrics().height() * 2
        self.quota_table.setMinimumHeight(rows_high * 4)
        self.quota_empty = QLabel(self.tr("No quotas yet. Press “Set a quota” to record one."), self)
        self.quota_empty.setWordWrap(True)
        col.addWidget(self.quota_empty)
        self.quota_detail = QLabel(self)
        self.quota_detail.setWordWrap(True)
        self.quota_detail.setAccessibleName(self.tr("About the chosen quota"))
        col.addWidget(self.quota_detail)
        qrow = FlowLayout()
        self.quota_button = action_button(self, self.tr("Set a &quota…"), self.new_quota,
                                         self.tr("Record a family quota set in the wallet"))
        self.end_quota_button = action_button(self, self.tr("End the q&uota…"), self.end_quota,
                                             self.tr("The payer ended it: what is unused is theirs again"))
        self.delete_quota_button = action_button(self, self.tr("Delete the quot&a…"), self.delete_quota,
                                                self.tr("Delete a quota entered by mistake"))
        for b in (self.quota_button, self.end_quota_button, self.delete_quota_button):
            qrow.addWidget(b)
        col.addLayout(qrow)

        transfers_title = QLabel(self.tr("Wallet transfers"), self)
        transfers_title.setObjectName("Subtitle")
        col.addWidget(transfers_title)

        self.model = TransfersModel(self)
        self.table = Table(self, self.model, self.tr("Wallet transfers"))
        self.search = search_row(self, col, self.table, self.tr("Name, amount, date or note"))
        col.addWidget(self.table, 1)
        rows3 = self.table.verticalHeader().defaultSectionSize() * 3
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows3
                                    + self.table.horizontalScrollBar().sizeHint().height() + 4)
        self.empty = QLabel(self.tr("No transfers yet. Press “New transfer” to check and record one."), self)
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("About the chosen transfer"))
        col.addWidget(self.detail)
        col.addWidget(self.message)

        row = FlowLayout()
        self.new_button = action_button(self, self.tr("&New transfer…"), self.new_transfer,
                                       self.tr("Check and record a transfer (Ctrl+N)"))
        self.received_button = action_button(self, self.tr("&Received…"), self.mark_received,
                                            self.tr("The relative accepted the money"))
        self.returned_button = action_button(self, self.tr("Went &back"), self.mark_returned,
                                            self.tr("It was not accepted in time and went back"))
        self.delete_button = action_button(self, self.tr("&Delete…"), self.delete, self.tr("Delete a mistaken entry"))
        self.plan_button = action_button(self, self.tr("&Plan a larger amount…"), self.open_planner,
                                        self.tr("Split an amount into transfers the rules allow"))
        for b in (self.new_button, self.received_button, self.returned_button, self.delete_button):
            row.addWidget(b)
        row.addWidget(self.plan_button)
        col.addLayout(row)

        self.planned_title = QLabel(self.tr("Planned transfers"), self)
        self.planned_title.setObjectName("Subtitle")
        col.addWidget(self.planned_title)
        self.planned_note = QLabel(self.tr("Transfers you planned with the planner, each on its day between the "
                                           "hours shown. Once one is sent, mark it done: the transfer is "
                                           "recorded above."), self)
        self.planned_note.setWordWrap(True)
        col.addWidget(self.planned_note)
        self.planned_model = PlannedTransfersModel(self)
        self.planned_table = Table(self, self.planned_model, self.tr("Planned transfers"))
        col.addWidget(self.planned_table)
        prow = FlowLayout()
        self.done_button = action_button(self, self.tr("Mar&k done"), self.mark_planned_done,
                                        self.tr("It was sent: record the transfer now"))
        self.delete_planned_button = action_button(self, self.tr("Dele&te planned…"), self.delete_planned,
                                                  self.tr("Forget the chosen planned transfer"))
        self.print_planned_button = action_button(self, self.tr("Pr&int the plan…"), self.print_planned,
                                                 self.tr("Print the transfers still to make, in big type"))
        self.pdf_planned_button = action_button(self, self.tr("Save the p&lan as PDF…"), self.save_planned_pdf,
                                               self.tr("Save the transfers still to make as a PDF sheet"))
        for b in (self.done_button, self.delete_planned_button, self.print_planned_button, self.pdf_planned_button):
            prow.addWidget(b)
        self.planned_buttons = prow
        col.addLayout(prow)
        self.planned_table.selectionModel().selectionChanged.connect(self._planned_selection_changed)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_transfer,
                  context=Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.person.currentIndexChanged.connect(self._reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.quota_table.selectionModel().selectionChanged.connect(self._quota_selected)
        self.refresh()

    def search_box(self) -> QLineEdit:
        return self.search

    def refresh(self) -> None:
        self.book = self.window_.book
        members = self.book.members()
        refill_people(self.person, members, self.tr("Everyone"))
        enough = len(members) >= 2
        model = self.sharing.refresh() if members else "transfer"
        for b in (self.new_button, self.plan_button, self.quota_button):
            set_enabled(b, enough, self.tr("A transfer needs two family members. Add them on the Family page first."))
        # the model in force comes first: its button is the default, the other stays available
        self.quota_button.setDefault(model == "quota")
        self.new_button.setDefault(model == "transfer")
        self._reload()

    def _reload_quotas(self) -> None:
        selected = self.selected_quota()
        rows = self.book.quotas(self.person.currentData())
        self.quota_model.set_rows(rows)
        self.quota_table.fit_columns()
        self.quota_empty.setVisible(not rows)
        self.quota_table.setVisible(bool(rows))
        if selected is not None and (r := self.quota_model.row_of(selected.id)) is not None:
            self.quota_table.select_row(r)
        elif rows:
            self.quota_table.select_row(0)
        self._quota_selected()

    def selected_quota(self) -> Any | None:
        r = self.quota_table.current_row()
        return None if r is None else self.quota_model.quota(r)

    def _quota_selected(self, *_: Any) -> None:
        q = self.selected_quota()
        self.end_quota_button.setEnabled(q is not None and q.state in ("standing", "waiting"))
        self.delete_quota_button.setEnabled(q is not None)
        if q is None:
            self.quota_detail.setText("")
            return
        text = self.tr("%1 set %2 for %3 on %4; used %5, left %6.").replace("%1", q.payer_name) \
            .replace("%2", fmt.money(q.amount_fen)).replace("%3", q.receiver_name).replace("%4", fmt.moment(q.set_at)) \
            .replace("%5", fmt.money(q.used_fen)).replace("%6", fmt.money(q.left_fen))
        ended_by_rule = q.state == "auto_ended" or (q.state == "standing" and q.end_day is not None)
        source = "\n" + fmt.source_line(["F-N9"]) if ended_by_rule else ""  # the rule that ends it, under it
        self.quota_detail.setText(f"{text} {quota_state_text(q)}{source}")

    def _reload_planned(self) -> None:
        chosen = self.selected_planned()
        today = self.book.today()
        who = self.person.currentData()
        rows = [p for p in self.book.planned_wallet_transfers() if (not p.done or p.on_date >= today)
                and (who is None or who in (p.from_id, p.to_id))]
        self.planned_model.set_rows(rows, today)
        self.planned_table.fit_columns()
        shown = bool(rows)
        for w in (self.planned_title, self.planned_note, self.planned_table, self.done_button,
                  self.delete_planned_button, self.print_planned_button, self.pdf_planned_button):
            w.setVisible(shown)
        if shown:
            h = self.planned_table.verticalHeader().defaultSectionSize()
            head = self.planned_table.horizontalHeader().sizeHint().height()
            self.planned_table.setFixedHeight(head + h * min(len(rows), 4) + 2 * self.planned_table.frameWidth() + 4)
        if chosen is not None and (r := self.planned_model.row_of(chosen.id)) is not None:
            self.planned_table.select_row(r)
        elif rows:
            first = next((i for i, p in enumerate(rows) if not p.done), 0)
            self.planned_table.select_row(first)
        self._planned_selection_changed()

    def selected_planned(self) -> Any | None:
        r = self.planned_table.current_row()
        return None if r is None else self.planned_model.planned(r)

    def _planned_selection_changed(self, *_: Any) -> None:
        p = self.selected_planned()
        self.done_button.setEnabled(p is not None and not p.done)
        self.delete_planned_button.setEnabled(p is not None)
        todo = any(not x.done for x in self._planned_rows())
        self.print_planned_button.setEnabled(todo)
        self.pdf_planned_button.setEnabled(todo)

    def _planned_rows(self) -> list[Any]:
        return [self.planned_model.planned(i) for i in range(self.planned_model.rowCount())]

    def _reload(self) -> None:
        self._reload_quotas()
        self._reload_planned()
        selected = self.selected()
        rows = self.book.transfers(self.person.currentData())
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.empty.setVisible(not rows)
        if selected is not None and (r := self.model.row_of(selected.id)) is not None:
            self.table.select_row(r)
        elif rows:
            self.table.select_row(0)
        self._selection_changed()

    def selected(self) -> Any | None:
        r = self.table.current_row()
        return None if r is None else self.model.transfer(r)

    def _selection_changed(self, *_: Any) -> None:
        t = self.selected()
        waiting = t is not None and t.state == "waiting"
        for b in (self.received_button, self.returned_button):
            set_enabled(b, waiting, self.tr("Choose a transfer that is still waiting."))
        set_enabled(self.delete_button, t is not None, self.tr("Choose a transfer in the table first."))
        if t is None:
            self.detail.setText("")
            return
        text = self.tr("%1 to %2, %3, sent %4.").replace("%1", t.from_name).replace("%2", t.to_name) \
            .replace("%3", fmt.money(t.amount_fen)).replace("%4", fmt.moment(t.requested_at))
        self.detail.setText(f"{text} {state_text(t)}")

    def _after_change(self, transfer_id: int | None = None, note: str = "") -> None:
        if self.window_.stack.currentWidget() is not self:
            self.refresh()
        else:
            self._reload()
        if transfer_id is not None and (r := self.model.row_of(transfer_id)) is not None:
            self.table.select_row(r)
        self.message.show_error(note)

    def _refused(self, e: Refused) -> None:
        self.message.show_error(fmt.plain(e.reasons, fmt.REFUSED))

    # ---- actions ----
    def new_transfer(self, amount_fen: int | None = None) -> TransferDialog | None:
        if not self.new_button.isEnabled():
            return None
        t = self.selected()
        d = TransferDialog(self.book, self, from_id=t.from_id if t else None, to_id=t.to_id if t else None,
                           amount_fen=amount_fen)
        d.saved.connect(lambda view: self._after_change(view.id))
        self.dialog = d
        d.open()
        return d

    def mark_received(self) -> MomentDialog | None:
        t = self.selected()
        if t is None or t.state != "waiting":
            return None
        text = self.tr("When did %1 accept the %2 from %3? It must be before %4.").replace("%1", t.to_name) \
            .replace("%2", fmt.money(t.amount_fen)).replace("%3", t.from_name).replace("%4", fmt.moment(t.returns_at))
        default = min(self.book.clock(), t.returns_at) if t.returns_at else self.book.clock()
        d = MomentDialog(self, self.tr("Transfer received"), text, self.tr("&Received at (China time)"),
                         max(default, t.requested_at), self.tr("&Mark received"))
        d.accepted.connect(lambda: self._received(t.id, d.value()))
        self.dialog = d
        d.open()
        return d

    def _received(self, transfer_id: int, at: Any) -> None:
        try:
            self.book.receive_transfer(transfer_id, at)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_change(transfer_id)

    def mark_returned(self) -> bool:
        t = self.selected()
        if t is None or t.state != "waiting":
            return False
        text = self.tr("%1 did not accept it: the %2 goes back to %3 at %4. Record that?").replace("%1", t.to_name) \
            .replace("%2", fmt.money(t.amount_fen)).replace("%3", t.from_name).replace("%4", fmt.moment(t.returns_at))
        if not confirm(self, self.tr("Went back?"), text):
            return False
        try:
            self.book.return_transfer(t.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change(t.id)
        return True

    def delete(self) -> bool:
        t = self.selected()
        if t is None:
            return False
        text = self.tr("Delete the transfer of %1 from %2 to %3 on %4? Only do this for an entry made by mistake.") \
            .replace("%1", fmt.money(t.amount_fen)).replace("%2", t.from_name).replace("%3", t.to_name) \
            .replace("%4", fmt.moment(t.requested_at))
        if not confirm(self, self.tr("Delete this transfer?"), text):
            return False
        try:
            self.book.delete_transfer(t.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change()
        return True

    def new_quota(self) -> QuotaDialog | None:
        if not self.quota_button.isEnabled():
            return None
        q = self.selected_quota()
        d = QuotaDialog(self.book, self, payer_id=q.payer_id if q else None, receiver_id=q.receiver_id if q else None)
        d.saved.connect(lambda view: self._after_quota(view.id))
        self.dialog = d
        d.open()
        return d

    def _after_quota(self, quota_id: int | None = None) -> None:
        self._after_change()
        if quota_id is not None and (r := self.quota_model.row_of(quota_id)) is not None:
            self.quota_table.select_row(r)

    def end_quota(self) -> MomentDialog | None:
        q = self.selected_quota()
        if q is None or q.state not in ("standing", "waiting"):
            return None
        text = self.tr("When did %1 end the quota for %2? What is left of it (%3 now) becomes %1's to spend again.") \
            .replace("%1", q.payer_name).replace("%2", q.receiver_name).replace("%3", fmt.money(q.left_fen))
        d = MomentDialog(self, self.tr("End the quota"), text, self.tr("&Ended at (China time)"),
                         max(self.book.clock(), q.set_at), self.tr("&End the quota"))
        d.accepted.connect(lambda: self._ended(q.id, d.value()))
        self.dialog = d
        d.open()
        return d

    def _ended(self, quota_id: int, at: Any) -> None:
        try:
            self.book.end_quota(quota_id, at)
        except Refused as e:
            return self._refused(e)
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return None
        self._after_quota(quota_id)

    def delete_quota(self) -> bool:
        q = self.selected_quota()
        if q is None:
            return False
        text = self.tr("Delete the quota of %1 that %2 set for %3 on %4? Visits it paid (%5) are counted again "
                       "without it. Only do this for an entry made by mistake; a quota the family stopped is "
                       "ended, not deleted.").replace("%1", fmt.money(q.amount_fen)).replace("%2", q.payer_name) \
            .replace("%3", q.receiver_name).replace("%4", fmt.moment(q.set_at)).replace("%5", fmt.money(q.used_fen))
        if not confirm(self, self.tr("Delete this quota?"), text):
            return False
        try:
            self.book.delete_quota(q.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change()
        return True

    # ---- planned transfers ----
    def mark_planned_done(self) -> bool:
        """Record the real transfer now (checked like any transfer) and mark the planned one done."""
        p = self.selected_planned()
        if p is None or p.done:
            return False
        try:
            done = self.book.complete_planned_wallet_transfer(p.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change(done.transfer_id, self.tr("Recorded: %1 from %2 to %3.").replace(
            "%1", fmt.money(p.amount_fen)).replace("%2", p.from_name).replace("%3", p.to_name))
        return True

    def delete_planned(self) -> bool:
        p = self.selected_planned()
        if p is None:
            return False
        text = self.tr("Forget the planned transfer of %1 from %2 to %3 on %4? A transfer already recorded for it "
                       "stays.").replace("%1", fmt.money(p.amount_fen)).replace("%2", p.from_name) \
            .replace("%3", p.to_name).replace("%4", fmt.date(p.on_date))
        if not confirm(self, self.tr("Delete this planned transfer?"), text):
            return False
        try:
            self.book.delete_planned_wallet_transfer(p.id)
        except Refused as e:
            self._refused(e)
            return False
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return False
        self._after_change()
        return True

    def planned_sheet(self) -> Any:
        from desktop.ui.print.transfer_plan_sheet import transfer_plan_sheet

        return transfer_plan_sheet(self.book, [p for p in self._planned_rows() if not p.done], fmt.lang())

    def print_planned(self) -> bool:
        from desktop.ui.print import pdf

        return pdf.send_to_printer(self, self.planned_sheet())

    def save_planned_pdf(self) -> Any:
        from desktop.ui.print import pdf

        sheet = self.planned_sheet()
        return pdf.save_pdf(self, sheet, f"{sheet.title} {self.book.today().isoformat()}.pdf")

    def open_planner(self) -> PlannerDialog | None:
        if not self.plan_button.isEnabled():
            return None
        t = self.selected()
        d = PlannerDialog(self.book, self, from_id=t.from_id if t else None, to_id=t.to_id if t else None)
        d.kept.connect(lambda _rows: self._after_change())
        self.dialog = d
        d.open()
        return d
