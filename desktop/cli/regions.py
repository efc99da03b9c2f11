"""``regions`` and ``region``: the region packs and one region's resolved rules."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.core import policy

from .runner import _registry, fail


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
