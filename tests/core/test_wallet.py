"""Wallet transfers in China time (F-W6): limits, returns, and a planner checked against exhaustive search."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import wallet
from desktop.core.policy import load_default
from desktop.core.wallet import CHINA, WalletRules, check_transfer, china_time, plan_transfers, transfer_state

RULES = WalletRules.of(load_default().get("310000"))
UTC = dt.UTC
NEW_YORK = dt.timezone(dt.timedelta(hours=-5))


def cn(*a):
    return dt.datetime(*a, tzinfo=CHINA)


def test_rules_come_from_the_pack():
    assert (RULES.daily_count, RULES.max_per_transfer_fen) == (3, 200000)
    assert (RULES.blackout_start, RULES.blackout_end, RULES.return_time) == (dt.time(22), dt.time(6), dt.time(6))
    assert RULES.count_src == RULES.max_src == RULES.blackout_src == RULES.return_src == ("F-W6",)


def test_china_time_whatever_the_computer_zone():
    assert china_time(dt.datetime(2025, 3, 1, 22, 0)) == cn(2025, 3, 1, 22, 0)  # naive = China time
    assert china_time(dt.datetime(2025, 3, 1, 14, 0, tzinfo=UTC)) == cn(2025, 3, 1, 22, 0)
    assert china_time(dt.datetime(2025, 3, 1, 9, 0, tzinfo=NEW_YORK)) == cn(2025, 3, 1, 22, 0)
    assert china_time(dt.datetime(2025, 3, 1, 9, 0, tzinfo=NEW_YORK)).utcoffset() == dt.timedelta(hours=8)


@pytest.mark.parametrize(("at", "blocked"), [
    (dt.datetime(2025, 3, 1, 21, 59, 59), False),
    (dt.datetime(2025, 3, 1, 22, 0), True),
    (dt.datetime(2025, 3, 2, 0, 0), True),
    (dt.datetime(2025, 3, 2, 5, 59, 59), True),
    (dt.datetime(2025, 3, 2, 6, 0), False),
    (dt.datetime(2025, 3, 1, 13, 59, tzinfo=UTC), False),  # 21:59 in China
    (dt.datetime(2025, 3, 1, 14, 0, tzinfo=UTC), True),    # 22:00 in China, 14:00 on a UTC computer
])
def test_blackout_edges(at, blocked):
    c = check_transfer(RULES, 100000, at)
    assert c.allowed is (not blocked)
    if blocked:
        assert c.codes == ("wallet_blackout",)
        assert c.reasons[0].sources == ("F-W6",) and "22:00" in c.reasons[0].text_zh


def test_blackout_says_when_it_opens_again():
    c = check_transfer(RULES, 100, dt.datetime(2025, 3, 1, 23, 0))
    assert "2025-03-02 06:00" in c.reasons[0].text_en
    c = check_transfer(RULES, 100, dt.datetime(2025, 3, 2, 3, 0))
    assert "2025-03-02 06:00" in c.reasons[0].text_en


def test_per_transfer_maximum():
    assert check_transfer(RULES, 200000, dt.datetime(2025, 3, 1, 10)).allowed
    c = check_transfer(RULES, 200001, dt.datetime(2025, 3, 1, 10))
    assert c.codes == ("wallet_over_max",) and c.reasons[0].sources == ("F-W6",)
    assert "¥2,000.00" in c.reasons[0].text_zh and "¥2,000.01" in c.reasons[0].text_zh


def test_amount_not_positive():
    assert check_transfer(RULES, 0, dt.datetime(2025, 3, 1, 10)).codes == ("wallet_amount_not_positive",)


def test_daily_count_is_per_china_day():
    at = dt.datetime(2025, 3, 2, 10)
    made = [dt.datetime(2025, 3, 2, 6, 1), dt.datetime(2025, 3, 2, 7), dt.datetime(2025, 3, 1, 16, 30, tzinfo=UTC)]
    # The third was 00:30 on 2 March in China although it was still 1 March in UTC.
    c = check_transfer(RULES, 100, at, made)
    assert c.codes == ("wallet_daily_count",) and c.reasons[0].sources == ("F-W6",)
    assert "2025-03-03 06:00" in c.reasons[0].text_zh
    yesterday = [dt.datetime(2025, 3, 1, 21, 59)] * 3
    assert check_transfer(RULES, 100, at, yesterday).allowed


def test_insufficient_balance():
    c = check_transfer(RULES, 1000, dt.datetime(2025, 3, 1, 10), balance_fen=999)
    assert c.codes == ("wallet_insufficient",) and c.reasons[0].sources == ("F-W3",)


def test_every_limit_is_reported_together():
    c = check_transfer(RULES, 300000, dt.datetime(2025, 3, 1, 23), [dt.datetime(2025, 3, 1, 9)] * 3, 1)
    assert c.codes == ("wallet_over_max", "wallet_blackout", "wallet_daily_count", "wallet_insufficient")


def test_unreceived_transfer_returns_at_six_the_next_day():
    assert RULES.returns_at(dt.datetime(2025, 3, 1, 21, 59)) == cn(2025, 3, 2, 6)
    assert RULES.returns_at(dt.datetime(2025, 3, 1, 6, 0)) == cn(2025, 3, 2, 6)
    sent = dt.datetime(2025, 3, 1, 13, 0, tzinfo=UTC)  # 21:00 China
    waiting = transfer_state(RULES, sent, None, cn(2025, 3, 2, 5, 59))
    assert waiting.status == "waiting" and waiting.returns_at == cn(2025, 3, 2, 6)
    assert waiting.reason.code == "wallet_waiting" and waiting.reason.sources == ("F-W6",)
    back = transfer_state(RULES, sent, None, cn(2025, 3, 2, 6))
    assert back.status == "returned" and back.reason.code == "wallet_returned"
    got = transfer_state(RULES, sent, cn(2025, 3, 2, 5, 59), cn(2025, 3, 3))
    assert got.status == "received" and got.reason.code == "wallet_received"
    late = transfer_state(RULES, sent, cn(2025, 3, 2, 6, 1), cn(2025, 3, 3))
    assert late.status == "returned"


# ---- planner: worked examples ----

def test_plan_ten_thousand_from_a_late_evening():
    """¥10,000 = 5 × ¥2,000; 21:30: three now, then 22:00–06:00 closed, two at 06:00 next day."""
    p = plan_transfers(RULES, 1000000, dt.datetime(2025, 3, 1, 21, 30), dt.datetime(2025, 3, 2, 12))
    assert p.feasible and p.codes == ("wallet_plan",)
    assert [(t.at, t.amount_fen) for t in p.transfers] == [
        (cn(2025, 3, 1, 21, 30), 200000)] * 3 + [(cn(2025, 3, 2, 6), 200000)] * 2
    assert p.finish == cn(2025, 3, 2, 6)
    assert [t.returns_at for t in p.transfers] == [cn(2025, 3, 2, 6)] * 3 + [cn(2025, 3, 3, 6)] * 2
    assert "5" in p.reasons[0].text_zh and "2025-03-02 06:00" in p.reasons[0].text_en


def test_plan_that_misses_the_deadline_says_the_earliest_finish():
    p = plan_transfers(RULES, 1000000, dt.datetime(2025, 3, 1, 21, 30), dt.datetime(2025, 3, 2, 5, 59))
    assert not p.feasible and p.codes == ("wallet_deadline_missed",)
    assert p.finish == cn(2025, 3, 2, 6) and len(p.transfers) == 5
    assert p.reasons[0].sources == ("F-W6",)
    assert "2025-03-02 06:00" in p.reasons[0].text_zh and "2025-03-02 05:59" in p.reasons[0].text_zh


def test_plan_counts_transfers_already_made_today_and_splits_the_rest():
    made = [dt.datetime(2025, 3, 1, 8), dt.datetime(2025, 3, 1, 9)]
    p = plan_transfers(RULES, 450000, dt.datetime(2025, 3, 1, 10), dt.datetime(2025, 3, 5), made)
    assert [(t.at, t.amount_fen) for t in p.transfers] == [
        (cn(2025, 3, 1, 10), 200000), (cn(2025, 3, 2, 6), 200000), (cn(2025, 3, 2, 6), 50000)]


def test_plan_in_the_small_hours_waits_for_six_on_the_same_china_day():
    made = [dt.datetime(2025, 3, 1, 20)] * 3  # yesterday's count does not carry over
    p = plan_transfers(RULES, 100, dt.datetime(2025, 3, 1, 19, 0, tzinfo=UTC), dt.datetime(2025, 3, 2, 7), made)
    assert p.feasible and p.finish == cn(2025, 3, 2, 6)  # 19:00 UTC is 03:00 in China


def test_plan_without_enough_money_or_amount():
    p = plan_transfers(RULES, 5000, dt.datetime(2025, 3, 1, 10), dt.datetime(2025, 3, 2), balance_fen=4999)
    assert not p.feasible and p.codes == ("wallet_insufficient",) and p.transfers == ()
    p = plan_transfers(RULES, 0, dt.datetime(2025, 3, 1, 10), dt.datetime(2025, 3, 2))
    assert p.feasible and p.codes == ("wallet_nothing",) and p.finish is None


def test_every_reason_code_is_exercised_here():
    assert wallet.CODES == {
        "wallet_amount_not_positive", "wallet_over_max", "wallet_blackout", "wallet_daily_count",
        "wallet_insufficient", "wallet_received", "wallet_waiting", "wallet_returned", "wallet_plan",
        "wallet_nothing", "wallet_deadline_missed"}


# ---- planner: properties and optimality against exhaustive search ----

GRID = dt.timedelta(minutes=15)


def quarter(h, q):
    return dt.time(h, 15 * q)


rule_sets = st.builds(
    lambda count, most, bs, be: WalletRules(count, most, bs, be, dt.time(6), ("F-W6",), ("F-W6",), ("F-W6",),
                                            ("F-W6",), ("F-W3",)),
    st.integers(1, 3), st.integers(1, 5000),
    st.builds(quarter, st.integers(0, 23), st.integers(0, 3)),
    st.builds(quarter, st.integers(0, 23), st.integers(0, 3)),
) | st.just(RULES)

BASE = cn(2025, 3, 1)
moments = st.integers(0, 2 * 96).map(lambda k: BASE + k * GRID)


def brute_force_finish(rules, n, now, made):
    """Earliest time the n-th transfer can be sent, trying every schedule on the 15-minute grid.

    States are (transfers still to send, transfers made on the current China day); at each open grid
    slot every possible number of transfers is tried. Because now, the blackout edges and midnight all
    lie on the grid, the best grid schedule is the best schedule at all.
    """
    counts = {}
    for m in made:
        counts[m.date()] = counts.get(m.date(), 0) + 1
    t = now
    states = {(n, counts.get(now.date(), 0))}
    day = now.date()
    for _ in range(96 * (n + 3)):
        if t.date() != day:
            day = t.date()
            states = {(r, counts.get(day, 0)) for r, _u in states}
        if not rules.in_blackout(t):
            nxt = set()
            for r, u in states:
                for k in range(0, min(rules.daily_count - u, r) + 1) if u < rules.daily_count else (0,):
                    nxt.add((r - k, u + k))
            states = nxt
            if any(r == 0 for r, _u in states):
                return t
        t += GRID
    raise AssertionError("no schedule found within the horizon")


@settings(max_examples=200, deadline=None)
@given(rule_sets, st.integers(1, 7), moments, st.lists(st.integers(0, 96), max_size=4), st.integers(0, 400),
       st.integers(0, 3 * 96))
def test_plan_is_valid_and_no_valid_plan_finishes_earlier(rules, n, now, made_back, short, wait):
    most = rules.max_per_transfer_fen
    amount = max(1, n * most - (short % most))
    made = sorted(now - k * GRID for k in made_back)
    made = [m for m in made if not rules.in_blackout(m)]
    deadline = now + wait * GRID
    p = plan_transfers(rules, amount, now, deadline, made)
    # Money: the transfers move exactly the amount, each within the maximum, as few as possible.
    assert sum(t.amount_fen for t in p.transfers) == amount
    assert len(p.transfers) == -(-amount // most) == n
    # Every transfer passes the limits, given the earlier ones; all are at or after now.
    done = list(made)
    for t in p.transfers:
        assert t.at >= now
        assert check_transfer(rules, t.amount_fen, t.at, done).allowed
        assert t.returns_at > t.at
        done.append(t.at)
    assert [t.at for t in p.transfers] == sorted(t.at for t in p.transfers)
    # Optimal: the exhaustive search finds no earlier finish; feasible exactly when it meets the deadline.
    assert p.finish == brute_force_finish(rules, n, now, made)
    assert p.feasible is (p.finish <= deadline)
    assert p.codes == (("wallet_plan",) if p.feasible else ("wallet_deadline_missed",))


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 2_000_000), moments, st.sampled_from([UTC, NEW_YORK, CHINA, None]))
def test_plan_does_not_depend_on_the_computer_zone(amount, now, zone):
    local = now.astimezone(zone) if zone is not None else now.replace(tzinfo=None)  # naive = China time
    a = plan_transfers(RULES, amount, now, now + dt.timedelta(days=3))
    b = plan_transfers(RULES, amount, local, now + dt.timedelta(days=3))
    assert a == b
