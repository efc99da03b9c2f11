"""FamilyBook projections: the engine's input built from the book (balances from the ledger, credits from the
latest statement, spending from the last 12 months of visits, planned expenses, bindings with their used
amounts, year-to-date usage, premiums, the user's plan), hand-computed months, what-if comparison, the band.

The Taiyuan figures are those of tests/core/test_projection.py (resident level 1: deductible ¥80 a year, 60 %,
fund cap ¥300 a year, F-T14; employee inpatient 三甲 F-T16; family money only above the ¥1,000 floor, F-T10).
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import Cancelled, FamilyBook, PlannedTransfer, ProjectionPlan, Refused
from desktop.core import scenario

TY, WH = "140100", "420100"
NOW = dt.datetime(2025, 9, 20, 10, 0)  # China time; most tests here project from 1 October 2025 (start=OCT)
OCT, NOV, DEC = dt.date(2025, 10, 1), dt.date(2025, 11, 1), dt.date(2025, 12, 1)


class Fam:
    def __init__(self, book: FamilyBook, dad: int, mum: int, binding: int) -> None:
        self.book, self.dad, self.mum, self.binding = book, dad, mum, binding


def open_book(tmp_path, now: dt.datetime = NOW) -> FamilyBook:
    return FamilyBook.open(tmp_path / "data", clock=lambda: now, daily_backup=False)


def taiyuan(tmp_path, *, history_fen: int = 600000) -> Fam:
    """儿子 (employee, head) with ¥1,500 on 10 Sep 2025 and ¥200 a month; his mother (resident) bound to his
    account for 2025–2026 with ¥10,000 authorized; one past visit of hers: ¥6,000 at level 1 in Dec 2024
    (¥500 a month on average over the 12 months before October)."""
    book = open_book(tmp_path)
    dad = book.add_member("儿子", TY, "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", TY, "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    if history_fen:
        book.record_visit(mum, dt.date(2024, 12, 15), "outpatient", "1", history_fen)
    book.record_statement(dad, dt.date(2025, 9, 10), 150000, monthly_credit_fen=20000)
    b = book.propose_binding(dad, mum, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), amount_cap_fen=1000000,
                             status="active", registered_at=dt.datetime(2025, 1, 1, 9, 0))
    return Fam(book, dad, mum, b.id)


@pytest.fixture
def fam(tmp_path):
    f = taiyuan(tmp_path)
    yield f
    f.book.close()


def closings(proj, pid, kind="personal"):
    return [m.closing_fen for m in proj.account(pid, kind).months]


def cash(proj, pid):
    return [m.out_of_pocket_fen for m in proj.person(pid).months]


# ---- the input from the book ----

def test_input_from_the_book(fam):
    inp = fam.book.projection_input(OCT)
    assert inp.start == OCT and inp.months == 12
    assert [p.id for p in inp.people] == [fam.dad, fam.mum]
    assert dict(inp.balances) == {fam.dad: 150000}  # the mother has no account and no balance
    assert dict(inp.wallets) == {}
    assert dict(inp.credits) == {fam.dad: 20000}
    assert [(s.person_id, s.care, s.hospital, s.monthly_fen, s.origin) for s in inp.spending] == [
        (fam.mum, "outpatient", "1", 50000, "history")]  # ¥6,000 / 12
    assert [(b.id, b.authorizer_id, b.beneficiary_id, b.status) for b in inp.bindings] == [
        (fam.binding, fam.dad, fam.mum, "active")]
    assert dict(inp.binding_used) == {fam.binding: 0}
    assert inp.events == () and inp.premiums == () and inp.transfers == ()


def test_projection_by_hand(fam):
    """Oct: fund (500−80)×60 % = 252, share 248 from the son's account: 1500+200−248 = 1452.
    Nov: 300 of fund but only 48 of the cap left → share 452: 1652−452 = 1200.
    Dec: cap used up → share 500; 1400 has 400 above the floor → family 400, cash 100, closing 1000.
    Jan (new year): share 248, only 200 above the floor → cash 48. Feb: share 452 → cash 252. Mar: cash 300."""
    p = fam.book.project(OCT, months=6)
    assert p.months[0] == OCT and len(p.months) == 6
    assert closings(p, fam.dad) == [145200, 120000, 100000, 100000, 100000, 100000]
    assert [m.fund_fen for m in p.person(fam.mum).months] == [25200, 4800, 0, 25200, 4800, 0]
    assert [m.family_fen for m in p.person(fam.mum).months] == [24800, 45200, 40000, 20000, 20000, 20000]
    assert cash(p, fam.mum) == [0, 0, 10000, 4800, 25200, 30000]
    acc = p.account(fam.dad)
    assert [m.paid_for_others_fen for m in acc.months] == [24800, 45200, 40000, 20000, 20000, 20000]
    assert acc.floor_fen == 100000 and acc.floor_month == DEC and acc.empty_month is None
    texts = [r.text_zh for r in p.summary()]
    assert texts[0] == ("儿子的账户预计在2025年12月降到必须保留的 ¥1,000.00，"
                        "此后家人只能用超出这部分的钱。")
    assert "妈妈预计要自付 ¥700.00，从2025年12月开始。" in texts  # 100 + 48 + 252 + 300


def test_year_to_date_usage_binding_used_and_latest_credit(tmp_path):
    """A ¥100 visit of hers on 5 Aug 2025 met the ¥80 deductible and took ¥12 of the ¥300 cap; its ¥88 share
    was paid by the son's account (¥3,000 on 1 Jul, floor ¥1,000). The later statement (10 Sep, ¥200 a month)
    wins over the July one (¥180). History: (6,000 + 100) / 12 = 508.33 → ¥508.33 a month; October's fund is
    60 % = 305.00 but only 300 − 12 = 288 of the cap is left."""
    f = taiyuan(tmp_path)
    book = f.book
    book.record_statement(f.dad, dt.date(2025, 7, 1), 300000, monthly_credit_fen=18000)
    out = book.record_visit(f.mum, dt.date(2025, 8, 5), "outpatient", "1", 10000)
    assert out.fund_fen == 1200 and [(ln.source, ln.amount_fen) for ln in out.settlement.lines] == [("family", 8800)]
    inp = book.projection_input(OCT, months=3)
    assert dict(inp.credits) == {f.dad: 20000}
    assert dict(inp.binding_used) == {f.binding: 8800}
    u = inp.usage[f.mum]
    assert (u.deductible_used(2025, "outpatient"), u.fund_paid(2025, "outpatient")) == (8000, 1200)
    assert [s.monthly_fen for s in inp.spending] == [50833]
    p = book.project(OCT, months=3)
    assert [m.fund_fen for m in p.person(f.mum).months] == [28800, 0, 0]
    book.close()


def test_planned_expenses_become_spending_and_events(fam):
    """A monthly ¥300 pharmacy line on the 5th until 3 Jan 2026 covers November and December only; a ¥10,000
    operation on 3 Nov (F-T16: deductible ¥800, 82 % → fund ¥7,544) is an event on its own day."""
    book = fam.book
    book.add_planned(fam.mum, dt.date(2025, 11, 5), "pharmacy", 30000, monthly=True, until_date=dt.date(2026, 1, 3))
    book.add_planned(fam.dad, dt.date(2025, 11, 3), "inpatient", 1000000, hospital_class="3A", note="手术")
    inp = book.projection_input(OCT, months=3)
    planned = [s for s in inp.spending if s.origin == "user"]
    assert [(s.person_id, s.care, s.monthly_fen, s.first_month, s.last_month) for s in planned] == [
        (fam.mum, "pharmacy", 30000, NOV, DEC)]
    assert [(e.month, e.day, e.person_id, e.care, e.hospital, e.total_fen, e.label) for e in inp.events] == [
        (NOV, 3, fam.dad, "inpatient", "3A", 1000000, "手术")]
    p = book.project(OCT, months=3)
    assert [m.fund_fen for m in p.person(fam.dad).months] == [0, 754400, 0]
    assert [m.cost_fen for m in p.person(fam.mum).months] == [50000, 80000, 80000]


def test_the_users_plan_overrides_credit_and_spending_and_is_kept(fam):
    """Credit ¥500 instead of ¥200, the mother's outpatient spending set to none: 1500 + 500 a month."""
    book = fam.book
    plan = ProjectionPlan(credits={fam.dad: 50000}, spending=((fam.mum, "outpatient", 0, None),))
    p = book.project(OCT, months=3, plan=plan)
    assert closings(p, fam.dad) == [200000, 250000, 300000]
    assert cash(p, fam.mum) == [0, 0, 0]
    assert book.projection_plan() == ProjectionPlan()
    book.save_projection_plan(plan)
    assert book.projection_plan() == plan
    assert closings(book.project(OCT, months=3), fam.dad) == [200000, 250000, 300000]
    with pytest.raises(Refused) as e:
        book.save_projection_plan(ProjectionPlan(credits={999: 100}))
    assert e.value.codes == ("no_member",)
    with pytest.raises(Refused) as e:
        book.save_projection_plan(ProjectionPlan(credits={fam.dad: -1}))
    assert e.value.codes == ("negative_amount",)
    assert book.projection_plan() == plan


def test_planned_wallet_transfers(fam):
    """¥100 a month to her wallet in October and November (F-W5): her share takes the wallet first, then
    the family account. Oct: 1700 − 100 sent = 1600; share 248 = wallet 100 + family 148 → 1452.
    Nov: 1652 − 100 = 1552; share 452 = 100 + 352 → 1200. Dec as without transfers: 1000."""
    monthly = PlannedTransfer(fam.dad, fam.mum, 10000, OCT, monthly=True, last_month=NOV)
    plan = ProjectionPlan(transfers=(monthly,))
    p = fam.book.project(OCT, months=3, plan=plan)
    assert closings(p, fam.dad) == [145200, 120000, 100000]
    assert [m.paid_for_others_fen for m in p.account(fam.dad).months] == [24800, 45200, 40000]
    wallet = p.account(fam.mum, "wallet")
    assert [(m.received_fen, m.own_use_fen, m.closing_fen) for m in wallet.months] == [
        (10000, 10000, 0), (10000, 10000, 0), (0, 0, 0)]
    assert [m.family_fen for m in p.person(fam.mum).months] == [14800, 35200, 40000]
    assert [t.month for t in p.input.transfers] == [OCT, NOV]
    assert {t.relation for t in p.input.transfers} == {"parent"}


def test_a_waiting_transfer_is_counted_as_accepted(fam):
    book = fam.book
    book.edit_member(fam.mum, wallet_opened_on=dt.date(2025, 1, 1))
    book.create_transfer(fam.dad, fam.mum, 50000, dt.datetime(2025, 9, 20, 9, 0))
    inp = book.projection_input(OCT, months=3)
    assert dict(inp.balances) == {fam.dad: 100000}
    assert dict(inp.wallets) == {fam.mum: 50000}
    p = book.project(OCT, months=3)
    assert p.notes[0].code == "proj_book_waiting_transfer"
    assert p.notes[0].text_zh.startswith("儿子转给妈妈的 ¥500.00 还没有接收")


def test_premiums_of_a_bound_resident_relative_in_the_collection_month(tmp_path):
    """Wuhan collects resident premiums from September (F-R6: ¥400 for 2025, collected from 2024-09-01). On
    20 July 2025 the projection runs from today; the son's account pays his mother's premium for 2026 in
    September (F-G9); the pack has no 2026 figure, so the 2025 one is used and said."""
    book = open_book(tmp_path, dt.datetime(2025, 7, 20, 10, 0))
    dad = book.add_member("儿子", WH, "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", WH, "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    book.record_statement(dad, dt.date(2025, 7, 1), 300000, monthly_credit_fen=10000)
    book.propose_binding(dad, mum, start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31), amount_cap_fen=1000000,
                         status="active", registered_at=dt.datetime(2025, 1, 1, 9, 0))
    inp = book.projection_input(months=3)
    assert [(pr.payer_id, pr.person_id, pr.month, pr.coverage_year) for pr in inp.premiums] == [
        (dad, mum, dt.date(2025, 9, 1), 2026)]
    p = book.project(months=3)
    # Jul 3000 (read on 1 July: July's credit is in it); Aug + 100; Sep + 100 − 400
    assert p.months == (dt.date(2025, 7, 1), dt.date(2025, 8, 1), dt.date(2025, 9, 1))
    assert [m.paid_for_others_fen for m in p.account(dad).months] == [0, 0, 40000]
    assert closings(p, dad) == [300000, 310000, 280000]
    assert [m.premium_by_others_fen for m in p.person(mum).months] == [0, 0, 40000]
    assert "proj_premium_assumed_year" in [n.code for n in p.notes]
    assert book.project(months=3, premiums=()).input.premiums == ()
    book.close()



def test_a_binding_that_ends_before_the_collection_month_pays_no_premium(tmp_path):
    """The same Wuhan family, but the son's binding ends on 31 August: in September, when the premium is
    collected, no family account may pay it (who pays is judged in the month it is paid), so the mother pays
    it herself and no plan is made for the son."""
    book = open_book(tmp_path, dt.datetime(2025, 7, 20, 10, 0))
    dad = book.add_member("儿子", WH, "employee", birth_date=dt.date(1985, 1, 1)).id
    mum = book.add_member("妈妈", WH, "resident", head_relation="parent", birth_date=dt.date(1955, 1, 1)).id
    book.record_statement(dad, dt.date(2025, 7, 1), 300000, monthly_credit_fen=10000)
    book.propose_binding(dad, mum, start=dt.date(2025, 1, 1), end=dt.date(2025, 8, 31), amount_cap_fen=1000000,
                         status="active", registered_at=dt.datetime(2025, 1, 1, 9, 0))
    assert book.projection_input(months=3).premiums == ()
    assert closings(book.project(months=3), dad) == [300000, 310000, 320000]
    book.close()

# ---- what-if, band, reminders, refusals ----

def test_compare_stopping_the_binding(fam):
    """The son ends the binding from November: October as before; then she pays 452 and 500 herself."""
    alt = scenario.Scenario(("停止共济", "Stop sharing"), (scenario.StopBinding(fam.binding, NOV),))
    c = fam.book.compare(alt, OCT, months=3)
    mum = next(p for p in c.people if p.person_id == fam.mum)
    assert (mum.base_cash_fen, mum.alt_cash_fen, mum.extra_cash_fen) == (10000, 95200, 85200)
    dad = next(a for a in c.accounts if a.account == (fam.dad, "personal"))
    assert (dad.base_floor, dad.alt_floor) == (DEC, None)
    assert (dad.base_closing_fen, dad.alt_closing_fen) == (100000, 185200)
    texts = [r.text_zh for r in c.sentences()]
    assert "儿子的账户降到必须保留的 ¥1,000.00 的时间：原计划2025年12月，这个方案预测期内不会。" in texts
    assert "妈妈在这个方案里要多自付 ¥852.00（共 ¥952.00，原计划 ¥100.00）。" in texts
    assert closings(c.baseline, fam.dad) == [145200, 120000, 100000]  # the baseline is untouched


def test_band_is_seeded_reports_progress_and_can_be_cancelled(fam):
    seen = []
    a = fam.book.simulate_band(OCT, months=6, runs=200, seed=11, progress=lambda done, runs: seen.append((done, runs)))
    b = fam.book.simulate_band(OCT, months=6, runs=200, seed=11)
    assert a == b and a.runs == 200 and a.seed == 11
    # from none done to all, never backwards, with steps between (the futures run side by side, a month at a time)
    assert seen[0] == (0, 200) and seen[-1] == (200, 200) and len(seen) >= 4
    assert all(r == 200 for _d, r in seen) and [d for d, _r in seen] == sorted(d for d, _r in seen)
    dad = a.account(fam.dad)
    assert all(lo <= mid <= hi for lo, mid, hi in zip(dad.band.p10, dad.band.p50, dad.band.p90, strict=True))
    # one busy month in twelve: many futures never touch the floor, some do
    assert 0 < a.chance(dad, dt.date(2026, 3, 31), "floor") < 1

    asked = []

    def stop(done, runs):
        asked.append(done)
        return done < 50

    with pytest.raises(Cancelled):
        fam.book.simulate_band(OCT, months=6, runs=200, seed=11, progress=stop)
    assert asked[-1] < 200  # stopped part-way, not at the end


def test_the_default_projection_runs_from_today_through_the_rest_of_this_month(fam):
    """On 20 September the projection starts with September, from today's ¥1,500 (read on 10 September, so
    September's ¥200 is in it). The rest of September is 10 of its 30 days: her ¥500 a month → ¥166.67; the
    deductible ¥80 leaves 86.67 × 60 % = fund ¥52.00, share ¥114.67 from his account → ¥1,385.33.
    Oct: + 200; fund 60 % of 500 = 300 but only 300 − 52 = 248 of the cap is left → share 252 → ¥1,333.33.
    Nov: + 200, share 500 → ¥1,033.33. Dec: + 200 = 1,233.33, only 233.33 above the ¥1,000 floor → she pays
    the other 266.67 in cash."""
    p = fam.book.project(months=4)
    assert fam.book.projection_start() == dt.date(2025, 9, 20)
    assert p.months == (dt.date(2025, 9, 1), OCT, NOV, DEC)
    assert p.input.as_of == dt.date(2025, 9, 20) and p.input.credited == {fam.dad}
    assert [m.cost_fen for m in p.person(fam.mum).months] == [16667, 50000, 50000, 50000]
    assert [m.fund_fen for m in p.person(fam.mum).months] == [5200, 24800, 0, 0]
    acc = p.account(fam.dad)
    assert acc.months[0].opening_fen == 150000 and acc.months[0].inflow_fen == 0
    assert [m.inflow_fen for m in acc.months] == [0, 20000, 20000, 20000]
    assert closings(p, fam.dad) == [138533, 133333, 103333, 100000]
    assert cash(p, fam.mum) == [0, 0, 0, 26667]
    assert acc.floor_month == DEC


def test_an_account_empty_today_reads_as_empty_now(tmp_path):
    """The son read ¥0 off the app today (20 September) and has no credit: the projection says his account is
    empty now, not that it runs out in a later month; a statement from August (before this month) would
    still get September's credit, so an August ¥0 with ¥200 a month is not empty."""
    book = open_book(tmp_path)
    son = book.add_member("儿子", TY, "employee", birth_date=dt.date(1985, 1, 1)).id
    book.record_statement(son, dt.date(2025, 9, 20), 0)
    p = book.project(months=3)
    acc = p.account(son)
    assert acc.empty_month == dt.date(2025, 9, 1) and acc.months[0].opening_fen == 0
    assert [r.text_zh for r in p.summary()][0] == "儿子的账户现在已经用完（余额 ¥0）。"
    assert [r.text_en for r in p.summary()][0] == "儿子's account is empty now (¥0 left)."
    assert all(r.code != "proj_empty" for r in p.summary())
    book.close()
    other = open_book(tmp_path / "b")
    son = other.add_member("儿子", TY, "employee", birth_date=dt.date(1985, 1, 1)).id
    other.record_statement(son, dt.date(2025, 8, 31), 0, monthly_credit_fen=20000)
    p = other.project(months=3)
    assert closings(p, son) == [20000, 40000, 60000]  # September's credit is not in August's ¥0
    assert all(r.code != "proj_empty_now" for r in p.summary())
    other.close()


def test_runs_out_soon_for_home(fam):
    soon = fam.book.runs_out_soon(3)
    assert [(a.account, a.floor_month) for a in soon] == [((fam.dad, "personal"), DEC)]
    assert fam.book.runs_out_soon(2) == []


def test_bad_horizon_is_refused(fam):
    for months in (2, 61):
        with pytest.raises(Refused) as e:
            fam.book.project(OCT, months=months)
        assert e.value.codes == ("proj_bad_months",)


def test_monthly_sums_give_the_same_spending_and_band_as_the_single_visits(fam):
    """The book reads the history as sums per person, kind of care and month; the engine given every single
    visit must come to the same spending lines and the same band."""
    from desktop.core import model, montecarlo, projection

    book = fam.book
    for day, care, hospital, total, ok in ((dt.date(2025, 3, 2), "outpatient", "1", 12000, True),
                                           (dt.date(2025, 3, 20), "outpatient", "1", 3300, True),
                                           (dt.date(2025, 5, 9), "pharmacy", "0", 4500, False),
                                           (dt.date(2025, 5, 30), "pharmacy", "0", 2100, True),
                                           (dt.date(2025, 9, 1), "outpatient", "1", 700, True)):
        book.record_visit(fam.mum, day, care, hospital, total, wallet_accepted=ok)
    single = [model.Visit(v.id, v.member_id, v.on_date, v.care_type, v.hospital_class, v.total_fen,
                          v.wallet_accepted) for v in book.visits(newest_first=False)]
    inp = book.projection_input(OCT, months=6)
    assert inp.spending == projection.spending_from_visits(single, OCT)
    assert [(s.care, s.monthly_fen, s.wallet_accepted) for s in inp.spending] == [
        ("outpatient", 51333, True), ("pharmacy", 550, False)]  # (6000+120+33+7)/12 = 513.33, (45+21)/12
    direct = montecarlo.simulate(inp, single, book.registry.resolve_insured_place, runs=300, seed=3)
    assert book.simulate_band(OCT, months=6, runs=300, seed=3) == direct
