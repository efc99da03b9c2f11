"""``familypool --self-test``: prove this installation works, end to end, without touching the user's data.

Run by CI on the installed .deb (no Python on the path) and by support on a user's machine. It loads every
bundled region pack (any refused pack fails), creates and migrates a book in a temporary data folder, fills
the demo family, builds the main window offscreen and opens every page, records a visit, runs a projection,
and prints a PDF sheet. Each step prints one line, ``step: what was checked``; the last line is ``self-test ok`` (exit 0), or
``self-test FAILED at <step>: <reason>`` (exit 1) with the traceback on stderr.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

VISIT_TOTAL_FEN = 12345  # ¥123.45: any amount works; the split must add up to it exactly


class SelfTestFailure(Exception):
    """A check that did not hold; the message is the reason shown to the user."""


@dataclass
class Context:
    tmp: Path
    argv0: str
    book: Any = None
    registry: Any = None
    demo: Any = None
    app: Any = None
    window: Any = None


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise SelfTestFailure(reason)


# ---- steps: each returns the detail printed after "ok" ----

def step_python(ctx: Context) -> str:
    if getattr(sys, "frozen", False):
        return f"bundled (frozen) in {getattr(sys, '_MEIPASS', Path(sys.executable).parent)}"
    return f"{sys.executable} (running from source)"


def step_database(ctx: Context) -> str:
    from desktop.book import FamilyBook

    data_dir = ctx.tmp / "data"
    ctx.book = FamilyBook.open(data_dir, registry=ctx.registry, daily_backup=False)
    _check(ctx.book.path.is_file(), f"no database file was created in {data_dir}")
    revision = ctx.book.db.revision()
    _check(revision is not None, "the new database has no schema revision: the migrations did not run")
    integrity = ctx.book.integrity(full=True)
    _check(integrity == ["ok"], f"integrity check: {'; '.join(integrity)}")
    _check(ctx.book.is_empty(), "a new book is not empty")
    return f"created {ctx.book.path.name} and migrated it to revision {revision}"


def step_region_packs(ctx: Context) -> str:
    from desktop.core import policy

    folder = policy.packs_dir()
    files = sorted(folder.glob("*.toml"))
    _check(bool(files), f"no region packs in {folder}")
    registry = policy.load_default()
    if registry.errors:
        raise SelfTestFailure("refused region packs: " + " | ".join(str(e) for e in registry.errors))
    _check(len(registry.codes()) == len(files),
           f"{len(files)} pack files but {len(registry.codes())} packs loaded")
    _check(policy.NATIONAL in registry.codes(), "the national pack 000000 is missing")
    dates = sorted({v.effective for p in registry.packs.values() for v in p.versions})
    for code in registry.codes():
        registry.get(code).resolved()  # every rule of every pack, inherited through its chain
        for day in dates:  # ... and as in force from each dated version on
            registry.get(code, day).resolved()
    ctx.registry = registry
    return f"{len(files)} packs loaded and resolved from {folder}"


def step_demo_family(ctx: Context) -> str:
    from desktop import demo

    ctx.demo = demo.build_demo(ctx.book)
    members = ctx.book.members()
    _check(len(members) >= 2, f"the demo family has {len(members)} members")
    return f"{len(members)} members, {len(ctx.book.bindings())} bindings, {ctx.book.visit_count()} visits"


def step_main_window(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme
    from desktop.ui.main_window import ENTRIES, MainWindow
    from desktop.ui.settings_store import UiSettings

    ctx.app = QApplication.instance() or QApplication([ctx.argv0])
    ctx.app.setOrganizationName("FamilyPool")
    ctx.app.setApplicationName("FamilyPool")
    _check(i18n.install("zh_CN"), f"the Chinese catalogue is missing from {i18n.i18n_dir()}")
    home = QCoreApplication.translate("MainWindow", "Home")
    _check(home != "Home", "the Chinese catalogue loaded but does not translate the sidebar")
    theme.apply(ctx.app, False)
    settings = UiSettings(QSettings(str(ctx.tmp / "ui.ini"), QSettings.Format.IniFormat))
    ctx.window = MainWindow(data_dir=ctx.book.data_dir, settings=settings, book=ctx.book)
    ctx.window.show()
    ctx.app.processEvents()
    _check(ctx.window.isVisible(), "the main window did not show")
    for key, _text, _icon in ENTRIES:
        ctx.window.show_page(key)
        ctx.app.processEvents()
        current = ctx.window.stack.currentWidget()
        _check(current is not None and current.objectName() == f"page_{key}", f"the {key} page did not open")
    ctx.window.show_page("home")
    ctx.app.processEvents()
    return f"{len(ENTRIES)} pages opened on the {ctx.app.platformName()} platform, title “{ctx.window.windowTitle()}”"


def step_visit(ctx: Context) -> str:
    book = ctx.window.book  # through the window, whose pages refresh from the book's change signal
    before = book.visit_count()
    member = book.member(ctx.demo.head)
    out = book.record_visit(member.id, book.today(), "outpatient", "3A", VISIT_TOTAL_FEN, institution="self-test")
    _check(out.visit_id is not None, "the visit was not stored")
    _check(book.visit_count() == before + 1, "the visit count did not grow by one")
    _check(out.fund_fen + out.personal_fen == VISIT_TOTAL_FEN,
           f"fund {out.fund_fen} + personal {out.personal_fen} fen is not the total {VISIT_TOTAL_FEN}")
    paid = sum(line.amount_fen for line in out.settlement.lines)
    _check(paid == out.personal_fen, f"the payment lines add up to {paid} fen, not {out.personal_fen}")
    stored = book.visit(out.visit_id)
    _check(stored.total_fen == VISIT_TOTAL_FEN and len(stored.lines) == len(out.settlement.lines),
           "the stored visit differs from the one recorded")
    ctx.window.show_page("visits")
    ctx.app.processEvents()
    return (f"{member.name}: total {VISIT_TOTAL_FEN} fen = fund {out.fund_fen} + "
            f"{len(out.settlement.lines)} payment lines {paid}")


def step_projection(ctx: Context) -> str:
    months = 12
    inp = ctx.book.projection_input(months=months)
    _check(bool(inp.spending), "the demo family's visits give no expected spending to project")
    result = ctx.book.project(months=months)
    _check(len(result.months) == months, f"{len(result.months)} months projected, not {months}")
    _check(result.months[0] == ctx.book.projection_start().replace(day=1),
           "the projection does not start with this month")
    _check(bool(result.accounts), "the projection lists no accounts")
    for acc in result.accounts:
        opening = acc.months[0].opening_fen
        for m in acc.months:
            flow = m.opening_fen + m.inflow_fen - m.own_use_fen - m.paid_for_others_fen + m.received_fen
            _check(m.opening_fen == opening and m.closing_fen == flow,
                   f"{acc.name} ({acc.account.kind}) in {m.month:%Y-%m} does not add up")
            opening = m.closing_fen
    summary = result.summary()
    _check(bool(summary), "the projection gives no summary")
    return f"{months} months, {len(result.accounts)} accounts; {summary[0].text_zh}"


def step_band(ctx: Context) -> str:
    """The uncertainty band, which runs its futures side by side with NumPy: the bundle must carry it."""
    runs = 200
    band = ctx.book.simulate_band(months=12, runs=runs, seed=1)
    _check(band.runs == runs and len(band.months) == 12, "the band did not run its futures")
    for acc in band.accounts:
        _check(all(lo <= mid <= hi for lo, mid, hi in zip(acc.band.p10, acc.band.p50, acc.band.p90, strict=True)),
               f"{acc.name}'s band is out of order")
    import numpy

    return f"{runs} futures × 12 months, {len(band.accounts)} accounts (NumPy {numpy.__version__})"


def step_print_pdf(ctx: Context) -> str:
    """A payment card as a PDF, the way the app writes one: ``QPdfWriter``, never the print system (CUPS may be
    on the network, and merely creating a ``QPrinter`` asks it for printers)."""
    from PySide6.QtSvg import QSvgRenderer

    from desktop.ui.i18n import i18n_dir
    from desktop.ui.print.pdf import write_pdf
    from desktop.ui.print.sheets import payment_card

    icon = i18n_dir().parent / "icons" / "familypool.svg"
    _check(QSvgRenderer(str(icon)).isValid(), f"cannot render {icon}")
    pdf = ctx.tmp / "sheet.pdf"
    pages = write_pdf(payment_card(ctx.book, ctx.demo.head, "zh"), pdf)
    data = pdf.read_bytes() if pdf.is_file() else b""
    _check(data.startswith(b"%PDF") and pages >= 1, "printing to PDF produced no PDF file")
    return f"A4 payment card printed to PDF ({pages} page(s), {len(data)} bytes), SVG icon rendered"


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("python", step_python),
    ("region packs", step_region_packs),
    ("database", step_database),
    ("demo family", step_demo_family),
    ("main window", step_main_window),
    ("visit", step_visit),
    ("projection", step_projection),
    ("band", step_band),
    ("printing", step_print_pdf),
]


def _output() -> TextIO:
    """stdout, or a log file when there is none (a windowed Windows build)."""
    if sys.stdout is not None:
        return sys.stdout
    path = Path(tempfile.gettempdir()) / "familypool-self-test.log"
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:  # owner-only, and never through a link planted in the shared temporary folder
        fd = os.open(path, flags, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    except OSError:  # a link, or someone else's file: a fresh name of our own instead
        fd, _name = tempfile.mkstemp(prefix="familypool-self-test-", suffix=".log")
    return os.fdopen(fd, "w", encoding="utf-8")


def _close(ctx: Context) -> None:
    if ctx.window is not None:
        ctx.window.close()
        ctx.window.deleteLater()
        ctx.app.processEvents()
    elif ctx.book is not None:
        ctx.book.close()


def run(argv: list[str] | None = None) -> int:
    """Run every step in a throw-away folder; 0 when all pass."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, and none is touched
    out = _output()
    tmp = Path(tempfile.mkdtemp(prefix="familypool-self-test-"))
    ctx = Context(tmp=tmp, argv0=(argv or sys.argv or ["familypool"])[0])
    name = "start"
    try:
        for name, step in STEPS:
            print(f"{name}: {step(ctx)}", file=out, flush=True)
        _close(ctx)
    except Exception as e:  # every failure becomes a reason line and exit 1
        reason = str(e) if isinstance(e, SelfTestFailure) else f"{type(e).__name__}: {e}"
        print(f"self-test FAILED at {name}: {reason}", file=out, flush=True)
        traceback.print_exc(file=sys.stderr if sys.stderr is not None else out)
        try:
            _close(ctx)
        except Exception:  # the failure above is the one to report
            pass
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("self-test ok", file=out, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run())
