"""The SQL that keeps ``visit_sums`` and ``visit_line_sums`` (revision 0004) equal to the visits and their
payer lines, whoever writes them: the ledger's re-settling, a delete, a CSV or JSON import.

A visit's key is (person, year of its date, care type); its fund figure is the receipt's when typed, else
the estimate. Deleting a visit first deletes its lines (their triggers still see the visit, so they know the
key), then takes the visit out of its key's sums. Keys whose sums fall to zero keep a row of zeros.
"""

from __future__ import annotations

_FUND = "coalesce({v}.fund_actual_fen, {v}.fund_estimated_fen, 0)"
_YEAR = "CAST(substr({v}.on_date, 1, 4) AS INTEGER)"


def _visit_add(v: str, sign: str) -> str:
    fund, year = _FUND.format(v=v), _YEAR.format(v=v)
    return (f"INSERT INTO visit_sums (member_id, year, care_type, visits, total_fen, fund_fen) "
            f"VALUES ({v}.member_id, {year}, {v}.care_type, {sign}1, {sign}{v}.total_fen, {sign}{fund}) "
            "ON CONFLICT (member_id, year, care_type) DO UPDATE SET visits = visits + excluded.visits, "
            "total_fen = total_fen + excluded.total_fen, fund_fen = fund_fen + excluded.fund_fen;")


def _lines_of_visit_add(v: str, sign: str) -> str:
    """A visit's lines, summed per source, added (or taken) at the visit's key."""
    year = _YEAR.format(v=v)
    return (f"INSERT INTO visit_line_sums (member_id, year, care_type, source, amount_fen) "
            f"SELECT {v}.member_id, {year}, {v}.care_type, l.source, {sign}sum(l.amount_fen) "
            f"FROM allocation_lines l WHERE l.visit_id = {v}.id GROUP BY l.source "
            "ON CONFLICT (member_id, year, care_type, source) DO UPDATE SET "
            "amount_fen = amount_fen + excluded.amount_fen;")


def _line_add(ln: str, sign: str) -> str:
    year = _YEAR.format(v="v")
    return (f"INSERT INTO visit_line_sums (member_id, year, care_type, source, amount_fen) "
            f"SELECT v.member_id, {year}, v.care_type, {ln}.source, {sign}{ln}.amount_fen "
            f"FROM visits v WHERE v.id = {ln}.visit_id "
            "ON CONFLICT (member_id, year, care_type, source) DO UPDATE SET "
            "amount_fen = amount_fen + excluded.amount_fen;")


_VISIT_KEY_COLUMNS = "member_id, on_date, care_type, total_fen, fund_estimated_fen, fund_actual_fen"

CREATE_TRIGGERS = [
    f"CREATE TRIGGER visit_sums_visit_insert AFTER INSERT ON visits BEGIN {_visit_add('NEW', '+')} END",
    # lines first, while the visit still gives their key; then the visit itself
    "CREATE TRIGGER visit_sums_visit_delete BEFORE DELETE ON visits BEGIN "
    f"DELETE FROM allocation_lines WHERE visit_id = OLD.id; {_visit_add('OLD', '-')} END",
    f"CREATE TRIGGER visit_sums_visit_update AFTER UPDATE OF {_VISIT_KEY_COLUMNS} ON visits BEGIN "
    f"{_visit_add('OLD', '-')} {_lines_of_visit_add('OLD', '-')} "
    f"{_visit_add('NEW', '+')} {_lines_of_visit_add('NEW', '+')} END",
    f"CREATE TRIGGER visit_sums_line_insert AFTER INSERT ON allocation_lines BEGIN {_line_add('NEW', '+')} END",
    f"CREATE TRIGGER visit_sums_line_delete AFTER DELETE ON allocation_lines BEGIN {_line_add('OLD', '-')} END",
    "CREATE TRIGGER visit_sums_line_update AFTER UPDATE OF visit_id, source, amount_fen ON allocation_lines "
    f"BEGIN {_line_add('OLD', '-')} {_line_add('NEW', '+')} END",
]

DROP_TRIGGERS = [f"DROP TRIGGER IF EXISTS visit_sums_{t}" for t in
                 ("visit_insert", "visit_delete", "visit_update", "line_insert", "line_delete", "line_update")]

REBUILD = [
    "DELETE FROM visit_sums",
    "DELETE FROM visit_line_sums",
    f"INSERT INTO visit_sums (member_id, year, care_type, visits, total_fen, fund_fen) "
    f"SELECT v.member_id, {_YEAR.format(v='v')}, v.care_type, count(*), sum(v.total_fen), sum({_FUND.format(v='v')}) "
    "FROM visits v GROUP BY 1, 2, 3",
    f"INSERT INTO visit_line_sums (member_id, year, care_type, source, amount_fen) "
    f"SELECT v.member_id, {_YEAR.format(v='v')}, v.care_type, l.source, sum(l.amount_fen) "
    "FROM allocation_lines l JOIN visits v ON v.id = l.visit_id GROUP BY 1, 2, 3, 4",
]

# Keys where the carried sums differ from the visits themselves (rows of zeros ignored): empty when they
# agree. ``familypool-cli check`` and the tests run it.
_WANT = (f"SELECT v.member_id AS m, {_YEAR.format(v='v')} AS y, v.care_type AS c, count(*) AS n, "
         f"sum(v.total_fen) AS t, sum({_FUND.format(v='v')}) AS f FROM visits v GROUP BY 1, 2, 3")
_HAVE = ("SELECT member_id AS m, year AS y, care_type AS c, visits AS n, total_fen AS t, fund_fen AS f "
         "FROM visit_sums WHERE visits != 0 OR total_fen != 0 OR fund_fen != 0")
_LWANT = (f"SELECT m, y, c, s, a FROM (SELECT v.member_id AS m, {_YEAR.format(v='v')} AS y, v.care_type AS c, "
          "l.source AS s, sum(l.amount_fen) AS a FROM allocation_lines l JOIN visits v ON v.id = l.visit_id "
          "GROUP BY 1, 2, 3, 4) WHERE a != 0")
_LHAVE = ("SELECT member_id AS m, year AS y, care_type AS c, source AS s, amount_fen AS a FROM visit_line_sums "
          "WHERE amount_fen != 0")
DISAGREEMENTS = (
    f"SELECT m, y, c FROM (SELECT * FROM ({_WANT}) EXCEPT SELECT * FROM ({_HAVE})) "
    f"UNION SELECT m, y, c FROM (SELECT * FROM ({_HAVE}) EXCEPT SELECT * FROM ({_WANT})) "
    f"UNION SELECT m, y, c FROM (SELECT * FROM ({_LWANT}) EXCEPT SELECT * FROM ({_LHAVE})) "
    f"UNION SELECT m, y, c FROM (SELECT * FROM ({_LHAVE}) EXCEPT SELECT * FROM ({_LWANT}))"
)
