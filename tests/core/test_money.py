"""Money parsing, formatting and rounding: what people type becomes exact fen."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.money import MAX_FEN, MoneyError, apply_ratio, format_fen, from_yuan, parse


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1234.5", 123450),
        ("1,234.50", 123450),
        ("¥1234.50", 123450),
        ("￥1234.50", 123450),
        ("1234.50元", 123450),
        ("１２３４．５", 123450),
        ("  88  ", 8800),
        ("0.01", 1),
        (".5", 50),
        ("0", 0),
        ("12,345,678.9", 1234567890),
        ("100000000", MAX_FEN),
    ],
)
def test_parse_accepts_what_people_type(text, fen):
    assert parse(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-5", "negative"),
        ("－5", "negative"),
        ("1.234", "too_precise"),
        ("abc", "not_a_number"),
        ("12a", "not_a_number"),
        ("1,23.4", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("100000000.01", "too_large"),
        ("1e5", "not_a_number"),
    ],
)
def test_parse_rejects_with_a_reason(text, code):
    with pytest.raises(MoneyError) as e:
        parse(text)
    assert e.value.code == code
    assert str(e.value)  # a message a person can read


def test_format():
    assert format_fen(123450) == "¥1,234.50"
    assert format_fen(5) == "¥0.05"
    assert format_fen(0) == "¥0.00"
    assert format_fen(-10001) == "-¥100.01"


def test_from_yuan_exact_only():
    assert from_yuan("471.25") == 47125
    assert from_yuan("10478.4") == 1047840
    with pytest.raises(MoneyError):
        from_yuan("1.005")


def test_apply_ratio_half_up():
    assert apply_ratio(1, Decimal("0.5")) == 1  # 0.5 fen rounds up
    assert apply_ratio(3, Decimal("0.5")) == 2  # 1.5 → 2
    assert apply_ratio(100000, Decimal("0.82")) == 82000
    assert apply_ratio(12345, Decimal("0.55")) == 6790  # 6789.75 → 6790
    with pytest.raises(TypeError):
        apply_ratio(100, 0.5)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_parse_round_trip(fen):
    assert parse(format_fen(fen)) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_plain_number_round_trip(fen):
    assert parse(f"{fen // 100}.{fen % 100:02d}") == fen


@given(
    st.integers(min_value=0, max_value=MAX_FEN),
    st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False),
)
def test_rounding_never_drifts_more_than_half_a_fen(fen, ratio):
    exact = Decimal(fen) * ratio
    got = apply_ratio(fen, ratio)
    assert abs(Decimal(got) - exact) <= Decimal("0.5")
    assert 0 <= got <= fen
