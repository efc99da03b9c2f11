"""Resident ID numbers (居民身份证号码, GB 11643-1999): checksum validation and masking.

The number is private: the book stores it as the user typed it (trimmed) and every screen, log and
ordinary export shows it masked, e.g. ``1401**********1234``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

# Weights W_i = 2^(17-i) mod 11 for the first 17 digits (GB 11643-1999, 4.3).
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # indexed by (Σ a_i·W_i) mod 11
_SHAPE = re.compile(r"^\d{17}[\dX]$")


@dataclass(frozen=True)
class IdProblem:
    """Why a number is refused: a code, and the sentence in Chinese and English."""

    code: str
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


def normalise(text: str) -> str:
    """Full-width digits to ASCII, spaces removed, a trailing ``x`` upper-cased."""
    s = unicodedata.normalize("NFKC", text or "").replace(" ", "").strip()
    return s.upper()


def check_char(first17: str) -> str:
    """The check character for 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def birth_date(number: str) -> date | None:
    """The birth date coded in positions 7–14, or None when it is not a real date."""
    s = normalise(number)
    try:
        return date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def problem(text: str, today: date | None = None) -> IdProblem | None:
    """None when ``text`` is a valid 18-character ID number; otherwise what is wrong with it."""
    s = normalise(text)
    if not s:
        return IdProblem("empty", "请输入身份证号码。", "Enter the ID number.")
    if len(s) == 15 and s.isdigit():
        return IdProblem("old_15", "这是旧的15位号码，请输入18位身份证号码。",
                         "This is an old 15-digit number; enter the 18-character ID number.")
    if len(s) != 18:
        return IdProblem("length", f"身份证号码应为18位，现在是{len(s)}位。",
                         f"An ID number has 18 characters; this one has {len(s)}.")
    if not _SHAPE.match(s):
        return IdProblem("characters", "身份证号码前17位应为数字，最后一位为数字或X。",
                         "The first 17 characters must be digits and the last a digit or X.")
    born = birth_date(s)
    if born is None or born > (today or date.today()) or born.year < 1880:
        return IdProblem("birth_date", "号码中的出生日期（第7–14位）不是有效日期。",
                         "The birth date in the number (characters 7–14) is not a real date.")
    if check_char(s[:17]) != s[17]:
        return IdProblem("checksum", "校验位不对，请核对号码是否输错。",
                         "The check character does not match; please check for a typo.")
    return None


def mask(text: str | None) -> str:
    """``140102198001011234`` → ``1401**********1234``; short or empty input is masked whole."""
    if not text:
        return ""
    s = normalise(text)
    if len(s) <= 8:
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


_RUN = re.compile(r"(?<!\d)\d{14,}[\dXx]?(?!\d)")


def mask_in(text: str) -> str:
    """Every run of 15 or more digits in ``text`` (an ID number, or something that may hold one) masked: for
    messages, which may quote a value from a file (``got 140105196603081235`` → ``got 1401**********1235``)."""
    def hide(m: re.Match[str]) -> str:
        s = m.group()
        if len(s) < 15:
            return s
        return mask(s) if len(s) <= 18 else s[:4] + "*" * 10 + s[-4:]

    return _RUN.sub(hide, text) if text else text
