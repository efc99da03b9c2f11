"""FamilyBook: members — validation, masking, edits, and refusing to remove people with records."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.book import Refused
from desktop.core import idnumber
from tests.store.family import family, open_book

VALID_ID = "11010519491231002X"  # the worked example of GB 11643-1999


def test_gb11643_checksum_by_hand():
    # Σ a_i·W_i for 11010519491231002: 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167
    # 167 mod 11 = 2 → check character "X"
    assert idnumber.check_char("11010519491231002") == "X"
    assert idnumber.problem(VALID_ID) is None
    assert idnumber.problem(VALID_ID.lower()) is None  # a lower-case x is the same number
    assert idnumber.problem("110105194912310021").code == "checksum"
    assert idnumber.problem("110105194913310027").code == "birth_date"  # month 13
    assert idnumber.problem("11010519491231002").code == "length"
    assert idnumber.problem("110105491231002").code == "old_15"
    assert idnumber.problem("1101051949123100AX").code == "characters"
    assert idnumber.problem("１１０１０５１９４９１２３１００２Ｘ") is None  # full-width digits


def test_mask_shows_the_first_and_last_four():
    assert idnumber.mask("140102198001011234") == "1401**********1234"
    assert idnumber.mask(None) == ""


def test_add_member_stores_the_id_as_given_and_shows_it_masked(tmp_path):
    book = open_book(tmp_path)
    m = book.add_member("王建国", "140100", "employee", id_number=f" {VALID_ID.lower()} ",
                        birth_date=dt.date(1949, 12, 31))
    assert m.id_number_masked == "1101**********002X" and m.has_id_number
    assert VALID_ID.lower() not in repr(m) and VALID_ID not in repr(m)
    book.close()
    con = sqlite3.connect(tmp_path / "data" / "familypool.sqlite")
    assert con.execute("SELECT id_number FROM members").fetchone()[0] == VALID_ID.lower()  # as typed, trimmed
    con.close()


def test_add_member_refusals_name_every_problem(tmp_path):
    book = open_book(tmp_path)
    with pytest.raises(Refused) as e:
        book.add_member("  ", "999999", "pension", id_number="110105194912310021",
                        birth_date=dt.date(2030, 1, 1), head_relation="cousin")
    codes = e.value.codes
    assert set(codes) == {"name_required", "unknown_region", "unknown_value", "birth_in_future", "id_number"}
    assert codes.count("unknown_value") == 2  # relation and insurance type
    assert "校验位" in e.value.text("zh") and "check character" in e.value.text("en")
    assert book.members() == []


def test_validate_member_is_clean_for_good_input(tmp_path):
    book = open_book(tmp_path)
    assert book.validate_member("李秀英", "140100", "resident", head_relation="spouse", id_number=VALID_ID) == []
    assert [p.field for p in book.validate_member("", "140100", "resident")] == ["name"]


def test_edit_member(tmp_path):
    f = family(tmp_path)
    m = f.book.edit_member(f.wife, status="suspended", status_date=dt.date(2025, 5, 1), note="欠费")
    assert (m.status, m.status_date, m.note) == ("suspended", dt.date(2025, 5, 1), "欠费")
    with pytest.raises(Refused) as e:
        f.book.edit_member(f.wife, id_number="123")
    assert e.value.codes == ("id_number",)
    assert f.book.member(f.wife).has_id_number is False
    with pytest.raises(TypeError):
        f.book.edit_member(f.wife, colour="red")


def test_remove_member_without_records(tmp_path):
    f = family(tmp_path)
    f.book.remove_member(f.son)
    assert [m.name for m in f.book.members()] == ["王建国", "李秀英", "张桂兰"]


def test_remove_member_with_records_is_refused_with_the_reason(tmp_path):
    f = family(tmp_path)
    f.book.record_statement(f.wife, dt.date(2025, 1, 1), 10000)
    f.book.record_visit(f.wife, dt.date(2025, 2, 1), "pharmacy", "0", 5000)
    with pytest.raises(Refused) as e:
        f.book.remove_member(f.wife)
    assert e.value.codes == ("member_in_use",)
    assert "1 balance statements" in e.value.text("en") and "1 visits" in e.value.text("en")
    assert "就医记录 1 条" in e.value.text("zh")
    assert len(f.book.members()) == 4


def test_relation_between_goes_through_the_household_head(tmp_path):
    f = family(tmp_path)
    assert f.book.relation_between(f.head, f.wife) == "spouse"
    assert f.book.relation_between(f.wife, f.head) == "spouse"
    assert f.book.relation_between(f.head, f.grandma) == "parent"
    assert f.book.relation_between(f.grandma, f.head) == "child"
    assert f.book.relation_between(f.son, f.grandma) == "grandparent"
    assert f.book.relation_between(f.wife, f.son) == "child"
    assert f.book.relation_between(f.wife, f.grandma) == "spouse_parent"
