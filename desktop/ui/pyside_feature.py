"""PySide6's import hook, made cheaper for the modules imported after it.

Once PySide6 is imported, every module imported after it is asked whether it "uses PySide6" (for the
``from __feature__ import …`` switches): PySide6 reads the module's source through ``inspect.getsource``, which
detects its encoding, tokenizes its lines and keeps them all in ``linecache`` — about 0.2 ms a module, 19 ms of
the ~100 imported before Home shows its figures (``benchmarks/startup.py``). The same question is answered here by
reading the file's bytes. A bundle built by PyInstaller has no source files and never paid this.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def quicken() -> bool:
    """Answer PySide6's per-module question from the file's bytes; False (nothing changed) where this PySide6
    has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(slow) or getattr(slow, "_familypool", False):
        return False
    feature._mod_uses_pyside = uses_pyside(slow)  # type: ignore[attr-defined]
    return True


def uses_pyside(slow: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """The same answer as ``slow`` (does the module's source name PySide6?) for a module loaded from a ``.py``
    file; anything else (built-in, extension, zip, no file) is left to ``slow``."""

    def answer(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return slow(module)

    answer._familypool = True  # type: ignore[attr-defined]
    return answer
