"""The uncertainty band: reproducible by seed, the deterministic line for steady histories, chances that
agree with a hand-computed probability, and the sentences in both languages."""

import datetime as dt
from fractions import Fraction

import pytest

from desktop.core.drawdown import project
from desktop.core.model import BindingTerm, Person, Visit
from desktop.core.montecarlo import AccountBand, Band, BandLine, percentile, simulate
from desktop.core.policy import load_default
from desktop.core.projection import Account, ProjectionInput, add_months, spending_from_visits

PF = load_default().resolve_insured_place
JAN = dt.date(2026, 1, 1)
DAD = Person(2, "爸爸", "140100", "employee", "in_service", "insured", dt.date(1985, 1, 1))
MUM = Person(1, "妈妈", "140100", "resident", None, "insured", dt.date(1955, 1, 1))


def past(pid, months_totals, care="outpatient", hospital="1", start=JAN):
    """One visit per past month (oldest first); 0 means no visit that month."""
    out = []
    for k, total in enumerate(months_totals):
        month = add_months(start, k - len(months_totals))
        if total:
            out.append(Visit(None, pid, month.replace(day=9), care, hospital, total))
    return out


def test_percentile_by_rank():
    assert [percentile(list(range(1, 11)), p) for p in (10, 50, 90)] == [1, 5, 9]
    assert [percentile(list(range(1, 1001)), p) for p in (10, 50, 90)] == [100, 500, 900]
    assert percentile([7], 10) == 7


def test_steady_history_gives_a_band_of_width_zero_on_the_deterministic_line():
    visits = past(1, [50000] * 12) + past(2, [10000] * 12)
    inp = ProjectionInput(JAN, (MUM, DAD), balances={2: 300000}, credits={2: 20000},
                          spending=spending_from_visits(visits, JAN),
                          bindings=(BindingTerm(1, 2, 1, "parent", "active", None, None, None),), months=12)
    det = project(inp, PF)
    band = simulate(inp, visits, PF, runs=200, seed=3)
    dad = band.account(2)
    want = tuple(m.closing_fen for m in det.account(2).months)
    assert dad.band.p10 == dad.band.p50 == dad.band.p90 == want
    assert band.pool.p50 == tuple(m.closing_fen for m in det.pool)
    floor_by = det.account(2).floor_month
    assert floor_by is not None
    i = det.months.index(floor_by)
    assert dad.floor_runs[i] == 200 and (i == 0 or dad.floor_runs[i - 1] == 0)


def variable_family():
    visits = (past(2, [0, 30000, 0, 80000, 10000, 0, 0, 120000, 20000, 0, 60000, 5000])
              + past(1, [40000, 0, 90000, 0, 0, 20000, 70000, 0, 0, 30000, 0, 110000]))
    inp = ProjectionInput(JAN, (MUM, DAD), balances={2: 250000}, credits={2: 15000},
                          spending=spending_from_visits(visits, JAN),
                          bindings=(BindingTerm(1, 2, 1, "parent", "active", None, None, None),), months=12)
    return inp, visits


def test_same_seed_same_band_and_another_seed_another():
    inp, visits = variable_family()
    a = simulate(inp, visits, PF, runs=300, seed=11)
    b = simulate(inp, visits, PF, runs=300, seed=11)
    c = simulate(inp, visits, PF, runs=300, seed=12)
    assert a == b
    assert a.account(2).band != c.account(2).band
    for acc in a.accounts:
        for lo, mid, hi in zip(acc.band.p10, acc.band.p50, acc.band.p90, strict=True):
            assert lo <= mid <= hi


def test_the_deterministic_line_lies_inside_the_band_when_nothing_runs_out():
    """Dad alone, rich and with no cap (F-T15): each month's share is linear in the draw, so the average path
    is the deterministic one and sits between the 10th and 90th percentiles."""
    visits = past(2, [0, 30000, 0, 80000, 10000, 0, 0, 120000, 20000, 0, 60000, 5000])
    inp = ProjectionInput(JAN, (DAD,), balances={2: 2000000}, spending=spending_from_visits(visits, JAN), months=24)
    det = [m.closing_fen for m in project(inp, PF).account(2).months]
    band = simulate(inp, visits, PF, runs=1000, seed=5).account(2).band
    assert all(lo <= d <= hi for lo, d, hi in zip(band.p10, det, band.p90, strict=True))
    assert band.p10[-1] < band.p90[-1]
    # a single month is skewed (half the past months are empty), but over two years the median amount
    # spent comes within 2 % of the deterministic one
    spent, median_spent = 2000000 - det[-1], 2000000 - band.p50[-1]
    assert abs(median_spent - spent) * 50 <= spent


def test_chance_of_running_out_matches_the_hand_computed_probability():
    """Half of Dad's past months had a ¥1,000 level-1 visit (55 % → share ¥450), half none. With ¥1,000 and no
    credit his account empties at the third heavy month: never within 2 months; within 6 months with
    probability P(≥3 of 6) = 1 − (1 + 6 + 15)/64 = 42/64."""
    visits = past(2, [100000, 0] * 6)
    inp = ProjectionInput(JAN, (DAD,), balances={2: 100000}, spending=spending_from_visits(visits, JAN), months=6)
    band = simulate(inp, visits, PF, runs=2000, seed=1)
    acc = band.account(2)
    assert band.chance(acc, dt.date(2026, 2, 28)) == 0
    by_june = band.chance(acc, dt.date(2026, 6, 30))
    assert isinstance(by_june, Fraction) and by_june.denominator <= 2000
    assert abs(by_june - Fraction(42, 64)) < Fraction(1, 20)
    assert band.chance(acc, dt.date(2026, 3, 31)) < Fraction(1, 8) + Fraction(1, 20)
    # one month beyond the horizon counts as the horizon's end; before the first month nothing has happened
    assert band.chance(acc, dt.date(2027, 1, 1)) == by_june
    assert band.chance(acc, dt.date(2025, 12, 31)) == 0
    pct = int(by_june * 20 + Fraction(1, 2)) * 5
    s = band.chance_sentence(acc, dt.date(2026, 6, 30))
    assert s.text_zh == f"爸爸的账户在2026年6月底前用完的可能性约为 {pct}%。"
    assert s.text_en == f"The chance that 爸爸's account runs out by the end of June 2026 is about {pct}%."


def _band(counts, runs=10, floor=0, floor_counts=(0, 0, 0)):
    months = (dt.date(2025, 10, 1), dt.date(2025, 11, 1), dt.date(2025, 12, 1))
    line = BandLine((0, 0, 0), (0, 0, 0), (0, 0, 0))
    acc = AccountBand(Account(1, "personal"), "妈妈", floor, line, counts, floor_counts, True)
    return Band(months, runs, 0, (acc,), line), acc


def test_sentences_in_plain_words():
    band, acc = _band((0, 3, 3))
    year_end = dt.date(2025, 12, 31)
    s = band.chance_sentence(acc, year_end)
    assert s.text_zh == "妈妈的账户在年底前用完的可能性约为 30%。"
    assert s.text_en == "The chance that 妈妈's account runs out before the end of the year is about 30%."
    assert band.chance(Account(1, "personal"), dt.date(2025, 11, 30)) == Fraction(3, 10)
    assert band.chance(acc, dt.date(2025, 11, 29)) == 0  # November is not over yet
    assert band.sentences() == (s,)
    assert _band((0, 0, 0))[0].chance_sentence(_band((0, 0, 0))[1], year_end).code == "proj_chance_none"
    assert "10 次模拟中一次也没有" in _band((0, 0, 0))[0].sentences()[0].text_zh
    assert _band((10, 10, 10))[0].sentences()[0].code == "proj_chance_all"
    low, acc_low = _band((0, 0, 1), runs=1000)
    assert low.chance_sentence(acc_low, year_end).text_zh == "妈妈的账户在年底前用完的可能性不到 5%。"
    high, acc_high = _band((0, 0, 996), runs=1000)
    assert high.chance_sentence(acc_high, year_end).text_en.endswith("is more than 95%.")
    half, acc_half = _band((0, 0, 25), runs=1000)  # 2.5 % rounds half up to 5 %
    assert half.chance_sentence(acc_half, year_end).text_zh.endswith("约为 5%。")
    fl, acc_fl = _band((0, 0, 0), floor=100000, floor_counts=(2, 4, 7))
    texts = [r.text_zh for r in fl.sentences()]
    assert texts[0] == "妈妈的账户在年底前降到必须保留的 ¥1,000.00的可能性约为 70%。"
    with pytest.raises(ValueError):
        fl.chance(acc_fl, year_end, "zero")


def test_runs_must_be_positive():
    inp, visits = variable_family()
    with pytest.raises(ValueError):
        simulate(inp, visits, PF, runs=0)


def test_only_history_lines_are_drawn_user_lines_and_events_stay_as_planned():
    """Dad's spending comes from his history and varies; the cousin's is a figure the user set, so his band
    is the deterministic line; Dad's planned operation happens in every future."""
    from desktop.core.projection import Event, Spending

    cousin = Person(3, "表哥", "310000", "employee", "in_service", "insured", dt.date(1990, 1, 1))
    dads = past(2, [0, 30000, 0, 80000, 10000, 0, 0, 120000, 20000, 0, 60000, 5000])
    visits = dads + past(3, [99999] * 12)
    inp = ProjectionInput(JAN, (DAD, cousin), balances={2: 900000, 3: 80000}, credits={3: 5000},
                          spending=(*spending_from_visits(dads, JAN), Spending(3, "pharmacy", "0", 12000)),
                          events=(Event(dt.date(2026, 3, 1), 2, "inpatient", "3A", 1000000),), months=6)
    det = project(inp, PF)
    band = simulate(inp, visits, PF, runs=300, seed=9)
    c = band.account(3).band
    assert c.p10 == c.p50 == c.p90 == tuple(m.closing_fen for m in det.account(3).months)
    d = band.account(2).band
    assert d.p10[-1] < d.p90[-1]
    # the ¥2,456 share of the operation (F-T16) is in every run: March is at least that much below February
    assert d.p10[2] <= d.p10[1] - 245600 and d.p90[2] <= d.p90[1] - 245600


def test_the_default_date_and_dates_beyond_the_horizon():
    line = BandLine((0,) * 12, (0,) * 12, (0,) * 12)
    acc = AccountBand(Account(1, "personal"), "妈妈", 0, line, (0,) * 11 + (4,), (0,) * 12, True)
    nov = tuple(add_months(dt.date(2025, 11, 1), k) for k in range(12))
    band = Band(nov, 10, 0, (acc,), line)
    # November leaves fewer than 3 months this year: next year's end, capped at the horizon (October 2026)
    assert band.default_date() == dt.date(2026, 10, 31)
    assert band.sentences()[0].text_zh == "妈妈的账户在2026年10月底前用完的可能性约为 40%。"
    later = band.chance_sentence(acc, dt.date(2030, 1, 1))
    assert later.text_en == "The chance that 妈妈's account runs out by the end of October 2026 is about 40%."
    oct_ = Band(tuple(add_months(dt.date(2025, 10, 1), k) for k in range(12)), 10, 0, (acc,), line)
    assert oct_.default_date() == dt.date(2025, 12, 31)


def test_when_the_band_and_the_plain_projection_disagree_one_sentence_says_why():
    """One ¥12,000 level-1 month in the last 12 (55 % → share ¥5,400), ¥2,000 in the account, no credit.
    Plain: ¥1,000 a month on average → share ¥450 a month: 1550, 1100, 650, 200, 0 → empty in May.
    Band: the account empties only in a run that draws the heavy month by June: 1 − (11/12)^6 ≈ 41 % < half.
    So the plain line says "runs out", most futures say "not by June": the page says why, in one sentence."""
    visits = past(2, [1200000] + [0] * 11)
    inp = ProjectionInput(JAN, (DAD,), balances={2: 200000}, spending=spending_from_visits(visits, JAN), months=6)
    plain = project(inp, PF).account(2)
    assert plain.empty_month == dt.date(2026, 5, 1)
    band = simulate(inp, visits, PF, runs=2000, seed=5)
    june = dt.date(2026, 6, 30)
    assert abs(band.chance(band.account(2), june) - (1 - Fraction(11, 12) ** 6)) < Fraction(1, 20)
    why = band.disagreement(plain, june)
    assert why is not None and why.code == "proj_band_differs_later"
    assert why.text_zh == ("两种说法不一样，是因为上面的预测把每个人平常的花费平均摊到每个月，而模拟按他们过去真实的"
                           "月份来算：在多数模拟里大额费用来得晚或隔得开，爸爸的账户到那时还不会用完。")
    assert why.text_en == ("The two differ because the projection above spreads each person's usual spending evenly "
                           "over the months, while the simulations replay their real months: in most of them the "
                           "large bills come late or far apart, so 爸爸's account does not run out by then.")
    # by the end of February neither says it runs out: nothing to explain
    assert band.disagreement(plain, dt.date(2026, 2, 28)) is None


def test_agreeing_band_and_projection_need_no_explanation():
    """The alternating ¥1,000 months above: plain empties in May, about 66 % of futures by June: they agree."""
    visits = past(2, [100000, 0] * 6)
    inp = ProjectionInput(JAN, (DAD,), balances={2: 100000}, spending=spending_from_visits(visits, JAN), months=6)
    band = simulate(inp, visits, PF, runs=1000, seed=1)
    assert band.disagreement(project(inp, PF).account(2), dt.date(2026, 6, 30)) is None
