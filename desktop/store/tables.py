"""The SQLAlchemy ``Table`` behind a SQLModel table class, typed for the type checker.

SQLModel builds ``__table__`` at class creation and does not declare it, so ``Visit.__table__`` is
unknown to mypy; ``table_of(Visit)`` is the same object, typed as a ``Table``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table


def table_of(model: Any) -> Table:
    """``model.__table__`` (``model`` is a SQLModel class with ``table=True``)."""
    return model.__table__
