"""Alembic revisions; a package so installs and bundles carry them."""
