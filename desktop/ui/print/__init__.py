"""Printable sheets: the content (``sheets``), its HTML (``html``), PDF and printer output (``pdf``)."""
