"""How two members are related, worked out from each one's relation to the household head."""

from __future__ import annotations

from desktop.book.constants import HEAD

# ---- relations ----

_INVERSE = {"spouse": "spouse", "parent": "child", "child": "parent", "sibling": "sibling",
            "grandparent": "grandchild", "grandchild": "grandparent", "spouse_parent": "child_spouse",
            "child_spouse": "spouse_parent"}
# (A's relation to the head, B's relation to the head) → B is A's …
_VIA_HEAD = {
    ("spouse", "child"): "child", ("spouse", "parent"): "spouse_parent", ("spouse", "spouse_parent"): "parent",
    ("spouse", "grandchild"): "grandchild", ("spouse", "child_spouse"): "child_spouse",
    ("child", "spouse"): "parent", ("child", "parent"): "grandparent", ("child", "child"): "sibling",
    ("child", "spouse_parent"): "grandparent",
    ("parent", "child"): "grandchild", ("parent", "parent"): "spouse", ("parent", "sibling"): "child",
    ("parent", "spouse"): "child_spouse",
    ("sibling", "parent"): "parent", ("sibling", "sibling"): "sibling",
    ("grandparent", "parent"): "child",
    ("spouse_parent", "spouse"): "child", ("spouse_parent", "child"): "grandchild",
    ("spouse_parent", "spouse_parent"): "spouse",
    ("grandchild", "child"): "parent",
}


def relation_via_head(a: str, b: str) -> str | None:
    """What B is to A, from each one's relation to the household head; None when it cannot be told."""
    if a == HEAD:
        return b if b != HEAD else None
    if b == HEAD:
        return _INVERSE.get(a)
    return _VIA_HEAD.get((a, b))
