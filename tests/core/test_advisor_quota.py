"""The advisor's family quotas (共济额度, F-N11) on a hand-worked family: a son insured in Taiyuan sets a quota
for his sister insured in Shanghai in 2026. Every figure below is worked out by hand in the comments."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.core.advisor import AddBinding, MoveWallet, SetQuota, Situation, advise
from desktop.core.drawdown import project
from desktop.core.model import Person
from desktop.core.policy import load_default
from desktop.core.projection import ProjectionInput, Spending
from desktop.core.rules import check_binding

REG = load_default()
TAIYUAN, SHANGHAI = "140100", "310000"
START = dt.date(2026, 3, 1)  # after the 2026 notice (2026-01-09): the wallet shares by quotas (F-N11)


def family(start: dt.date = START, local: tuple[str, ...] = (TAIYUAN,), sharing: str = "rules") -> Situation:
    # 儿子: Taiyuan employee, ¥5,000 in his account, ¥150 credited a month, ¥100 of pharmacy drugs a month.
    # 妹妹: Shanghai resident (no personal account), ¥400 of pharmacy drugs a month. Neither pack has a fund table
    # for pharmacy care, so all of each purchase is the buyer's own share.
    son = Person(1, "儿子", TAIYUAN, "employee", "in_service", "insured", dt.date(1990, 5, 1))
    sister = Person(2, "妹妹", SHANGHAI, "resident", None, "insured", dt.date(1993, 8, 1))
    inp = ProjectionInput(start, (son, sister), {1: 500000}, {}, {1: 15000},
                          (Spending(1, "pharmacy", "0", 10000, "user"), Spending(2, "pharmacy", "0", 40000, "user")),
                          (), (), (), (), {}, {}, 12)

    def rules(code: str, day: dt.date):
        return REG.rules_on(code, day, local)

    return Situation(inp, {(1, 2): "sibling", (2, 1): "sibling"}, rules, lambda code: rules(code, start),
                     dt.date(2026, 2, 20), policy_on=rules, sharing=sharing)


def test_taiyuan_son_sets_a_quota_for_his_sister_in_shanghai():
    # The family keeps Taiyuan's own binding rules (spouse, children, parents, within Shanxi: F-T5), so he
    # cannot bind his sister; the 2026 notice still lets him set her a quota across provinces (F-N6, F-N7).
    s = family()
    got = advise(s, runs=20)
    # without: she pays 12 × ¥400 = ¥4,800 in cash; he pays his ¥100 a month from his own account
    assert got.base_cash_fen == 480000
    best = got.best
    assert best is not None
    # The quota leaves his account at once, so it is at most his lowest expected closing less the ¥1,000
    # floor (F-T10): his account closes March at 5,000 + 150 − 100 = ¥5,050 and grows ¥50 a month after, so
    # 5,050 − 1,000 = ¥4,050 (less than her ¥4,800 need).
    assert [e.step for e in best.steps] == [SetQuota(1, 2, "sibling", START, 405000)]
    # With it: her wallet holds ¥4,050 and pays her ¥400 a month for 10 months (¥4,000), ¥50 in January;
    # she pays 350 + 400 = ¥750 in cash. Saving 4,800 − 750 = ¥4,050.
    assert best.saving_fen == 405000 and best.plan_cash_fen == 75000
    assert [p.saved_fen for p in best.people] == [0, 405000]
    # He never pays cash: 5,050 − 4,050 = ¥1,000 after March (the floor), then + ¥50 a month to ¥1,550.
    closing = [m.closing_fen for m in best.projection.account(1).months]
    assert closing[0] == 100000 and closing[-1] == 155000
    # every future draws the same fixed spending: the range is the saving itself
    assert (best.low_fen, best.high_fen) == (405000, 405000)
    # the saving is projection(without) − projection(with), through the projection itself
    alt = dataclasses.replace(s.base, balances={1: 500000 - 405000}, wallets={2: 405000})
    assert sum(p.cash_fen for p in project(alt, s.policy_for, s.policy_on).people) == 75000
    # legal under the rules of its date (the eligibility engine of the wallet form): close relatives, any province
    assert check_binding(s.person(1), s.person(2), "sibling", s.rules_on(TAIYUAN, START), on=START,
                         purpose="wallet").allowed
    assert not any(isinstance(e.step, AddBinding) for p in got.plans for e in p.steps)  # F-T5 forbids the binding
    step = best.steps[0]
    assert "儿子通过医保钱包给妹妹（兄弟姐妹）设定共济额度 ¥4,050.00" in step.what.text_zh
    assert "sets a family quota of ¥4,050.00 for 妹妹 (sibling)" in step.what.text_en
    assert {"F-N11", "F-N7"} <= set(best.sources)
    assert step.channels and all("open_wallet" in c.purposes for c in step.channels)  # set in the wallet


def test_with_the_national_rules_a_binding_saves_more_than_the_quota():
    # By default the 2026 notice also lets him bind her across provinces (F-N6, F-N7). A binding draws as the
    # bills come, never below the floor: by the end he has 5,000 + 12 × 50 = ¥5,600, so ¥4,600 above the floor
    # can be authorized; she pays 4,800 − 4,600 = ¥200. It beats the quota's ¥4,050, and the quota follows it.
    got = advise(family(local=()), runs=20)
    assert [type(e.step) for e in got.best.steps] == [AddBinding]
    assert got.best.saving_fen == 460000
    assert any([e.step for e in p.steps] == [SetQuota(1, 2, "sibling", START, 405000)] and p.saving_fen == 405000
               for p in got.plans[1:])


def test_quotas_only_where_the_rules_of_the_date_have_them():
    # Before the notice (2025 rules, F-W6) the wallet shares by transfers: a transfer, no quota
    before = advise(family(dt.date(2025, 6, 1)), runs=5)
    kinds = {type(e.step) for p in before.plans for e in p.steps}
    assert MoveWallet in kinds and SetQuota not in kinds
    # a family that chose transfers on the Wallet page gets transfers in 2026 too
    kept = advise(family(sharing="transfer"), runs=5)
    kinds = {type(e.step) for p in kept.plans for e in p.steps}
    assert MoveWallet in kinds and SetQuota not in kinds
    # a quota already standing for her is not proposed again
    s = dataclasses.replace(family(), quotas=frozenset({(1, 2)}), memo={})
    assert not any(isinstance(e.step, SetQuota) for p in advise(s, runs=5).plans for e in p.steps)
