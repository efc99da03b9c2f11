"""Headless entry: ``familypool-cli`` for scripts, tests and support.

Exit codes: 0 success; 1 a refused or failed command (one-line reason on stderr); 2 bad usage.
The data folder is ``--data-dir``, else ``FAMILYPOOL_DATA_DIR``, else the platform data folder
(the same place the GUI uses). Book commands speak only to ``desktop.book.FamilyBook``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from desktop.core import policy

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def fail(message: str) -> int:
    from desktop.core.idnumber import mask_in

    print(f"familypool-cli: {mask_in(message)}", file=sys.stderr)  # a quoted value is never an ID in full
    return 1


def _registry(args: argparse.Namespace) -> policy.Registry:
    """The packs in use: bundled, with the policy files loaded into the data folder (pack-import) in place."""
    from desktop.book import registry_for

    return registry_for(_data_dir(args))


def cmd_regions(args: argparse.Namespace) -> int:
    reg = _registry(args)
    for code in reg.codes():
        p = reg.get(code)
        print(f"{code}  {p.name[0]}  {p.name[1]}  {p.year}")
        pack = reg.packs[code]
        if pack.versions or pack.effective:  # the first version, then each dated one
            first = (f"in force from {pack.effective}" if pack.effective
                     else f"the first version, in force until {pack.versions[0].effective}")
            print(f"        version {pack.year}: {first}")
            for v in pack.versions:
                print(f"        version {v.year}: in force from {v.effective}")
    for err in reg.errors:
        print(f"refused: {err}", file=sys.stderr)
    return 0


def _origin(v: dict) -> str:
    return f"{v['source']}, from {v['from']}" + (f" since {v['since']}" if v.get("since") else "")


def _print_rules(res: dict, on: str) -> None:
    print(f"{res['code']}  {res['name']['zh']} / {res['name']['en']}  ({res['year']})")
    print(f"rules on {on}")
    print("chain: " + " → ".join(
        f"{v['code']} ({v['year']}" + (f", from {v['effective']})" if v["effective"] else ")") for v in res["versions"]))
    for c in res["conflicts"]:
        used, other = (c["newer"], c["local"]) if c["applied"] == "newer" else (c["local"], c["newer"])
        print(f"  {c['field']}: {json.dumps(used['value'], ensure_ascii=False)} ({_origin(used)}) applies; "
              f"also {json.dumps(other['value'], ensure_ascii=False)} ({_origin(other)})")
    for section in policy.SECTIONS:
        if not res[section]:
            continue
        print(f"\n[{section}]")
        for name, v in res[section].items():
            print(f"  {name} = {json.dumps(v['value'], ensure_ascii=False)}   ({_origin(v)})")
            for alt in v.get("alternatives", []):
                print(f"    also: {json.dumps(alt['value'], ensure_ascii=False)} ({alt['source']})")
    for kind in policy.ROW_FIELDS:
        if not res[kind]:
            continue
        print(f"\n[{kind}]")
        for row in res[kind]:
            shown = {k: v for k, v in row.items() if k not in ("source", "from", "note", "alternatives", "steps")}
            print(f"  {json.dumps(shown, ensure_ascii=False)}   ({_origin(row)})")
            for alt in row.get("alternatives", []):
                print(f"    also: {json.dumps(alt['value'], ensure_ascii=False)} ({alt['source']})")


def cmd_region(args: argparse.Namespace) -> int:
    import datetime as dt

    reg = _registry(args)
    try:
        on = dt.date.fromisoformat(args.on) if args.on else dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
    except ValueError:
        return fail(f"--on {args.on!r} is not a date like 2026-03-01")
    try:
        res = reg.get(args.code, on).resolved()
    except KeyError:
        bad = [e for e in reg.errors if e.file.startswith(args.code)]
        return fail(str(bad[0]) if bad else f"no region pack for code {args.code}; see 'familypool-cli regions'")
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        _print_rules(res, on.isoformat())
    return 0


# ---- book commands ----

class _Failed(Exception):
    """A command failed with a one-line reason."""


def _data_dir(args: argparse.Namespace):
    from desktop.book import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _open(args: argparse.Namespace):
    """Open the book; a damaged or newer file becomes a one-line reason (with the backup to restore)."""
    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    try:
        return FamilyBook.open(_data_dir(args), drop_damaged_changes=getattr(args, "drop_damaged_changes", False))
    except StoreError as e:
        raise _Failed(_refused_open(e)) from e
    except OSError as e:
        raise _Failed(f"cannot open the data folder {_data_dir(args)}: {e.strerror or e}") from e


def _refused_open(e) -> str:
    """The one line for a book that cannot be opened or checked, with what to run next."""
    from desktop.store.errors import DamagedDatabase, DamagedJournal

    backup = getattr(e, "backup", None)
    hint = ""
    if isinstance(e, DamagedJournal):
        hint = (" Run 'familypool-cli restore' to restore that backup, or" if backup is not None else " Run") + \
            " 'familypool-cli drop-damaged-changes' to open the book without those changes."
    elif isinstance(e, DamagedDatabase) and backup is not None:
        hint = f" Run 'familypool-cli restore' to restore {backup.name}."
    return e.en + hint


def _refusal(e: Exception) -> str:
    reasons = getattr(e, "reasons", None) or getattr(e, "problems", None)
    if reasons:
        first = reasons[0].text("en")
        more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
        return first + more
    return str(e)


def _no_book(args: argparse.Namespace) -> str | None:
    """The reason a command that only reads the book cannot run: there is no book (it must not make one)."""
    from desktop.store import paths

    data_dir = _data_dir(args)
    if paths.db_path(data_dir).exists():
        return None
    return f"no book in {data_dir}; run 'familypool-cli init' first"


def _run_book(fn: Callable[..., int], needs_book: bool = False) -> Command:
    def run(args: argparse.Namespace) -> int:
        if needs_book and (missing := _no_book(args)):
            return fail(missing)
        from desktop.book import ImportRefused, Refused
        from desktop.store.errors import StoreError

        try:
            book = _open(args)
        except _Failed as e:
            return fail(str(e))
        try:
            return fn(book, args)
        except ImportRefused as e:
            for p in e.problems:
                print(p.text("en"))
            return fail(f"nothing imported: {len(e.problems)} problem(s); first: {e.problems[0].text('en')}")
        except Refused as e:
            return fail(_refusal(e))
        except _Failed as e:
            return fail(str(e))
        except StoreError as e:  # e.g. the disk filled up during the command: nothing of it was kept
            return fail(e.en)
        except OSError as e:
            return fail(f"{getattr(e, 'filename', '') or ''}: {e.strerror or e}".lstrip(": "))
        finally:
            book.close()

    return run


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


def cmd_check(args: argparse.Namespace) -> int:
    """Read-only: no checkpoint, no backup, not a byte of the book changed (desktop/store/check.py)."""
    if missing := _no_book(args):
        return fail(missing)
    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    try:
        done = FamilyBook.check(_data_dir(args))
    except StoreError as e:
        return fail(_refused_open(e))
    except OSError as e:
        return fail(f"cannot read the data folder {_data_dir(args)}: {e.strerror or e}")
    if not done.ok:
        more = f" (and {len(done.problems) - 1} more)" if len(done.problems) > 1 else ""
        return fail(f"integrity check failed: {done.problems[0]}{more}"
                    + (f"; the latest good backup is {done.latest_good.name}" if done.latest_good else ""))
    print(f"ok: {done.path} passes the integrity and foreign-key checks (schema {done.revision})")
    return 0


def cmd_drop_damaged_changes(book, args: argparse.Namespace) -> int:
    print(f"book open: {book.path}; changes its damaged -wal held were left out (the copy kept beside it has them)")
    return 0


def cmd_backup(book, args: argparse.Namespace) -> int:
    print(f"backup written: {book.backup('manual')}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.book import FamilyBook
    from desktop.store.errors import StoreError

    data_dir = _data_dir(args)
    chosen = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists():
            candidate = data_dir / "backups" / args.backup
            if candidate.exists():
                chosen = candidate
            else:
                return fail(f"no backup {args.backup}")
    try:
        done = FamilyBook.restore(data_dir, chosen)
    except StoreError as e:
        return fail(e.en)
    where = ""
    if done.previous is not None:
        where = (f"; the damaged book was kept as {done.previous.name}" if done.previous_was_damaged
                 else f"; the book before restoring is backed up as {done.previous.name}")
    print(f"restored {done.source.name}{where}")
    return 0


def _print_changes(preview) -> None:
    region = f"{preview.region[0]} / {preview.region[1]}"
    was = {"bundled": f"replaces the bundled version {preview.old_version}",
           "loaded": f"replaces the loaded version {preview.old_version}", "new": "a region new to the app"}
    print(f"{preview.origin}: {region} ({preview.code}), version {preview.version}; {was[preview.replaces]}")
    print(f"{len(preview.changes)} change(s):")
    for c in preview.changes:
        old, new = preview.shown(c)
        src = c.source if not c.old_source or c.old_source == c.source else f"{c.old_source} → {c.source}"
        print(f"  {c.key}: {old} → {new}   ({src or 'no source'})")


def cmd_pack_import(book, args: argparse.Namespace) -> int:
    preview = book.preview_policy_file(args.file)  # checked in full; Refused (nothing changed) otherwise
    _print_changes(preview)
    if not args.yes:
        if not sys.stdin.isatty():
            raise _Failed("not loaded: confirm with --yes (or run it in a terminal to be asked)")
        answer = input("Load this policy file and settle every visit again under it? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            print("not loaded; nothing was changed")
            return 1
    book.load_policy_file(preview)
    print(f"loaded {preview.name} into {book.data_dir / 'packs'}; every visit was settled again under it")
    return 0


def cmd_packs(book, args: argparse.Namespace) -> int:
    files = book.policy_files()
    if not files:
        print("no policy files loaded; the bundled packs are in use")
    for f in files:
        state = "in use" if f.in_use else f"NOT in use (the bundled pack applies): {f.problem}"
        print(f"{f.name}  {f.region[0]} / {f.region[1]}  version {f.version}  {state}")
    return 0


def cmd_pack_remove(book, args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise _Failed("not removed: confirm with --yes (or run it in a terminal to be asked)")
        answer = input(f"Remove {args.name} and go back to the bundled rules? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "是"):
            print("not removed; nothing was changed")
            return 1
    book.remove_policy_file(args.name)
    print(f"removed {args.name}; the bundled rules apply again and every visit was settled again")
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="familypool-cli", description="FamilyPool 家庭共济助手 (command line)")
    parser.add_argument("--data-dir", help="data folder (default: FAMILYPOOL_DATA_DIR or the platform data folder)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("regions", help="list region packs").set_defaults(func=cmd_regions)
    p = sub.add_parser("region", help="show one region's resolved rules")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.add_argument("--on", metavar="DATE", help="the rules in force on this date (YYYY-MM-DD; default today, China time)")
    p.set_defaults(func=cmd_region)

    sub.add_parser("init", help="create (or upgrade) the book in the data folder").set_defaults(func=_run_book(cmd_init))
    sub.add_parser("demo", help="fill an empty book with the demo family").set_defaults(func=_run_book(cmd_demo))
    p = sub.add_parser("export", help="write the whole book to a JSON file")
    p.add_argument("file")
    p.set_defaults(func=_run_book(cmd_export, needs_book=True))
    p = sub.add_parser("import", help="read a whole book from a JSON file (all or nothing)")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace a book that already has records")
    p.set_defaults(func=_run_book(cmd_import))
    p = sub.add_parser("visits-import", help="import visits from CSV (nothing while any row is bad)")
    p.add_argument("file")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows and skip the bad ones")
    p.add_argument("--progress", action="store_true", help="print progress to stderr")
    p.set_defaults(func=_run_book(cmd_visits_import))
    p = sub.add_parser("visits-export", help="export visits to CSV")
    p.add_argument("file")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="header language (default zh)")
    p.add_argument("--person", help="only this family member (name)")
    p.add_argument("--year", type=_year, help="only this year (1900-2200)")
    p.set_defaults(func=_run_book(cmd_visits_export, needs_book=True))
    p = sub.add_parser("balances", help="everyone's balances and usable money")
    p.add_argument("--json", action="store_true")
    p.add_argument("--on", help="date (YYYY-MM-DD); default today")
    p.set_defaults(func=_run_book(cmd_balances, needs_book=True))
    p = sub.add_parser("advise", help="the family's best plan: what cuts the cash paid, ranked and explained")
    p.add_argument("--months", type=_months, default=12, help="horizon from next month, 1-36 (default 12)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the sentences (default zh)")
    p.set_defaults(func=_run_book(cmd_advise, needs_book=True))
    sub.add_parser("check", help="full integrity and foreign-key check (changes nothing)").set_defaults(
        func=cmd_check)
    sub.add_parser("drop-damaged-changes", help="open a book whose -wal is damaged without the changes that cannot "
                   "be read (a copy of it is kept)").set_defaults(
        func=_run_book(cmd_drop_damaged_changes, needs_book=True), drop_damaged_changes=True)
    sub.add_parser("backup", help="write a backup now").set_defaults(func=_run_book(cmd_backup, needs_book=True))
    p = sub.add_parser("pack-import", help="check a policy (region pack) file, show what it changes, then load it")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="load without asking (the changes are printed first)")
    p.set_defaults(func=_run_book(cmd_pack_import))
    sub.add_parser("packs", help="list the policy files loaded").set_defaults(func=_run_book(cmd_packs, needs_book=True))
    p = sub.add_parser("pack-remove", help="remove a loaded policy file (the bundled pack applies again)")
    p.add_argument("name", help="the file's name as 'packs' lists it")
    p.add_argument("--yes", action="store_true", help="remove without asking")
    p.set_defaults(func=_run_book(cmd_pack_remove, needs_book=True))
    p = sub.add_parser("restore", help="restore a backup (default: the latest good one)")
    p.add_argument("backup", nargs="?", help="backup file or its name in the backups folder")
    p.set_defaults(func=cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted")


if __name__ == "__main__":
    sys.exit(main())
