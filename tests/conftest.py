"""Shared fixtures. The network is closed for every test (pytest-socket, see pyproject)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "tass-2017-02-09-kabulov-afghanistan.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (TASS, 9 February 2017), decoded."""
    return SEED.read_text(encoding="utf-8")
