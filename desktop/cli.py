"""Headless entry: ``familypool-cli`` for scripts, tests and support.

Exit codes: 0 success; 1 a refused or failed command (one-line reason on stderr); 2 bad usage.
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
    print(f"familypool-cli: {message}", file=sys.stderr)
    return 1


def cmd_regions(args: argparse.Namespace) -> int:
    reg = policy.load_default()
    for code in reg.codes():
        p = reg.get(code)
        print(f"{code}  {p.name[0]}  {p.name[1]}  {p.year}")
    for err in reg.errors:
        print(f"refused: {err}", file=sys.stderr)
    return 0


def _print_rules(res: dict) -> None:
    print(f"{res['code']}  {res['name']['zh']} / {res['name']['en']}  ({res['year']})")
    print("chain: " + " → ".join(res["chain"]))
    for section in policy.SECTIONS:
        if not res[section]:
            continue
        print(f"\n[{section}]")
        for name, v in res[section].items():
            print(f"  {name} = {json.dumps(v['value'], ensure_ascii=False)}   ({v['source']}, from {v['from']})")
            for alt in v.get("alternatives", []):
                print(f"    also: {json.dumps(alt['value'], ensure_ascii=False)} ({alt['source']})")
    for kind in policy.ROW_FIELDS:
        if not res[kind]:
            continue
        print(f"\n[{kind}]")
        for row in res[kind]:
            shown = {k: v for k, v in row.items() if k not in ("source", "from", "note", "alternatives", "steps")}
            print(f"  {json.dumps(shown, ensure_ascii=False)}   ({row['source']}, from {row['from']})")
            for alt in row.get("alternatives", []):
                print(f"    also: {json.dumps(alt['value'], ensure_ascii=False)} ({alt['source']})")


def cmd_region(args: argparse.Namespace) -> int:
    reg = policy.load_default()
    try:
        res = reg.get(args.code).resolved()
    except KeyError:
        bad = [e for e in reg.errors if e.file.startswith(args.code)]
        return fail(str(bad[0]) if bad else f"no region pack for code {args.code}; see 'familypool-cli regions'")
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        _print_rules(res)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="familypool-cli", description="FamilyPool 家庭共济助手 (command line)")
    parser.add_argument("--data-dir", help="data folder (default: FAMILYPOOL_DATA_DIR or the platform data folder)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("regions", help="list region packs").set_defaults(func=cmd_regions)
    p = sub.add_parser("region", help="show one region's resolved rules")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_region)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted")


if __name__ == "__main__":
    sys.exit(main())
