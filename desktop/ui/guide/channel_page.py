"""Which official channel: the ones the region pack offers for this purpose, nearest region first."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWizardPage

from desktop.core import vocab
from desktop.ui import reasons as R

from . import flow, parts
from .page_ids import FIRST_STEP
from .state import WALLET_PATHS
from .verdict_view import with_sources


class ChannelPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose how to do it"))
        col = parts.scrolling_body(self)
        self.intro = parts.label("", self)
        col.addWidget(self.intro)
        self.list_col = QVBoxLayout()
        col.addLayout(self.list_col)
        self.note = parts.label("", self)
        col.addWidget(self.note)
        self.opening = parts.label("", self)
        col.addWidget(self.opening)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print the steps…"), self)
        self.pdf_button = QPushButton(self.tr("Save the steps as P&DF…"), self)
        for b in (self.print_button, self.pdf_button):
            b.setMinimumHeight(44)
            b.setAccessibleName(b.text().replace("&", ""))
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        self.saved = parts.label("", self)
        col.addWidget(self.saved)
        col.addStretch(1)
        self.print_button.clicked.connect(lambda: self.wiz.print_sheet(self.wiz.steps_sheet()))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._toggled)
        self.radios: list[tuple[QRadioButton, str]] = []
        self.rows: list = []

    @parts.guarded()
    def initializePage(self) -> None:
        st, lang = self.wiz.state, self.wiz.lang()
        policy = self.wiz.policy()
        for r, _ in self.radios:
            self.group.removeButton(r)
            r.hide()
            r.deleteLater()
        parts.clear_widgets(self.list_col)
        self.radios.clear()
        self.rows = flow.channels_for(policy, st.purpose)
        self.intro.setText(self.tr("For “%1”, %2 offers these ways. The first ones are the region's own; "
                                   "pick the one you can use.").replace("%1", vocab.label(vocab.PURPOSES, st.purpose, lang))
                           .replace("%2", policy.name_in(lang)))
        if not self.rows:
            self.intro.setText(self.tr("The region's rules list no way to do this. Ask the local medical-insurance "
                                       "office."))
        origin = {p.code: p.name for p in policy.chain}
        for i, row in enumerate(self.rows):
            steps = len(row.steps)
            bits = [vocab.label(vocab.CHANNEL_KINDS, row.kind, lang),
                    self.tr("%1 steps").replace("%1", str(steps))]
            if row.review:
                bits.append(self.tr("takes a review"))
            where = origin.get(row.origin)
            if where:
                bits.append(where[0] if lang.startswith("zh") else where[1])
            name = row.name_in(lang)
            r = QRadioButton(f"{name}\n{' · '.join(bits)}", self)
            r.setToolTip(R.source_line([row.source]))  # the fact ID: beside the words, not in them
            r.setAccessibleName(name)
            r.setMinimumHeight(52)
            self.group.addButton(r, i)
            self.list_col.addWidget(r)
            self.radios.append((r, row.id))
        chosen = next((i for i, (_, cid) in enumerate(self.radios) if cid == st.channel_id), 0 if self.radios else -1)
        if chosen >= 0:
            self.radios[chosen][0].setChecked(True)
            self._toggled(chosen, True)
        self.saved.setText("")

    def _toggled(self, index: int, on: bool) -> None:
        if not on or index < 0 or index >= len(self.rows):
            return
        st, lang = self.wiz.state, self.wiz.lang()
        row = self.rows[index]
        if row.id != st.channel_id:
            st.channel_id = row.id
            st.done.clear()
            st.step = 0
            st.open_channel_id = None
            st.open_for = []
        words, ids = R.without_ids(row.note[0] if lang.startswith("zh") else row.note[1]) if row.note else ("", [])
        self.note.setText(with_sources(words, ids))
        self.note.setVisible(bool(row.note))
        self._plan_opening()
        self.completeChanged.emit()

    def _plan_opening(self) -> None:
        """On the wallet path, whoever has no wallet yet opens one first (pack channel for open_wallet)."""
        st, lang = self.wiz.state, self.wiz.lang()
        self.opening.setVisible(False)
        if st.purpose not in WALLET_PATHS:
            return
        openers = flow.channels_for(self.wiz.policy(), "open_wallet")
        if st.open_channel_id is None and openers:
            members = {m.id: m for m in self.wiz.book.members()}
            st.open_channel_id = openers[0].id
            st.open_for = [mid for mid in (st.authorizer_id, st.beneficiary_id)
                           if mid in members and members[mid].wallet_opened_on is None]
        if st.open_for and openers:
            names = self.wiz.names()
            row = flow.channel(self.wiz.policy(), st.open_channel_id) or openers[0]
            self.opening.setText(self.tr("First, %1 will open a wallet through “%2”.").replace(
                "%1", "、".join(names.get(m, "") for m in st.open_for) if lang.startswith("zh")
                else " and ".join(names.get(m, "") for m in st.open_for)).replace(
                "%2", row.name_in(lang)))
            self.opening.setVisible(True)

    def _save_pdf(self) -> None:
        path = self.wiz.save_sheet(self.wiz.steps_sheet())
        if path is not None:
            self.saved.setText(self.tr("Saved: %1").replace("%1", str(path)))

    @parts.guarded(False)
    def isComplete(self) -> bool:
        return self.wiz.state.channel_id is not None and any(cid == self.wiz.state.channel_id for _, cid in self.radios)

    @parts.guarded(False)
    def validatePage(self) -> bool:
        self.wiz.rebuild_steps()
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return FIRST_STEP if self.wiz.items else self.wiz.after_steps()
