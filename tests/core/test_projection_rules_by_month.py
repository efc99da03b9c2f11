"""Each projection month follows the rules in force in that month, not the first month's: a version that
starts inside the window switches the payment order, the reserve floor (as Taiyuan's ¥1,000, F-T10) and the
wallet's model (transfers F-W6 → quota F-N11, the 2026 notice) at its date. Worked by hand."""

import datetime as dt

import pytest

from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person
from desktop.core.policy import load_packs, packs_dir
from desktop.core.projection import Event, ProjectionInput, WalletTransfer

CITY = """\
code = "530100"
name = { zh = "测试市", en = "Test city" }
parent = "000000"
year = 2025

[[versions]]
effective = "2026-01-09"
year = 2026

[versions.binding]
reserve_floor_fen = { value = 100000, source = "F-T10" }

[versions.payment]
order = { value = ["own", "family", "wallet", "cash"], source = "F-G6" }
"""
DEC = dt.date(2025, 12, 1)
DAD = Person(2, "爸爸", "530100", "employee", "in_service", "insured", dt.date(1985, 1, 1))
MUM = Person(1, "妈妈", "530100", "resident", None, "insured", dt.date(1955, 1, 1))
BIND = BindingTerm(1, 2, 1, "parent", "active", dt.date(2025, 1, 1), dt.date(2026, 12, 31), None,
                   dt.datetime(2025, 1, 1, 8))


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    (folder / "530100-test.toml").write_text(CITY, encoding="utf-8")
    reg = load_packs([*packs_dir().glob("*.toml"), folder / "530100-test.toml"])
    assert reg.errors == []
    return reg


def _input():
    """Dad ¥1,500, bound for Mum; ¥100 planned from Dad to Mum's wallet on 1 December and on 1 February; Mum
    spends ¥300 on the 15th of each month (no table in the test city: all of it is hers to pay)."""
    events = tuple(Event(dt.date(y, m, 1), 1, "outpatient", "1", 30000) for y, m in ((2025, 12), (2026, 1), (2026, 2)))
    transfers = (WalletTransfer(DEC, 2, 1, 10000), WalletTransfer(dt.date(2026, 2, 1), 2, 1, 10000))
    return ProjectionInput(DEC, (MUM, DAD), balances={2: 150000}, wallets={1: 0}, events=events,
                           transfers=transfers, bindings=(BIND,), months=3)


def closings(p, pid, kind="personal"):
    return [m.closing_fen for m in p.account(pid, kind).months]


def col(p, pid, name):
    return [getattr(m, name) for m in p.person(pid).months]


def test_the_order_floor_and_model_switch_on_the_versions_date(registry):
    """Dec (2025 rules: own → wallet → family, no floor, transfers): ¥100 moves to Mum's wallet (Dad 1,400);
    her ¥300: wallet 100, Dad 200 (Dad 1,200).
    Jan (from 2026-01-09: own → family → wallet, only money above ¥1,000 pays for her): Dad pays 200 (to the
    floor, Dad 1,000), ¥100 is cash.
    Feb (the 2026 notice: quota model): the ¥100 does not move, it is set aside in Dad's account as her quota;
    her ¥300: quota 100 (right after her own account), Dad's unlocked 900 is below the floor, ¥200 cash. Dad 900."""
    on = lambda code, day: registry.rules_on(code, day)  # noqa: E731
    p = project(_input(), lambda code: registry.rules_on(code, DEC), on)
    assert closings(p, 2) == [120000, 100000, 90000]
    assert closings(p, 1, "wallet") == [0, 0, 0]
    assert [m.received_fen for m in p.account(1, "wallet").months] == [10000, 0, 0]
    assert col(p, 1, "wallet_fen") == [10000, 0, 0]
    assert col(p, 1, "family_fen") == [20000, 20000, 10000]
    assert col(p, 1, "cash_fen") == [0, 10000, 20000]
    note = next(n for n in p.notes if n.code == "proj_transfer_as_quota")
    assert note.text_en.startswith("From February 2026 sharing works by quota: the ¥100.00 planned from 爸爸 to 妈妈 "
                                   "does not move") and note.sources == ("F-N11",)


def test_with_one_rule_set_for_the_window_nothing_switches(registry):
    """The first month's rules throughout (no per-day rules given): Jan Dad pays all ¥300 (no floor, Dad 900);
    Feb ¥100 moves (Dad 800) and her ¥300 is wallet 100 + Dad 200 (Dad 600)."""
    p = project(_input(), lambda code: registry.rules_on(code, DEC))
    assert closings(p, 2) == [120000, 90000, 60000]
    assert col(p, 1, "cash_fen") == [0, 0, 0]
    assert not [n for n in p.notes if n.code == "proj_transfer_as_quota"]


def test_long_term_care_premiums_follow_f_n10_from_the_notices_date(registry):
    """Dad pays Mum's ¥300 long-term-care premium through their binding. December 2025: no rule yet lets the
    account pay it (F-N10 is the 2026 notice), so it is her cash. February 2026: allowed; Dad's ¥1,500 is ¥500
    above the ¥1,000 floor, so he pays all ¥300 (Dad 1,200). A plan without an amount says no pack gives one."""
    from desktop.core.projection import PremiumPlan

    plans = (PremiumPlan(2, 1, DEC, 2026, amount_fen=30000, yearly=False, insurance="care"),
             PremiumPlan(2, 1, dt.date(2026, 2, 1), 2026, amount_fen=30000, yearly=False, insurance="care"),
             PremiumPlan(2, 1, dt.date(2026, 2, 1), 2027, yearly=False, insurance="care"))
    inp = ProjectionInput(DEC, (MUM, DAD), balances={2: 150000}, premiums=plans, bindings=(BIND,), months=3)
    p = project(inp, lambda code: registry.rules_on(code, DEC), lambda code, day: registry.rules_on(code, day))
    assert col(p, 1, "premium_fen") == [30000, 0, 30000]
    assert col(p, 1, "premium_by_others_fen") == [0, 0, 30000]
    assert col(p, 1, "premium_cash_fen") == [30000, 0, 0]
    assert closings(p, 2) == [150000, 150000, 120000]
    texts = {n.code: n for n in p.notes}
    assert texts["proj_care_premium_not_allowed"].text_en == (
        "In December 2025 the rules of 爸爸's region do not yet let the personal account pay long-term-care "
        "premiums; 妈妈's premium is cash.")
    assert texts["proj_care_premium_not_allowed"].sources == ("F-N10",)
    assert "no long-term-care premium for 妈妈" in texts["proj_care_premium_unknown"].text_en
    # a resident premium reads its own rule (F-G9), allowed in both versions: December ¥300 from Dad (no floor
    # then, Dad 1,200); February only the ¥200 above the new ¥1,000 floor, ¥100 cash (Dad 1,000)
    res = tuple(PremiumPlan(2, 1, pl.month, 2026, amount_fen=30000, yearly=False) for pl in plans[:2])
    p2 = project(ProjectionInput(DEC, (MUM, DAD), balances={2: 150000}, premiums=res, bindings=(BIND,), months=3),
                 lambda code: registry.rules_on(code, DEC), lambda code, day: registry.rules_on(code, day))
    assert col(p2, 1, "premium_by_others_fen") == [30000, 0, 20000]
    assert closings(p2, 2) == [120000, 120000, 100000]
    assert col(p2, 1, "premium_cash_fen") == [0, 0, 10000]
