"""Balance statements (personal account or wallet) recorded by the family."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from desktop.book.base import BookBase
from desktop.book.constants import ACCOUNTS, NOW, time_for
from desktop.book.views import BalanceEntry, Problem, Refused, StatementView, _problem, _statement_view

_ACCOUNT_NAMES = {"personal": ("个人账户", "personal account"), "wallet": ("医保钱包", "insurance wallet")}


def _entry_problems(e: BalanceEntry) -> list[Problem]:
    out = []
    if e.account not in ACCOUNTS:
        out.append(_problem("unknown_value", "account", field=("账户", "account"), value=e.account))
    if e.balance_fen < 0:
        out.append(_problem("negative_amount", "balance_fen", field=("余额", "the balance")))
    if e.monthly_credit_fen is not None and e.monthly_credit_fen < 0:
        out.append(_problem("negative_amount", "monthly_credit_fen", field=("每月划入", "the monthly credit")))
    return out


class StatementsMixin(BookBase):
    """Statement use cases of FamilyBook."""

    # -- statements --

    def record_statement(self, member_id: int, on: dt.date, balance_fen: int, account: str = "personal",
                         monthly_credit_fen: int | None = None, note: str = "",
                         on_time: dt.time | str | None = NOW) -> StatementView:
        """The balance as read from the official app. For today it counts from now (``on_time`` NOW): the
        official balance after everything recorded before this moment. For another date it is the balance at
        the end of that day, unless a time of day is given."""
        from desktop.core.ledger import Moment
        from desktop.store.models import Member, Statement

        problems = _entry_problems(BalanceEntry(member_id, balance_fen, account, monthly_credit_fen, note))
        if problems:
            raise Refused(problems)
        with self.db.session(write=True) as s:
            if s.get(Member, member_id) is None:
                raise Refused([_problem("no_member", id=member_id)])
            st = Statement(member_id=member_id, account=account, on_date=on,
                           on_time=time_for(self.clock, on, on_time), balance_fen=balance_fen,
                           monthly_credit_fen=monthly_credit_fen, note=note)
            s.add(st)
            s.flush()
            assert st.id is not None
            self._replay(s.connection(), Moment.of_statement(on, st.on_time, st.id), incremental=True,
                         new_statements=[st.id])
            return _statement_view(st)

    def record_statements(self, entries: Sequence[BalanceEntry], on: dt.date,
                          on_time: dt.time | str | None = NOW) -> list[StatementView]:
        """Several balances read off the official app at one moment (the family's "update balances" screen),
        in ONE transaction: every one is stored, or — on any refusal or failure — none. ``on``/``on_time`` as
        for :meth:`record_statement`. An account may appear once."""
        problems: list[Problem] = []
        seen: set[tuple[int, str]] = set()
        for e in entries:
            problems += _entry_problems(e)
            if (e.member_id, e.account) in seen:
                problems.append(_problem("same_account_twice", "account", id=e.member_id,
                                         account=_ACCOUNT_NAMES.get(e.account, (e.account, e.account))))
            seen.add((e.member_id, e.account))
        if problems:
            raise Refused(problems)
        if not entries:
            return []
        with self.db.session(write=True) as s:
            return self._insert_statements(s, entries, on, on_time)

    def _insert_statements(self, s: Any, entries: Sequence[BalanceEntry], on: dt.date,
                           on_time: dt.time | str | None) -> list[StatementView]:
        """Add the statements inside the caller's session and re-settle from the first of them (the caller's
        transaction: a failure leaves none stored)."""
        from desktop.core.ledger import Moment
        from desktop.store.models import Member, Statement

        missing = sorted({e.member_id for e in entries if s.get(Member, e.member_id) is None})
        if missing:
            raise Refused([_problem("no_member", id=mid) for mid in missing])
        when = time_for(self.clock, on, on_time)
        rows = [Statement(member_id=e.member_id, account=e.account, on_date=on, on_time=when,
                          balance_fen=e.balance_fen, monthly_credit_fen=e.monthly_credit_fen, note=e.note)
                for e in entries]
        s.add_all(rows)
        s.flush()
        ids = [st.id for st in rows if st.id is not None]
        assert len(ids) == len(rows)
        start = min(Moment.of_statement(on, when, i) for i in ids)
        self._replay(s.connection(), start, incremental=True, new_statements=ids)
        return [_statement_view(st) for st in rows]

    def delete_statement(self, statement_id: int) -> None:
        from desktop.core.carry import Removed
        from desktop.store.ledger import statement_rows
        from desktop.store.models import Statement

        with self.db.session(write=True) as s:
            st = s.get(Statement, statement_id)
            if st is None:
                raise Refused([_problem("no_record", id=statement_id, what=("余额记录", "statement"))])
            row = statement_rows([st])[0]
            s.delete(st)
            s.flush()
            self._replay(s.connection(), row.moment, incremental=True, removed=[Removed(row.moment, statement=row)])

    def statements(self, member_id: int | None = None) -> list[StatementView]:
        from sqlalchemy import select
        from sqlmodel import col

        from desktop.store.models import Statement

        with self.db.session() as s:
            q = select(Statement).order_by(col(Statement.on_date).desc(), col(Statement.id).desc())
            if member_id is not None:
                q = q.where(col(Statement.member_id) == member_id)
            return [_statement_view(x) for x in s.scalars(q)]
