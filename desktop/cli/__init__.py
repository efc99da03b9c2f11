"""Headless entry: ``familypool-cli`` for scripts, tests and support.

Exit codes: 0 success; 1 a refused or failed command (one-line reason on stderr); 2 bad usage.
The data folder is ``--data-dir``, else ``FAMILYPOOL_DATA_DIR``, else the platform data folder
(the same place the GUI uses). Book commands speak only to ``desktop.book.FamilyBook``.

The commands live by area in this package: regions.py, book_data.py, recovery.py, packs.py; runner.py
holds what they share and parser.py the argument parser.
"""

from __future__ import annotations

from .parser import build_parser
from .runner import COMMANDS, Command, fail  # noqa: F401  (the package's names, as when it was one module)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted")
