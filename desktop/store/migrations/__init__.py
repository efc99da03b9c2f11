"""Alembic migrations of the book, shipped inside the package and run at open (see ``migrate.py``)."""
