"""First page: what the family wants to do, or continue a guide they left half-way."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.core import vocab
from desktop.ui.widgets import confirm
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

from . import flow, parts
from .page_ids import PEOPLE
from .state import PURPOSES, GuideState

CHOICES = {
    "bind": (QT_TRANSLATE_NOOP("IntroPage", "&Let one person's account pay for a relative"),
             QT_TRANSLATE_NOOP("IntroPage", "Family sharing (共济): the relative's medicine and visits are paid from "
                                            "your personal account.")),
    "open_wallet": (QT_TRANSLATE_NOOP("IntroPage", "&Open an insurance wallet"),
                    QT_TRANSLATE_NOOP("IntroPage", "Needed before money can be sent to or received in a wallet.")),
    "transfer": (QT_TRANSLATE_NOOP("IntroPage", "&Send money to a relative's wallet"),
                 QT_TRANSLATE_NOOP("IntroPage", "Also across provinces, between close relatives.")),
    "set_quota": (QT_TRANSLATE_NOOP("IntroPage", "Set a family &quota for a relative"),
                  QT_TRANSLATE_NOOP("IntroPage", "Through the insurance wallet: the money stays in your account, set "
                                                 "aside for the relative, who uses it after their own account.")),
    "query": (QT_TRANSLATE_NOOP("IntroPage", "Look up &visit records"),
              QT_TRANSLATE_NOOP("IntroPage", "See what was spent and what the shared money paid.")),
    "pay_premium": (QT_TRANSLATE_NOOP("IntroPage", "&Pay a relative's resident insurance premium"),
                    QT_TRANSLATE_NOOP("IntroPage", "From your personal account, for a relative you share with.")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntroPage", text)


class IntroPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("What would you like to do?"))
        col = parts.scrolling_body(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.hints: dict[str, QLabel] = {}
        for purpose in PURPOSES:
            text, hint = CHOICES[purpose]
            r = QRadioButton(_tr(text), self)
            r.setAccessibleName(_tr(text).replace("&", ""))
            r.setMinimumHeight(36)
            parts.enlarge(r, 1.15)
            self.group.addButton(r)
            self.radios[purpose] = r
            col.addWidget(r)
            h = parts.label(_tr(hint), self)
            h.setIndent(28)
            col.addWidget(h)
            self.hints[purpose] = h
        self.model_note = parts.label("", self)  # which wallet model today's rules follow (F-W6 / F-N11)
        self.model_note.setObjectName("Note")
        col.addWidget(self.model_note)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.resume_box = QGroupBox(self.tr("Continue where you left off"), self)
        self.resume_col = QVBoxLayout(self.resume_box)
        col.addWidget(self.resume_box)
        col.addStretch(1)
        self.resume_buttons: dict[int, QPushButton] = {}
        self.resume_labels: dict[int, QLabel] = {}
        self.forget_buttons: dict[int, QPushButton] = {}

    @parts.guarded()
    def initializePage(self) -> None:
        self.show_quota_path()
        self.radios.get(self.wiz.state.purpose, self.radios["bind"]).setChecked(True)
        self.fill_unfinished()

    def show_quota_path(self) -> None:
        """The quota path is offered where today's rules (or the family's choice) share by quota (F-N11); a guide
        already on it keeps it."""
        m = self.wiz.book.sharing_model(self.wiz.book.today())
        quota = m.model == "quota" or self.wiz.state.purpose == "set_quota"
        self.radios["set_quota"].setVisible(quota)
        self.hints["set_quota"].setVisible(quota)
        lang = self.wiz.lang()
        words = vocab.label(vocab.SHARING_MODELS, m.model, lang)
        text = (self.tr("Today the insurance wallet shares by “%1” (the rules in force).") if m.chosen == "rules"
                else self.tr("Today the insurance wallet shares by “%1” (the family's choice on the Wallet page)."))
        self.model_note.setText(text.replace("%1", words))

    def fill_unfinished(self) -> None:
        parts.clear_widgets(self.resume_col)
        self.resume_buttons.clear()
        self.resume_labels.clear()
        self.forget_buttons.clear()
        guides = [g for g in self.wiz.book.guides(finished=False) if g.id != self.wiz.state.guide_id]
        self.resume_box.setVisible(bool(guides))
        for g in guides:
            box, row = parts.row_widget(self.resume_box)
            text = parts.label(self.describe(g), box)
            b = QPushButton(self.tr("&Continue"), box)
            b.setMinimumHeight(44)
            b.setAccessibleName(self.tr("Continue: %1").replace("%1", text.text()))
            b.clicked.connect(lambda _=False, gid=g.id: self.wiz.resume(gid))
            f = QPushButton(self.tr("Forget"), box)
            f.setMinimumHeight(44)
            f.setAccessibleName(self.tr("Forget this guide"))
            f.clicked.connect(lambda _=False, gid=g.id: self.forget(gid))
            row.addWidget(text, 1)
            row.addWidget(b)
            row.addWidget(f)
            self.resume_col.addWidget(box)
            self.resume_buttons[g.id] = b
            self.resume_labels[g.id] = text
            self.forget_buttons[g.id] = f

    def describe(self, g) -> str:
        """“Family sharing: 王小明 → 王大爷 · step 3 of 7 · saved 2025-03-10 10:00”."""
        lang = self.wiz.lang()
        names = self.wiz.names()
        who = names.get(g.authorizer_id, "?")
        if g.beneficiary_id is not None:
            who += " → " + names.get(g.beneficiary_id, "?")
        state = GuideState.from_view(g)
        where = ""
        if state.page.startswith("step:"):
            try:
                total = len(flow.sequence(self.wiz.book.rules_on(g.region_code, state.start), state))
            except KeyError:
                total = 0
            where = self.tr("step %1 of %2").replace("%1", str(state.step + 1)).replace("%2", str(total))
        else:
            where = {
                "check": self.tr("checking whether it can be done"),
                "channel": self.tr("choosing how"),
                "result": self.tr("waiting for the review result") if g.binding_id is not None
                else self.tr("entering the result"),
                "sent": self.tr("entering the result"),
                "quota": self.tr("entering the result"),
                "done": self.tr("done"),
            }.get(state.page, self.tr("not started yet"))
        saved = self.tr("saved %1").replace("%1", g.updated_at.strftime("%Y-%m-%d %H:%M"))
        colon = "：" if lang.startswith("zh") else ": "
        return " · ".join((f"{vocab.label(vocab.PURPOSES, g.purpose, lang)}{colon}{who}", where, saved))

    def forget(self, guide_id: int) -> None:
        if confirm(self, self.tr("Forget the guide"), self.tr("Forget this half-done guide? Nothing else is deleted.")):
            try:
                self.wiz.book.delete_guide(guide_id)
            except WRITE_FAILURES as e:
                show_write_failure(self, e)
                return
            self.fill_unfinished()

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self.group.checkedButton() is not None

    @parts.guarded(False)
    def validatePage(self) -> bool:
        for purpose, r in self.radios.items():
            if r.isChecked():
                if purpose != self.wiz.state.purpose:
                    self.wiz.state.channel_id = None
                    self.wiz.state.done.clear()
                self.wiz.state.purpose = purpose
        return True

    def nextId(self) -> int:
        return PEOPLE
