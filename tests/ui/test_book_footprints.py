"""What each write changes (the book adapter's FOOTPRINTS) and which pages follow it: every public write of the
book is listed, every write a person makes is a named undo step, and after a write only the pages that show
what it changed read the book again — the page shown at once, the others when shown — and show the new figures."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from desktop.book import BalanceEntry
from desktop.book import undo as book_undo
from desktop.book.facade import FamilyBook
from desktop.ui.book_adapter import FOOTPRINTS, HISTORY_ENDING, UNKEPT
from desktop.ui.undo_history import STEP_NAMES, step_name

# The book's public methods that change nothing a page shows (reads, checks, previews, exports, the undo machinery).
READS = {
    "advise", "backup", "backups", "balance", "balances", "bindings", "check", "check_binding", "check_quota",
    "check_transfer", "close", "closing_collection_windows", "compare", "export_json", "export_visits_csv", "guide",
    "guides", "integrity", "is_empty", "latest_good_backup", "local_rules", "member", "members", "meta", "open",
    "plan_transfers", "planned", "planned_wallet_transfers", "policy_files", "preview_edit_visit",
    "preview_policy_file", "preview_visit", "preview_visits_csv", "project", "projection_input", "projection_plan",
    "projection_start", "quotas", "redo", "relation_between", "restore", "rule_choices", "rules_basis", "rules_on",
    "runs_out_soon", "sharing_model", "simulate_band", "stale_days", "statements", "today", "transfers", "undo",
    "undoable", "usual_places", "validate_member", "visit", "visit_basis", "visit_count", "visit_row",
    "visit_totals", "visit_years", "visits", "waiting_period_for", "waiting_periods", "waiting_transfers",
    "wallet_payers", "wallet_position", "planned_premiums", "check_premium_payment", "advice_quota_check",
}


def test_every_write_of_the_book_says_what_it_changes():
    public = {n for n, v in inspect.getmembers(FamilyBook) if not n.startswith("_") and callable(v)}
    assert public - READS == set(FOOTPRINTS)


def test_every_write_a_person_makes_is_a_named_undo_step(lang):
    kept = set(FOOTPRINTS) - UNKEPT - HISTORY_ENDING
    assert kept == set(book_undo.FOOTPRINTS) == set(STEP_NAMES)
    untranslated = [op for op in kept if step_name(op) == STEP_NAMES[op]]
    assert untranslated == []


@pytest.fixture
def counted(make_window, demo_day_book):
    """The window with every page built, and how often each page read the book since."""
    w = make_window(demo_day_book)
    reads: dict[str, int] = {}
    from desktop.ui.main_window import ENTRIES

    for key, _text, _icon in ENTRIES:
        page = w.page(key)
        reads[key] = 0

        def counting(original=page.refresh, key=key, **kw):
            reads[key] += 1
            return original(**kw)

        page.refresh = counting
    w.show_page("family")
    reads.update(dict.fromkeys(reads, 0))
    return w, demo_day_book, reads


def _who(book, name):
    return next(m.id for m in book.members() if m.name == name)


def test_four_balances_refresh_the_pages_showing_balances_only(qtbot, lang, counted):
    w, book, reads = counted
    family = w.page("family")
    w.book.record_statements([BalanceEntry(_who(book, n), fen) for n, fen in
                              (("王建国", 1234500), ("李秀英", 88800), ("王磊", 250000), ("张桂兰", 99900))],
                             book.today())
    assert reads["family"] == 1  # shown: at once
    assert family.statements.rowCount() == len(book.statements(family.selected().id))
    for key in ("home", "wallet", "projection", "savings", "visits", "bindings"):
        w.show_page(key)
        assert reads[key] == 1, key
    assert w.page("home").card("王建国").own.text() == "¥12,345.00"
    w.show_page("settings")  # shows no balance: not read again
    assert reads["settings"] == 0
    w.show_page("home")  # nothing changed since it last read the book
    assert reads["home"] == 1


def test_a_transfer_plan_refreshes_the_wallet_and_home_not_the_family(qtbot, lang, counted):
    w, book, reads = counted
    w.show_page("wallet")
    wallet = w.page("wallet")
    w.book.set_sharing_model("transfer")
    reads["wallet"] = 0
    kept = w.book.record_transfer_plan(_who(book, "王建国"), _who(book, "王磊"), 50000,
                                       book.clock() + dt.timedelta(days=3))
    assert reads["wallet"] == 1
    assert [wallet.planned_model.planned(i).id for i in range(wallet.planned_model.rowCount())] == [p.id for p in kept]
    w.show_page("family")
    w.show_page("bindings")
    w.show_page("settings")
    assert (reads["family"], reads["bindings"], reads["settings"]) == (0, 0, 0)
    w.show_page("home")
    assert reads["home"] == 1
    assert w.menus.undo.text() == "撤销 安排钱包转账(&U)"
    w.menus.undo.trigger()
    assert book.planned_wallet_transfers() == [] and w.page("home") is w.current_page()


def test_the_stale_threshold_refreshes_settings_home_and_wallet(qtbot, lang, counted):
    w, book, reads = counted
    w.show_page("settings")
    w.book.set_stale_days(45)
    assert reads["settings"] == 1 and w.page("settings").stale_days.days.value() == 45
    assert w.menus.undo.text() == "撤销 修改余额过期天数(&U)"
    w.menus.undo.trigger()
    assert book.stale_days() == 30 and w.page("settings").stale_days.days.value() == 30
    for key in ("family", "visits", "bindings"):
        w.show_page(key)
        assert reads[key] == 0, key
    for key in ("home", "wallet", "projection"):
        w.show_page(key)
        assert reads[key] == 1, key


def test_a_new_member_reaches_every_page_that_lists_people(qtbot, lang, counted):
    w, book, reads = counted
    w.book.add_member("王小雨", "140100", "resident", head_relation="child")
    assert "王小雨" in [m.name for m in w.page("family").model.rows]
    bindings = w.page("bindings")
    assert "王小雨" in [bindings.person.itemText(i) for i in range(bindings.person.count())]
    wallet = w.page("wallet")
    assert "王小雨" in [wallet.person.itemText(i) for i in range(wallet.person.count())]


def test_a_write_from_outside_the_window_reaches_every_page(qtbot, lang, counted):
    """The command line while the window is open: the database file moved with no write of the window's."""
    w, book, reads = counted
    book.record_statement(_who(book, "王磊"), book.today(), 123400)  # not through the window
    w.show_page("home")
    assert w.page("home").card("王磊").own.text() == "¥1,234.00"
    w.show_page("settings")
    assert reads["settings"] == 1


def _usable(w, name):
    return w.page("home").card(name).usable.text()


# (what, the write through the window, the page that shows it and what it shows there, a page that does not)
KINDS = [
    ("a visit", lambda b, who: b.record_visit(who["王磊"], b.today(), "outpatient", "1", 12000),
     "visits", lambda w: w.page("visits").model.rowCount(), "settings"),
    ("a binding", lambda b, who: b.propose_binding(who["王磊"], who["李秀英"], start=b.today(),
                                                   end=b.today() + dt.timedelta(days=300), amount_cap_fen=100000),
     "bindings", lambda w: w.page("bindings").model.rowCount(), "settings"),
    ("a wallet transfer", lambda b, who: (b.set_sharing_model("transfer"),
                                          b.create_transfer(who["王建国"], who["张桂兰"], 10000)),
     "wallet", lambda w: w.page("wallet").model.rowCount(), "family"),
    ("the order of payment", lambda b, who: b.set_wallet_position(
        "after_family" if b.wallet_position() != "after_family" else "first"),
     "settings", lambda w: w.page("settings").payment_order.choice.currentData(), "family"),
    ("a member's balance", lambda b, who: b.record_statement(who["王建国"], b.today(), 4321000),
     "home", lambda w: _usable(w, "王建国"), "settings"),
]


@pytest.mark.parametrize(("what", "write", "key", "shown", "other"), KINDS, ids=[k[0] for k in KINDS])
def test_after_each_kind_of_write_the_pages_showing_it_show_the_new_figures(qtbot, lang, counted, what, write, key,
                                                                            shown, other):
    w, book, reads = counted
    who = {m.name: m.id for m in book.members()}
    w.show_page(key)
    before = shown(w)
    w.show_page(other)
    reads.update(dict.fromkeys(reads, 0))
    write(w.book, who)
    assert reads[other] == 0  # shown, but it does not show what changed: not read again
    w.show_page(key)
    assert reads[key] == 1 and shown(w) != before
    w.show_page(other)
    assert reads[other] == 0


def _named(image) -> str:
    """A step's row as the adapter names what changed: a table, or the setting an app-meta key holds."""
    from desktop.book.constants import PROJECTION_PLAN_KEY, STALE_DAYS_KEY
    from desktop.store.ledger import SHARING_MODEL_KEY, WALLET_POSITION_KEY
    from desktop.store.ledger_sql import LOCAL_RULES_KEY

    if image.table != "app_meta":
        return image.table
    return {PROJECTION_PLAN_KEY: "projection_plan", STALE_DAYS_KEY: "stale_days", SHARING_MODEL_KEY: "sharing_model",
            WALLET_POSITION_KEY: "wallet_position", LOCAL_RULES_KEY: "local_rules"}[image.key]


def _every_step_case():
    from tests.test_book_undo import CASES as ROWS
    from tests.test_book_undo_more import CASES as MORE

    return ([(what, op, (lambda s: lambda b, d, t: (s(b, d) if s else ()))(setup), args, kwargs)
             for what, op, setup, args, kwargs in ROWS]
            + [(what, op, args, (), {}) for what, op, args in MORE])


@pytest.mark.parametrize(("what", "op", "lead", "args", "kwargs"), _every_step_case(),
                         ids=[c[0] for c in _every_step_case()])
def test_what_the_book_changes_is_within_the_adapters_footprint(tmp_path, what, op, lead, args, kwargs):
    """Each write, made for real: every row its step changed is of something its footprint names (so no page
    showing it is left unrefreshed)."""
    from desktop import demo
    from desktop.ui.book_adapter import touched
    from tests.store.family import open_book
    from tests.test_book_undo import NOW

    book = open_book(tmp_path / "book", NOW)
    try:
        d = demo.build_demo(book)
        _r, step = book.undoable(op, *lead(book, d, tmp_path), *args, **kwargs)
        assert step is not None
        assert {_named(i) for i in step.before} - touched(op) == set()
    finally:
        book.close()
