"""Run every store test on SQLite and, when ``HOTSPOTS_TEST_PG`` is set, on PostgreSQL.

Each PostgreSQL test gets its own schema (via ``search_path`` in the URL), dropped after
the test, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from dashboard.store import open_store

PG_ENV = "HOTSPOTS_TEST_PG"


@pytest.fixture(autouse=True)
def _no_store_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own HOTSPOTS_DB must not leak into the tests."""
    monkeypatch.delenv("HOTSPOTS_DB", raising=False)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The PostgreSQL server from ``HOTSPOTS_TEST_PG``; skips when unset or unreachable."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(
            f"{PG_ENV} is not set (e.g. postgresql+psycopg://postgres:postgres@127.0.0.1/postgres)"
        )
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        pytest.skip(f"PostgreSQL at {PG_ENV} is unreachable: {str(exc).splitlines()[0]}")
    finally:
        engine.dispose()
    yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty store: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hotspots.db'}"
        return
    admin_url: str = request.getfixturevalue("pg_admin_url")
    schema = f"hs_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    """An opened (created and migrated) store."""
    engine = open_store(store_url)
    try:
        yield engine
    finally:
        engine.dispose()
