"""Typed views of a region's rules (desktop.core.terms): the figures and fact IDs the screens and sheets
show are the pack's, field by field, and the ones the rules engine itself settles by."""

from __future__ import annotations

import pytest

from desktop.core import settlement
from desktop.core.policy import Pack, RegionPolicy, Sourced, load_default
from desktop.core.terms import DEFAULT_ORDER, BindingRules, PaymentRules, WalletAccess

REG = load_default()
ALL = [REG.get(code) for code in REG.codes()]


def test_taiyuan_asks_for_dates_and_amount_keeps_a_floor_and_refines_the_national_order():
    ty = REG.get("140100")
    b = BindingRules.of(ty)
    assert b.relations == ("spouse", "child", "parent") and b.relations_src == ("F-T5",)
    assert b.asks_dates and b.asks_amount and b.requires_dates and b.requires_amount
    assert b.reserve_floor_fen == 100000 and b.floor_src == ("F-T10",)  # ¥1,000 stays in the account
    assert b.terminable and b.terminable_src == ("F-T7",)
    assert b.requires_consent and b.consent_src == ("F-G3",)
    assert set(b.blocking_statuses) == {"suspended", "arrears", "uninsured"}
    p = PaymentRules.of(ty)
    assert p.order == ("own", "wallet", "family", "cash") and p.order_set
    assert p.order_src == ("F-T4",) and p.order_chain_src == ("F-T4", "F-G6")  # the city's, then the national


def test_the_national_rules_ask_for_neither_dates_nor_amount_and_keep_no_floor():
    nat = REG.get("000000")
    b = BindingRules.of(nat)
    assert not b.asks_dates and not b.asks_amount
    assert b.reserve_floor_fen == 0 and b.floor_src == ()
    w = WalletAccess.of(nat)
    assert w.scope == "anywhere" and "resident" in w.recipient_insurance and "resident" not in w.payer_insurance
    assert w.sources == ("F-W1", "F-W3")  # relations and scope (F-W1), payer and recipient (F-W3), once each


def test_a_channel_that_asks_for_the_period_makes_the_form_ask_even_when_the_rule_does_not():
    ty = REG.get("140100")
    b = BindingRules.of(ty)
    assert b.channel_asks_dates == any(r.get("asks_dates") for r in ty.channels() if "bind" in r["purposes"])
    no_rule = BindingRules(**{**b.__dict__, "requires_dates": False, "channel_asks_dates": True})
    assert no_rule.asks_dates
    assert not BindingRules(**{**b.__dict__, "requires_dates": False, "channel_asks_dates": False}).asks_dates


def test_a_pack_that_sets_nothing_gives_the_engines_defaults():
    empty = RegionPolicy("999999", ("空", "Empty"), 2025, (Pack("999999", ("空", "Empty"), None, 2025, "x.toml", {}, {}),))
    b = BindingRules.of(empty)
    assert (b.relations, b.blocking_statuses, b.reserve_floor_fen) == ((), (), 0)
    assert not (b.requires_dates or b.requires_amount or b.requires_consent or b.terminable or b.asks_dates)
    assert (b.relations_src, b.floor_src, b.terminable_src) == ((), (), ())
    p = PaymentRules.of(empty)
    assert p.order == DEFAULT_ORDER == settlement.SOURCES and not p.order_set and p.order_chain_src == ()
    w = WalletAccess.of(empty)
    assert (w.relations, w.scope, w.payer_insurance, w.recipient_insurance, w.sources) == ((), None, (), (), ())


def test_a_value_set_in_the_city_wins_over_the_national_one():
    nat = REG.get("000000").chain[-1]
    city = Pack("140199", ("某市", "A city"), "000000", 2025, "c.toml",
                {"binding": {"reserve_floor_fen": Sourced(50000, "F-X1", "140199")}}, {})
    pol = RegionPolicy("140199", city.name, 2025, (city, nat))
    assert BindingRules.of(pol).reserve_floor_fen == 50000 and BindingRules.of(pol).floor_src == ("F-X1",)
    assert BindingRules.of(pol).terminable_src == ("F-T7",)  # everything else still the national rule


@pytest.mark.parametrize("pol", ALL, ids=[p.code for p in ALL])
def test_every_pack_shows_the_floor_statuses_and_order_the_settlement_pays_by(pol):
    engine = settlement._rules(pol)
    b, p = BindingRules.of(pol), PaymentRules.of(pol)
    assert b.reserve_floor_fen == engine.floor and b.floor_src == engine.floor_src
    assert frozenset(b.blocking_statuses) == engine.blocking and b.blocking_src == engine.blocking_src
    assert b.terminable_src == engine.terminate_src and b.consent_src == engine.consent_src
    assert p.order == tuple(engine.order) and p.order_chain_src == engine.order_src
