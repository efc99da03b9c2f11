"""The binding guide: a QWizard over the family book and the region packs.

Pages: what to do → who → can it be done (rules engine) → which official channel → one page per
official step (ticked) → what the channel returned → done (print the steps and the payment card).
Progress is saved in the book on every page and tick, so a family can close the guide and come back
to the same step ("continue where you left off" on the first page).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import QWizard

from desktop.ui.i18n import current_language
from desktop.ui.print import pdf, sheets
from desktop.ui.widgets import confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

from . import flow
from .bind_result_page import BindResultPage
from .channel_page import ChannelPage
from .done_page import DonePage
from .eligibility_page import EligibilityPage
from .intro_page import IntroPage
from .page_ids import CHANNEL, CHECK, DONE, FIRST_STEP, INTRO, KEYS, PEOPLE, QUOTA, RESULT, SENT
from .people_page import PeoplePage
from .quota_result_page import QuotaResultPage
from .state import CHECKED, GuideState
from .step_page import StepPage
from .transfer_result_page import TransferResultPage
from .wallet_check_page import WalletCheckPage


class GuideWizard(QWizard):
    def __init__(self, window, state: GuideState | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.book = window.book
        self.state = state or GuideState()
        self.items: list[flow.Item] = []
        self.setObjectName("GuideWizard")
        self.setWindowTitle(self.tr("Binding guide"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Continue &later"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.customButtonClicked.connect(self._later)
        self.setPage(INTRO, IntroPage(self))
        self.setPage(PEOPLE, PeoplePage(self))
        self.setPage(CHECK, EligibilityPage(self))
        self.setPage(CHANNEL, ChannelPage(self))
        self.setPage(RESULT, BindResultPage(self))
        self.setPage(SENT, TransferResultPage(self))
        self.setPage(QUOTA, QuotaResultPage(self))
        self.setPage(DONE, DonePage(self))
        self.setStartId(INTRO)
        self.currentIdChanged.connect(self._on_page)
        self.currentIdChanged.connect(lambda _pid: self._say_why_next())
        self.resize(self._size())

    def setPage(self, pid: int, page) -> None:
        super().setPage(pid, page)
        page.completeChanged.connect(self._say_why_next)  # after QWizard has set the button's state

    def _say_why_next(self) -> None:
        """A greyed Next says why (the page itself names what is missing)."""
        nxt = self.button(QWizard.WizardButton.NextButton)
        nxt.setToolTip("" if nxt.isEnabled() else self.tr("Not yet: this page says what is still missing."))

    def _size(self) -> QSize:
        """Room for the text at the current font size (large-text mode makes the guide larger)."""
        em = self.fontMetrics().height()
        want = QSize(max(820, 46 * em), max(640, 34 * em))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and screen.width() > 820 and screen.height() > 640:
            want = want.boundedTo(QSize(int(screen.width() * 0.95), int(screen.height() * 0.9)))
        return want

    # ---- shared helpers for the pages ----
    def lang(self) -> str:
        return current_language()

    def policy(self, day: dt.date | None = None):
        """The rules in force on ``day`` (default: the binding's start, else today), with the family's
        choice of local rules (Settings)."""
        when = day or self.state.start or self.book.today()
        return self.book.registry.rules_on(self.state.region_code, when, self.book.local_rules())

    def names(self) -> dict[int, str]:
        return {m.id: m.name for m in self.book.members()}

    def name(self, member_id: int | None) -> str:
        return self.names().get(member_id, "") if member_id is not None else ""

    def save(self) -> None:
        """Write the progress to the book (creates the guide the first time)."""
        if self.state.authorizer_id is None or not self.state.region_code:
            return
        try:
            view = self.book.save_guide(self.state.guide_id, **self.state.fields())
        except WRITE_FAILURES as e:  # a full disk: the guide goes on, its progress is not kept
            show_write_failure(self, e)
            return
        self.state.guide_id = view.id

    # ---- the step pages, made for the chosen channel ----
    def rebuild_steps(self) -> None:
        for pid in [p for p in self.pageIds() if FIRST_STEP <= p < RESULT]:
            page = self.page(pid)
            self.removePage(pid)
            page.deleteLater()
        self.items = flow.sequence(self.policy(), self.state) if self.state.channel_id else []
        for i, item in enumerate(self.items):
            cls = WalletCheckPage if item.kind == flow.WALLET_CHECK else StepPage
            self.setPage(FIRST_STEP + i, cls(self, i, item))

    def after_steps(self) -> int:
        return {"bind": RESULT, "transfer": SENT, "set_quota": QUOTA}.get(self.state.purpose, DONE)

    def after_people(self) -> int:
        return CHECK if self.state.purpose in CHECKED else CHANNEL

    def page_key(self, pid: int) -> str:
        return f"step:{pid - FIRST_STEP}" if FIRST_STEP <= pid < RESULT else KEYS.get(pid, "intro")

    def page_id(self, key: str) -> int:
        if key.startswith("step:"):
            return FIRST_STEP + int(key.split(":", 1)[1])
        return {v: k for k, v in KEYS.items()}.get(key, INTRO)

    def _on_page(self, pid: int) -> None:
        if pid < 0:
            return
        self.button(QWizard.WizardButton.CustomButton1).setVisible(pid not in (INTRO, DONE))
        self.state.page = self.page_key(pid)
        if FIRST_STEP <= pid < RESULT:
            self.state.step = pid - FIRST_STEP
        if self.state.guide_id is not None or pid > PEOPLE:
            self.save()

    # ---- moving around ----
    def advance_to(self, key: str) -> bool:
        """Go forward page by page (each page checks itself) until ``key``; False if a page stops it."""
        target = self.page_id(key)
        for _ in range(200):
            if self.currentId() == target:
                return True
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return False
        return False

    def resume(self, guide_id: int) -> bool:
        """Open a saved guide at the page where it was left."""
        self.state = GuideState.from_view(self.book.guide(guide_id))
        key = self.state.page
        if self.state.binding_id is not None and self.state.purpose == "bind":
            self.restart_at(RESULT)
            return True
        if self.state.channel_id:
            self.rebuild_steps()
        self.restart_at(INTRO)
        return self.advance_to(key)

    def restart_at(self, pid: int) -> None:
        self.setStartId(pid)
        self.restart()
        self.setStartId(INTRO)

    def switch(self, purpose: str | None = None, authorizer_id: int | None = None) -> None:
        """Follow a suggestion: another purpose or another authorizer, same family, same saved guide."""
        if purpose is not None:
            self.state.purpose = purpose
        if authorizer_id is not None:
            self.state.authorizer_id = authorizer_id
            self.state.relation = None
            self.state.region_code = self.book.registry.place_of(self.book.member(authorizer_id).region_code)
        self.state.channel_id = None
        self.state.done.clear()
        self.state.step = 0
        self.state.open_for = []
        self.state.open_channel_id = None
        self.restart_at(INTRO)
        self.advance_to("check" if self.state.purpose in CHECKED else "channel")

    def act(self, suggestion) -> None:
        """What a suggestion's button does."""
        a = suggestion.action
        if a == "terminate":
            if confirm(self, self.tr("End the binding"),
                       self.tr("End binding no. %1 now? It stops at once and cannot be undone.")
                       .replace("%1", str(suggestion.target))):
                try:
                    self.book.terminate_binding(suggestion.target)
                except WRITE_FAILURES as e:
                    show_write_failure(self, e)
                    return
                page = self.currentPage()
                if hasattr(page, "check"):
                    page.check()
        elif a == "start_after":
            page = self.currentPage()
            if hasattr(page, "set_start"):
                page.set_start(suggestion.target)
        elif a == "use_wallet":
            self.switch(purpose="transfer")
        elif a == "use_bind":
            self.switch(purpose="bind")
        elif a == "use_quota":
            self.switch(purpose="set_quota")
        elif a == "use_authorizer":
            self.switch(authorizer_id=suggestion.target)
        elif a in ("show_bindings", "show_family"):
            key = "bindings" if a == "show_bindings" else "family"
            if hasattr(self.window_, "show_page"):
                try:
                    self.window_.show_page(key)
                except KeyError:
                    pass

    # ---- leaving ----
    def _later(self, which: int) -> None:
        self.save()
        self.reject()

    def done(self, result: int) -> None:
        # closing on the last page is finishing too: everything is already written
        if getattr(result, "value", result) == QWizard.DialogCode.Accepted.value or self.currentId() == DONE:
            pending = self.state.purpose == "bind" and self.state.outcome == "pending"
            self.state.finished = not pending
            self.state.page = "result" if pending else "done"
            self.save()
        elif self.state.guide_id is not None:
            self.save()
        super().done(result)

    # ---- sheets ----
    def steps_sheet(self) -> sheets.Sheet:
        return sheets.steps_sheet(self.book, self.state, self.lang())

    def card_sheet(self) -> sheets.Sheet | None:
        who = self.state.beneficiary_id if self.state.two_people else self.state.person_id
        return sheets.payment_card(self.book, who, self.lang()) if who is not None else None

    def _suggested(self, title: str) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        safe = "".join(c for c in title if c not in '\\/:*?"<>|').strip()
        return str(Path(docs) / f"{safe} {dt.date.today().isoformat()}.pdf")

    def save_sheet(self, sheet: sheets.Sheet) -> Path | None:
        return pdf.save_pdf(self, sheet, self._suggested(sheet.title))

    def print_sheet(self, sheet: sheets.Sheet) -> bool:
        return pdf.send_to_printer(self, sheet)


def open_guide(window, *, purpose: str | None = None, authorizer_id: int | None = None,
               beneficiary_id: int | None = None, guide_id: int | None = None,
               skip_intro: bool = False) -> GuideWizard:
    """Show the guide (not modal to the app's event loop: tests and the main window keep running).

    ``skip_intro`` goes straight to choosing the people when a purpose is given and no half-done
    guide is waiting to be continued.
    """
    state = GuideState()
    if purpose is not None:
        state.purpose = purpose
    state.authorizer_id, state.beneficiary_id = authorizer_id, beneficiary_id
    w = GuideWizard(window, state)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    w.setWindowModality(Qt.WindowModality.WindowModal)
    w.restart()
    if guide_id is not None:
        w.resume(guide_id)
    elif skip_intro and purpose is not None and not window.book.guides(finished=False):
        w.advance_to("people")
    w.show()
    return w
