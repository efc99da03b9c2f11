"""The ``familypool-cli`` argument parser: every subcommand, its options and the function it runs."""

from __future__ import annotations

import argparse

from .book_data import (
    _months,
    _year,
    cmd_advise,
    cmd_balances,
    cmd_demo,
    cmd_export,
    cmd_import,
    cmd_init,
    cmd_visits_export,
    cmd_visits_import,
)
from .packs import cmd_pack_import, cmd_pack_remove, cmd_packs
from .recovery import cmd_backup, cmd_check, cmd_drop_damaged_changes, cmd_restore
from .regions import cmd_region, cmd_regions
from .runner import _run_book


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
