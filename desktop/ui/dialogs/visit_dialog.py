"""Add or edit a visit: as the user types, what the fund pays (step by step) and who pays the rest.

The split comes from ``book.preview_visit`` (or ``preview_edit_visit`` when editing); nothing is
saved until "Save". The user may type the fund's actual share from the receipt.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.book import Refused
from desktop.core import vocab
from desktop.ui import reasons as fmt
from desktop.ui.book_worker import run_in_background
from desktop.ui.enabled import set_enabled
from desktop.ui.layouts import buddy_label, enter_saves, fit_to_font
from desktop.ui.qtdates import from_qdate, to_qdate
from desktop.ui.time_field import TimeOfDayField
from desktop.ui.widgets import MoneyEdit
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class VisitDialog(QDialog):
    """The visit form with a live explanation of the split; ``saved`` carries the book's VisitOutcome."""

    saved = Signal(object)

    def __init__(self, book: Any, parent: QWidget | None = None, *, visit: Any = None,
                 member_id: int | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.visit = visit
        self.outcome: Any = None
        self._previewed: dict[str, Any] | None = None  # the fields the shown outcome was worked out for
        self._saving = False
        self.names = {m.id: m.name for m in book.members()}
        self.setWindowTitle(self.tr("Edit visit") if visit else self.tr("Add a visit"))

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.person = QComboBox(self)
        for mid, name in self.names.items():
            self.person.addItem(name, mid)
        self.date = QDateEdit(to_qdate(book.today()), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.at = TimeOfDayField(self, book.clock, self.tr("At a time of day"))
        self.at.set_day(book.today())
        self.care = QComboBox(self)
        for key in vocab.CARE_TYPES:
            self.care.addItem(fmt.label(vocab.CARE_TYPES, key), key)
        self.usual = QComboBox(self)  # the places this person (then the family) went to lately, most used first
        self.hospital = QComboBox(self)
        for key in vocab.HOSPITAL_CLASSES:
            self.hospital.addItem(fmt.label(vocab.HOSPITAL_CLASSES, key), key)
        self.hospital.setPlaceholderText(self.tr("Choose the level…"))
        self.hospital.setCurrentIndex(-1)  # asked, not assumed: "pharmacy/other" would give a fund share of ¥0
        self.institution = QLineEdit(self)
        self.institution.setPlaceholderText(self.tr("e.g. the city hospital"))
        self.total = MoneyEdit(self)
        self.fund_actual = MoneyEdit(self, allow_empty=True)
        self.fund_actual.setPlaceholderText(self.tr("from the receipt, if you have it"))
        self.wallet = QCheckBox(self.tr("This place takes the insurance wallet"), self)
        self.wallet.setChecked(True)
        self.notes = QLineEdit(self)
        for w, text, name in (
            (self.person, self.tr("&Person"), self.tr("Person")),
            (self.date, self.tr("&Date"), self.tr("Date of the visit")),
            (self.at, self.tr("Ti&me"), self.tr("Time of the visit")),
            (self.care, self.tr("&Care"), self.tr("Kind of care")),
            (self.usual, self.tr("&Usual places"), self.tr("Usual places")),
            (self.hospital, self.tr("Hospital &level"), self.tr("Hospital level")),
            (self.institution, self.tr("&Hospital or pharmacy"), self.tr("Hospital or pharmacy")),
            (self.total, self.tr("&Total cost (¥)"), self.tr("Total cost in yuan")),
            (self.fund_actual, self.tr("&Fund paid (¥, receipt)"), self.tr("Fund share from the receipt, in yuan")),
        ):
            w.setAccessibleName(name)
            label = buddy_label(self, text, w)
            form.addRow(label, w)
            if w is self.usual:
                self.usual_label = label
            if w is self.institution:
                self.level_warning = QLabel(self)
                self.level_warning.setObjectName("Warning")
                self.level_warning.setWordWrap(True)
                self.level_warning.setAccessibleName(self.tr("No fund share"))
                self.level_warning.hide()
                form.addRow("", self.level_warning)
        self.total_error = QLabel(self)
        self.total_error.setObjectName("Warning")
        self.total_error.setWordWrap(True)
        form.addRow("", self.total_error)
        form.addRow("", self.wallet)
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(buddy_label(self, self.tr("&Notes"), self.notes), self.notes)
        left.addLayout(form)
        left.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        enter_saves(self.buttons, self.person)
        left.addWidget(self.buttons)
        outer.addLayout(left, 1)

        self.split = QLabel(self)
        self.split.setWordWrap(True)
        self.split.setTextFormat(Qt.TextFormat.RichText)
        self.split.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.split.setMargin(8)
        self.split.setAccessibleName(self.tr("Who pays"))
        self.split.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.split)
        scroll.setMinimumWidth(420)
        outer.addWidget(scroll, 1)

        if visit is not None:
            self._fill(visit)
        elif member_id is not None and (i := self.person.findData(member_id)) >= 0:
            self.person.setCurrentIndex(i)
        self._warning = ""
        self._fill_usual()
        self.person.currentIndexChanged.connect(lambda _i: self._fill_usual())
        self.usual.activated.connect(self._usual_chosen)
        self.care.currentIndexChanged.connect(lambda _i: self._care_changed())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.preview)
        self.date.dateChanged.connect(lambda q: self.at.set_day(from_qdate(q)))
        for sig in (self.person.currentIndexChanged, self.date.dateChanged, self.at.changed,
                    self.care.currentIndexChanged,
                    self.hospital.currentIndexChanged, self.total.textChanged, self.fund_actual.textChanged,
                    self.wallet.toggled):
            sig.connect(lambda *_: self._timer.start())
        fit_to_font(self, 145, 38)
        self.preview()

    def _fill(self, v: Any) -> None:
        for combo, value in ((self.person, v.member_id), (self.care, v.care_type), (self.hospital, v.hospital_class)):
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)
        self.date.setDate(to_qdate(v.on_date))
        self.at.set_day(v.on_date, v.on_time, stored=True)
        self.institution.setText(v.institution)
        self.total.set_fen(v.total_fen)
        self.fund_actual.set_fen(v.fund_actual_fen)
        self.wallet.setChecked(v.wallet_accepted)
        self.notes.setText(v.notes)

    # ---- usual places ----
    def _fill_usual(self) -> None:
        """This person's usual places first, then the rest of the family's; hidden when there are none."""
        mid = self.person.currentData()
        places = list(self.book.usual_places(mid)) if mid is not None else []
        seen = {(p.institution, p.hospital_class) for p in places}
        places += [p for p in self.book.usual_places() if (p.institution, p.hospital_class) not in seen]
        self.usual.blockSignals(True)
        self.usual.clear()
        self.usual.addItem(self.tr("Choose one…"), None)
        for p in places[:8]:
            level = fmt.label(vocab.HOSPITAL_CLASSES, p.hospital_class)
            self.usual.addItem(f"{p.institution} · {level}" if p.institution else level,
                               (p.institution, p.hospital_class))
        self.usual.blockSignals(False)
        self.usual.setVisible(bool(places))
        self.usual_label.setVisible(bool(places))

    def _usual_chosen(self, index: int) -> None:
        place = self.usual.itemData(index)
        if place is None:
            return
        institution, level = place
        if (i := self.hospital.findData(level)) >= 0:
            self.hospital.setCurrentIndex(i)
        self.institution.setText(institution)

    def _care_changed(self) -> None:
        """Medicine bought at a pharmacy: the level is "pharmacy/other" unless one was chosen."""
        if self.care.currentData() == "pharmacy" and self.hospital.currentIndex() < 0:
            self.hospital.setCurrentIndex(self.hospital.findData("0"))

    def fields(self) -> dict[str, Any]:
        return {
            "member_id": self.person.currentData(),
            "on_date": from_qdate(self.date.date()),
            "on_time": self.at.value(),
            "care_type": self.care.currentData(),
            "hospital_class": self.hospital.currentData(),
            "total_fen": self.total.fen(),
            "fund_actual_fen": self.fund_actual.fen(),
            "wallet_accepted": self.wallet.isChecked(),
        }

    # ---- the live split ----
    def preview(self) -> None:
        self._timer.stop()
        self.outcome = None
        f = self.fields()
        self._previewed = f
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        error = self.total.error() or self.fund_actual.error()
        if not self.total.text().strip():
            error = self.fund_actual.error()  # an empty total is not an error yet: the pane says what to do
        self.total_error.setText(error)
        self.total_error.setVisible(bool(error))
        self._warn("")
        if f["member_id"] is None:
            self._message(self.tr("Add a family member first."))
            set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
            return
        if f["hospital_class"] is None:
            if self.usual.isHidden():
                ask = self.tr("Choose the hospital level (it is on the receipt or the hospital's sign) to see what "
                              "the fund pays.")
            else:
                ask = self.tr("Choose the hospital level (it is on the receipt or the hospital's sign) to see what "
                              "the fund pays. A usual place fills it in for you.")
            self._message(ask)
            set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
            return
        if f["total_fen"] is None or self.fund_actual.error():
            self._warn_about(self._estimate_for_zero(f), f["fund_actual_fen"])
            self._message(self.tr("Type the total cost to see what the fund pays and who pays the rest."))
            set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
            return
        try:
            if self.visit is not None:
                self.outcome = self.book.preview_edit_visit(self.visit.id, **f)
            else:
                self.outcome = self.book.preview_visit(f["member_id"], f["on_date"], f["care_type"],
                                                       f["hospital_class"], f["total_fen"], f["fund_actual_fen"],
                                                       f["wallet_accepted"], on_time=f["on_time"])
        except Refused as e:
            self.split.setText(fmt.heading(self.tr("This cannot be saved:"), fmt.REFUSED)
                               + fmt.as_html(e.reasons, fmt.REFUSED))
            set_enabled(save, False, self.tr("Not yet: the words above say what is missing."))
            return
        self._warn_about(self.outcome.estimate, f["fund_actual_fen"])
        self.split.setText(self._warning_html() + self.explain(self.outcome, f["fund_actual_fen"]))
        set_enabled(save, True, "")

    # ---- no fund share: say so before saving ----
    def _estimate_for_zero(self, f: dict[str, Any]) -> Any:
        """The estimate for a total of ¥0 (before the total is typed): whether any rule covers the visit."""
        try:
            if self.visit is not None:
                return self.book.preview_edit_visit(self.visit.id, **(f | {"total_fen": 0, "fund_actual_fen": None})
                                                    ).estimate
            return self.book.preview_visit(f["member_id"], f["on_date"], f["care_type"], f["hospital_class"], 0,
                                           None, f["wallet_accepted"], on_time=f["on_time"]).estimate
        except Refused:
            return None

    def _warn_about(self, est: Any, fund_actual: int | None) -> None:
        """A warning line when the fund pays nothing for this care at this level (no rule covers it), or
        nothing at all yet (a resident's waiting period)."""
        waiting = getattr(est, "waiting", None)
        if waiting is not None and not (fund_actual is not None and fund_actual > 0):
            self._warn("⚠ " + self.tr("%1 is in a waiting period: benefits start on %2, so the fund pays nothing "
                                      "(¥0) for this visit.").replace("%1", self.person.currentText()).replace(
                                          "%2", fmt.date(waiting.starts_on)))
            return
        if est is None or est.known or (fund_actual is not None and fund_actual > 0):
            self._warn("")
            return
        name = self.person.currentText()
        care = fmt.label(vocab.CARE_TYPES, self.care.currentData())
        level = fmt.label(vocab.HOSPITAL_CLASSES, self.hospital.currentData())
        if est.person_kind is None:
            text = self.tr("%1 has no basic medical insurance in the book, so the fund pays nothing (¥0) for this "
                           "visit.").replace("%1", name)
        elif est.age_band is not None:
            text = self.tr("The fund's share is counted as ¥0 until %1's birth date is entered on the Family "
                           "page.").replace("%1", name)
        elif self.care.currentData() == "outpatient" and self.hospital.currentData() == "0":
            text = self.tr("The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so "
                           "the whole cost is paid from the accounts or in cash. If this was a hospital or a "
                           "clinic, choose its level.").replace("%1", care).replace("%2", level)
        else:
            text = self.tr("The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so "
                           "the whole cost is paid from the accounts or in cash.").replace("%1", care).replace(
                               "%2", level)
        self._warn("⚠ " + text)

    def _warn(self, text: str) -> None:
        """A short line under the place (it fits large text), the whole sentence atop the explanation."""
        self._warning = text
        self.level_warning.setText(self.tr("⚠ The fund pays nothing (¥0): see why on the right.") if text else "")
        self.level_warning.setVisible(bool(text))

    def _warning_html(self) -> str:
        return f"<p style='color:#9a3a00'><b>{html.escape(self._warning)}</b></p>" if self._warning else ""

    def warning_text(self) -> str:
        """The no-fund-share warning shown, or ""."""
        return self._warning if self.level_warning.isVisibleTo(self) else ""

    def _message(self, text: str) -> None:
        self.split.setText(self._warning_html() + f"<p>{html.escape(text)}</p>")

    def explain(self, out: Any, fund_actual: int | None) -> str:
        """The fund's steps, then the lines (amount, who, why), then what was passed over and why."""
        e = html.escape
        heading_fund = self.tr("1. What the fund pays")
        heading_rest = self.tr("2. Who pays the rest")
        parts = [f"<h3>{e(heading_fund)}</h3>"]
        for i, step in enumerate(out.estimate.steps, start=1):
            parts.append(f"<p>{i}. {e(fmt.text(step))}</p>")
        parts.append(fmt.source_html(fmt.sources_of_all(out.estimate.steps)))  # IDs on a line of their own
        if fund_actual is not None:
            typed = self.tr("You typed the fund’s share from the receipt: %1 (the estimate was %2).")
            typed = typed.replace("%1", fmt.money(fund_actual)).replace("%2", fmt.money(out.estimate.fund_fen))
            parts.append(f"<p><b>{e(typed)}</b></p>")
        if fund_actual is None and out.estimate.at_most:  # the deductible is unknown: never overstate the fund
            summary = self.tr("The fund pays at most %1 (the deductible is not known); at least %2 is left for "
                              "the family to pay.")
        else:
            summary = self.tr("The fund pays %1; %2 is left for the family to pay.")
        summary = summary.replace("%1", fmt.money(out.fund_fen)).replace("%2", fmt.money(out.personal_fen))
        parts.append(f"<p><b>{e(summary)}</b></p>")
        basis = self._basis()
        if basis:
            parts.append(f"<p>{fmt.grey(basis)}</p>")
        parts.append(f"<h3>{e(heading_rest)}</h3>")
        if not out.settlement.lines:
            nothing = self.tr("Nothing is left to pay.")
            parts.append(f"<p>{e(nothing)}</p>")
        else:
            rows = []
            cell = "<td style='padding:4px 10px 4px 0'>{}</td>"
            for ln in out.settlement.lines:
                rows.append("<tr>" + cell.format(f"<b>{e(fmt.money(ln.amount_fen))}</b>")
                            + cell.format(e(self.payer(ln)))
                            + cell.format(e(fmt.text(ln)))
                            + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
            parts.append(fmt.source_html(fmt.sources_of_all(out.settlement.lines)))
        if out.settlement.skipped:
            unused = self.tr("Not used this time:")
            parts.append(f"<p><b>{e(unused)}</b></p>")
            parts.append(fmt.as_html(out.settlement.skipped, fmt.INFO))
        return "".join(parts)

    def _basis(self) -> str:
        """"依据：太原市 2025 版地区资料（随程序提供）。": the pack and version the figures used."""
        member_id = self.person.currentData()
        region = next((m.region_code for m in self.book.members() if m.id == member_id), None)
        if region is None:
            return ""
        basis = self.book.rules_basis(region, from_qdate(self.date.date()))
        return fmt.text(basis) if basis is not None else ""

    def payer(self, line: Any) -> str:
        """"Own account", "Wallet", "Family account: 王建国", "Cash"."""
        who = fmt.label(vocab.PAYMENT_SOURCES, line.source)
        if line.source in ("family", "quota") and line.account_id is not None:
            return self.tr("%1: %2").replace("%1", who).replace("%2", self.names.get(line.account_id, ""))
        return who

    def split_text(self) -> str:
        """The words shown, as plain text."""
        return fmt.html_to_text(self.split.text())

    # ---- saving ----
    def save(self) -> None:
        """Save, then close. The write (and the re-settling of later visits it may cause) runs off the GUI
        thread while a local event loop keeps the window painting; the form is locked until it is done, and
        ``save`` returns only then, so callers see the saved visit (issue 12: no stall over 100 ms)."""
        if self._saving:
            return
        shown = self.warning_text()
        if self._timer.isActive() or self.outcome is None or self._previewed != self.fields():
            self.preview()  # the fields changed since the last preview: show what will be saved first
        if self.outcome is None:
            return
        if self.warning_text() and self.warning_text() != shown:  # not seen yet: show it first, save next time
            return
        f = self.fields()
        extra = {"institution": self.institution.text().strip(), "notes": self.notes.text().strip()}
        book, visit_id = self.book, None if self.visit is None else self.visit.id

        def work() -> Any:
            if visit_id is not None:
                return book.edit_visit(visit_id, **f, **extra)
            return book.record_visit(f["member_id"], f["on_date"], f["care_type"], f["hospital_class"],
                                     f["total_fen"], fund_actual_fen=f["fund_actual_fen"],
                                     wallet_accepted=f["wallet_accepted"], on_time=f["on_time"], **extra)

        self._lock(True)
        try:
            out = run_in_background(self, work)
        except Refused as e:
            self.split.setText(fmt.heading(self.tr("Not saved:"), fmt.REFUSED) + fmt.as_html(e.reasons, fmt.REFUSED))
            return
        except WRITE_FAILURES as e:  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
            self.preview()
            return
        finally:
            self._lock(False)
        self.saved.emit(out)
        self.accept()

    def _lock(self, saving: bool) -> None:
        """While saving: the form cannot be changed or closed, and says that it is saving."""
        self._saving = saving
        for w in (self.person, self.date, self.at, self.care, self.hospital, self.usual, self.institution,
                  self.total, self.fund_actual, self.wallet, self.notes, self.buttons):
            w.setEnabled(not saving)
        if saving:
            self._message(self.tr("Saving…"))

    def reject(self) -> None:
        if not self._saving:
            super().reject()
