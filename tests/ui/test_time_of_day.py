"""The visit and balance forms place a record in time (issue 12): typed today it counts from now; for another
date it is the end of that day unless the person gives a time. What lands in the book is checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime

from desktop.ui.dialogs.statement_dialog import StatementDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.qtdates import to_qdate
from tests.ui.families import NOW, bind_head_to_wife, open_family


def test_a_balance_typed_today_counts_from_now_and_pays_the_next_visit(english, qtbot, tmp_path):
    f = open_family(tmp_path / "data")
    try:
        bind_head_to_wife(f)
        head = next(m for m in f.book.members() if m.id == f.head)
        d = StatementDialog(f.book, head)
        qtbot.addWidget(d)
        assert d.at.given.isChecked() and d.at.time.time() == QTime(NOW.hour, NOW.minute)
        assert d.at.given.text() == "At a time of day"
        qtbot.keyClicks(d.balance, "3500")
        d.save()
        st = f.book.statements(f.head)[0]
        assert (st.on_date, st.on_time, st.balance_fen) == (NOW.date(), NOW.time(), 350000)
        v = VisitDialog(f.book, member_id=f.wife)
        qtbot.addWidget(v)
        v.person.setCurrentIndex(v.person.findData(f.wife))
        assert v.at.given.isChecked()
        v.hospital.setCurrentIndex(v.hospital.findData("1"))
        qtbot.keyClicks(v.total, "500")
        qtbot.keyClicks(v.fund_actual, "0")
        v.preview()
        assert "王建国" in v.split_text() and "¥500.00" in v.split_text()
        v.save()
        saved = f.book.visits(with_lines=True)[0]
        assert saved.on_time == NOW.time()
        assert [(ln.source, ln.payer_id, ln.amount_fen) for ln in saved.lines] == [("family", f.head, 50000)]
    finally:
        f.book.close()


def test_another_date_has_no_time_unless_one_is_given(english, qtbot, tmp_path):
    f = open_family(tmp_path / "data")
    try:
        v = VisitDialog(f.book, member_id=f.wife)
        qtbot.addWidget(v)
        v.date.setDate(to_qdate(NOW.date() - dt.timedelta(days=3)))
        assert not v.at.given.isChecked() and not v.at.time.isEnabled()
        assert "end of the day" in v.at.toolTip()
        assert v.fields()["on_time"] is None
        v.at.given.setChecked(True)
        v.at.time.setTime(QTime(8, 15))
        assert v.fields()["on_time"] == dt.time(8, 15)
        v.date.setDate(to_qdate(NOW.date()))  # the person chose a time: changing the date keeps it
        assert v.fields()["on_time"] == dt.time(8, 15)
    finally:
        f.book.close()
