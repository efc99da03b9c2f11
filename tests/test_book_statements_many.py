"""Several balances at one moment, in one transaction (issue 15: the family's "update balances" screen)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import BalanceEntry, Refused
from tests.store.family import JAN1, NOW, family


def test_four_balances_are_recorded_at_once_and_counted_from_now(tmp_path):
    f = family(tmp_path)
    b = f.book
    b.record_statement(f.head, JAN1, 500000)
    saved = b.record_statements([BalanceEntry(f.head, 432100), BalanceEntry(f.wife, 15000),
                                 BalanceEntry(f.son, 98765), BalanceEntry(f.grandma, 2500, "wallet")], NOW.date())
    assert [(s.member_id, s.account, s.balance_fen, s.on_date, s.on_time) for s in saved] == [
        (f.head, "personal", 432100, NOW.date(), NOW.time()), (f.wife, "personal", 15000, NOW.date(), NOW.time()),
        (f.son, "personal", 98765, NOW.date(), NOW.time()), (f.grandma, "wallet", 2500, NOW.date(), NOW.time())]
    bal = {x.member_id: x for x in b.balances()}
    assert (bal[f.head].personal_fen, bal[f.wife].personal_fen, bal[f.son].personal_fen) == (432100, 15000, 98765)
    assert bal[f.grandma].wallet_fen == 2500 and bal[f.grandma].wallet_statement_date == NOW.date()
    assert bal[f.grandma].statement_date is None  # her own account was not among them
    assert len(b.statements()) == 5
    b.close()


def test_one_bad_figure_stores_none_of_them(tmp_path):
    f = family(tmp_path)
    b = f.book
    with pytest.raises(Refused) as e:
        b.record_statements([BalanceEntry(f.head, 1000), BalanceEntry(f.wife, -5)], NOW.date())
    assert e.value.codes == ("negative_amount",)
    with pytest.raises(Refused) as e:
        b.record_statements([BalanceEntry(f.head, 1000), BalanceEntry(f.head, 2000)], NOW.date())
    assert e.value.codes == ("same_account_twice",)
    with pytest.raises(Refused) as e:
        b.record_statements([BalanceEntry(f.head, 1000), BalanceEntry(9999, 2000)], NOW.date())
    assert e.value.codes == ("no_member",)
    assert b.statements() == []
    b.close()


def test_a_failure_while_settling_stores_none_of_them(tmp_path, monkeypatch):
    f = family(tmp_path)
    b = f.book

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(b, "_replay", broken)
    with pytest.raises(OSError):
        b.record_statements([BalanceEntry(f.head, 1000), BalanceEntry(f.son, 2000)], NOW.date())
    monkeypatch.undo()
    assert b.statements() == []
    b.close()


def test_a_past_date_means_the_end_of_that_day(tmp_path):
    f = family(tmp_path)
    b = f.book
    [s] = b.record_statements([BalanceEntry(f.son, 77700)], dt.date(2025, 5, 1))
    assert (s.on_date, s.on_time) == (dt.date(2025, 5, 1), None)
    [s] = b.record_statements([BalanceEntry(f.son, 66600)], dt.date(2025, 5, 2), on_time=dt.time(8, 30))
    assert s.on_time == dt.time(8, 30)
    assert b.balance(f.son).personal_fen == 66600
    b.close()


def test_a_new_member_with_the_balance_now_is_one_transaction(tmp_path):
    f = family(tmp_path)
    b = f.book
    m = b.add_member("赵兰英", "310000", "resident", head_relation="parent", balances_now=[("personal", 12300),
                                                                                     ("wallet", 4500)])
    assert [(s.account, s.balance_fen, s.on_date, s.on_time) for s in reversed(b.statements(m.id))] == [
        ("personal", 12300, NOW.date(), NOW.time()), ("wallet", 4500, NOW.date(), NOW.time())]
    with pytest.raises(Refused):
        b.add_member("钱多多", "310000", "resident", balances_now=[("personal", -1)])
    assert "钱多多" not in [x.name for x in b.members()]
    b.close()


def test_the_old_balance_threshold_is_a_book_setting(tmp_path):
    f = family(tmp_path)
    b = f.book
    assert b.stale_days() == 30  # the default
    b.set_stale_days(45)
    assert b.stale_days() == 45 and b.meta("balances.stale_days") == "45"
    with pytest.raises(Refused) as e:
        b.set_stale_days(0)
    assert e.value.text("zh") == "天数应在 1 到 3650 之间。"
    b.set_meta("balances.stale_days", "lots")  # a hand-edited book: the default, not a crash
    assert b.stale_days() == 30
    b.close()
