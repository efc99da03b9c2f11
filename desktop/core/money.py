"""Money as integer 分 (fen): parsing what people type, formatting, and rounding ratios.

Every amount in FamilyPool is an ``int`` of fen. Ratios are ``Decimal``. The one place where a
ratio meets money is :func:`apply_ratio`, which rounds half-up to the fen.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Fen = int

MAX_FEN: Fen = 100_000_000 * 100  # ¥100,000,000: above this an amount is surely a typo

_PREFIXES = ("¥", "￥", "RMB", "CNY")
_SUFFIXES = ("元", "RMB", "CNY")
_NUMBER = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.(\d*))?$|^\.(\d+)$")


class MoneyError(ValueError):
    """An amount that cannot be read. ``code`` names the problem; the message is English."""

    def __init__(self, code: str, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, dot, comma and yen sign into their ASCII forms.
    s = unicodedata.normalize("NFKC", text).strip()
    s = s.replace("，", ",").replace("。", ".").replace(" ", "")
    upper = s.upper()
    for p in _PREFIXES:
        if upper.startswith(p):
            s = s[len(p):]
            break
    upper = s.upper()
    for suffix in _SUFFIXES:
        if upper.endswith(suffix):
            s = s[: -len(suffix)]
            break
    return s.strip()


def _shown(raw: str, limit: int = 24) -> str:
    """What the person typed, cut short for a message (an amount of 5,000 digits is not repeated in full)."""
    s = raw.strip()
    return s if len(s) <= limit else s[:limit] + "…"


def parse(text: str) -> Fen:
    """Read an amount in yuan as people write it and return fen.

    Accepts ``1234.5``, ``1,234.50``, ``¥1234.50``, ``1234.50元`` and full-width digits.
    Raises :class:`MoneyError` for empty, negative, non-numeric, over-precise or absurd amounts.
    """
    if text is None or not str(text).strip():
        raise MoneyError("empty", "", "Enter an amount, for example 120.50.")
    raw = str(text)
    s = _normalise(raw)
    if s.startswith("-") or s.startswith("−"):
        raise MoneyError("negative", raw, f"“{_shown(raw)}” is negative; amounts must be zero or more.")
    if s.startswith("+"):
        s = s[1:]
    m = _NUMBER.match(s)
    if not m:
        raise MoneyError("not_a_number", raw, f"“{_shown(raw)}” is not an amount; write it like 1234.50.")
    if m.group(5) is not None:
        whole, frac = "0", m.group(5)
    else:
        whole, frac = m.group(1).replace(",", ""), m.group(4) or ""
    if len(frac) > 2:
        raise MoneyError(
            "too_precise", raw, f"“{_shown(raw)}” has more than two decimals; the smallest unit is 1 fen (0.01)."
        )
    whole = whole.lstrip("0") or "0"
    fen = MAX_FEN + 1 if len(whole) > 12 else int(whole) * 100 + int((frac + "00")[:2])  # no int() of 5,000 digits
    if fen > MAX_FEN:
        raise MoneyError("too_large", raw, f"“{_shown(raw)}” is over ¥100,000,000; please check the amount.")
    return fen


def format_fen(fen: Fen, symbol: str = "¥") -> str:
    """``123450`` → ``¥1,234.50``; negative amounts get a leading minus."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{symbol}{yuan:,}.{cents:02d}"


def from_yuan(value: str | int | Decimal) -> Fen:
    """Exact conversion of a yuan figure from data files (``"471.25"``) to fen; no rounding allowed."""
    try:
        d = Decimal(str(value))
    except InvalidOperation as e:
        raise MoneyError("not_a_number", str(value), f"“{value}” is not an amount") from e
    fen = d * 100
    if fen != fen.to_integral_value():
        raise MoneyError("too_precise", str(value), f"“{value}” has more than two decimals")
    return int(fen)


def apply_ratio(fen: Fen, ratio: Decimal) -> Fen:
    """``fen × ratio`` rounded half-up to the fen. The only rounding point for ratios."""
    if not isinstance(ratio, Decimal):
        raise TypeError("ratio must be a Decimal, never a float")
    return int((Decimal(int(fen)) * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP))
