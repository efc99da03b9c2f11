"""FamilyBook: proposing, activating and terminating bindings, refused with the engine's reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.book import Refused
from tests.store.family import JAN1, family

DEC31 = dt.date(2025, 12, 31)


@pytest.fixture
def f(tmp_path):
    fam = family(tmp_path)
    yield fam
    fam.book.close()


def _bind(f, authorizer, beneficiary, **kw):
    kw = {"start": JAN1, "end": DEC31, "amount_cap_fen": 300000, "status": "active"} | kw
    return f.book.propose_binding(authorizer, beneficiary, **kw)


def test_spouse_parent_is_refused_f_g7(f):
    mil = f.book.add_member("李母", "140100", "resident", head_relation="spouse_parent").id
    with pytest.raises(Refused) as e:
        _bind(f, f.head, mil)
    assert e.value.codes == ("relation_excluded",)
    assert "F-G7" in e.value.reasons[0].sources
    assert f.book.bindings() == []


def test_second_beneficiary_in_taiyuan_is_refused_f_t1(f):
    _bind(f, f.head, f.wife)
    with pytest.raises(Refused) as e:
        _bind(f, f.head, f.son)
    assert e.value.codes == ("one_at_a_time",)
    assert "F-T1" in e.value.reasons[0].sources


def test_resident_authorizer_and_missing_form_fields_are_refused(f):
    with pytest.raises(Refused) as e:
        f.book.propose_binding(f.wife, f.son)
    assert set(e.value.codes) == {"authorizer_insurance", "missing_dates", "missing_amount"}


def test_outside_the_province_is_refused_f_t5(f):
    with pytest.raises(Refused) as e:
        _bind(f, f.head, f.grandma)
    assert "outside_area" in e.value.codes


def test_check_binding_says_what_the_channel_asks(f):
    verdict = f.book.check_binding(f.head, f.wife, start=JAN1, end=DEC31, amount_cap_fen=300000)
    assert verdict.allowed and verdict.reasons == ()
    assert {"asks_dates", "asks_amount"} <= {r.code for r in verdict.asks}


def test_draft_then_pending_then_active(f):
    b = _bind(f, f.head, f.wife, status="draft")
    assert (b.status, b.registered_at, b.rank) == ("draft", None, None)
    b = f.book.mark_binding_pending(b.id)
    assert b.status == "pending" and b.rank == 1
    b = f.book.activate_binding(b.id, registered_at=dt.datetime(2025, 1, 3, 9, 0))
    assert (b.status, b.registered_at) == ("active", dt.datetime(2025, 1, 3, 9, 0))
    with pytest.raises(Refused) as e:
        f.book.activate_binding(b.id)
    assert e.value.codes == ("binding_state",)


def test_activation_pays_for_earlier_visits_in_its_period(f):
    f.book.record_statement(f.head, JAN1, 150000)
    v = f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 30000)
    assert f.book.visit(v.visit_id).cash_fen == 30000
    b = _bind(f, f.head, f.wife, status="pending")
    f.book.activate_binding(b.id)
    v2 = f.book.visit(v.visit_id)
    assert (v2.family_fen, v2.cash_fen) == (30000, 0)  # ¥500 usable above the ¥1,000 floor
    assert f.book.bindings()[0].used_fen == 30000 and f.book.bindings()[0].left_fen == 270000


def test_terminate_stops_payments_from_that_day_f_t7(f):
    f.book.record_statement(f.head, JAN1, 150000)
    b = _bind(f, f.head, f.wife)
    feb = f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 20000)
    assert f.book.visit(feb.visit_id).family_fen == 20000
    f.book.terminate_binding(b.id, on=dt.date(2025, 3, 1))
    assert f.book.visit(feb.visit_id).family_fen == 20000  # before the termination: still paid
    apr = f.book.record_visit(f.wife, dt.date(2025, 4, 1), "pharmacy", "0", 20000)
    assert [ln.source for ln in apr.settlement.lines] == ["cash"]
    assert "binding_terminated" in [s.code for s in apr.settlement.skipped]
    with pytest.raises(Refused):
        f.book.terminate_binding(b.id)


def test_terminating_back_dated_resettles_visits_after_it(f):
    f.book.record_statement(f.head, JAN1, 150000)
    b = _bind(f, f.head, f.wife)
    feb = f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 20000)
    f.book.terminate_binding(b.id, on=dt.date(2025, 1, 15))
    v = f.book.visit(feb.visit_id)
    assert (v.family_fen, v.cash_fen) == (0, 20000)
    assert f.book.balance(f.head, dt.date(2025, 2, 1)).personal_fen == 150000


def test_family_accounts_pay_in_registration_order_f_g6(f):
    b = f.book
    b.record_statement(f.wife, JAN1, 0)
    b.record_statement(f.head, JAN1, 150000)  # ¥500 above the floor
    b.record_statement(f.son, JAN1, 130000)  # ¥300 above the floor
    head = _bind(f, f.head, f.wife, registered_at=dt.datetime(2025, 1, 5, 9, 0))
    son = _bind(f, f.son, f.wife, registered_at=dt.datetime(2025, 1, 2, 9, 0))
    out = b.record_visit(f.wife, dt.date(2025, 2, 1), "outpatient", "1", 100000, fund_actual_fen=20000)
    assert [(ln.account_id, ln.amount_fen) for ln in out.settlement.lines] == [
        (f.son, 30000), (f.head, 50000)]  # the son registered first
    ranks = {x.id: x.rank for x in b.bindings(beneficiary_id=f.wife)}
    assert ranks == {son.id: 1, head.id: 2}
    assert [x.id for x in b.bindings(beneficiary_id=f.wife)] == [son.id, head.id]


def test_delete_binding_only_drafts_without_payments(f):
    d = _bind(f, f.head, f.wife, status="draft")
    f.book.delete_binding(d.id)
    assert f.book.bindings() == []
    f.book.record_statement(f.head, JAN1, 150000)
    a = _bind(f, f.head, f.wife)
    f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 1000)
    with pytest.raises(Refused) as e:
        f.book.delete_binding(a.id)
    assert e.value.codes == ("binding_in_use",)
