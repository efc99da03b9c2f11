"""The transfer planner follows the wallet's model by date: it proposes no transfer on days the quota model
(F-N11, the 2026 notice from 2026-01-09) applies — nothing needs to move then — and says to set a quota instead;
the same holds when the family chose the quota model, and for the kept plan; a quota's locked part is never
planned away."""

from __future__ import annotations

import datetime as dt

from tests.store.family import family

D = dt.date


def test_no_transfer_is_planned_on_or_after_the_notices_date(tmp_path):
    """¥10,000 from 2026-01-08 10:00: three transfers of ¥2,000 fit on 8 January (F-W6); the other ¥4,000 would go
    on 9 January, when the quota model applies, so the plan stops before it and says why."""
    f = family(tmp_path, dt.datetime(2026, 1, 8, 10, 0))
    book = f.book
    try:
        book.record_statement(f.head, D(2026, 1, 1), 2000000)
        plan = book.plan_transfers(f.head, f.wife, 1000000, dt.datetime(2026, 1, 20, 12, 0))
        assert [(t.at.date(), t.amount_fen) for t in plan.transfers] == [(D(2026, 1, 8), 200000)] * 3
        assert not plan.feasible
        assert [r.code for r in plan.reasons] == ["plan_before_quota", "plan_quota_model"]
        assert plan.reasons[0].text_zh == "2026-01-09 之前：¥6,000.00，分 3 笔转。"
        why = plan.reasons[-1]
        assert why.code == "plan_quota_model" and why.sources == ("F-N11",)
        assert why.text_zh == ("从 2026-01-09 起医保钱包按“共济额度”方式共济（按当时的政策）：那以后不用转账，计划里没有排"
                               "那些天；可以在“医保钱包”页给李秀英设共济额度（¥4,000.00）。")
        kept = book.record_transfer_plan(f.head, f.wife, 1000000, dt.datetime(2026, 1, 20, 12, 0))
        assert [(r.on_date, r.amount_fen) for r in kept] == [(D(2026, 1, 8), 200000)] * 3
    finally:
        book.close()


def test_before_the_notice_the_plan_is_unchanged_and_the_familys_quota_choice_cuts_it(tmp_path):
    f = family(tmp_path)  # 2025-06-01 10:00, transfers by the rules (F-W6)
    book = f.book
    try:
        book.record_statement(f.head, D(2025, 5, 31), 500000)
        plan = book.plan_transfers(f.head, f.wife, 300000, dt.datetime(2025, 6, 10, 12, 0))
        assert plan.feasible and [t.amount_fen for t in plan.transfers] == [200000, 100000]
        book.set_sharing_model("quota")
        plan = book.plan_transfers(f.head, f.wife, 300000, dt.datetime(2025, 6, 10, 12, 0))
        assert plan.transfers == () and not plan.feasible
        assert [r.code for r in plan.reasons] == ["plan_quota_model"]  # no schedule summary for cut transfers
        assert "家庭在医保钱包页选的" in plan.reasons[-1].text_zh and "¥3,000.00" in plan.reasons[-1].text_zh
    finally:
        book.close()
