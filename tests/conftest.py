"""Suite-wide options: ``--slow`` runs the longer variants (more kill -9 trials, more generated inputs)."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (longer crash and fuzzing variants)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--slow"):
        os.environ["FAMILYPOOL_SLOW"] = "1"  # read at import by tests that size their examples with it


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="a longer variant: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def slow(request: pytest.FixtureRequest) -> bool:
    """True under ``--slow``: tests scale their trials and examples with it."""
    return bool(request.config.getoption("--slow"))
