"""Balance statements (personal account or wallet) recorded by the family."""

from __future__ import annotations

import datetime as dt

from desktop.book.base import BookBase
from desktop.book.constants import ACCOUNTS, NOW, time_for
from desktop.book.views import Refused, StatementView, _problem, _statement_view


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

        problems = []
        if account not in ACCOUNTS:
            problems.append(_problem("unknown_value", "account", field=("账户", "account"), value=account))
        if balance_fen < 0:
            problems.append(_problem("negative_amount", "balance_fen", field=("余额", "the balance")))
        if monthly_credit_fen is not None and monthly_credit_fen < 0:
            problems.append(_problem("negative_amount", "monthly_credit_fen", field=("每月划入", "the monthly credit")))
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
