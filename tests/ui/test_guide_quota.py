"""The quota path (F-N11) of the guide, on 2026-03-01: a Taiyuan employee sets a family quota for his sister
insured in Shanghai (F-N6, F-N7) through the national app's wallet — the wallets first (F-W4), then the steps of
the 2026 national pack, the amount checked against his usable money, the quota recorded at the end and on the
printed card; the guide says which model and which rule it applied. On 2025-06-01 the path is not offered."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.test_guide_support import (
    SHANGHAI,
    TAIYUAN,
    choose,
    go_next,
    next_enabled,
    no_guide_errors,  # noqa: F401  (fixture)
    open_book,
    pick_channel,
    steps_of,
)

pytestmark = pytest.mark.usefixtures("lang", "no_guide_errors")
NOW = dt.datetime(2026, 3, 1, 10, 0)


def _family(book):
    dad = book.add_member("王大爷", TAIYUAN, "employee", employment="retired", birth_date=dt.date(1955, 1, 1)).id
    son = book.add_member("王小明", TAIYUAN, "employee", head_relation="child", birth_date=dt.date(1985, 1, 1)).id
    sister = book.add_member("王小红", SHANGHAI, "resident", head_relation="child", birth_date=dt.date(1983, 1, 1)).id
    book.record_statement(son, dt.date(2026, 2, 28), 800000)
    return dad, son, sister


@pytest.fixture
def book(tmp_path):
    b = open_book(tmp_path / "data", NOW)
    yield b
    b.close()


def _to_check(window, son, sister):
    from desktop.ui.guide import open_guide

    wiz = open_guide(window)
    intro = wiz.currentPage()
    assert intro.radios["set_quota"].isVisibleTo(intro)
    assert intro.model_note.text() == "今天医保钱包按“共济额度”方式共济（当天施行的规定）。"
    intro.radios["set_quota"].setChecked(True)
    go_next(wiz)
    choose(wiz.currentPage().a, son)
    choose(wiz.currentPage().b, sister)
    go_next(wiz)
    return wiz


def test_a_taiyuan_son_sets_a_quota_for_his_sister_in_shanghai_step_by_step(book, make_window):
    from desktop.ui.guide import wizard as W

    _dad, son, sister = _family(book)
    window = make_window(book)
    wiz = _to_check(window, son, sister)
    check = wiz.currentPage()
    assert check.amount.isVisibleTo(check) and check.amount_label.text() == "额度金额（元）(&A)"
    assert not next_enabled(wiz) and check.form_error.text() == "请填写额度金额。"
    check.amount.setText("9000")
    assert not next_enabled(wiz) and "能用的个人账户余额只有 ¥8,000.00" in check.form_error.text()
    check.amount.setText("3000")
    assert next_enabled(wiz)
    shown = check.verdict.text()
    assert "2026-03-01 适用的规定：医保钱包按“共济额度”方式共济，这是当天施行的规定。\n依据：F-N11" in shown
    assert "这里按国家新规定判断" in shown  # Taiyuan's older local rules (F-T1, F-T5) met the 2026 notice
    assert "F-N11" not in shown.split("\n")[0]
    assert book.guides(finished=False)[0].purpose == "set_quota"  # progress saved from the check on
    go_next(wiz)

    channel = wiz.currentPage()
    assert [cid for _, cid in channel.radios] == ["national_app_wallet_quota"]
    pick_channel(wiz, "national_app_wallet_quota")
    assert "王小明、王小红" in channel.opening.text()
    sheet = wiz.steps_sheet()
    assert "给王小红的额度：¥3,000.00" in sheet.text()
    assert "F-N11" in sheet.footer.split("\n")[0] and "F-N11" not in sheet.text().replace(sheet.footer, "")
    go_next(wiz)
    opening = steps_of(book, TAIYUAN, "national_app_wallet_open")
    quota = [s[0] for s in next(r for r in book.rules_on(TAIYUAN, NOW.date()).channels()
                                 if r["id"] == "national_app_wallet_quota")["steps"]]
    assert quota[1] == "在医保钱包里找到为家人设定共济额度的功能（来源没有写菜单名称，请在APP里查看）"
    seen = []
    while wiz.currentId() < W.RESULT:
        page = wiz.currentPage()
        if page.item.channel_id == "national_app_wallet_quota":
            assert page.reminder.text() == "要设的额度：¥3,000.00，给王小红。"
        seen.append(page.text.text())
        page.tick.setChecked(True)
        saved = book.guide(wiz.state.guide_id)
        assert len(saved.done) == len(seen)  # every tick is kept in the book
        go_next(wiz)
    assert seen == opening + opening + quota

    result = wiz.currentPage()
    assert wiz.currentId() == W.QUOTA and result.amount.fen() == 300000
    go_next(wiz)
    (q,) = book.quotas()
    assert (q.payer_id, q.receiver_id, q.amount_fen, q.channel_id, q.state) == (
        son, sister, 300000, "national_app_wallet_quota", "standing")
    assert book.balance(son, NOW.date()).locked_fen == 300000
    done = wiz.currentPage()
    assert done.summary.text() == "王小明给王小红设的 ¥3,000.00 共济额度已记下。"
    assert done.print_card.isVisibleTo(done)
    card = [ln.text for ln in wiz.card_sheet().sections[-1].lines]
    assert card[:2] == ["王小红自己的个人账户", "王小明给的共济额度（在医保钱包里）"]
    wiz.accept()  # Finish
    assert [g.purpose for g in book.guides(finished=True)] == ["set_quota"] and book.guides(finished=False) == []


def test_the_quota_result_is_checked_again_before_it_is_recorded(book, make_window):
    _dad, son, sister = _family(book)
    wiz = _to_check(make_window(book), son, sister)
    wiz.currentPage().amount.setText("2000")
    go_next(wiz)
    pick_channel(wiz, "national_app_wallet_quota")
    go_next(wiz)
    for _ in range(20):
        page = wiz.currentPage()
        if not hasattr(page, "tick"):
            break
        page.tick.setChecked(True)
        go_next(wiz)
    result = wiz.currentPage()
    result.amount.setText("8000.01")
    assert not next_enabled(wiz) and "¥8,000.00" in result.error.text()
    assert book.quotas() == []


def test_on_a_transfer_day_the_quota_path_is_not_offered_and_the_transfer_path_is_plain(tmp_path, make_window):
    from desktop.ui.guide import open_guide

    b = open_book(tmp_path / "d", dt.datetime(2025, 6, 1, 10, 0))
    try:
        _dad, son, sister = _family(b)
        wiz = open_guide(make_window(b))
        intro = wiz.currentPage()
        assert not intro.radios["set_quota"].isVisibleTo(intro)
        assert intro.model_note.text() == "今天医保钱包按“钱包转账”方式共济（当天施行的规定）。"
    finally:
        b.close()


def test_the_transfer_path_on_a_quota_day_offers_the_quota_instead(book, make_window):
    from desktop.ui.guide import open_guide

    _dad, son, sister = _family(book)
    wiz = open_guide(make_window(book))
    wiz.currentPage().radios["transfer"].setChecked(True)
    go_next(wiz)
    choose(wiz.currentPage().a, son)
    choose(wiz.currentPage().b, sister)
    go_next(wiz)
    check = wiz.currentPage()
    assert "2026-03-01 医保钱包按“共济额度”方式共济：王小明可以给王小红设共济额度" in check.verdict.text()
    (button,) = [b for b in check.verdict.buttons if b.text() == "改为设共济额度"]
    button.click()
    assert wiz.state.purpose == "set_quota" and wiz.currentPage().amount.isVisibleTo(wiz.currentPage())


def test_a_half_done_quota_guide_comes_back_at_the_same_step_with_its_amount(book, make_window):
    from desktop.ui.guide import open_guide

    _dad, son, sister = _family(book)
    window = make_window(book)
    wiz = _to_check(window, son, sister)
    wiz.currentPage().amount.setText("1500")
    go_next(wiz)
    pick_channel(wiz, "national_app_wallet_quota")
    go_next(wiz)
    for _ in range(3):
        wiz.currentPage().tick.setChecked(True)
        go_next(wiz)
    where = wiz.currentId()
    wiz.button(wiz.WizardButton.CustomButton1).click()  # Continue later
    (saved,) = book.guides(finished=False)
    assert (saved.purpose, saved.step, sorted(saved.done), saved.data["amount_fen"]) == ("set_quota", 3, [0, 1, 2],
                                                                                          150000)
    again = open_guide(window, guide_id=saved.id)
    assert again.currentId() == where and again.state.amount_fen == 150000
    assert not next_enabled(again)  # this step is not ticked yet
