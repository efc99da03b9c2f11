"""Properties over random families (the strategy of test_projection): with quotas that stand, are drawn and end
(F-N11, F-N9) every month still balances and what an account pays for others is what the others receive; a
quota never pays more than was left of it; and per-day rules that are the same every day give exactly the
projection of one rule set (the month-by-month switch changes nothing where nothing changes)."""

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.drawdown import project
from desktop.core.projection import QuotaPlan, add_months
from tests.core.test_projection import PF, SETTINGS, families


@st.composite
def with_quotas(draw):
    inp = draw(families())
    ids = [p.id for p in inp.people]
    quotas = []
    for qid in range(1, draw(st.integers(0, 3)) + 1):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a == b:
            continue
        amount = draw(st.integers(1, 300000))
        ends = draw(st.none() | st.just(add_months(inp.start, draw(st.integers(0, inp.months)))
                                        + dt.timedelta(days=draw(st.integers(0, 27)))))
        why = draw(st.none() | st.sampled_from(((a, "moved"), (b, "ended"))))
        quotas.append(QuotaPlan(qid, a, b, amount, draw(st.integers(0, amount)), ends, why if ends else None))
    balances = dict(inp.balances)
    for q in quotas:
        balances.setdefault(q.payer_id, draw(st.integers(0, 300000)))
    return dataclasses.replace(inp, quotas=tuple(quotas), balances=balances)


@SETTINGS
@given(with_quotas())
def test_quotas_keep_every_month_balanced_and_never_pay_more_than_is_left(inp):
    p = project(inp, PF)
    for acc in p.accounts:
        prev = None
        for m in acc.months:
            assert m.closing_fen == (m.opening_fen + m.inflow_fen - m.own_use_fen - m.paid_for_others_fen
                                     + m.received_fen)
            assert m.closing_fen >= 0 and (prev is None or m.opening_fen == prev)
            prev = m.closing_fen
    for i in range(len(p.months)):
        accs = [a.months[i] for a in p.accounts]
        pm = [x.months[i] for x in p.people]
        assert sum(a.paid_for_others_fen for a in accs) == (
            sum(a.received_fen for a in accs) + sum(x.family_fen + x.premium_by_others_fen for x in pm))
        for x in pm:
            assert x.cost_fen == x.fund_fen + x.own_fen + x.wallet_fen + x.family_fen + x.cash_fen
    # without bindings, transfers and premiums, what a receiver got from others is at most the quotas' left
    if not inp.bindings and not inp.transfers and not inp.premiums:
        for person in p.people:
            got = sum(m.family_fen for m in person.months)
            assert got <= sum(q.left_fen for q in inp.quotas if q.receiver_id == person.person_id)


@SETTINGS
@given(families())
def test_the_same_rules_every_day_give_the_projection_of_one_rule_set(inp):
    """(With the family's choice of transfers: one rule set takes planned transfers as given, while per-day rules
    of the quota model — today's national rules, F-N11 — would set them aside as quotas.)"""
    inp = dataclasses.replace(inp, sharing_choice="transfer")
    one = project(inp, PF)
    daily = project(inp, PF, lambda code, _day: PF(code))
    assert [a.months for a in daily.accounts] == [a.months for a in one.accounts]
    assert [x.months for x in daily.people] == [x.months for x in one.people]
