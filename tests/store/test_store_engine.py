"""Where the store lives, how SQLite connections are tuned, and errors for bad URLs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from dashboard.errors import StoreError
from dashboard.store import is_default_store, make_engine, open_store, resolve_url, stats
from dashboard.store.engine import describe, write_transaction


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform data directory (XDG on Linux) at a temporary folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_default_store_is_a_sqlite_file_in_the_user_data_dir(data_home: Path) -> None:
    engine = open_store(None)
    try:
        assert stats(engine)["articles"] == 0
    finally:
        engine.dispose()

    assert (data_home / "hotspot-atlas" / "hotspots.sqlite3").is_file()
    assert is_default_store(None)


def test_db_option_wins_over_the_environment(
    tmp_path: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOTSPOTS_DB", f"sqlite:///{tmp_path / 'env.db'}")

    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url(f"sqlite:///{tmp_path / 'flag.db'}").database == str(tmp_path / "flag.db")
    assert not is_default_store(None)


def test_a_plain_path_means_a_sqlite_file(tmp_path: Path) -> None:
    url = resolve_url(str(tmp_path / "plain.db"))

    assert url.get_backend_name() == "sqlite" and url.database == str(tmp_path / "plain.db")


def test_postgresql_urls_use_psycopg_3() -> None:
    assert resolve_url("postgresql://u:p@db.example/atlas").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u:p@db.example/atlas").drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@localhost/atlas", "Unsupported database 'mysql'"),
        ("postgresql+psycopg2://u@localhost/atlas", r"postgresql\+psycopg://"),
        ("sqlite://", "in-memory"),
        ("sqlite:////no/such/folder/store.db", "does not exist"),
        ("postgresql+psycopg://u:secret@", "Cannot connect"),
    ],
)
def test_bad_urls_explain_what_to_write(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        make_engine(url)


def test_unreachable_server_says_what_to_check() -> None:
    with pytest.raises(StoreError, match="server is running and reachable") as info:
        make_engine("postgresql+psycopg://atlas:secret@127.0.0.1:1/atlas")

    assert "secret" not in str(info.value)


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database, just notes\n" * 100)

    with pytest.raises(StoreError, match="not a database"):
        open_store(str(path))


def test_sqlite_connections_are_tuned_for_several_processes(store: Engine) -> None:
    if store.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with store.connect() as conn:
        pragma = {
            name: conn.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 30000,
        "synchronous": 1,
    }


def test_write_transactions_take_the_sqlite_lock_up_front(store: Engine) -> None:
    """BEGIN IMMEDIATE: a second writer waits at BEGIN, never half-way through its work."""
    if store.dialect.name != "sqlite":
        pytest.skip("SQLite locking")
    other = sqlite3.connect(str(store.url.database), timeout=0, isolation_level=None)
    try:
        with (
            write_transaction(store),
            pytest.raises(sqlite3.OperationalError, match="locked"),
        ):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the first commits
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_describe_hides_the_password(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        shown = describe(engine)
    finally:
        engine.dispose()
    assert ":postgres@" not in shown and shown.split("://")[0] in (
        "sqlite+pysqlite",
        "postgresql+psycopg",
    )
