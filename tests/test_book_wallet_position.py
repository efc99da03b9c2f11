"""Where the wallet pays in the order is the family's choice (SEED-FACTS §5: the sources leave it open).

Taiyuan's pack puts it after the own account and before family money (own → wallet → family → cash). The book
setting ``payment.wallet_position`` ("region", "before_family", "after_family") moves it, and the book settles
visits, usable money and projections with it. A change re-settles the visits already recorded.

Worked example: 李秀英 (Taiyuan resident) has ¥0 in her own account and ¥300 in her wallet; her husband's
account (¥1,500, floor ¥1,000: ¥500 usable, F-T10) is bound to her. A ¥600 pharmacy bill (no Taiyuan table:
all personal) is paid wallet ¥300 + family ¥300 in the region's order, family ¥500 + wallet ¥100 with the
wallet after family money.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import FamilyBook, ProjectionPlan, Refused
from tests.store.family import JAN1, family

FEB1 = dt.date(2025, 2, 1)


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path)  # the clock: 1 June 2025
    b = fam.book
    b.record_statement(fam.wife, JAN1, 0)
    b.record_statement(fam.wife, JAN1, 30000, account="wallet")
    b.record_statement(fam.head, JAN1, 150000)
    b.propose_binding(fam.head, fam.wife, start=JAN1, end=dt.date(2025, 12, 31), amount_cap_fen=300000,
                      status="active")
    yield fam
    fam.book.close()


def lines(book: FamilyBook, visit_id: int) -> list[tuple[str, int]]:
    return [(ln.source, ln.amount_fen) for ln in book.visit(visit_id).lines]


def test_the_region_order_by_default(f):
    b = f.book
    assert b.wallet_position() == "region"
    out = b.record_visit(f.wife, FEB1, "pharmacy", "0", 60000)
    assert lines(b, out.visit_id) == [("wallet", 30000), ("family", 30000)]


def test_wallet_after_family_money_resettles_what_was_recorded(f):
    b = f.book
    out = b.record_visit(f.wife, FEB1, "pharmacy", "0", 60000)
    b.set_wallet_position("after_family")
    assert b.wallet_position() == "after_family" and b.meta("payment.wallet_position") == "after_family"
    assert lines(b, out.visit_id) == [("family", 50000), ("wallet", 10000)]
    bal = {x.member_id: x for x in b.balances(FEB1)}
    assert bal[f.head].personal_fen == 100000 and bal[f.wife].wallet_fen == 20000
    # usable money before the visit lists family money first, then the wallet
    before = b.balance(f.wife, JAN1)
    assert [(u.source, u.amount_fen) for u in before.breakdown] == [("family", 50000), ("wallet", 30000)]
    new = b.record_visit(f.wife, dt.date(2025, 3, 1), "pharmacy", "0", 5000)  # family at its floor: wallet
    assert lines(b, new.visit_id) == [("wallet", 5000)]
    b.set_wallet_position("before_family")
    assert lines(b, out.visit_id) == [("wallet", 30000), ("family", 30000)]
    b.set_wallet_position("region")
    assert b.wallet_position() == "region"


def test_an_unknown_position_is_refused_and_nothing_changes(f):
    b = f.book
    out = b.record_visit(f.wife, FEB1, "pharmacy", "0", 60000)
    with pytest.raises(Refused) as e:
        b.set_wallet_position("first")
    assert e.value.codes == ("unknown_value",)
    assert b.wallet_position() == "region" and b.meta("payment.wallet_position") is None
    assert lines(b, out.visit_id) == [("wallet", 30000), ("family", 30000)]


def test_projections_follow_the_setting(f):
    """¥400 of pharmacy a month, projected from July: region order wallet ¥300 + family ¥100; after family:
    family ¥400."""
    b = f.book
    july = dt.date(2025, 7, 1)
    b.save_projection_plan(ProjectionPlan(spending=((f.wife, "pharmacy", 40000, None),)))
    first = b.project(july, months=3).person(f.wife).months[0]
    assert (first.wallet_fen, first.family_fen, first.cash_fen) == (30000, 10000, 0)
    b.set_wallet_position("after_family")
    assert b.projection_input(july, months=3).wallet_position == "after_family"
    first = b.project(july, months=3).person(f.wife).months[0]
    assert (first.wallet_fen, first.family_fen, first.cash_fen) == (0, 40000, 0)
