"""The demo family, built through FamilyBook only (the CLI's ``demo`` and the GUI's first run use it).

A Taiyuan household — 王建国 (employee insurance) whose personal account is bound to his wife
李秀英 (resident insurance) under Taiyuan's one-beneficiary rule (F-T1) with its ¥1,000 floor (F-T10)
— and his mother 张桂兰 in Shanghai, who receives 医保钱包 transfers from him across provinces
(F-W1, F-W6). Their son 王磊 has his own employee account. Dates are relative to ``today`` so every
page has recent records on any date: opening balances 120 days ago, visits and transfers from then until
last month, and yesterday's balances as the official app would show them — the figures the book worked out
from the opening balances, so nothing jumps and no balance is old. The same ``today`` gives the same book.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.book import BalanceEntry, FamilyBook, Problem, Refused
from desktop.core import idnumber

TAIYUAN = "140100"
SHANGHAI = "310000"


@dataclass(frozen=True)
class DemoFamily:
    head: int
    spouse: int
    son: int
    mother: int
    binding: int
    transfers: tuple[int, ...]
    visits: tuple[int, ...]


def _id_number(first17: str) -> str:
    return first17 + idnumber.check_char(first17)


def build_demo(book: FamilyBook, today: dt.date | None = None) -> DemoFamily:
    """Fill an empty book with the demo family; refused when the book already has members."""
    if not book.is_empty():
        raise Refused([Problem("demo_needs_empty_book", "演示家庭只能放进空的账本。",
                               "The demo family can only be added to an empty book.")])
    today = today or book.today()
    s = today - dt.timedelta(days=120)  # the day of everyone's statement

    def at(days: int, hour: int = 10) -> dt.datetime:
        d = s + dt.timedelta(days=days)
        return dt.datetime(d.year, d.month, d.day, hour, 0)

    def day(days: int) -> dt.date:
        return s + dt.timedelta(days=days)

    head = book.add_member("王建国", TAIYUAN, "employee", birth_date=dt.date(1966, 3, 8),
                           id_number=_id_number("14010519660308123"), note="户主")
    spouse = book.add_member("李秀英", TAIYUAN, "resident", head_relation="spouse", birth_date=dt.date(1968, 7, 21),
                             id_number=_id_number("14010519680721302"))
    son = book.add_member("王磊", TAIYUAN, "employee", head_relation="child", birth_date=dt.date(1993, 11, 2))
    mother = book.add_member("张桂兰", SHANGHAI, "resident", head_relation="parent", employment="retired",
                             birth_date=dt.date(1941, 5, 16), wallet_opened_on=day(-30), note="住在上海")

    book.record_statement(head.id, s, 860000, monthly_credit_fen=23000, note="山西医保公众号")
    book.record_statement(spouse.id, s, 35000)
    book.record_statement(son.id, s, 420000, monthly_credit_fen=38000)
    book.record_statement(mother.id, s, 0)
    book.record_statement(mother.id, s, 0, account="wallet")

    binding = book.propose_binding(
        head.id, spouse.id, channel_id="shanxi_wechat", start=s, end=s + dt.timedelta(days=364),
        amount_cap_fen=300000, status="active", registered_at=at(0, 9), note="山西医保公众号办理")

    visits = []

    def visit(member: int, days: int, care: str, hospital: str, total: int, institution: str,
              notes: str = "", wallet_ok: bool = True) -> None:
        out = book.record_visit(member, day(days), care, hospital, total, institution=institution, notes=notes,
                                wallet_accepted=wallet_ok)
        visits.append(out.visit_id)

    visit(spouse.id, 12, "outpatient", "3A", 46000, "太原市中心医院", "复查血压")
    visit(head.id, 30, "outpatient", "1", 18000, "小店区社区卫生服务中心")
    visit(spouse.id, 45, "inpatient", "3B", 1280000, "山西省人民医院", "膝关节积液住院")
    visit(son.id, 55, "outpatient", "3A", 62000, "山西医科大学第一医院")

    transfers = []
    t1 = book.create_transfer(head.id, mother.id, 200000, at(58), note="给妈妈买药")
    book.receive_transfer(t1.id, at(58, 11))
    t2 = book.create_transfer(head.id, mother.id, 80000, at(59, 21))
    book.return_transfer(t2.id)  # not received before 06:00 the next day (F-W6)
    t3 = book.create_transfer(head.id, mother.id, 150000, at(60))
    book.receive_transfer(t3.id, at(60, 15))
    transfers += [t1.id, t2.id, t3.id]

    visit(mother.id, 65, "pharmacy", "0", 32000, "上海市第一人民医院药房", "降压药")
    visit(spouse.id, 70, "pharmacy", "0", 12600, "老百姓大药房")
    visit(head.id, 90, "pharmacy", "0", 9500, "老百姓大药房", wallet_ok=False)
    visit(mother.id, 95, "outpatient", "3A", 54000, "上海市第一人民医院", "心内科门诊")

    # yesterday the family looked at the official app: each account holds what the records above leave in it
    yesterday = today - dt.timedelta(days=1)
    now = {b.member_id: b for b in book.balances(yesterday)}
    book.record_statements([BalanceEntry(head.id, now[head.id].personal_fen, monthly_credit_fen=23000, note="官方App"),
                            BalanceEntry(spouse.id, now[spouse.id].personal_fen),
                            BalanceEntry(son.id, now[son.id].personal_fen, monthly_credit_fen=38000),
                            BalanceEntry(mother.id, now[mother.id].personal_fen),
                            BalanceEntry(mother.id, now[mother.id].wallet_fen, account="wallet")], yesterday, None)

    book.add_planned(spouse.id, today + dt.timedelta(days=60), "inpatient", 2000000, hospital_class="3A",
                     note="膝关节手术（医生建议）")
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    book.add_planned(mother.id, first, "pharmacy", 30000, monthly=True, until_date=first + dt.timedelta(days=365),
                     note="每月降压药")
    return DemoFamily(head.id, spouse.id, son.id, mother.id, binding.id, tuple(transfers), tuple(visits))
