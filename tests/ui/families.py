"""A small Taiyuan family for the Bindings, Visits and Wallet page tests, on a fixed China-time clock.

王建国 (employee, ¥5,000 on 1 Jan 2025), his wife 李秀英 (resident, ¥0), their son 王磊 (employee,
¥2,000) in Taiyuan (140100), and his mother 张桂兰 (resident) in Shanghai (310000) with an open wallet.
Rules used by the tests: Taiyuan one beneficiary at a time (F-T1), dates and amount asked (F-T2),
¥1,000 floor (F-T10), resident outpatient ¥80 deductible, 45% at level 3, ¥300 cap (F-T14);
wallet limits 3 a day, ≤ ¥2,000, none 22:00–06:00, back at 06:00 (F-W6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.book import FamilyBook

NOW = dt.datetime(2025, 6, 16, 10, 30)  # a Monday morning, China time
JAN1 = dt.date(2025, 1, 1)


@dataclass
class Family:
    book: FamilyBook
    head: int
    wife: int
    son: int
    mother: int


def open_family(path, now: dt.datetime = NOW) -> Family:
    book = FamilyBook.open(path, clock=lambda: now, daily_backup=False)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse", birth_date=dt.date(1968, 7, 21))
    son = book.add_member("王磊", "140100", "employee", head_relation="child", birth_date=dt.date(1993, 11, 2))
    mother = book.add_member("张桂兰", "310000", "resident", head_relation="parent", employment="retired",
                             birth_date=dt.date(1941, 5, 16), wallet_opened_on=JAN1)
    book.record_statement(head.id, JAN1, 500000)
    book.record_statement(wife.id, JAN1, 0)
    book.record_statement(son.id, JAN1, 200000)
    book.record_statement(mother.id, JAN1, 0)
    book.record_statement(mother.id, JAN1, 0, account="wallet")
    return Family(book, head.id, wife.id, son.id, mother.id)


def bind_head_to_wife(f: Family, cap_fen: int = 300000) -> int:
    """王建国's account pays for 李秀英 through 2025, registered 2 Jan 09:00."""
    return f.book.propose_binding(f.head, f.wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=cap_fen,
                                  status="active", registered_at=dt.datetime(2025, 1, 2, 9, 0)).id


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]
