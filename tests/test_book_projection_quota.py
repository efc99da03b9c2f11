"""The book's projection follows the quota to the dated end the book already holds (F-N9, F-N11), by hand:
the head's insurance moves to Shanghai on 1 August, so the quota he set for his wife ends by itself that day, what
is unused is his again, and her later planned visit is paid in cash, saying why."""

from __future__ import annotations

import datetime as dt

from tests.store.family import family

D = dt.date


def test_a_move_in_the_book_ends_the_projected_quota_and_her_august_visit_is_cash(tmp_path):
    f = family(tmp_path)  # today: 2025-06-01 10:00
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 5, 31), 500000)
        book.record_statement(f.wife, D(2025, 5, 31), 0)
        book.set_quota(f.head, f.wife, 200000)  # now, after the statements
        book.end_coverage(f.head, D(2025, 8, 1), "moved", "310000")
        # Taiyuan resident, level 1 (F-T14): deductible ¥80, 60 %, fund cap ¥300 a year
        book.add_planned(f.wife, D(2025, 6, 20), "outpatient", 58000, hospital_class="1")  # fund 300, hers 280
        book.add_planned(f.wife, D(2025, 7, 20), "outpatient", 40000, hospital_class="1")  # fund 0, hers 400
        book.add_planned(f.wife, D(2025, 8, 20), "outpatient", 50000, hospital_class="1")  # fund 0, hers 500
        proj = book.project(None, 3)
        wife = {m.month: m for m in proj.person(f.wife).months}
        assert [(wife[D(2025, m, 1)].family_fen, wife[D(2025, m, 1)].cash_fen) for m in (6, 7, 8)] == [
            (28000, 0), (40000, 0), (0, 50000)]
        head = proj.account(f.head)
        # his account as the ledger shows it: ¥5,000 with the quota inside; her draws leave it; the ¥1,320 left on
        # 1 August stays his (unlocked), so nothing else changes
        assert head.months[0].opening_fen == 500000
        assert [m.closing_fen for m in head.months] == [472000, 432000, 432000]
        texts = [n.text("zh") for n in proj.notes]
        assert ("王建国的医保在 2025-08-01 转到其他统筹地区：王建国给李秀英设的共济额度当天自动终止，没用完的部分退回"
                "王建国，此后李秀英看病不能再用这份额度。") in texts
        cash = next(n for n in proj.notes if n.code == "proj_cash_ended")
        assert cash.text("zh").startswith("2025年8月起李秀英看病要自付的部分：") and "¥1,320.00" in cash.text("zh")
        # the ledger says the same once the visits happen: standing today, it ends on 1 August with ¥1,320 unused
        book.record_visit(f.wife, D(2025, 6, 20), "outpatient", "1", 58000)
        book.record_visit(f.wife, D(2025, 7, 20), "outpatient", "1", 40000)
        (q,) = book.quotas()
        assert (q.state, q.end_day, q.left_fen) == ("standing", D(2025, 8, 1), 132000)
        assert book.balance(f.head, D(2025, 7, 31)).locked_fen == 132000
        assert book.balance(f.head, D(2025, 8, 2)).personal_fen == 432000
        assert book.balance(f.head, D(2025, 8, 2)).locked_fen == 0
    finally:
        book.close()


def test_a_receivers_insurance_ending_leaves_her_later_visit_without_fund_or_quota(tmp_path):
    """Her insurance ends on 1 August (F-N9): her ¥580 visit on 20 August gets no fund share (it would be
    (580 − 80) × 60 % = ¥300 while insured, F-T14) and no quota; all of it is cash, and the notes say why."""
    f = family(tmp_path)
    book = f.book
    try:
        book.set_sharing_model("quota")
        book.record_statement(f.head, D(2025, 5, 31), 500000)
        book.record_statement(f.wife, D(2025, 5, 31), 0)
        book.set_quota(f.head, f.wife, 200000)
        book.add_planned(f.wife, D(2025, 7, 20), "outpatient", 58000, hospital_class="1")
        book.add_planned(f.wife, D(2025, 8, 20), "outpatient", 58000, hospital_class="1")
        book.end_coverage(f.wife, D(2025, 8, 1), "ended")
        wife = {m.month: m for m in book.project(None, 3).person(f.wife).months}
        assert [(wife[D(2025, m, 1)].fund_fen, wife[D(2025, m, 1)].family_fen, wife[D(2025, m, 1)].cash_fen)
                for m in (7, 8)] == [(30000, 28000, 0), (0, 0, 58000)]
        notes = [n.text("en") for n in book.project(None, 3).notes]
        assert "李秀英's insurance ends on 2025-08-01: from then on the fund pays nothing for 李秀英 in this " \
               "projection." in notes
    finally:
        book.close()


def test_a_payers_move_makes_his_later_visits_follow_the_new_place(tmp_path):
    """The head (Taiyuan employee, level 1: 55 %, F-T15) moves to Shanghai on 1 August; from then his visit follows
    Shanghai's rules — as the visit preview of that day does — and a note says so."""
    f = family(tmp_path)
    book = f.book
    try:
        book.record_statement(f.head, D(2025, 5, 31), 500000)
        book.add_planned(f.head, D(2025, 7, 20), "outpatient", 100000, hospital_class="1")
        book.add_planned(f.head, D(2025, 8, 20), "outpatient", 100000, hospital_class="1")
        before = {m.month: m.fund_fen for m in book.project(None, 3).person(f.head).months}
        book.end_coverage(f.head, D(2025, 8, 1), "moved", "310000")
        after = book.project(None, 3)
        fund = {m.month: m.fund_fen for m in after.person(f.head).months}
        assert fund[D(2025, 7, 1)] == before[D(2025, 7, 1)] == 55000
        shanghai = book.preview_visit(f.head, D(2025, 8, 20), "outpatient", "1", 100000).estimate.fund_fen
        assert fund[D(2025, 8, 1)] == shanghai != 55000
        assert any(n.code == "proj_insurance_moved" for n in after.notes)
        # Shanghai's pack has no employee outpatient table: the projection says so, as the preview does
        assert any(n.code == "proj_no_table" and "王建国" in n.text("zh") for n in after.notes)
    finally:
        book.close()
