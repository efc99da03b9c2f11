"""Home's glance (desktop/glance.py: members and balances read with sqlite3 alone, before the book is open) gives
exactly what ``FamilyBook`` gives, on the demo family and on generated books; it never writes; and for anything
it cannot be sure of it steps aside (None) so the real open can say what is wrong.

The two share one code path (``book.balances.member_balances`` over ``core.ledger`` and the SQL of
``store.ledger_sql``; the glance only reads the rows with ``sqlite3``), so these tests guard the reading, and the
last one checks that every screen's "usable now" is that one figure."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.book import FamilyBook, Refused
from desktop.demo import build_demo
from desktop.glance import glance
from desktop.store import paths

EXAMPLES = 60 if os.environ.get("FAMILYPOOL_SLOW") else 8
NOW = dt.datetime(2025, 6, 1, 10, 0)
CLOCK = lambda: NOW  # noqa: E731
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "book-0001_initial.sqlite"
REGIONS = ["140100", "140200", "310000", "130000", "370200", "440000"]


def _same(data: Path) -> None:
    g = glance(data, clock=CLOCK)
    assert g is not None
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        assert g.members() == book.members()
        assert g.balances() == book.balances()
        assert g.today() == book.today() and g.is_empty() == book.is_empty()


def test_the_demo_family_at_a_glance_is_the_books(tmp_path):
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        build_demo(book)
    _same(data)


def test_every_kind_of_record_at_a_glance_is_the_books(tmp_path):
    """The demo family (a capped binding that has paid, received and returned transfers), then: a transfer left
    waiting past its 06:00 return and one still waiting, a statement dated after today, a status that starts
    later, the wallet placed before family accounts, and finally the binding terminated today."""
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        fam = build_demo(book)
        family = [x for b in book.balances() for x in (*b.breakdown, *b.skipped) if getattr(x, "source", "") == "family"]
        assert family  # the binding counts (it pays, or its cap is used up: what it has paid matters)
        yesterday = dt.datetime.combine(NOW.date() - dt.timedelta(days=1), dt.time(10))
        book.create_transfer(fam.head, fam.mother, 12_300, yesterday)  # goes back at 06:00 today
        book.create_transfer(fam.head, fam.mother, 4_500, NOW - dt.timedelta(hours=1))  # still waiting
        book.record_statement(fam.son, NOW.date() + dt.timedelta(days=3), 1)  # not yet
        book.edit_member(fam.spouse, status="suspended", status_date=NOW.date() + dt.timedelta(days=10))
        assert [t.amount_fen for t in book.waiting_transfers()] == [4_500]
    _same(data)
    for position in ("before_family", "after_family"):
        with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
            book.record_statement(fam.spouse, NOW.date() - dt.timedelta(days=2), 20_000, account="wallet")
            book.set_meta("payment.wallet_position", position)
        _same(data)
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        book.edit_member(fam.head, status="suspended", status_date=NOW.date() + dt.timedelta(days=10))
    _same(data)  # the authorizer's status as the ledger counts it for others
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        book.edit_member(fam.head, status="insured", status_date=None)
        book.terminate_binding(fam.binding, NOW.date())
    _same(data)


def _digest(d: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir()) if p.is_file()}


def test_a_glance_writes_nothing(tmp_path):
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        build_demo(book)
    before = _digest(data)
    assert glance(data, clock=CLOCK) is not None
    assert _digest(data) == before  # no -wal, no -shm, not a byte changed


def test_a_glance_steps_aside_when_unsure(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    assert glance(data) is None  # no book yet
    db = paths.db_path(data)
    db.write_bytes(b"")
    assert glance(data) is None  # empty: a new book, or one that lost its records
    db.write_bytes(b"not a database" * 100)
    assert glance(data) is None  # damaged: the real open offers the backup
    shutil.copy(FIXTURE, db)
    assert glance(data) is None  # an older schema: the real open upgrades it first
    db.unlink()
    FamilyBook.open(data, daily_backup=False).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    assert glance(data) is None  # newer: refused by the real open


@st.composite
def books(draw) -> list[tuple]:
    """A script of book calls: members, statements, bindings (some ended), wallet transfers, visits."""
    n = draw(st.integers(2, 5))
    steps: list[tuple] = []
    for i in range(n):
        steps.append(("member", f"成员{i}", draw(st.sampled_from(REGIONS)),
                      draw(st.sampled_from(["employee", "resident"])), draw(st.sampled_from(["spouse", "child",
                                                                                             "parent", "self"])),
                      draw(st.sampled_from(["insured", "insured", "suspended"])), draw(st.integers(-60, 60))))
    for _ in range(draw(st.integers(0, 2 * n))):
        steps.append(("statement", draw(st.integers(0, n - 1)), draw(st.integers(-200, 0)),
                      draw(st.integers(0, 3_000_000)), draw(st.sampled_from(["personal", "personal", "wallet"])),
                      draw(st.one_of(st.none(), st.integers(0, 50_000)))))
    for _ in range(draw(st.integers(0, 3))):
        steps.append(("binding", draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1)),
                      draw(st.one_of(st.none(), st.integers(10_000, 400_000))), draw(st.integers(-300, -1)),
                      draw(st.one_of(st.none(), st.integers(-100, 10)))))
    for _ in range(draw(st.integers(0, 4))):
        steps.append(("transfer", draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1)),
                      draw(st.integers(100, 300_000)), draw(st.integers(0, 4)), draw(st.integers(8, 20)),
                      draw(st.sampled_from(["receive", "return", "wait"]))))
    for _ in range(draw(st.integers(0, 12))):
        steps.append(("visit", draw(st.integers(0, n - 1)), draw(st.integers(-250, 2)),
                      draw(st.sampled_from(["outpatient", "pharmacy", "inpatient", "chronic"])),
                      draw(st.sampled_from(["0", "1", "2", "3A"])), draw(st.integers(0, 2_000_000))))
    return steps


def _run(book: FamilyBook, steps: list[tuple]) -> None:
    ids: list[int] = []
    today = NOW.date()
    for step in steps:
        kind, *a = step
        try:
            if kind == "member":
                name, region, insurance, rel, status, status_days = a
                ids.append(book.add_member(name, region, insurance, head_relation=rel, status=status,
                                           status_date=today + dt.timedelta(days=status_days),
                                           birth_date=dt.date(1960, 1, 1), wallet_opened_on=dt.date(2024, 1, 1)).id)
            elif kind == "statement":
                who, days, fen, account, credit = a
                book.record_statement(ids[who], today + dt.timedelta(days=days), fen, account=account,
                                      monthly_credit_fen=None if account == "wallet" else credit)
            elif kind == "binding":
                auth, bene, cap, start_days, end_days = a
                b = book.propose_binding(ids[auth], ids[bene], relation="spouse",
                                         start=today + dt.timedelta(days=start_days),
                                         end=today + dt.timedelta(days=365), amount_cap_fen=cap, status="active",
                                         registered_at=NOW - dt.timedelta(days=-start_days))
                if end_days is not None:
                    book.terminate_binding(b.id, today + dt.timedelta(days=min(end_days, 0)))
            elif kind == "transfer":  # in the daytime (none 22:00–06:00); left waiting, it goes back at 06:00
                src, dst, fen, days_ago, hour, then = a
                at = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour))
                if at > NOW:
                    at -= dt.timedelta(days=1)
                t = book.create_transfer(ids[src], ids[dst], fen, at)
                if then == "receive":
                    book.receive_transfer(t.id, at + dt.timedelta(minutes=30))
                elif then == "return":
                    book.return_transfer(t.id, at + dt.timedelta(minutes=30))
            elif kind == "visit":
                who, days, care, hospital, total = a
                book.record_visit(ids[who], today + dt.timedelta(days=min(days, 0)), care, hospital, total)
        except Refused:
            pass  # the rules said no: the book is as before, which is fine for this comparison


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(books())
def test_generated_books_at_a_glance_are_the_books(tmp_path_factory, steps):
    data = tmp_path_factory.mktemp("glance") / "data"
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        _run(book, steps)
        if book.is_empty():
            return
    _same(data)


class _Ticking:
    """A clock that moves on a millisecond at every look, as a real one does between two records."""

    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> dt.datetime:
        self.at += dt.timedelta(milliseconds=1)
        return self.at


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(books())
def test_one_usable_figure_on_every_screen(tmp_path_factory, capsys, steps):
    """Issue 12: Home (the book and the start-up glance), the command line and the visit form's preview all take
    "usable money of X now" from the core ledger, and agree to the fen on generated books."""
    import json

    from desktop import cli

    data = tmp_path_factory.mktemp("figure") / "data"
    clock = _Ticking()
    with FamilyBook.open(data, clock=clock, daily_backup=False) as book:
        _run(book, steps)
        home = {b.member_id: b for b in book.balances()}
        for mid, b in home.items():
            big = b.usable_fen + 100_000
            out = book.preview_visit(mid, NOW.date(), "outpatient", "1", big, fund_actual_fen=0)
            paid = sum(ln.amount_fen for ln in out.settlement.lines if ln.source != "cash")
            assert paid == b.usable_fen, (mid, paid, b)
    g = glance(data, clock=lambda: clock.at)
    assert g is not None and g.balances() == list(home.values())
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data), "balances", "--json", "--on", NOW.date().isoformat()]) == 0
    shown = {r["member_id"]: (r["personal_fen"], r["wallet_fen"], r["usable_fen"])
             for r in json.loads(capsys.readouterr().out)}
    assert shown == {mid: (b.personal_fen, b.wallet_fen, b.usable_fen) for mid, b in home.items()}


def test_quotas_and_coverage_ends_at_a_glance_are_the_books(tmp_path):
    """A standing quota locks part of the head's account and pays for the spouse (F-N11); the son's insurance
    moved, so his side ended by itself (F-N9): Home's first paint must show the same usable figures."""
    data = tmp_path / "data"
    with FamilyBook.open(data, clock=CLOCK, daily_backup=False) as book:
        fam = build_demo(book)
        book.set_sharing_model("quota")
        book.set_quota(fam.head, fam.spouse, 50_000, NOW - dt.timedelta(days=3))
        book.set_quota(fam.son, fam.head, 20_000, NOW - dt.timedelta(days=20))
        book.end_coverage(fam.son, NOW.date() - dt.timedelta(days=5), "moved", "310000")
        assert any(b.locked_fen for b in book.balances())
    _same(data)
