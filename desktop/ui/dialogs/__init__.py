"""Dialogs opened by the pages, one per file."""
