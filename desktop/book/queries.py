"""Small SQL expression helpers (SQLAlchemy imported only when called)."""

from __future__ import annotations

# ---- helpers ----

def _select_count(model):
    from sqlalchemy import select

    return select(_count()).select_from(model.__table__)


def _count():
    from sqlalchemy import func

    return func.count()


def _sum(col):
    from sqlalchemy import func

    return func.coalesce(func.sum(col), 0)
