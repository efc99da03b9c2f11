"""A small Taiyuan family for book tests, at a fixed clock, built through FamilyBook only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.book import FamilyBook

NOW = dt.datetime(2025, 6, 1, 10, 0)  # China time
JAN1 = dt.date(2025, 1, 1)


def open_book(tmp_path: Path, now: dt.datetime = NOW) -> FamilyBook:
    return FamilyBook.open(tmp_path / "data", clock=lambda: now)


@dataclass
class Family:
    book: FamilyBook
    head: int  # 王建国, Taiyuan employee, in service
    wife: int  # 李秀英, Taiyuan resident insurance
    son: int  # 王磊, Taiyuan employee
    grandma: int  # 张桂兰, Shanghai resident, the head's mother


def family(tmp_path: Path, now: dt.datetime = NOW) -> Family:
    book = open_book(tmp_path, now)
    head = book.add_member("王建国", "140100", "employee", birth_date=dt.date(1966, 3, 8))
    wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse", birth_date=dt.date(1968, 7, 21))
    son = book.add_member("王磊", "140100", "employee", head_relation="child", birth_date=dt.date(1993, 11, 2))
    grandma = book.add_member("张桂兰", "310000", "resident", head_relation="parent", employment="retired",
                              birth_date=dt.date(1941, 5, 16))
    return Family(book, head.id, wife.id, son.id, grandma.id)
