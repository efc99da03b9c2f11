"""The book's data in and out: ``init``, ``demo``, ``export``/``import``, ``visits-import``/``visits-export``,
``balances`` and ``advise``."""

from __future__ import annotations

import argparse
import json
import sys

from .runner import _Failed


def cmd_init(book, args: argparse.Namespace) -> int:
    print(f"book ready: {book.path} (schema {book.db.revision()})")
    return 0


def cmd_demo(book, args: argparse.Namespace) -> int:
    from desktop.demo import build_demo

    fam = build_demo(book)
    print(f"demo family added to {book.path}: {len(book.members())} members, 1 binding, "
          f"{len(fam.transfers)} wallet transfers, {len(fam.visits)} visits")
    return 0


def cmd_export(book, args: argparse.Namespace) -> int:
    counts = book.export_json(args.file)
    print(f"exported to {args.file}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def cmd_import(book, args: argparse.Namespace) -> int:
    report = book.import_json(args.file, replace=args.replace)
    print("imported: " + ", ".join(f"{k} {v}" for k, v in report.counts.items() if v)
          + (f" (backup first: {report.backup.name})" if report.backup else ""))
    return 0


def cmd_visits_import(book, args: argparse.Namespace) -> int:
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = done * 100 // max(total, 1)
        if args.progress and pct >= last[0] + 10:
            last[0] = pct
            print(f"{pct}%", file=sys.stderr)

    report = book.import_visits_csv(args.file, skip_bad=args.skip_bad, progress=progress)
    for e in report.errors:
        print(f"skipped {e.text('en')}")
    print(f"imported {report.imported} visits in {report.seconds:.1f} s"
          + (f"; skipped {report.skipped} bad row(s)" if report.skipped else ""))
    return 0


def cmd_visits_export(book, args: argparse.Namespace) -> int:
    member_id = None
    if args.person:
        found = [m for m in book.members() if m.name == args.person]
        if not found:
            raise _Failed(f"no family member is called {args.person}")
        member_id = found[0].id
    n = book.export_visits_csv(args.file, lang=args.lang, member_id=member_id, year=args.year)
    print(f"exported {n} visits to {args.file}")
    return 0


def cmd_balances(book, args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.core.money import format_fen

    on = None
    if args.on:
        try:
            on = dt.date.fromisoformat(args.on)
        except ValueError as e:
            raise _Failed(f"--on expects a date like 2025-06-30, got {args.on!r}") from e
    rows = book.balances(on)
    if args.json:
        print(json.dumps([{
            "member_id": b.member_id, "name": b.name, "on": b.on.isoformat(), "personal_fen": b.personal_fen,
            "wallet_fen": b.wallet_fen, "usable_fen": b.usable_fen, "locked_fen": b.locked_fen,
            "usable": [{"source": u.source, "payer_id": u.payer_id, "payer": u.payer_name,
                        "binding_id": u.binding_id, "amount_fen": u.amount_fen} for u in b.breakdown],
        } for b in rows], ensure_ascii=False, indent=2))
        return 0
    for b in rows:
        parts = ", ".join(f"{u.source} {u.payer_name} {format_fen(u.amount_fen)}" for u in b.breakdown)
        locked = f" (quota for others {format_fen(b.locked_fen)})" if b.locked_fen else ""  # F-N11
        print(f"{b.name}: personal {format_fen(b.personal_fen)}{locked}, wallet {format_fen(b.wallet_fen)}, "
              f"usable {format_fen(b.usable_fen)}" + (f" ({parts})" if parts else ""))
    return 0


def cmd_advise(book, args: argparse.Namespace) -> int:
    from desktop.book.advice_text import advice_json, advice_lines

    advice = book.advise(args.months)
    if args.json:
        print(json.dumps(advice_json(advice, args.months, args.lang), ensure_ascii=False, indent=2))
    else:
        print("\n".join(advice_lines(advice, args.months, args.lang)))
    return 0


def _months(text: str) -> int:
    """``advise --months``: 1 to 36, else bad usage in one line."""
    from desktop.book.advisor import ADVISE_MAX_MONTHS, ADVISE_MIN_MONTHS

    try:
        n = int(text) if len(text) <= 3 else None
    except ValueError:
        n = None
    if n is None or not ADVISE_MIN_MONTHS <= n <= ADVISE_MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"expected {ADVISE_MIN_MONTHS} to {ADVISE_MAX_MONTHS} months, "
                                         f"got {text[:24]!r}")
    return n


def _year(text: str) -> int:
    """``--year``: a year the book holds (1900–2200), else bad usage in one line."""
    from desktop.book.constants import FIRST_YEAR, LAST_YEAR

    try:
        year = int(text) if len(text) <= 6 else None
    except ValueError:
        year = None
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"expected a year from {FIRST_YEAR} to {LAST_YEAR}, got {text[:24]!r}")
    return year
