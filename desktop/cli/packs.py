"""Policy files a family loads: ``pack-import``, ``packs`` and ``pack-remove``."""

from __future__ import annotations

import argparse
import sys

from .runner import _Failed


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
