"""Reading a widget's own (dynamic) property that may not be set. PySide6 6.12's ``QObject.property()`` returns
None for a property that is not set one reference short: each such call takes a reference from None, and after
a few thousand Python aborts ("Fatal Python error: none_dealloc: deallocating None"). So it is asked only for a
property the object has."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


def own_property(obj: QObject, name: str) -> Any:
    """``obj``'s dynamic property ``name``, or None when it has none (without asking Qt for it)."""
    key = name.encode()
    if any(bytes(n.data()) == key for n in obj.dynamicPropertyNames()):
        return obj.property(name)
    return None
