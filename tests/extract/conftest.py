"""Shared fixtures for the extraction tests: the seed article, decoded once."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED_PATH = (
    Path(__file__).resolve().parents[1] / "fixtures" / "tass-2017-02-09-kabulov-afghanistan.txt"
)


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    """The TASS article of 9 February 2017 as stored (UTF-8)."""
    return SEED_PATH.read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes: bytes) -> str:
    """The seed article as the reader decodes it (offsets in tests index this)."""
    from dashboard.extract.reader import decode_bytes

    return decode_bytes(seed_bytes)
