"""A family member in words, as Home's cards and the Family page's table show them (no table model here: Home's
first figures come before the models and the Qt namespace they use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.book import HEAD, MemberView
from desktop.core import vocab
from desktop.core.policy import Registry
from desktop.ui import reasons


def region_name(registry: Registry, code: str) -> str:
    """The insured place's name in the UI language (a city without its own pack shows its province)."""
    pack = registry.packs.get(code)
    if pack is not None:
        zh, en = pack.name
    else:
        try:
            zh, en = registry.resolve_insured_place(code).name
        except KeyError:
            return code
    return zh if reasons.lang() == "zh" else en


def relation_text(key: str) -> str:
    if key == HEAD:
        return QCoreApplication.translate("MembersModel", "Head of the household")
    return reasons.label(vocab.RELATIONS, key)


def status_text(m: MemberView) -> str:
    text = reasons.label(vocab.STATUSES, m.status)
    if m.status_date is not None:
        text += QCoreApplication.translate("MembersModel", " (since %1)").replace("%1", m.status_date.isoformat())
    return text
