"""Per-policy lookup memos, so the engine scans a region's tables once, not once per visit.

A ``RegionPolicy`` never changes after loading, so what is looked up in it can be remembered for
as long as the policy object lives. The memo is dropped when the policy is garbage-collected
(e.g. after a pack import replaced the registry).

Public API::

    table(policy: RegionPolicy, name: str) -> dict     # a memo dict private to (policy, name)
"""

from __future__ import annotations

import functools
import weakref
from typing import Any

_MEMOS: dict[tuple[int, str], tuple[weakref.ref, dict]] = {}


_LAST: dict[str, tuple[Any, dict]] = {}  # name → the last (policy, memo): most calls repeat one region


def table(policy: Any, name: str) -> dict:
    """The memo dict for ``name`` tied to this very policy object."""
    last = _LAST.get(name)
    if last is not None and last[0] is policy:
        return last[1]
    key = (id(policy), name)
    hit = _MEMOS.get(key)
    if hit is not None and hit[0]() is policy:
        _LAST[name] = (policy, hit[1])
        return hit[1]
    memo: dict = {}
    _MEMOS[key] = (weakref.ref(policy, functools.partial(_drop, key)), memo)
    _LAST[name] = (policy, memo)
    return memo


def _drop(key: tuple[int, str], ref: weakref.ref) -> None:
    hit = _MEMOS.get(key)
    if hit is not None and hit[0] is ref:  # not a newer policy that reused the id
        del _MEMOS[key]
