"""Add or change a family member. The form checks as the user types (through ``book.validate_member``) and
shows each problem under its field in plain words; nothing is saved while any problem remains."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.book import HEAD, HEAD_RELATIONS, FamilyBook, MemberView, Refused
from desktop.book.members import MAX_GAP_YEARS
from desktop.core import idnumber, vocab
from desktop.ui import reasons
from desktop.ui.dialogs.member_fields import DateField, RegionPicker, grow_to_fit
from desktop.ui.layouts import enter_saves
from desktop.ui.widgets import ErrorLine, MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure

FIELDS = ("name", "head_relation", "id_number", "birth_date", "region_code", "insurance", "enrolled_on",
          "enrolled_in_collection", "enrolment_gap_years", "employment", "status", "status_date", "coverage_end_kind",
          "coverage_end_on", "region_before", "wallet_opened_on", "note", "own_now", "wallet_now")
RESIDENT_ONLY = ("enrolled_on", "enrolled_in_collection", "enrolment_gap_years")  # the waiting period (F-N13)


class MemberDialog(QDialog):
    """``saved`` holds the member after a successful save (the dialog is then accepted)."""

    def __init__(self, book: FamilyBook, parent: QWidget | None = None, member: MemberView | None = None,
                 first: bool = False, offer_next: bool = False) -> None:
        super().__init__(parent)
        self.book = book
        self.member = member
        self.saved: MemberView | None = None
        self.another = False  # saved with "Save and add the next person"
        self._touched: set[str] = set()
        self._tried = False
        if member is None:
            self.setWindowTitle(self.tr("Add the first family member") if first else self.tr("Add a family member"))
        else:
            self.setWindowTitle(self.tr("Change %1").replace("%1", member.name))
        col = QVBoxLayout(self)
        if first:
            intro = QLabel(self.tr("Start with yourself or whoever looks after the family's insurance; “Save and "
                                   "add the next person” brings this form again for the others. Have the official "
                                   "app open: each person's balance now is asked at the end (or tick “I don't "
                                   "know yet”)."), self)
            intro.setWordWrap(True)
            col.addWidget(intro)
        self.inner = QWidget(self)
        form = QFormLayout(self.inner)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, ErrorLine] = {}

        self.name = QLineEdit(self)
        self.name.setMaxLength(40)
        self.relation = QComboBox(self)
        for key in HEAD_RELATIONS:
            text = self.tr("Head of the household") if key == HEAD else reasons.label(vocab.RELATIONS, key)
            self.relation.addItem(text, key)
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(24)
        if member is not None and member.has_id_number:
            self.id_number.setPlaceholderText(
                self.tr("Recorded: %1").replace("%1", member.id_number_masked))
            self.id_number.setToolTip(self.tr("Type a new number only to change it."))
        else:
            self.id_number.setPlaceholderText(self.tr("18 characters; may be left empty"))
        self.birth = DateField(self)
        self.region = RegionPicker(book.registry, self)
        self.insurance = QComboBox(self)
        for key in vocab.INSURANCE_TYPES:
            self.insurance.addItem(reasons.label(vocab.INSURANCE_TYPES, key), key)
        self.enrolled = DateField(self)
        self.enrolled.setPlaceholderText(self.tr("the day the premium was paid; may be left empty"))
        self.in_collection = QComboBox(self)
        for text, value in ((self.tr("Not recorded"), None),
                            (self.tr("Yes, inside the collection period"), True),
                            (self.tr("No, outside it (enrolled late)"), False)):
            self.in_collection.addItem(text, value)
        self.gap = QSpinBox(self)
        self.gap.setRange(0, MAX_GAP_YEARS)
        self.gap.setSpecialValueText(self.tr("none"))
        self.gap.setSuffix(self.tr(" year(s)"))
        self.waiting_note = QLabel(self)
        self.waiting_note.setObjectName("Note")
        self.waiting_note.setWordWrap(True)
        self.employment = QComboBox(self)
        for key in vocab.EMPLOYMENT:
            self.employment.addItem(reasons.label(vocab.EMPLOYMENT, key), key)
        self.status = QComboBox(self)
        for key in vocab.STATUSES:
            self.status.addItem(reasons.label(vocab.STATUSES, key), key)
        self.status_date = DateField(self)
        self.status_date.setPlaceholderText(self.tr("since when; may be left empty"))
        # F-N9: the insurance ending or moving is a dated event; every binding and quota ends that day by itself
        self.end_kind = QComboBox(self)
        self.end_kind.addItem(self.tr("Continues"), None)
        self.end_kind.addItem(self.tr("Ended"), "ended")
        self.end_kind.addItem(self.tr("Moved to another pooling region"), "moved")
        self.end_kind.setToolTip(self.tr("From that day every binding and quota of this person ends by itself."))
        self.end_date = DateField(self)
        self.end_date.setPlaceholderText(self.tr("the day it ended or moved"))
        self.moved_from = RegionPicker(book.registry, self)
        self.wallet_date = DateField(self)
        self.wallet_date.setPlaceholderText(self.tr("may be left empty"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        # a new person's balance now, as the official app shows it (issue 15): no "¥0" until one is known
        self.asks_balance = member is None
        self.own_now = MoneyEdit(self, allow_empty=True)
        self.own_now.setPlaceholderText(self.tr("as the official app shows it"))
        self.wallet_now = MoneyEdit(self, allow_empty=True)
        self.wallet_now.setPlaceholderText(self.tr("may be left empty"))
        self.unknown = QCheckBox(self.tr("I don't &know yet"), self)
        self.unknown.setAccessibleName(self.tr("I don't know the balance yet"))
        self.unknown.setToolTip(self.tr("Record it later with “Update balances” on Home."))

        rows = (
            ("name", self.tr("&Name"), self.name, self.tr("Name")),
            ("head_relation", self.tr("&Relation to the head"), self.relation, self.tr("Relation to the head")),
            ("id_number", self.tr("&ID number"), self.id_number, self.tr("ID number")),
            ("birth_date", self.tr("&Birth date"), self.birth, self.tr("Birth date")),
            ("region_code", self.tr("Insured &place"), self.region, self.tr("Insured place")),
            ("insurance", self.tr("Insurance &type"), self.insurance, self.tr("Insurance type")),
            ("enrolled_on", self.tr("&Enrolled and paid on"), self.enrolled, self.tr("Enrolled and paid on")),
            ("enrolled_in_collection", self.tr("In the collection perio&d"), self.in_collection,
             self.tr("In the collection period")),
            ("enrolment_gap_years", self.tr("&Years uninsured before"), self.gap,
             self.tr("Years uninsured before")),
            ("employment", self.tr("&Working or retired"), self.employment, self.tr("Working or retired")),
            ("status", self.tr("Stat&us"), self.status, self.tr("Status")),
            ("status_date", self.tr("Status sin&ce"), self.status_date, self.tr("Status since")),
            ("coverage_end_kind", self.tr("Insurance &ended or moved"), self.end_kind,
             self.tr("Insurance ended or moved")),
            ("coverage_end_on", self.tr("Ended or mo&ved on"), self.end_date, self.tr("Ended or moved on")),
            ("region_before", self.tr("Moved &from"), self.moved_from, self.tr("Moved from")),
            ("wallet_opened_on", self.tr("Wa&llet opened on"), self.wallet_date, self.tr("Wallet opened on")),
            ("note", self.tr("N&ote"), self.note, self.tr("Note")),
        )
        if self.asks_balance:
            rows += (
                ("own_now", self.tr("Own &account now (yuan)"), self.own_now, self.tr("Own account balance now")),
                ("wallet_now", self.tr("Wallet &money now (yuan)"), self.wallet_now, self.tr("Wallet balance now")),
            )
        for key, label_text, widget, accessible in rows:
            label = QLabel(label_text, self)
            label.setBuddy(widget.province if isinstance(widget, RegionPicker) else widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
            err = ErrorLine(self)
            err.setObjectName("Warning")
            err.setAccessibleName(self.tr("Problem with %1").replace("%1", accessible))
            form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, err)
            self.errors[key] = err
            if key == "enrolment_gap_years":
                form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.waiting_note)
        self.form = form
        self.end_note = QLabel(self.tr("From that day every binding and quota of this person ends by itself, and "
                                       "what is left of a quota goes back to whoever set it. For a move, "
                                       "“Insured place” above is the new place."), self)
        self.end_note.setWordWrap(True)
        self.end_note.setObjectName("Note")
        form.insertRow(form.getWidgetPosition(self.errors["region_before"])[0] + 1, self.end_note)
        if self.asks_balance:
            form.addRow("", self.unknown)
            self.unknown.toggled.connect(self._unknown_toggled)
        else:
            for w in (self.own_now, self.wallet_now, self.unknown):
                w.hide()
        self.scroll = QScrollArea(self)  # large text with several problems shown can outgrow a small screen
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.inner)
        col.addWidget(self.scroll, 1)
        self.general = ErrorLine(self)
        col.addWidget(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.next_button = None
        if offer_next or first:
            self.next_button = self.buttons.addButton(self.tr("Save and add the ne&xt person"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.next_button.clicked.connect(self._save_and_next)
        col.addWidget(self.buttons)

        if member is not None:
            self._load(member)
        elif first:
            self.relation.setCurrentIndex(self.relation.findData(HEAD))
        self.name.textChanged.connect(lambda _t: self._edited("name"))
        self.relation.currentIndexChanged.connect(lambda _i: self._edited("head_relation"))
        self.id_number.textChanged.connect(self._id_changed)
        self.birth.textChanged.connect(lambda _t: self._edited("birth_date"))
        self.region.changed.connect(lambda: self._edited("region_code"))
        self.insurance.currentIndexChanged.connect(lambda _i: self._edited("insurance"))
        self.enrolled.textChanged.connect(lambda _t: self._edited("enrolled_on"))
        self.in_collection.currentIndexChanged.connect(lambda _i: self._edited("enrolled_in_collection"))
        self.gap.valueChanged.connect(lambda _v: self._edited("enrolment_gap_years"))
        self.employment.currentIndexChanged.connect(lambda _i: self._edited("employment"))
        self.status.currentIndexChanged.connect(lambda _i: self._edited("status"))
        self.status_date.textChanged.connect(lambda _t: self._edited("status_date"))
        self.wallet_date.textChanged.connect(lambda _t: self._edited("wallet_opened_on"))
        self.end_kind.currentIndexChanged.connect(self._end_kind_changed)
        self.end_date.textChanged.connect(lambda _t: self._edited("coverage_end_on"))
        self.moved_from.changed.connect(lambda: self._edited("region_before"))
        self._show_end_rows()
        self.own_now.textChanged.connect(lambda _t: self._edited("own_now"))
        self.wallet_now.textChanged.connect(lambda _t: self._edited("wallet_now"))
        self._birth_from_id: object = None  # the birth date this form filled in from the ID number
        self._show_resident_rows()
        enter_saves(self.buttons, self.name)
        self.resize(max(600, self.inner.sizeHint().width() + 40, self.fontMetrics().averageCharWidth() * 70), 200)
        self.fit()

    # ---- reading and writing the fields ----

    def _load(self, m: MemberView) -> None:
        self.name.setText(m.name)
        self.relation.setCurrentIndex(max(0, self.relation.findData(m.head_relation)))
        self.birth.set_value(m.birth_date)
        self.region.set_code(m.region_code)
        self.insurance.setCurrentIndex(max(0, self.insurance.findData(m.insurance)))
        self.enrolled.set_value(m.enrolled_on)
        self.in_collection.setCurrentIndex(max(0, self.in_collection.findData(m.enrolled_in_collection)))
        self.gap.setValue(m.enrolment_gap_years)
        self.employment.setCurrentIndex(max(0, self.employment.findData(m.employment)))
        self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
        self.status_date.set_value(m.status_date)
        self.wallet_date.set_value(m.wallet_opened_on)
        self.note.setText(m.note)
        self.end_kind.setCurrentIndex(max(0, self.end_kind.findData(m.coverage_end_kind)))
        self.end_date.set_value(m.coverage_end_on)
        self.moved_from.set_code(m.region_before)

    def _end_kind_changed(self, _i: int) -> None:
        if self.end_kind.currentData() == "moved" and self.moved_from.code() is None:
            # the place left is where the member was insured until now; the place above becomes the new one
            self.moved_from.set_code(self.member.region_code if self.member is not None else self.region.code())
        self._show_end_rows()
        self._edited("coverage_end_kind")

    def _show_end_rows(self) -> None:
        kind = self.end_kind.currentData()
        self.form.setRowVisible(self.end_date, kind is not None)
        self.form.setRowVisible(self.moved_from, kind == "moved")
        self.end_note.setVisible(kind is not None)
        for key, shown in (("coverage_end_on", kind is not None), ("region_before", kind == "moved")):
            err = self.errors[key]
            self.form.setRowVisible(err, shown and bool(err.text()))

    def values(self) -> dict:
        """The fields as the book takes them (the ID number only when one was typed)."""
        typed_id = idnumber.normalise(self.id_number.text())
        return {
            "name": self.name.text().strip(),
            "head_relation": self.relation.currentData(),
            "id_number": typed_id or None,
            "birth_date": self.birth.value(),
            "region_code": self.region.code(),
            "insurance": self.insurance.currentData(),
            "enrolled_on": self.enrolled.value(),
            "enrolled_in_collection": self.in_collection.currentData(),
            "enrolment_gap_years": self.gap.value(),
            "employment": self.employment.currentData(),
            "status": self.status.currentData(),
            "status_date": self.status_date.value(),
            "wallet_opened_on": self.wallet_date.value(),
            "note": self.note.text().strip(),
            "coverage_end_kind": self.end_kind.currentData(),
            "coverage_end_on": self.end_date.value() if self.end_kind.currentData() else None,
            "region_before": self.moved_from.code() if self.end_kind.currentData() == "moved" else None,
        }

    # ---- checking as the user types ----

    def _id_changed(self, _text: str) -> None:
        """A valid ID number fills the birth date (GB 11643: characters 7–14) when it is empty or was filled
        from the number before; a birth date the person typed is kept, and a mismatch is shown."""
        typed = idnumber.normalise(self.id_number.text())
        empty = self.birth.value() is None and not self.birth.text().strip()
        ours = self._birth_from_id is not None and self.birth.value() == self._birth_from_id
        if typed and idnumber.problem(typed, self.book.today()) is None and (empty or ours):
            self._birth_from_id = idnumber.birth_date(typed)
            self.birth.set_value(self._birth_from_id)
        self._edited("id_number")

    def _unknown_toggled(self, on: bool) -> None:
        for w in (self.own_now, self.wallet_now):
            w.setEnabled(not on)
            if on:
                w.clear()
        self.check()

    def balances_now(self) -> list[tuple[str, int]]:
        """(account, fen) typed for a new person; none when "I don't know yet" is ticked."""
        if not self.asks_balance or self.unknown.isChecked():
            return []
        return [(account, edit.fen()) for account, edit in (("personal", self.own_now), ("wallet", self.wallet_now))
                if edit.fen() is not None]

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        if key == "insurance":
            self._show_resident_rows()
        self.check()

    def _show_resident_rows(self) -> None:
        """The enrolment fields matter for resident insurance only (its waiting period): shown for it alone."""
        resident = self.insurance.currentData() == "resident"
        for key in RESIDENT_ONLY:
            self.form.setRowVisible(self._widget(key), resident)
        self.waiting_note.setVisible(resident and bool(self.waiting_note.text()))

    def waiting_text(self) -> str:
        """What the enrolment fields give: the day benefits start, or that no waiting period applies."""
        v = self.values()
        if v["insurance"] != "resident" or v["enrolled_on"] is None or self.enrolled.error():
            return ""
        w = self.book.waiting_period_for(v["region_code"], v["insurance"], v["enrolled_on"],
                                         v["enrolled_in_collection"], v["enrolment_gap_years"], v["birth_date"])
        if w is None:
            if v["enrolled_in_collection"] is None and not v["enrolment_gap_years"]:
                return self.tr("Say whether it was inside the collection period: enrolling late means a waiting "
                               "period before the fund pays.")
            return self.tr("No waiting period: the fund pays from the start.")
        text = self.tr("Waiting period of %1 month(s): the fund pays nothing for visits before %2. %3")
        return text.replace("%1", str(w.months)).replace("%2", reasons.date(w.starts_on)).replace(
            "%3", reasons.source_note(w.sources).replace("-", reasons.NB_HYPHEN)).strip()

    def problems(self) -> dict[str, str]:
        """Field → the first problem with it, in the UI language."""
        v = self.values()
        out: dict[str, str] = {}
        lang = reasons.lang()
        resident = v["insurance"] == "resident"
        for p in self.book.validate_member(v["name"], v["region_code"], v["insurance"],
                                           head_relation=v["head_relation"], birth_date=v["birth_date"],
                                           id_number=v["id_number"], employment=v["employment"], status=v["status"],
                                           coverage_end_on=v["coverage_end_on"],
                                           coverage_end_kind=v["coverage_end_kind"], region_before=v["region_before"],
                                           enrolled_on=v["enrolled_on"] if resident else None,
                                           enrolment_gap_years=v["enrolment_gap_years"]):
            out.setdefault(p.field or "name", p.text(lang))
        if v["region_code"] is None:
            out["region_code"] = self.tr("Choose the province and the city where this person is insured.")
        for key, field in (("birth_date", self.birth), ("status_date", self.status_date),
                           ("wallet_opened_on", self.wallet_date), ("coverage_end_on", self.end_date),
                           ("enrolled_on", self.enrolled)):
            if key == "enrolled_on" and not resident:
                continue
            if field.error():
                out[key] = field.error()
        coded = idnumber.birth_date(v["id_number"]) if v["id_number"] and "id_number" not in out else None
        if coded is not None and v["birth_date"] is not None and coded != v["birth_date"] and "birth_date" not in out:
            out["birth_date"] = self.tr("The ID number says this person was born on %1; please check both.").replace(
                "%1", coded.isoformat())
        if self.asks_balance and not self.unknown.isChecked():
            for key, edit in (("own_now", self.own_now), ("wallet_now", self.wallet_now)):
                if edit.error():
                    out[key] = edit.error()
        for key in ("status_date", "wallet_opened_on"):
            day = v[key]
            if key not in out and day is not None and day > self.book.today():
                out[key] = self.tr("This date is in the future.")
        return out

    def check(self) -> dict[str, str]:
        """Show the problems of the fields already touched (all of them after a save attempt)."""
        found = self.problems()
        self.waiting_note.setText(self.waiting_text())
        self.waiting_note.setVisible(bool(self.waiting_note.text()))
        for key, line in self.errors.items():
            show = self._tried or key in self._touched
            line.show_error(found.get(key, "") if show else "")
        self.fit()
        return found

    def fit(self) -> None:
        """Tall enough for every row and shown problem, within the screen (the rest scrolls)."""
        grow_to_fit(self, self.scroll, self.inner)

    # ---- saving ----

    def save(self) -> None:
        self._tried = True
        found = self.check()
        if found:
            first = next(k for k in FIELDS if k in found)
            self._focus(first)
            self.general.show_error(self.tr("Please correct the fields marked above; nothing was saved yet."))
            self.fit()
            return
        v = self.values()
        try:
            if self.member is None:
                self.saved = self.book.add_member(
                    v["name"], v["region_code"], v["insurance"], head_relation=v["head_relation"],
                    birth_date=v["birth_date"], id_number=v["id_number"], employment=v["employment"],
                    status=v["status"], status_date=v["status_date"], wallet_opened_on=v["wallet_opened_on"],
                    note=v["note"], coverage_end_on=v["coverage_end_on"], coverage_end_kind=v["coverage_end_kind"],
                    region_before=v["region_before"], balances_now=self.balances_now(), **self._enrolment(v))
            else:
                changes = {k: val for k, val in v.items() if k != "id_number"} | self._enrolment(v)
                if v["id_number"] is not None:
                    changes["id_number"] = v["id_number"]
                self.saved = self.book.edit_member(self.member.id, **changes)
        except Refused as e:
            self.general.show_error(e.text(reasons.lang()))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            return
        self.accept()

    def _save_and_next(self) -> None:
        self.another = True
        self.save()
        if self.result() != QDialog.DialogCode.Accepted:
            self.another = False

    @staticmethod
    def _enrolment(v: dict) -> dict:
        """The enrolment fields as saved: kept only for resident insurance (elsewhere they mean nothing)."""
        if v["insurance"] == "resident":
            return {k: v[k] for k in RESIDENT_ONLY}
        return {"enrolled_on": None, "enrolled_in_collection": None, "enrolment_gap_years": 0}

    def _focus(self, key: str) -> None:
        self._widget(key).setFocus(Qt.FocusReason.OtherFocusReason)

    def _widget(self, key: str) -> QWidget:
        return {"name": self.name, "head_relation": self.relation, "id_number": self.id_number,
                  "birth_date": self.birth, "region_code": self.region.province, "insurance": self.insurance,
                  "employment": self.employment, "status": self.status, "status_date": self.status_date,
                  "wallet_opened_on": self.wallet_date, "note": self.note, "coverage_end_kind": self.end_kind,
                  "coverage_end_on": self.end_date, "region_before": self.moved_from.province, "own_now": self.own_now,
                  "wallet_now": self.wallet_now, "enrolled_on": self.enrolled,
                  "enrolled_in_collection": self.in_collection, "enrolment_gap_years": self.gap}[key]

