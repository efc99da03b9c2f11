"""Whatever a person types (names, institutions, notes) is shown as the text they typed, never read as HTML:
a label showing it is plain text, or it is escaped inside the label's rich text, and no tooltip carries raw markup.
Checked on every page of the main window and the dialogs it opens with a family whose texts are hostile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import Qt as GuiQt  # GuiQt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from desktop.ui.main_window import ENTRIES
from desktop.ui.tables import Table
from tests.reliability.paths import model_texts

MARK = "<h1>X</h1><img src=file:///etc/hostname>"


def _hostile_family(book):
    head = book.add_member("王" + MARK, "140100", "employee", birth_date=dt.date(1966, 3, 8))
    wife = book.add_member("李" + MARK, "140100", "resident", head_relation="spouse", birth_date=dt.date(1968, 7, 21))
    book.record_statement(head.id, book.today(), 500000)
    book.record_statement(wife.id, book.today(), 30000)
    book.record_visit(wife.id, book.today(), "outpatient", "1", 23_400, institution="医院" + MARK, notes="备注" + MARK)
    start = book.today()
    book.propose_binding(head.id, wife.id, channel_id="shanxi_wechat", start=start, end=start + dt.timedelta(days=364),
                         amount_cap_fen=300000, status="active", note="绑定" + MARK)
    book.add_planned(head.id, start, "outpatient", 50_000, note="计划" + MARK)
    return head, wife


def _shown(label: QLabel) -> str:
    """What the label shows a person, as Qt renders it."""
    text = label.text()
    rich = label.textFormat() == GuiQt.TextFormat.RichText or (
        label.textFormat() == GuiQt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _problems(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if "<h1>" in w.toolTip() and GuiQt.mightBeRichText(w.toolTip()):
            out.append(f"{type(w).__name__} {w.objectName()!r}: tooltip with markup")
        if isinstance(w, QLabel) and ("<h1>" in w.text() or "&lt;h1&gt;" in w.text()) and MARK not in _shown(w):
            out.append(f"QLabel {w.objectName()!r} shows {_shown(w)!r} for {w.text()!r}")
        if isinstance(w, Table) and w.model() is not None:  # what the table shows as each cell's tooltip
            model = w.model()
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    tip = w.tooltip(model.index(r, c))
                    if "<h1>" in tip and GuiQt.mightBeRichText(tip):
                        out.append(f"{type(model).__name__} ({r}, {c}): tooltip with markup")
    return out


def test_hostile_texts_are_shown_as_typed_on_every_page(book, make_window, qtbot, lang):
    _hostile_family(book)
    w = make_window(book)
    problems: list[str] = []
    seen_mark = 0
    for key, _text, _icon in ENTRIES:
        w.show_page(key)
        qtbot.wait(20)
        page = w.page(key)
        problems += [f"{key}: {p}" for p in _problems(page)]
        labels = [lab for lab in page.findChildren(QLabel) if MARK in _shown(lab)]
        seen_mark += len(labels)
        for view in page.findChildren(QAbstractItemView):
            if view.model() is not None:
                seen_mark += sum(MARK in t for t in model_texts(view.model()))
    assert problems == [], "\n".join(problems)
    assert seen_mark > 5  # the texts are shown, as typed
    home = w.page("home")
    names = [lab for lab in home.findChildren(QLabel) if lab.text() == "王" + MARK]
    assert names and all(lab.textFormat() == GuiQt.TextFormat.PlainText for lab in names)
    w.book = None


def test_hostile_texts_are_shown_as_typed_in_the_dialogs(book, make_window, qtbot, lang):
    from desktop.ui.dialogs.binding_dialog import BindingDialog
    from desktop.ui.dialogs.member_form import MemberDialog
    from desktop.ui.dialogs.planner_dialog import PlannerDialog
    from desktop.ui.dialogs.projection_plan_dialog import ProjectionPlanDialog
    from desktop.ui.dialogs.scenario_dialog import ScenarioDialog
    from desktop.ui.dialogs.statement_dialog import StatementDialog
    from desktop.ui.dialogs.transfer_dialog import TransferDialog
    from desktop.ui.dialogs.visit_dialog import VisitDialog
    from desktop.ui.guide.wizard import open_guide

    head, wife = _hostile_family(book)
    w = make_window(book)
    visit = book.visits()[0]
    dialogs = {
        "binding": BindingDialog(book, w, authorizer_id=head.id, beneficiary_id=wife.id),
        "member": MemberDialog(book, w, member=book.member(head.id)),
        "planner": PlannerDialog(book, w, from_id=head.id, to_id=wife.id),
        "projection plan": ProjectionPlanDialog(book, w),
        "scenario": ScenarioDialog(book, book.project(months=6).months, w),
        "statement": StatementDialog(book, book.member(head.id), w),
        "transfer": TransferDialog(book, w, from_id=head.id, to_id=wife.id),
        "visit": VisitDialog(book, w, visit=book.visit(visit.id)),
        "guide": open_guide(w, purpose="bind", authorizer_id=head.id, beneficiary_id=wife.id),
    }
    problems: list[str] = []
    for name, d in dialogs.items():
        d.show()
        qtbot.wait(20)
        if name == "guide":  # every page of the guide it can reach without answers
            for _ in range(4):
                problems += [f"{name}: {p}" for p in _problems(d)]
                d.next()
                qtbot.wait(10)
        problems += [f"{name}: {p}" for p in _problems(d)]
        d.close()
    assert problems == [], "\n".join(problems)
    w.book = None
