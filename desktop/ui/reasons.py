"""Show the engine's reasons in the UI language: the sentences, then one small "依据 / Source" line with the
fact IDs they rest on (never inside a sentence; the CLI and the explanation's steps show them in full).

Reasons come from ``desktop.core.explain.Reason``, ``settlement.Line``/``Skip``, ``book.Problem``,
``book.LineView`` and ``csvio.RowError``: anything with ``text_zh``/``text_en`` (or ``reason_zh``/
``reason_en``) and optionally ``sources``. Meaning is never carried by colour alone: every item gets
a mark (✗ refused, ✓ fine, • information) in front of its words. It is also the UI's formatter of money,
dates and times in the UI language; modules that use it so import it as ``fmt``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core import vocab
from desktop.core.money import format_fen
from desktop.ui import i18n

REFUSED = "✗"
FINE = "✓"
INFO = "•"
NB_HYPHEN = "\u2011"


def lang() -> str:
    """'zh' or 'en': the language for the engine's bilingual texts and vocabulary labels."""
    return "zh" if i18n.current_language().startswith("zh") else "en"


def label(vocabulary: dict[str, tuple[str, str]], key: str | None) -> str:
    if key is None:
        return ""
    return vocab.label(vocabulary, key, lang())


def text(reason: Any) -> str:
    """The reason's sentence in the UI language."""
    zh = lang() == "zh"
    if hasattr(reason, "text_zh"):
        return reason.text_zh if zh else reason.text_en
    if hasattr(reason, "reason_zh"):
        return reason.reason_zh if zh else reason.reason_en
    return str(reason)


def sources(reason: Any) -> tuple[str, ...]:
    return tuple(getattr(reason, "sources", ()) or ())


def source_note(ids: Iterable[str]) -> str:
    """"（依据 F-T1、F-T2）" / "(source: F-T1, F-T2)"; empty when there are none."""
    ids = [i for i in ids if i]
    if not ids:
        return ""
    joined = "、".join(ids) if lang() == "zh" else ", ".join(ids)
    return QCoreApplication.translate("Reasons", "(source: %1)").replace("%1", joined)


def source_line(ids: Iterable[str]) -> str:
    """"依据：F-T1、F-T2" / "Source: F-T1, F-T2" (each ID once); empty when there are none."""
    ids = list(dict.fromkeys(i for i in ids if i))
    if not ids:
        return ""
    joined = "、".join(ids) if lang() == "zh" else ", ".join(ids)
    return QCoreApplication.translate("Reasons", "Source: %1").replace("%1", joined)


_ID = r"F-[A-Z]+\d+"
_IDS = rf"{_ID}(?:\s*[–—-]\s*{_ID})?"  # one ID or a range ("F-N6–F-N11")
_ONLY_IDS = re.compile(rf"\s*[（(]\s*(?:依据|source:?)?\s*{_IDS}(?:\s*[、,，]\s*{_IDS})*\s*[）)]", re.IGNORECASE)
_ID_IN_GROUP = re.compile(rf"[，,、]\s*({_ID})(?=\s*[）)])")


def without_ids(words: str) -> tuple[str, list[str]]:
    """A region pack's sentence with its fact IDs taken out ("…责任（F-T8）。" → "…责任。", ["F-T8"]); an ID
    beside other words in brackets goes alone ("（民法典第1045条，F-N3）" → "（民法典第1045条）")."""
    ids = [m.group(0) for m in re.finditer(_IDS, words)]
    text = _ONLY_IDS.sub("", words)
    text = _ID_IN_GROUP.sub("", text)
    return text, ids


def sources_of_all(reasons: Iterable[Any]) -> list[str]:
    return [i for r in reasons for i in sources(r)]


def with_sources(reason: Any) -> str:
    """One reason for the CLI and logs: the sentence with its fact IDs after it."""
    note = source_note(sources(reason))
    return f"{text(reason)} {note}" if note else text(reason)


def source_html(ids: Iterable[str]) -> str:
    """The small grey "Source" paragraph that ends a block of reasons."""
    line = source_line(ids)
    return f"<p><small>{grey(line)}</small></p>" if line else ""


def as_html(reasons: Iterable[Any], mark: str = INFO, css_class: str = "") -> str:
    """One paragraph per reason, marked, then one small grey line with the fact IDs they rest on."""
    out = []
    reasons = list(reasons)
    cls = f" class='{css_class}'" if css_class else ""
    for r in reasons:
        out.append(f"<p{cls}>{mark} {html.escape(text(r))}</p>")
    out.append(source_html(sources_of_all(reasons)))
    return "".join(out)


def grey(words: str) -> str:
    """Secondary words (fact IDs) in grey; a non-breaking hyphen keeps "F-W6" from splitting at the line end."""
    return f"<span style='color:#555555'>{html.escape(words).replace('-', NB_HYPHEN)}</span>" if words else ""


def plain(reasons: Iterable[Any], mark: str = INFO) -> str:
    """Reasons as plain lines (for message boxes and accessible text), the fact IDs on a last line of their own."""
    reasons = list(reasons)
    lines = [f"{mark} {text(r)}" for r in reasons]
    line = source_line(sources_of_all(reasons))
    return "\n".join([*lines, line] if line else lines)


def money(fen: int | None) -> str:
    return "" if fen is None else format_fen(fen)


def date(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def moment(at: dt.datetime | None) -> str:
    return "" if at is None else at.strftime("%Y-%m-%d %H:%M")


def heading(words: str, mark: str = "") -> str:
    """A bold paragraph, optionally marked (✗/✓), for the rich-text result panes."""
    lead = f"{mark} " if mark else ""
    return f"<p><b>{lead}{html.escape(words)}</b></p>"


def pair(value: Any) -> str:
    """A pack's ``(zh, en)`` text in the UI language (plain strings pass through)."""
    if isinstance(value, tuple) and len(value) == 2:
        return value[0] if lang() == "zh" else value[1]
    return str(value)


def html_to_text(rich: str) -> str:
    """What a rich-text label reads as plain words (tests and screen readers use it)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText().replace(NB_HYPHEN, "-")
