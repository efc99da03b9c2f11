"""共济额度 (F-N11) by hand: a quota locks part of the payer's account, the receiver's visits draw on it after
their own account, and what is unused goes back to the payer when it ends — by hand or by itself (F-N9)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop.book import FamilyBook, Refused
from desktop.core import policy
from tests.store.family import family

D = dt.date


def quota_registry(tmp_path: Path) -> policy.Registry:
    """The bundled packs with the national wallet following the quota model already in 2025 (as the 2026 notice's
    version does from 2026-01-09, F-N11)."""
    d = tmp_path / "packs"
    shutil.copytree(policy.packs_dir(), d)
    nat = d / "000000-national.toml"
    text = nat.read_text(encoding="utf-8")
    old = 'sharing_model = { value = "transfer", source = "F-W6"'
    assert old in text  # the 2025 version's value (the 2026 notice's version says "quota" from 2026-01-09)
    text = text.replace(old, 'sharing_model = { value = "quota", source = "F-N11"', 1)
    nat.write_text(text, encoding="utf-8")
    reg = policy.load_packs(d.glob("*.toml"))
    assert not reg.errors
    return reg


def money_of(book, who, day):
    b = book.balance(who, day)
    return b.personal_fen, b.locked_fen, b.usable_fen


def test_a_quota_is_locked_drawn_and_returned_to_the_fen(tmp_path):
    f = family(tmp_path)
    book = f.book
    try:
        assert book.sharing_model(D(2025, 3, 2)).model == "transfer"  # the 2025 rules move money (F-W6)
        with pytest.raises(Refused) as e:
            book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        assert "钱包转账" in e.value.reasons[0].text_zh
        book.set_sharing_model("quota")
        model = book.sharing_model(D(2025, 3, 2))
        assert (model.model, model.chosen, model.rules_model) == ("quota", "quota", "transfer")

        book.record_statement(f.head, D(2025, 3, 1), 500000)
        book.record_statement(f.wife, D(2025, 3, 1), 10000)
        q = book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0), channel_id="national_app")
        assert (q.state, q.used_fen, q.left_fen) == ("standing", 0, 200000)
        # the head still holds ¥5,000, but ¥2,000 of it is the wife's quota: ¥3,000 is his to use
        assert money_of(book, f.head, D(2025, 3, 2)) == (500000, 200000, 300000)
        assert money_of(book, f.wife, D(2025, 3, 2)) == (10000, 0, 210000)
        line = [ln for ln in book.balance(f.wife, D(2025, 3, 2)).breakdown if ln.source == "quota"]
        assert [(ln.payer_id, ln.amount_fen) for ln in line] == [(f.head, 200000)]

        # her visit: ¥1,000 with a fund share of ¥400 → ¥600 to pay: own ¥100, then ¥500 from the quota
        v = book.record_visit(f.wife, D(2025, 3, 5), "outpatient", "1", 100000, fund_actual_fen=40000)
        assert [(ln.source, ln.account_id, ln.amount_fen) for ln in v.settlement.lines] == [
            ("own", f.wife, 10000), ("quota", f.head, 50000)]
        assert "王建国设的共济额度" in v.settlement.lines[1].text_zh
        assert money_of(book, f.head, D(2025, 3, 5)) == (450000, 150000, 300000)
        assert money_of(book, f.wife, D(2025, 3, 5)) == (0, 0, 150000)
        (view,) = book.visits(f.wife, with_lines=True)
        assert (view.own_fen, view.family_fen, view.cash_fen) == (10000, 50000, 0)

        # his own visit of ¥4,000 (no fund share): only the ¥3,000 not locked pays, ¥1,000 in cash
        v = book.record_visit(f.head, D(2025, 3, 6), "outpatient", "1", 400000, fund_actual_fen=0)
        assert [(ln.source, ln.amount_fen) for ln in v.settlement.lines] == [("own", 300000), ("cash", 100000)]
        assert v.settlement.lines[0].code == "own_account_locked"
        assert money_of(book, f.head, D(2025, 3, 6)) == (150000, 150000, 0)

        # ended on 10 March: the unused ¥1,500 is his again; the wife has nothing from it
        q = book.end_quota(q.id, dt.datetime(2025, 3, 10, 12, 0))
        assert (q.state, q.used_fen, q.left_fen) == ("ended", 50000, 150000)
        assert money_of(book, f.head, D(2025, 3, 10)) == (150000, 0, 150000)
        assert money_of(book, f.head, D(2025, 3, 9)) == (150000, 150000, 0)
        v = book.record_visit(f.wife, D(2025, 3, 12), "outpatient", "1", 20000, fund_actual_fen=0)
        assert [(ln.source, ln.amount_fen) for ln in v.settlement.lines] == [("cash", 20000)]
        (why,) = [k for k in v.settlement.skipped if k.source == "quota"]
        assert why.code == "quota_ended" and "¥1,500.00" in why.text_zh and "F-N11" in why.sources
        with pytest.raises(Refused):
            book.end_quota(q.id, dt.datetime(2025, 3, 11, 9, 0))
        with book.db.connection() as conn:
            rows = conn.exec_driver_sql("SELECT payer_id, receiver_id, amount_fen, channel_id, ended_at FROM quotas"
                                        ).fetchall()
            drawn = conn.exec_driver_sql("SELECT quota_id, payer_id, amount_fen FROM allocation_lines "
                                         "WHERE source = 'quota'").fetchall()
        assert [tuple(r) for r in rows] == [(f.head, f.wife, 200000, "national_app", "2025-03-10 12:00:00.000000")]
        assert [tuple(r) for r in drawn] == [(q.id, f.head, 50000)]
    finally:
        book.close()


def test_the_rules_in_force_can_say_quota_and_the_family_can_switch_back(tmp_path):
    book = FamilyBook.open(tmp_path / "data", registry=quota_registry(tmp_path),
                           clock=lambda: dt.datetime(2025, 6, 1, 10, 0))
    try:
        head = book.add_member("王建国", "140100", "employee", birth_date=D(1966, 3, 8))
        wife = book.add_member("李秀英", "140100", "resident", head_relation="spouse")
        model = book.sharing_model()
        assert (model.model, model.chosen, model.rules_model, model.sources) == ("quota", "rules", "quota", ("F-N11",))
        book.record_statement(head.id, D(2025, 5, 1), 300000)
        assert book.check_quota(head.id, wife.id, 100000) == []
        over = book.check_quota(head.id, wife.id, 300001)
        assert [p.code for p in over] == ["quota_over_usable"] and "¥3,000.00" in over[0].text_zh
        book.set_sharing_model("transfer")
        assert book.sharing_model().model == "transfer"
        assert [p.code for p in book.check_quota(head.id, wife.id, 100000)] == ["quota_model_transfer"]
        with pytest.raises(Refused):
            book.set_sharing_model("sometimes")
    finally:
        book.close()


def test_deleting_a_quota_settles_its_visits_again_without_it(tmp_path):
    f = family(tmp_path)
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        q = book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        book.record_visit(f.wife, D(2025, 3, 5), "outpatient", "1", 30000, fund_actual_fen=0)
        book.delete_quota(q.id)
        (v,) = book.visits(f.wife, with_lines=True)
        assert [(ln.source, ln.amount_fen) for ln in v.lines] == [("cash", 30000)]
        assert book.quotas() == []
        assert money_of(book, f.head, D(2025, 3, 5)) == (500000, 0, 500000)
    finally:
        book.close()


def test_a_move_ends_the_binding_by_itself_and_a_later_visit_is_paid_in_cash(tmp_path):
    """The son (Taiyuan employee) pays for his mother through a binding; his insurance moves to Shanghai on
    1 May (F-N9): her April visit stays paid by him, her May visit is paid in cash and says why."""
    f = family(tmp_path)
    book = f.book
    try:
        book.record_statement(f.son, D(2025, 1, 1), 300000)
        book.record_statement(f.wife, D(2025, 1, 1), 0)
        b = book.propose_binding(f.son, f.wife, start=D(2025, 1, 1), end=D(2025, 12, 31), amount_cap_fen=300000,
                                 status="active")
        # ¥500 with a fund share of ¥200: ¥300 from the son (his ¥3,000 is above the ¥1,000 that must stay, F-T10)
        april = book.record_visit(f.wife, D(2025, 4, 1), "outpatient", "1", 50000, fund_actual_fen=20000)
        assert [(ln.source, ln.account_id, ln.amount_fen) for ln in april.settlement.lines] == [
            ("family", f.son, 30000)]
        moved = book.end_coverage(f.son, D(2025, 5, 1), "moved", "310000")
        assert (moved.region_code, moved.region_before, moved.coverage_end_kind) == ("310000", "140100", "moved")
        v = book.record_visit(f.wife, D(2025, 5, 10), "outpatient", "1", 50000, fund_actual_fen=20000)
        assert [(ln.source, ln.amount_fen) for ln in v.settlement.lines] == [("cash", 30000)]
        (why,) = [k for k in v.settlement.skipped if k.binding_id == b.id]
        assert why.code == "binding_auto_ended" and why.sources == ("F-N9",)
        assert why.text_zh == "王磊的医保在 2025-05-01 转到其他统筹地区，与王磊的共济关系当天自动终止。"
        # the stored cash line says why, so the visit's explanation on the Visits page does too
        (cash,) = v.settlement.lines
        assert cash.code == "cash_rest_ended" and "F-N9" in cash.sources
        assert cash.text_zh == "其余 ¥300.00 自付（现金或其他方式）。" + why.text_zh
        assert cash.text_en == "The remaining ¥300.00 is paid in cash. " + why.text_en
        # the April visit was settled again with his move in the book: unchanged
        lines = {v.on_date: [(ln.source, ln.amount_fen) for ln in v.lines] for v in book.visits(f.wife, with_lines=True)}
        assert lines[D(2025, 4, 1)] == [("family", 30000)] and lines[D(2025, 5, 10)] == [("cash", 30000)]
        (view,) = book.bindings()
        assert (view.ended_on, view.ended_by_name, view.ended_kind) == (D(2025, 5, 1), "王磊", "moved")
        # his own visits before the move are Taiyuan's, after it Shanghai's
        assert book.balance(f.son, D(2025, 5, 2)).personal_fen == 270000
    finally:
        book.close()


def test_an_insurance_end_ends_a_quota_by_itself_and_the_unused_part_returns(tmp_path):
    f = family(tmp_path)
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        q = book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        book.record_visit(f.wife, D(2025, 3, 20), "outpatient", "1", 30000, fund_actual_fen=0)
        book.end_coverage(f.wife, D(2025, 4, 1), "ended")
        (q,) = book.quotas()
        assert (q.state, q.used_fen, q.left_fen, q.end_day, q.ended_by_name) == (
            "auto_ended", 30000, 170000, D(2025, 4, 1), "李秀英")
        assert money_of(book, f.head, D(2025, 3, 31)) == (470000, 170000, 300000)
        assert money_of(book, f.head, D(2025, 4, 1)) == (470000, 0, 470000)
        v = book.record_visit(f.wife, D(2025, 4, 5), "outpatient", "1", 10000, fund_actual_fen=0)
        (why,) = [k for k in v.settlement.skipped if k.source == "quota"]
        assert why.code == "quota_auto_ended" and "李秀英的医保在 2025-04-01 终止" in why.text_zh
        assert "¥1,700.00" in why.text_zh
        with pytest.raises(Refused) as e:
            book.set_quota(f.head, f.wife, 1000, dt.datetime(2025, 4, 2, 10, 0))
        assert "quota_after_coverage_end" in [p.code for p in e.value.reasons]
    finally:
        book.close()


def test_the_projection_start_the_planner_and_transfers_leave_the_locked_part_alone(tmp_path):
    """Head ¥5,000 with a ¥2,000 quota for the wife (¥300 used): the projection starts him at ¥4,700 with ¥1,700
    of it her quota; a transfer or a plan may move at most his ¥3,000."""
    f = family(tmp_path)
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        book.record_statement(f.wife, D(2025, 3, 1), 0)
        book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        book.record_visit(f.wife, D(2025, 3, 20), "outpatient", "1", 30000, fund_actual_fen=0)
        inp = book.projection_input()
        # the projection keeps the locked part in his account (as the ledger does) and lets only her draw on it
        assert inp.balances[f.head] == 470000 and inp.wallets.get(f.wife, 0) == 0
        (q,) = inp.quotas
        assert (q.payer_id, q.receiver_id, q.amount_fen, q.left_fen, q.ends_on) == (f.head, f.wife, 200000, 170000,
                                                                                    None)
        book.edit_member(f.grandma, wallet_opened_on=D(2025, 1, 1))
        verdict = book.check_transfer(f.head, f.grandma, 200000, dt.datetime(2025, 6, 1, 10, 0))
        assert verdict.allowed
        book.create_transfer(f.head, f.grandma, 200000, dt.datetime(2025, 6, 1, 10, 0))
        book.create_transfer(f.head, f.grandma, 100000, dt.datetime(2025, 6, 1, 10, 5))
        verdict = book.check_transfer(f.head, f.grandma, 1, dt.datetime(2025, 6, 1, 10, 10))
        assert [r.code for r in verdict.reasons] == ["wallet_insufficient"] and "¥0.00" in verdict.reasons[0].text_zh
        plan = book.plan_transfers(f.head, f.grandma, 100, dt.datetime(2025, 6, 30, 10, 0),
                                   now=dt.datetime(2025, 6, 2, 10, 0))
        assert not plan.feasible
    finally:
        book.close()


def test_the_cli_balances_show_the_locked_part(tmp_path, capsys):
    from desktop import cli

    f = family(tmp_path)
    f.book.set_sharing_model("quota")
    f.book.record_statement(f.head, D(2025, 3, 1), 500000)
    f.book.set_quota(f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
    f.book.close()
    assert cli.main(["--data-dir", str(tmp_path / "data"), "balances", "--on", "2025-03-05"]) == 0
    out = capsys.readouterr().out
    assert "王建国: personal ¥5,000.00 (quota for others ¥2,000.00), wallet ¥0.00, usable ¥3,000.00" in out
    assert "李秀英: personal ¥0.00, wallet ¥0.00, usable ¥2,000.00 (quota 王建国 ¥2,000.00)" in out


def test_the_bundled_rules_say_transfer_in_2025_and_quota_from_the_2026_notice(tmp_path):
    f = family(tmp_path)
    try:
        before, after = f.book.sharing_model(D(2026, 1, 8)), f.book.sharing_model(D(2026, 1, 9))
        assert (before.model, before.chosen, before.sources) == ("transfer", "rules", ("F-W6",))
        assert (after.model, after.chosen, after.sources) == ("quota", "rules", ("F-N11",))
    finally:
        f.book.close()


def test_setting_ending_and_deleting_a_quota_can_be_undone_and_redone(tmp_path):
    """The quota writes are steps of the undo history: the visit it paid is settled again each way."""
    f = family(tmp_path)
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 3, 1), 500000)
        book.record_statement(f.wife, D(2025, 3, 1), 10000)
        v = book.record_visit(f.wife, D(2025, 3, 5), "outpatient", "1", 100000, fund_actual_fen=40000)

        def lines():
            (view,) = book.visits(f.wife, with_lines=True)
            return [(ln.source, ln.amount_fen) for ln in view.lines]

        without = lines()
        q, step = book.undoable("set_quota", f.head, f.wife, 200000, dt.datetime(2025, 3, 2, 10, 0))
        with_quota = lines()
        assert ("quota", 50000) in with_quota and step is not None
        book.undo(step)
        assert book.quotas() == [] and lines() == without
        book.redo(step)
        assert [x.id for x in book.quotas()] == [q.id] and lines() == with_quota

        _, ended = book.undoable("end_quota", q.id, dt.datetime(2025, 3, 3, 10, 0))
        assert lines() == without and ended is not None
        book.undo(ended)
        assert lines() == with_quota

        _, gone = book.undoable("delete_quota", q.id)
        assert book.quotas() == [] and lines() == without and gone is not None
        book.undo(gone)
        assert [x.id for x in book.quotas()] == [q.id] and lines() == with_quota
        assert v.visit_id is not None
    finally:
        book.close()
