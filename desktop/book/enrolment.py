"""Resident enrolment: the waiting period a member is in (F-N13, F-R5) and the collection window about to close
(F-R6), for the member form and Home's reminders. Read only; the figures come from the rules in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.book.base import BookBase
from desktop.core import model
from desktop.core.waiting import Waiting, waiting_period

CLOSING_DAYS = 30  # remind this many days before a collection window closes


@dataclass(frozen=True)
class CollectionWindow:
    """A resident premium's collection period in a member's region, closing soon."""

    member_id: int
    region: tuple[str, str]
    collect_from: dt.date
    collect_to: dt.date
    covers_from: dt.date | None
    covers_to: dt.date | None
    amount_fen: int | None
    source: str


class EnrolmentMixin(BookBase):
    """Waiting periods and collection windows of FamilyBook."""

    def waiting_period_for(self, region_code: str | None, insurance: str | None, enrolled_on: dt.date | None,
                           enrolled_in_collection: bool | None, enrolment_gap_years: int | None,
                           birth_date: dt.date | None = None, on: dt.date | None = None) -> Waiting | None:
        """The waiting period these fields give under the rules in force on ``on`` (default today); None when
        none applies or the place is unknown (the member form shows it as the person types)."""
        if not region_code or insurance != "resident" or enrolled_on is None:
            return None
        try:
            rules = self.registry.rules_on(region_code, on or self.today())
        except KeyError:
            return None
        person = model.Person(0, "", region_code, insurance, None, "insured", birth_date, enrolled_on,
                              enrolled_in_collection, max(0, enrolment_gap_years or 0))
        return waiting_period(person, rules)

    def waiting_periods(self, on: dt.date | None = None) -> dict[int, Waiting]:
        """Member id → the waiting period of each resident who has one (ended or not)."""
        out = {}
        for m in self.members():
            w = self.waiting_period_for(m.region_code, m.insurance, m.enrolled_on, m.enrolled_in_collection,
                                        m.enrolment_gap_years, m.birth_date, on)
            if w is not None:
                out[m.id] = w
        return out

    def visit_basis(self, member_id: int, on: dt.date, total_fen: int) -> list:
        """What a recorded visit's explanation adds to its payer lines: the waiting period it fell in (if any),
        then which pack and version its figures used."""
        out: list = []
        m = next((x for x in self.members() if x.id == member_id), None)
        if m is None:
            return out
        w = self.waiting_period_for(m.region_code, m.insurance, m.enrolled_on, m.enrolled_in_collection,
                                    m.enrolment_gap_years, m.birth_date, on)
        if w is not None and w.covers(on):
            out.append(w.explain(m.name, total_fen))
        basis = self.rules_basis(m.region_code, on)
        if basis is not None:
            out.append(basis)
        return out

    def closing_collection_windows(self, on: dt.date | None = None, within_days: int = CLOSING_DAYS
                                   ) -> list[CollectionWindow]:
        """Residents whose region's collection period (a premium row's ``collect_from``..``collect_to``, e.g. F-R6)
        closes within ``within_days`` of ``on``, unless the member's recorded payment falls inside it."""
        day = on or self.today()
        out = []
        for m in self.members():
            if m.insurance != "resident":
                continue
            try:
                rules = self.registry.rules_on(m.region_code, day)
            except KeyError:
                continue
            for row in rules.rows("premiums"):
                if row["insurance"] != "resident" or not row.get("collect_from") or not row.get("collect_to"):
                    continue
                lo, hi = dt.date.fromisoformat(row["collect_from"]), dt.date.fromisoformat(row["collect_to"])
                if not lo <= day <= hi or (hi - day).days > within_days:
                    continue
                if m.enrolled_on is not None and lo <= m.enrolled_on <= hi:
                    continue  # paid in this window already
                covers = [dt.date.fromisoformat(row[k]) if row.get(k) else None for k in ("covers_from", "covers_to")]
                out.append(CollectionWindow(m.id, rules.name, lo, hi, covers[0], covers[1], row.get("amount_fen"),
                                            row.source))
                break
        return out
