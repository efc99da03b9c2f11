"""Who pays and who benefits; the rules of the payer's insured place apply."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWizardPage

from desktop.core import vocab

from . import parts

_A = {"bind": QT_TRANSLATE_NOOP("PeoplePage", "&Whose account pays"),
      "transfer": QT_TRANSLATE_NOOP("PeoplePage", "&Who sends the money"),
      "set_quota": QT_TRANSLATE_NOOP("PeoplePage", "&Whose account pays"),
      "pay_premium": QT_TRANSLATE_NOOP("PeoplePage", "&Whose account pays")}
_B = {"bind": QT_TRANSLATE_NOOP("PeoplePage", "Who bene&fits"),
      "transfer": QT_TRANSLATE_NOOP("PeoplePage", "Who &receives it"),
      "set_quota": QT_TRANSLATE_NOOP("PeoplePage", "Who &receives it"),
      "pay_premium": QT_TRANSLATE_NOOP("PeoplePage", "Whose &premium")}


class PeoplePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Who is it for?"))
        col = parts.scrolling_body(self)
        self.empty = parts.label(self.tr("Add the family members first, on the Family page."), self, "Warning")
        col.addWidget(self.empty)
        form = QFormLayout()
        self.a = QComboBox(self)
        self.b = QComboBox(self)
        self.relation = QComboBox(self)
        for combo in (self.a, self.b, self.relation):
            combo.setMinimumHeight(36)
        self.a_label, self.b_label = QLabel(self), QLabel(self)
        self.relation_label = QLabel(self)
        for lab in (self.a_label, self.b_label, self.relation_label):  # they hold names: shown as typed
            lab.setTextFormat(Qt.TextFormat.PlainText)
        self.a_label.setBuddy(self.a)
        self.b_label.setBuddy(self.b)
        self.relation_label.setBuddy(self.relation)
        form.addRow(self.a_label, self.a)
        form.addRow(self.b_label, self.b)
        form.addRow(self.relation_label, self.relation)
        col.addLayout(form)
        self.region = parts.label("", self)
        col.addWidget(self.region)
        col.addStretch(1)
        self.a.currentIndexChanged.connect(self._people_changed)
        self.b.currentIndexChanged.connect(self._people_changed)
        self.relation.currentIndexChanged.connect(self._relation_changed)
        self._filling = False

    def _texts(self) -> None:
        p = self.wiz.state.purpose
        two = self.wiz.state.two_people
        self.a_label.setText(self.tr(_A[p]) if two else self.tr("&Whose"))
        self.a.setAccessibleName(self.a_label.text().replace("&", ""))
        if two:
            self.b_label.setText(self.tr(_B[p]))
            self.b.setAccessibleName(self.b_label.text().replace("&", ""))
        for w in (self.b_label, self.b):
            w.setVisible(two)
        bind = p == "bind"
        for w in (self.relation_label, self.relation):
            w.setVisible(bind)

    @parts.guarded()
    def initializePage(self) -> None:
        self._filling = True
        self._texts()
        lang = self.wiz.lang()
        members = self.wiz.book.members()
        self.empty.setVisible(len(members) < (2 if self.wiz.state.two_people else 1))
        for combo, chosen in ((self.a, self.wiz.state.authorizer_id), (self.b, self.wiz.state.beneficiary_id)):
            combo.clear()
            combo.addItem(self.tr("— choose —"), None)
            for m in members:
                combo.addItem(f"{m.name}（{vocab.label(vocab.INSURANCE_TYPES, m.insurance, lang)}）" if lang.startswith("zh")
                              else f"{m.name} ({vocab.label(vocab.INSURANCE_TYPES, m.insurance, lang)})", m.id)
            i = combo.findData(chosen)
            combo.setCurrentIndex(max(0, i))
        self.relation.clear()
        self.relation.addItem(self.tr("— choose —"), None)
        for key in vocab.RELATIONS:
            self.relation.addItem(vocab.label(vocab.RELATIONS, key, lang), key)
        self._filling = False
        self._people_changed(keep_relation=True)

    def _people_changed(self, *_, keep_relation: bool = False) -> None:
        if self._filling:
            return
        st = self.wiz.state
        st.authorizer_id = self.a.currentData()
        st.beneficiary_id = self.b.currentData() if st.two_people else None
        a, b = st.authorizer_id, st.beneficiary_id
        if st.purpose == "bind" and a is not None and b is not None and a != b:
            derived = self.wiz.book.relation_between(a, b)
            if not (keep_relation and st.relation):
                st.relation = derived
            self._filling = True
            self.relation.setCurrentIndex(max(0, self.relation.findData(st.relation)))
            self._filling = False
        names = self.wiz.names()
        self.relation_label.setText(self.tr("%1 is %2's").replace("%1", names.get(b, "…")).replace("%2", names.get(a, "…")))
        self.relation.setAccessibleName(self.relation_label.text())
        self._show_region()
        self.completeChanged.emit()

    def _relation_changed(self) -> None:
        if not self._filling:
            self.wiz.state.relation = self.relation.currentData()
            self.completeChanged.emit()

    def _show_region(self) -> None:
        st, lang = self.wiz.state, self.wiz.lang()
        if st.authorizer_id is None:
            self.region.setText("")
            return
        members = {m.id: m for m in self.wiz.book.members()}
        a = members[st.authorizer_id]
        policy = self.wiz.book.registry.rules_on(a.region_code, self.wiz.book.today())  # for its name
        st.region_code = policy.code
        text = self.tr("The rules of %1 apply: %2 is insured there.").replace("%1", policy.name_in(lang)).replace(
            "%2", a.name)
        if st.beneficiary_id is not None and st.beneficiary_id in members:
            b = members[st.beneficiary_id]
            there = self.wiz.book.registry.rules_on(b.region_code, self.wiz.book.today())
            text += " " + self.tr("%1 is insured in %2.").replace("%1", b.name).replace("%2", there.name_in(lang))
        self.region.setText(text)

    @parts.guarded(False)
    def isComplete(self) -> bool:
        st = self.wiz.state
        if st.authorizer_id is None:
            return False
        if st.two_people and (st.beneficiary_id is None or st.beneficiary_id == st.authorizer_id):
            return False
        return not (st.purpose == "bind" and st.relation is None)

    @parts.guarded(False)
    def validatePage(self) -> bool:
        self._show_region()
        self.wiz.save()
        return True

    def nextId(self) -> int:
        return self.wiz.after_people()
