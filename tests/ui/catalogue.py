"""Every dialog a person can open from the main window on the demo family, each opened the way a person opens it
(the page's own action, the menu's, the shortcut's), for tests/ui/test_elder_mode.py and scripts/screenshots.py.

``dialogs(qtbot, w, tmp_path, monkeypatch)`` yields ``(where, open_it)``; ``open_it()`` returns the dialog (or
the guide at one of its pages) shown and not blocking. Questions that normally block (``confirm``, the policy
file's preview) are shown without waiting and answered "no", so nothing is changed. The entries that must
change the book to be reached at all (a transfer waiting, a binding waiting for approval, a quota standing)
come last, so every one before them sees the demo family as it was built. The script passes small stand-ins for
pytest-qt's ``qtbot`` (``waitUntil``) and pytest's ``monkeypatch`` (``setattr``).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

Opener = Callable[[], "QWidget | None"]
GUIDE = "home: binding guide"  # the test walks this one from its first page to the people


def slug(where: str) -> str:
    """The file name part of an entry: "wallet: new transfer" -> "wallet-new-transfer"."""
    keep = "".join(c if c.isalnum() else "-" for c in where.lower())
    return "-".join(p for p in keep.split("-") if p)


def _member(w, name: str) -> int:
    return next(m.id for m in w.book.members() if m.name == name)


def _select(table, model, match: Callable[[Any], bool]) -> None:
    """Select the first row whose row object matches (the tables are sorted; row 0 is not always the same)."""
    rows = model.rows
    table.select_row(next(i for i, r in enumerate(rows) if match(r)))


class _Asked:
    """Blocking questions shown without waiting: the modules' ``confirm`` and the policy file's ``review_changes``
    make their box, open it, remember it and answer no."""

    def __init__(self, monkeypatch) -> None:
        self.boxes: list[QWidget] = []
        self.monkeypatch = monkeypatch

    def _keep(self, box: QWidget) -> bool:
        box.open()
        self.boxes.append(box)
        return False

    def confirms(self, *modules: Any) -> None:
        from desktop.ui.widgets import confirm_box

        for m in modules:
            self.monkeypatch.setattr(m, "confirm", lambda parent, title, text: self._keep(confirm_box(parent, title,
                                                                                                     text)))

    def reviews(self, module: Any) -> None:
        from desktop.ui.dialogs.policy_file_dialog import PolicyFileDialog

        self.monkeypatch.setattr(module, "review_changes", lambda parent, preview: self._keep(
            PolicyFileDialog(preview, parent)))

    def last(self, action: Callable[[], Any]) -> QWidget | None:
        before = len(self.boxes)
        action()
        return self.boxes[-1] if len(self.boxes) > before else None


def dialogs(qtbot, w, tmp_path: Path, monkeypatch) -> Iterator[tuple[str, Opener]]:
    from desktop.ui.guide import intro_page
    from desktop.ui.guide import wizard as guide_wizard
    from desktop.ui.pages import bindings_page, family_page, settings_page, visits_page, wallet_page

    asked = _Asked(monkeypatch)
    asked.confirms(family_page, bindings_page, visits_page, wallet_page, settings_page, intro_page, guide_wizard)
    asked.reviews(settings_page)

    # ---- Family ----
    family = w.page("family")
    yield "family: add a member", lambda: (family.add_member(), family.dialog)[1]

    def edit_member():
        family.table.select_row(0)
        family.edit_member()
        return family.dialog

    yield "family: edit a member", edit_member

    def statement():
        family.table.select_row(0)
        family.record_statement()
        return family.dialog

    yield "family: record a balance", statement
    yield "update balances (Ctrl+U)", w.update_balances

    def remove_member():
        family.table.select_row(0)
        return asked.last(family.remove_member)

    yield "family: remove a member", remove_member

    def delete_statement():
        family.table.select_row(0)
        family.statement_table.select_row(0)
        return asked.last(family.delete_statement)

    yield "family: delete a balance record", delete_statement

    # ---- Bindings ----
    bindings = w.page("bindings")
    yield "bindings: enter one already made", lambda: bindings.open_dialog()

    def end_binding():
        _select(bindings.table, bindings.model, lambda b: b.status == "active")
        return asked.last(bindings.terminate)

    yield "bindings: end a binding", end_binding

    def delete_binding():
        bindings.table.select_row(0)
        return asked.last(bindings.delete)

    yield "bindings: delete a binding", delete_binding

    # ---- the binding guide, as far as the demo family reaches it ----
    yield GUIDE, lambda: w.page("home").cards[0].open_guide()
    yield from _guide(w, asked)

    # ---- Visits ----
    visits = w.page("visits")
    yield "visits: add a visit", visits.add_visit

    def edit_visit():
        visits.table.select_row(0)
        return visits.edit_visit()

    yield "visits: edit a visit", edit_visit
    csv = tmp_path / "visits.csv"
    csv.write_text("姓名,日期,就医类型,医院等级,总费用,统筹实际支付\n王建国,2025/4/1,药店购药,,¥95.00,\n"
                   "无名氏,2025-03-02,普通门诊,三甲,10,\n", encoding="utf-8")
    monkeypatch.setattr(visits_page, "choose_csv_to_open", lambda parent: csv)
    yield "visits: import a CSV", visits.import_csv

    def delete_visit():
        visits.table.select_row(0)
        return asked.last(visits.delete_visit)

    yield "visits: delete a visit", delete_visit

    # ---- Wallet ----
    wallet = w.page("wallet")
    yield "wallet: new transfer", wallet.new_transfer
    yield "wallet: plan a larger amount", wallet.open_planner
    yield "wallet: set a quota", wallet.new_quota

    def delete_transfer():
        wallet.table.select_row(0)
        return asked.last(wallet.delete)

    yield "wallet: delete a transfer", delete_transfer

    # ---- Projection ----
    projection = w.page("projection")
    yield "projection: what-if", projection.open_scenario
    yield "projection: plans", projection.open_plans

    # ---- Savings plan: "Start this" opens the guide filled in ----
    def savings_start():
        page = w.page("savings")
        qtbot.waitUntil(lambda: page.advice is not None and not page.progress.isVisible(), timeout=60000)
        page.boxes[0].buttons[0].click()
        return page.guide

    yield "savings: start this (binding guide)", savings_start

    # ---- Settings ----
    yield from _settings(qtbot, w, tmp_path, monkeypatch, asked)

    # ---- the menus ----
    yield "help: help", w.menus.show_help
    yield "help: about", w.menus.show_about

    def write_failure():
        from desktop.ui.write_failure import show_write_failure

        return show_write_failure(w, OSError(errno.ENOSPC, "No space left on device"))

    yield "a save that failed (disk full)", write_failure

    # ---- the first run: an empty book ----
    yield from _first_run(w, tmp_path)

    # ---- last: reached only after a change to the book ----
    yield from _after_changes(w, asked)


def _guide(w, asked: _Asked) -> Iterator[tuple[str, Opener]]:
    from desktop.ui.guide import open_guide
    from desktop.ui.guide import page_ids as P

    def opened(purpose: str, a: str, b: str):
        wiz = open_guide(w, purpose=purpose, skip_intro=True)
        if wiz.currentId() == P.INTRO:
            wiz.currentPage().radios[purpose].setChecked(True)
            wiz.next()
        page = wiz.currentPage()
        page.a.setCurrentIndex(page.a.findData(_member(w, a)))
        page.b.setCurrentIndex(page.b.findData(_member(w, b)))
        return wiz

    def bind(upto: str, a: str = "王磊", b: str = "张桂兰"):
        def open_it():
            wiz = opened("bind", a, b)
            if upto == "people":
                return wiz
            wiz.next()
            if hasattr(wiz.currentPage(), "amount"):
                wiz.currentPage().amount.setText("1000")
            if upto == "check":
                return wiz
            wiz.next()
            if upto == "channel":
                return wiz
            wiz.next()
            if upto == "step":
                return wiz
            while P.FIRST_STEP <= wiz.currentId() < P.RESULT:
                wiz.currentPage().tick.setChecked(True)
                wiz.next()
            if upto == "result":
                return wiz
            wiz.next()
            return wiz
        return open_it

    yield "binding guide: people", bind("people")
    yield "binding guide: check, allowed", bind("check")
    yield "binding guide: check, refused", bind("check", a="李秀英", b="王磊")
    yield "binding guide: channel", bind("channel")
    yield "binding guide: official step", bind("step")
    yield "binding guide: result", bind("result")
    yield "binding guide: done", bind("done")

    def transfer(upto: str):
        def open_it():
            wiz = opened("transfer", "王建国", "张桂兰")
            while True:
                page = wiz.currentPage()
                key = wiz.page_key(wiz.currentId())
                kind = type(page).__name__
                if key == upto or (upto == "step" and kind == "StepPage") or (upto == "send" and kind ==
                                                                                   "WalletCheckPage"):
                    return wiz
                if kind == "StepPage":
                    page.tick.setChecked(True)
                elif kind == "WalletCheckPage":
                    page.amount.setText("500")
                    page.hospital.setChecked(True)
                    page.institution.setText("上海市第一人民医院")
                before = wiz.currentId()
                wiz.next()
                if wiz.currentId() == before or (wiz.currentId() == P.DONE and upto != "done"):
                    return wiz  # the page asked for is not on this path: show where the walk stopped
        return open_it

    yield "wallet guide: check", transfer("check")
    yield "wallet guide: official step", transfer("step")
    yield "wallet guide: before sending", transfer("send")
    yield "wallet guide: sent", transfer("sent")
    yield "wallet guide: done", transfer("done")

    def intro_with_unfinished():
        wiz = open_guide(w)
        wiz.currentPage().fill_unfinished()
        return wiz

    yield "binding guide: start, half-done guides waiting", intro_with_unfinished

    def forget():
        if not w.book.guides(finished=False):  # none left half-done yet: leave one at its check page
            bind("check")().close()
        wiz = intro_with_unfinished()
        page = wiz.currentPage()
        shown = asked.last(lambda: page.forget_buttons[next(iter(page.forget_buttons))].click())
        if shown is not None:  # asked over the guide; the guide closes with the question
            shown.finished.connect(lambda _r: wiz.close())
        return shown

    yield "binding guide: forget a half-done guide", forget


def _settings(qtbot, w, tmp_path: Path, monkeypatch, asked: _Asked) -> Iterator[tuple[str, Opener]]:
    from desktop.core import policy
    from desktop.ui.pages import settings_page

    def policy_preview():
        toml = tmp_path / "140100-taiyuan.toml"
        text = (policy.packs_dir() / "140100-taiyuan.toml").read_text(encoding="utf-8")
        floor = 'reserve_floor_fen = { value = 100000, source = "F-T10" }'
        toml.write_text(text.replace(floor, floor.replace("100000", "120000")), encoding="utf-8")
        monkeypatch.setattr(settings_page, "choose_policy_file", lambda _p, _t: toml)
        return asked.last(w.page("settings").load_policy_file)

    yield "settings: load a policy file", policy_preview

    def restore():
        page = w.page("settings")
        if not w.book.backups():
            page.back_up_now()
        page.backup_table.select_row(0)
        return asked.last(page.restore_backup)

    yield "settings: restore a backup", restore

    def exported() -> dict:
        good = tmp_path / "good.json"
        w.book.export_json(good)
        return json.loads(good.read_text(encoding="utf-8"))

    def replace_book():
        whole = tmp_path / "whole.json"
        whole.write_text(json.dumps(exported(), ensure_ascii=False), encoding="utf-8")
        monkeypatch.setattr(settings_page, "choose_open_path", lambda _p, _t: whole)
        return asked.last(w.page("settings").import_book)

    yield "settings: import a book, replace the whole book", replace_book

    def import_problems():
        doc = exported()
        doc["members"][1]["insurance"] = "gold"
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        monkeypatch.setattr(settings_page, "choose_open_path", lambda _p, _t: bad)
        monkeypatch.setattr(settings_page, "confirm", lambda *_a: True)
        page = w.page("settings")
        page.import_button.click()
        qtbot.waitUntil(lambda: page.import_worker is None, timeout=20000)
        asked.confirms(settings_page)
        return page.problems_dialog

    yield "settings: import with problems", import_problems


def _first_run(w, tmp_path: Path) -> Iterator[tuple[str, Opener]]:
    """A second main window on an empty book, as on the first start; it closes with what was opened."""
    from PySide6.QtCore import QSettings

    from desktop.book import FamilyBook
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_store import UiSettings

    def window(n: int):
        folder = tmp_path / f"first-run-{n}"
        settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        settings.set_large_text(w.settings.large_text())
        first = MainWindow(data_dir=folder, settings=settings, book=FamilyBook.open(folder / "data"))
        first.resize(w.size())
        first.show()
        return first

    yield "first run: welcome", lambda: window(1)

    def own_family():
        first = window(2)
        welcome = first.page("home").welcome
        welcome.start_own()
        welcome.dialog.finished.connect(lambda _r: first.close())
        return welcome.dialog

    yield "first run: my own family, the first member", own_family


def _after_changes(w, asked: _Asked) -> Iterator[tuple[str, Opener]]:
    wallet = w.page("wallet")
    now = w.book.clock()

    def received():
        head, mother = _member(w, "王建国"), _member(w, "张桂兰")
        if not any(t.state == "waiting" for t in wallet.model.rows):
            w.book.create_transfer(head, mother, 30000, now)  # sent just now: the person saved a new transfer
            wallet.refresh()
        _select(wallet.table, wallet.model, lambda t: t.state == "waiting")
        return wallet.mark_received()

    yield "wallet: transfer received", received

    def went_back():
        _select(wallet.table, wallet.model, lambda t: t.state == "waiting")
        return asked.last(wallet.mark_returned)

    yield "wallet: transfer went back", went_back

    def standing_quota():
        if not wallet.quota_model.rowCount():
            w.book.set_quota(_member(w, "王磊"), _member(w, "李秀英"), 50000, now)
            wallet.refresh()
        wallet.quota_table.select_row(0)

    def end_quota():
        standing_quota()
        return wallet.end_quota()

    yield "wallet: end a quota", end_quota

    def delete_quota():
        standing_quota()
        return asked.last(wallet.delete_quota)

    yield "wallet: delete a quota", delete_quota

    def approve():
        bindings = w.page("bindings")
        if not any(b.status in ("draft", "pending") for b in bindings.model.rows):
            w.book.propose_binding(_member(w, "王磊"), _member(w, "王建国"), start=w.book.today(),
                                   end=w.book.today() + dt.timedelta(days=364), amount_cap_fen=100000,
                                   status="pending")
            bindings.refresh()
        _select(bindings.table, bindings.model, lambda b: b.status in ("draft", "pending"))
        return bindings.activate()

    yield "bindings: binding approved", approve

    def kept_plan():
        from desktop.ui.qtdates import to_qdatetime

        w.book.set_sharing_model("transfer")  # 2026 shares by quota (F-N11): the family keeps moving money instead
        d = wallet.open_planner()
        d.sender.setCurrentIndex(d.sender.findData(_member(w, "王建国")))
        d.recipient.setCurrentIndex(d.recipient.findData(_member(w, "张桂兰")))
        d.amount.setText("1000")  # what 王建国 still has after the entries above: ¥1,424
        d.deadline.setDateTime(to_qdatetime(now + dt.timedelta(days=3)))
        d.replan()
        d.keep()  # the family keeps the schedule: it is listed on the Wallet page as planned transfers
        return d

    yield "wallet: plan a larger amount, kept", kept_plan

    def delete_planned():
        wallet.refresh()
        wallet.planned_table.select_row(0)
        return asked.last(wallet.delete_planned)

    yield "wallet: delete a planned transfer", delete_planned
