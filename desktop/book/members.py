"""Family members: validate, add, edit, remove, list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from desktop.book.base import BookBase
from desktop.book.constants import ACCOUNTS, HEAD, HEAD_RELATIONS, NOW, PROVINCES
from desktop.book.queries import _count
from desktop.book.relations import relation_via_head
from desktop.book.views import BalanceEntry, MemberView, Problem, Refused, _member_view, _problem
from desktop.core import idnumber, vocab

MAX_GAP_YEARS = 50  # years without insurance before enrolling again: more is a typing slip


class MembersMixin(BookBase):
    """Members use cases of FamilyBook."""

    # -- members --

    def validate_member(self, name: str | None = None, region_code: str | None = None,
                        insurance: str | None = None, *, head_relation: str | None = HEAD,
                        birth_date: dt.date | None = None, id_number: str | None = None,
                        employment: str | None = "in_service", status: str | None = "insured",
                        coverage_end_on: dt.date | None = None, coverage_end_kind: str | None = None,
                        region_before: str | None = None,
                        enrolled_on: dt.date | None = None, enrolment_gap_years: int | None = 0,
                        **_ignored: Any) -> list[Problem]:
        """Every problem with a member's fields (a form shows them as the user types)."""
        out: list[Problem] = []
        if not (name or "").strip():
            out.append(_problem("name_required", "name"))
        for fieldname, value, allowed, label in (
            ("head_relation", head_relation, HEAD_RELATIONS, ("与户主关系", "relation to the head")),
            ("insurance", insurance, vocab.INSURANCE_TYPES, ("参保类型", "insurance type")),
            ("employment", employment, vocab.EMPLOYMENT, ("在职/退休", "employment")),
            ("status", status, vocab.STATUSES, ("参保状态", "insurance status")),
        ):
            if value not in allowed:
                out.append(_problem("unknown_value", fieldname, field=label, value=value))
        if region_code is not None:
            ok = len(region_code) == 6 and region_code.isdigit() and region_code[:2] in PROVINCES
            if ok:
                try:
                    self.registry.resolve_insured_place(region_code)  # a city without a pack uses its province's
                except KeyError:
                    ok = False
            if not ok:
                out.append(_problem("unknown_region", "region_code", code=region_code))
        else:
            out.append(_problem("unknown_region", "region_code", code="—"))
        if birth_date is not None and birth_date > self.today():
            out.append(_problem("birth_in_future", "birth_date"))
        out += self._coverage_end_problems(region_code, birth_date, coverage_end_on, coverage_end_kind, region_before)
        if enrolled_on is not None and enrolled_on > self.today():
            out.append(_problem("enrolled_in_future", "enrolled_on"))
        elif enrolled_on is not None and birth_date is not None and enrolled_on < birth_date:
            out.append(_problem("enrolled_before_birth", "enrolled_on"))
        gap = enrolment_gap_years
        if gap is not None and (isinstance(gap, bool) or not isinstance(gap, int) or not 0 <= gap <= MAX_GAP_YEARS):
            out.append(_problem("gap_years_range", "enrolment_gap_years", most=MAX_GAP_YEARS))
        if id_number:
            p = idnumber.problem(id_number, self.today())
            if p is not None:
                out.append(Problem("id_number", p.zh, p.en, "id_number"))
        return out

    def _coverage_end_problems(self, region_code: str | None, birth_date: dt.date | None, day: dt.date | None,
                               kind: str | None, region_before: str | None) -> list[Problem]:
        """The end of a member's insurance (F-N9): a kind with a date; a move names the place left, which is not
        the new one."""
        if day is None:
            return [] if kind is None else [_problem("coverage_end_needs_day", "coverage_end_on")]
        out: list[Problem] = []
        if kind not in vocab.COVERAGE_ENDS:
            out.append(_problem("unknown_value", "coverage_end_kind", field=("参保变化", "insurance change"),
                                value=kind or "—"))
        if birth_date is not None and day < birth_date:
            out.append(_problem("coverage_end_before_birth", "coverage_end_on"))
        if kind == "moved":
            if not region_before:
                out.append(_problem("moved_from_unknown", "region_before"))
            elif region_before == region_code:
                out.append(_problem("moved_to_same_place", "region_code", code=region_code))
            else:
                try:
                    self.registry.resolve_insured_place(region_before)
                except KeyError:
                    out.append(_problem("unknown_region", "region_before", code=region_before))
        return out

    def add_member(self, name: str, region_code: str, insurance: str, *, head_relation: str = HEAD,
                   birth_date: dt.date | None = None, id_number: str | None = None,
                   employment: str = "in_service", status: str = "insured", status_date: dt.date | None = None,
                   wallet_opened_on: dt.date | None = None, note: str = "",
                   coverage_end_on: dt.date | None = None, coverage_end_kind: str | None = None,
                   region_before: str | None = None, enrolled_on: dt.date | None = None,
                   enrolled_in_collection: bool | None = None, enrolment_gap_years: int = 0,
                   balances_now: Sequence[tuple[str, int]] = ()) -> MemberView:
        """Add a member. For resident insurance, ``enrolled_on`` (enrolment and payment date),
        ``enrolled_in_collection`` (None: not known) and ``enrolment_gap_years`` decide a waiting period.
        ``balances_now``: (account, fen) as the official app shows them now (first run asks for them), stored
        as statements in the same transaction as the member."""
        problems = self.validate_member(name, region_code, insurance, head_relation=head_relation,
                                        birth_date=birth_date, id_number=id_number, employment=employment,
                                        status=status, coverage_end_on=coverage_end_on,
                                        coverage_end_kind=coverage_end_kind, region_before=region_before,
                                        enrolled_on=enrolled_on, enrolment_gap_years=enrolment_gap_years)
        for account, fen in balances_now:
            if account not in ACCOUNTS:
                problems.append(_problem("unknown_value", "account", field=("账户", "account"), value=account))
            if fen < 0:
                problems.append(_problem("negative_amount", "balance_fen", field=("余额", "the balance")))
        if problems:
            raise Refused(problems)
        from desktop.store.models import Member

        m = Member(name=name.strip(), head_relation=head_relation, birth_date=birth_date,
                   id_number=(id_number or "").strip() or None, region_code=region_code, insurance=insurance,
                   employment=employment, status=status, status_date=status_date,
                   wallet_opened_on=wallet_opened_on, note=note, created_at=self.clock(),
                   coverage_end_on=coverage_end_on, coverage_end_kind=coverage_end_kind if coverage_end_on else None,
                   region_before=region_before if coverage_end_kind == "moved" and coverage_end_on else None,
                   enrolled_on=enrolled_on, enrolled_in_collection=enrolled_in_collection,
                   enrolment_gap_years=enrolment_gap_years)
        with self.db.session(write=True) as s:
            s.add(m)
            s.flush()
            assert m.id is not None
            if balances_now:
                self._insert_statements(s, [BalanceEntry(m.id, fen, account) for account, fen in balances_now],
                                        self.today(), NOW)
        return _member_view(m)

    def edit_member(self, member_id: int, **changes: Any) -> MemberView:
        from desktop.store.models import Member

        allowed = {"name", "region_code", "insurance", "head_relation", "birth_date", "id_number", "employment",
                   "status", "status_date", "wallet_opened_on", "note", "coverage_end_on", "coverage_end_kind",
                   "region_before", "enrolled_on", "enrolled_in_collection", "enrolment_gap_years"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"edit_member got unknown field(s): {', '.join(sorted(unknown))}")
        with self.db.session(write=True) as s:
            m = s.get(Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            fields = {k: getattr(m, k) for k in allowed} | changes
            if "id_number" in changes and changes["id_number"] is not None:
                fields["id_number"] = changes["id_number"].strip() or None
            if fields["coverage_end_on"] is None:  # no end: nothing of one is kept
                fields["coverage_end_kind"] = fields["region_before"] = None
            elif fields["coverage_end_kind"] != "moved":
                fields["region_before"] = None
            problems = self.validate_member(**fields)
            if problems:
                raise Refused(problems)
            money_moves = any(fields[k] != getattr(m, k)
                              for k in ("region_code", "insurance", "employment", "status", "status_date",
                                        "birth_date", "coverage_end_on", "coverage_end_kind", "region_before",
                                        "enrolled_on", "enrolled_in_collection", "enrolment_gap_years"))
            for k, v in fields.items():
                setattr(m, k, v.strip() if k == "name" else v)
            s.flush()
            if money_moves:
                self._replay(s.connection(), None)
            return _member_view(m)

    def remove_member(self, member_id: int) -> None:
        from sqlalchemy import or_, select
        from sqlmodel import col

        from desktop.store import models as t
        from desktop.store.tables import table_of

        with self.db.session(write=True) as s:
            m = s.get(t.Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            conn = s.connection()
            uses = []
            checks = (
                (t.Statement, col(t.Statement.member_id) == member_id, ("余额记录", "balance statements")),
                (t.Binding, or_(col(t.Binding.authorizer_id) == member_id, col(t.Binding.beneficiary_id) == member_id),
                 ("共济绑定", "bindings")),
                (t.Visit, col(t.Visit.member_id) == member_id, ("就医记录", "visits")),
                (t.AllocationLine, col(t.AllocationLine.payer_id) == member_id, ("替家人支付的记录", "payments for others")),
                (t.Quota, or_(col(t.Quota.payer_id) == member_id, col(t.Quota.receiver_id) == member_id),
                 ("共济额度", "family quotas")),
                (t.WalletTransfer, or_(col(t.WalletTransfer.from_id) == member_id,
                                       col(t.WalletTransfer.to_id) == member_id), ("钱包转账", "wallet transfers")),
                (t.PlannedExpense, col(t.PlannedExpense.member_id) == member_id, ("计划支出", "planned expenses")),
                (t.PlannedWalletTransfer, or_(col(t.PlannedWalletTransfer.from_id) == member_id,
                                              col(t.PlannedWalletTransfer.to_id) == member_id),
                 ("计划的钱包转账", "planned wallet transfers")),
                (t.PlannedPremium, or_(col(t.PlannedPremium.payer_id) == member_id,
                                       col(t.PlannedPremium.person_id) == member_id), ("计划代缴的保费", "planned premiums")),
                (t.GuideProgress, or_(col(t.GuideProgress.authorizer_id) == member_id,
                                      col(t.GuideProgress.beneficiary_id) == member_id), ("办理向导进度", "guide progress")),
            )
            for model, cond, (zh, en) in checks:
                n = conn.execute(select(_count()).select_from(table_of(model)).where(cond)).scalar_one()
                if n:
                    uses.append((f"{zh} {n} 条", f"{n} {en}"))
            if uses:
                raise Refused([_problem("member_in_use", name=m.name,
                                        uses=("、".join(u[0] for u in uses), ", ".join(u[1] for u in uses)))])
            s.delete(m)

    def end_coverage(self, member_id: int, on: dt.date, kind: str, new_region: str | None = None) -> MemberView:
        """Record that a member's insurance ended (``kind`` "ended") or moved to ``new_region`` ("moved") on ``on``:
        every binding and quota of theirs ends that day by itself (F-N9)."""
        m = self.member(member_id)
        if kind == "moved":
            return self.edit_member(member_id, coverage_end_on=on, coverage_end_kind=kind,
                                    region_before=m.region_before if m.coverage_end_kind == "moved" else m.region_code,
                                    region_code=new_region if new_region is not None else m.region_code)
        return self.edit_member(member_id, coverage_end_on=on, coverage_end_kind=kind)

    def members(self) -> list[MemberView]:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import Member

        with self.db.session() as s:
            return [_member_view(m) for m in s.scalars(select(Member).order_by(col(Member.id)))]

    def member(self, member_id: int) -> MemberView:
        from desktop.store.models import Member

        with self.db.session() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise Refused([_problem("no_member", id=member_id)])
            return _member_view(m)

    def relation_between(self, authorizer_id: int, beneficiary_id: int) -> str | None:
        """What the beneficiary is to the authorizer, worked out through the household head."""
        a, b = self.member(authorizer_id), self.member(beneficiary_id)
        return relation_via_head(a.head_relation, b.head_relation)
