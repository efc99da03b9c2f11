"""Savings plan (省钱建议): the arrangements the rules allow that cut the family's cash out of pocket.

The advisor runs off the GUI thread (``savings_worker``) with progress and Cancel; the previous answer
stays on screen, marked as out of date, until the new one comes. Nothing is applied by itself: "Start
this" opens the binding guide with the binding filled in as a draft, plans a wallet transfer for the
projections, or opens the page where the family does the rest (ending a binding, the wallet's place).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.core.money import format_fen
from desktop.ui import reasons as R
from desktop.ui.enabled import set_enabled
from desktop.ui.pages.base import BasePage
from desktop.ui.pages.savings_plan_box import PlanBox
from desktop.ui.pages.savings_planned import PlannedPremiumsBox
from desktop.ui.pages.savings_worker import AdviceRun
from desktop.ui.plain_text import plain

PROTECT = ((100, QT_TRANSLATE_NOOP("SavingsPage", "All of their own expected needs")),
           (50, QT_TRANSLATE_NOOP("SavingsPage", "Half of their own expected needs")),
           (0, QT_TRANSLATE_NOOP("SavingsPage", "Nothing: they may pay cash later")))


class SavingsPage(BasePage):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.advice = None
        self.months_used = 12
        self.run: AdviceRun | None = None
        self.boxes: list[PlanBox] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Savings plan"), self)
        title.setObjectName("Title")
        col.addWidget(title)
        note = QLabel(self.tr("Bindings, premium payments, family quotas and wallet transfers that the rules allow, "
                              "ranked by how "
                              "much cash they save the family. Every figure is the projection with and without "
                              "the plan. Nothing is done until you start it and confirm each step."), self)
        note.setWordWrap(True)
        note.setObjectName("Note")
        col.addWidget(note)

        row = QHBoxLayout()
        months_label = QLabel(self.tr("&Months ahead"), self)
        self.months = QSpinBox(self)
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.months.setMinimumHeight(40)
        months_label.setBuddy(self.months)
        row.addWidget(months_label)
        row.addWidget(self.months)
        keep_label = QLabel(self.tr("&Keep for each payer"), self)
        self.protect = QComboBox(self)
        for pct, text in PROTECT:
            self.protect.addItem(QCoreApplication.translate("SavingsPage", text), pct)
        self.protect.setMinimumHeight(40)
        keep_label.setBuddy(self.protect)
        row.addWidget(keep_label)
        row.addWidget(self.protect)
        row.addStretch(1)
        col.addLayout(row)

        actions = QHBoxLayout()
        self.go = QPushButton(self.tr("&Work it out"), self)
        self.go.setMinimumHeight(44)
        self.go.clicked.connect(self.start)
        actions.addWidget(self.go)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setMinimumHeight(44)
        self.cancel_button.clicked.connect(self.cancel)
        self._idle_cancel()
        actions.addWidget(self.cancel_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Working out the savings plan"))
        actions.addWidget(self.progress, 1)
        self.print_button = QPushButton(self.tr("&Print summary (PDF)…"), self)
        self.print_button.setMinimumHeight(44)
        set_enabled(self.print_button, False, self.tr("Nothing to print yet: the plan is still being worked out."))
        self.print_button.clicked.connect(self.save_summary)
        actions.addWidget(self.print_button)
        col.addLayout(actions)

        self.status = plain(QLabel(self))
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        self.planned = PlannedPremiumsBox(window, self)
        col.addWidget(self.planned)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.host = QWidget(self.scroll)
        self.plans_col = QVBoxLayout(self.host)
        self.plans_col.setContentsMargins(0, 0, 0, 0)
        self.plans_col.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.host)
        col.addWidget(self.scroll, 1)
        self.refresh()

    # ---- running the advisor ----

    def refresh(self) -> None:
        """The book changed (or the page was shown): work the plan out again."""
        if self.window_.book is None:
            return
        self.planned.refresh()
        self.start()

    def start(self) -> None:
        book = self.window_.book
        if book is None or book.is_empty():
            self.status.setText(self.tr("Add the family first: the plan needs members, balances and visits."))
            return
        if self.run is not None and self.run.running():
            self.run.cancel()  # its answer is dropped; the new one follows
        self.months_used = self.months.value()
        run = AdviceRun(book, {"months": self.months_used, "protect_pct": self.protect.currentData()})
        self.run = run
        run.progressed.connect(lambda d, t, r=run: self._progressed(r, d, t))
        run.done.connect(lambda a, r=run: self._done(r, a))
        run.failed.connect(lambda msg, r=run: self._failed(r, msg))
        run.cancelled.connect(lambda r=run: self._cancelled(r))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        set_enabled(self.cancel_button, True, "")
        self.status.setText(self.tr("Working out the best plan…") if self.advice is None else
                            self.tr("Working it out again; the plan below is from before."))
        run.start()

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _progressed(self, run: AdviceRun, done: int, total: int) -> None:
        if run is self.run:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self._idle_cancel()

    def _idle_cancel(self) -> None:
        set_enabled(self.cancel_button, False, self.tr("Nothing is being worked out now: there is nothing to stop."))

    def _done(self, run: AdviceRun, advice) -> None:
        if run is not self.run:
            return  # an answer nobody waits for any more
        self._idle()
        self.advice = advice
        self._show(advice)

    def _failed(self, run: AdviceRun, message: str) -> None:
        if run is self.run:
            self._idle()
            self.status.setText(message)

    def _cancelled(self, run: AdviceRun) -> None:
        if run is self.run:
            self._idle()
            self.status.setText(self.tr("Stopped. Press “Work it out” to start again."))

    def wait_background(self) -> None:
        if self.run is not None:
            self.run.wait()

    # ---- showing it ----

    def _show(self, advice) -> None:
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        months = self.months_used
        head = self.tr("Over the next %1 months the family is expected to pay %2 in cash.").replace(
            "%1", str(months)).replace("%2", format_fen(advice.base_cash_fen))
        if not advice.plans:
            self.status.setText(head + " " + self.tr("No arrangement the rules allow would cut that."))
            set_enabled(self.print_button, True, "")
            return
        self.status.setText(head)
        for rank, plan in enumerate(advice.plans, 1):
            box = PlanBox(plan, rank, self.host)
            box.start_step.connect(self.start_step)
            self.plans_col.addWidget(box)
            box.show()
            self.boxes.append(box)
        set_enabled(self.print_button, True, "")

    def text(self) -> str:
        """What the page says (tests)."""
        return "\n".join([self.status.text(), self.planned.text(), *(b.text() for b in self.boxes)])

    # ---- "Start this" ----

    def start_step(self, step, plan) -> None:
        book = self.window_.book
        kind = step.kind
        try:
            if kind in ("add_binding", "renew_binding"):
                from desktop.ui.guide import open_guide

                g = book.draft_advice_guide(step)
                self.guide = open_guide(self.window_, guide_id=g.id)
            elif kind == "pay_premium":
                self._start_premium(step, plan)
            elif kind == "wallet_transfer":
                book.plan_advice_transfer(step)
                self._say(self.tr("Planned for the projections. Send it in the national insurance app; the Wallet "
                                  "page records it when it is done."))
            elif kind == "set_quota":
                self._start_quota(step)
            elif kind == "end_binding":
                self.window_.show_page("bindings")
            elif kind == "wallet_position":
                self.window_.show_page("settings")
        except Refused as e:
            self._say(R.plain(e.reasons, R.REFUSED))

    def _start_premium(self, step, plan) -> None:
        """Record the planned payment (undoable; the projection follows it), then open the binding guide when
        the plan's binding is still to be made: the premium rides on it (F-G9)."""
        book = self.window_.book
        chans = next((e.channels for e in plan.steps if e.step is step), ())
        book.plan_advice_premium(step, plan.premium_fen(step), channel_id=chans[0].id if chans else "")
        bind = next((e.step for e in plan.steps if e.step.kind in ("add_binding", "renew_binding")
                     and (e.step.authorizer_id, e.step.beneficiary_id) == (step.payer_id, step.person_id)), None)
        if bind is not None:
            from desktop.ui.guide import open_guide

            g = book.draft_advice_guide(bind)
            self.guide = open_guide(self.window_, guide_id=g.id)
        else:
            self._say(self.tr("The premium payment is planned; the projections and Home follow it. Pay it in the app "
                              "the step names when the collection opens."))

    def _start_quota(self, step) -> None:
        """Ask first; then record the quota (undoable), or open the quota form filled in."""
        book = self.window_.book
        problems = book.advice_quota_check(step)
        if problems:
            self._say(R.plain(problems, R.REFUSED))
            return
        names = {m.id: m.name for m in book.members()}
        text = (self.tr("Record a family quota of %1 from %2 for %3, set now? Set it in the insurance wallet of the "
                        "national insurance app as well; the Wallet page shows it and it can be undone.")
                .replace("%1", format_fen(step.amount_fen)).replace("%2", names.get(step.payer_id, ""))
                .replace("%3", names.get(step.receiver_id, "")))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Savings plan"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        record = box.addButton(self.tr("&Record the quota"), QMessageBox.ButtonRole.AcceptRole)
        form = box.addButton(self.tr("&Open the quota form"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)

        def chosen(button) -> None:
            if button is record:
                self.record_quota(step)
            elif button is form:
                self.open_quota_form(step)
        box.buttonClicked.connect(chosen)
        box.open()
        self.confirm = box

    def record_quota(self, step) -> None:
        try:
            self.window_.book.set_advice_quota(step, channel_id="national_app")
        except Refused as e:
            self._say(R.plain(e.reasons, R.REFUSED))
            return
        self._say(self.tr("The quota is recorded from now. Set it in the national insurance app too."))

    def open_quota_form(self, step):
        from desktop.ui.dialogs.quota_dialog import QuotaDialog

        d = QuotaDialog(self.window_.book, self, payer_id=step.payer_id, receiver_id=step.receiver_id)
        d.amount.setText(f"{step.amount_fen // 100}.{step.amount_fen % 100:02d}")
        d.open()
        self.quota_form = d
        return d

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Savings plan"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.message = box

    # ---- the printed summary ----

    def save_summary(self):
        """Ask where, then write the one-page summary (owner-only); None when cancelled or not written."""
        from desktop.ui.print import pdf
        from desktop.ui.print.savings_sheet import write_one_page

        if self.advice is None:
            return None
        path = pdf.choose_pdf_path(self, self.tr("savings-plan.pdf"))
        if path is None:
            return None
        try:
            write_one_page(self.window_.book, self.advice, self.months_used, R.lang(), path)
        except OSError as e:
            self._say(self.tr("Could not save %1 (%2).").replace("%1", str(path)).replace("%2", e.strerror or str(e)))
            return None
        self.window_.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 10000)
        return path
