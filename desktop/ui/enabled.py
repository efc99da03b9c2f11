"""Turning a control off says why: while it is disabled its tooltip gives the reason (what to do first),
and its own tooltip comes back when it is enabled again. A greyed button that silently does nothing was
the complaint ("下一步" and "导入" looked pressable and did nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_OWN_TIP = "tip_when_enabled"


def set_enabled(widget: QWidget, on: bool, why: str) -> None:
    if widget.property(_OWN_TIP) is None:
        widget.setProperty(_OWN_TIP, widget.toolTip())
    widget.setEnabled(on)
    widget.setToolTip(str(widget.property(_OWN_TIP)) if on else why)
