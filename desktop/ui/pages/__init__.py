"""One page per file; the main window builds each the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtWidgets import QWidget

# key → "module:Class"; modules are imported only when their page is first shown.
_PAGES = {
    "settings": "desktop.ui.pages.settings_page:SettingsPage",
    "home": "desktop.ui.pages.home_page:HomePage",
    "family": "desktop.ui.pages.family_page:FamilyPage",
    "bindings": "desktop.ui.pages.bindings_page:BindingsPage",
    "visits": "desktop.ui.pages.visits_page:VisitsPage",
    "wallet": "desktop.ui.pages.wallet_page:WalletPage",
    "projection": "desktop.ui.pages.projection_page:ProjectionPage",
    "savings": "desktop.ui.pages.savings_page:SavingsPage",
}


def _factory(spec: str) -> Callable[[QWidget], QWidget]:
    def build(window: QWidget) -> QWidget:
        module, cls = spec.split(":")
        return getattr(import_module(module), cls)(window)
    return build


FACTORIES: dict[str, Callable[[QWidget], QWidget]] = {k: _factory(v) for k, v in _PAGES.items()}
