"""Where the store lives and how to talk to it: a SQLite file by default, PostgreSQL on request.

The URL comes from ``--db``, else the ``HOTSPOTS_DB`` environment variable, else a SQLite file
in the user data directory. SQLite connections are tuned for several processes sharing one
file (WAL, a 30 s busy timeout, foreign keys on) and every write transaction starts with
``BEGIN IMMEDIATE`` so a writer queues for the lock instead of failing half-way through.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from dashboard.errors import StoreError

T = TypeVar("T")

#: Environment variable naming the store when ``--db`` is not given.
ENV_VAR = "HOTSPOTS_DB"
APP_NAME = "hotspot-atlas"
DEFAULT_FILENAME = "hotspots.sqlite3"
#: How long a SQLite writer waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: How long to wait for a PostgreSQL server before telling the user it is unreachable.
PG_CONNECT_TIMEOUT_S = 5
#: How often a write transaction is retried after a deadlock or serialisation failure.
WRITE_ATTEMPTS = 3

_WRITE_OPTION = "hotspots_write"
_URL_HINT = "use sqlite:///path/to/store.db or postgresql+psycopg://user:password@host:5432/dbname"
# PostgreSQL SQLSTATEs worth retrying: serialization_failure, deadlock_detected.
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})


def default_store_path() -> Path:
    """The SQLite file used when neither ``--db`` nor ``HOTSPOTS_DB`` is set."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def is_default_store(url: str | None) -> bool:
    """True when ``url`` resolves to the default file (the one seeded with the sample)."""
    return not (url or os.environ.get(ENV_VAR))


def resolve_url(url: str | None = None) -> URL:
    """Pick the store URL: ``url`` (``--db``), then ``HOTSPOTS_DB``, then the default file.

    A value without ``://`` is taken as a SQLite file path. ``postgresql://`` and
    ``postgres://`` are read as ``postgresql+psycopg://`` (psycopg 3 is the supported driver).
    """
    raw = url or os.environ.get(ENV_VAR) or ""
    if not raw.strip():
        path = default_store_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite+pysqlite", database=str(path))
    raw = raw.strip()
    if "://" not in raw:
        return _sqlite_url(Path(raw).expanduser())
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"Cannot read the database URL {raw!r}: {_URL_HINT}.") from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        elif parsed.drivername != "postgresql+psycopg":
            raise StoreError(
                f"The PostgreSQL driver {parsed.get_driver_name()!r} is not supported: "
                "write the URL as postgresql+psycopg://… (psycopg 3)."
            )
        return parsed
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise StoreError(
                "An in-memory SQLite store would vanish when the command ends: "
                "give a file, e.g. sqlite:///hotspots.db."
            )
        return _sqlite_url(Path(parsed.database).expanduser(), query=dict(parsed.query))
    raise StoreError(f"Unsupported database {backend!r}: {_URL_HINT}.")


def _sqlite_url(path: Path, query: dict[str, Any] | None = None) -> URL:
    if not path.parent.is_dir():
        raise StoreError(
            f"Cannot create the SQLite store {path}: the folder {path.parent} does not exist. "
            "Create it first or choose another --db path."
        )
    return URL.create("sqlite+pysqlite", database=str(path), query=query or {})


def describe(engine: Engine) -> str:
    """The store's URL without its password, for messages and ``hotspots stats``."""
    return engine.url.render_as_string(hide_password=True)


def make_engine(url: str | None = None, *, check: bool = True) -> Engine:
    """Create the engine for the store ``url`` (see :func:`resolve_url`).

    With ``check`` the connection is tried at once, so a wrong URL or a stopped server is
    reported here with a hint rather than deep inside the first query. The schema is not
    created or upgraded; :func:`dashboard.store.migrations.open_store` does that.
    """
    parsed = resolve_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed)
            _install_sqlite_hooks(engine)
        else:
            connect_args: dict[str, Any] = {}
            if "connect_timeout" not in parsed.query:
                connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
            engine = create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise StoreError(
            "PostgreSQL support needs psycopg 3: pip install 'hotspot-atlas[postgres]'."
        ) from exc
    if check:
        try:
            with engine.connect():
                pass
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(_connect_hint(parsed, exc)) from exc
    return engine


def _connect_hint(url: URL, exc: DBAPIError) -> str:
    reason = _first_line(exc)
    where = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite":
        return (
            f"Cannot open the SQLite store {url.database}: {reason}. "
            "Check that the file is a Hotspot Atlas store and that you may write to its folder."
        )
    return (
        f"Cannot connect to the PostgreSQL store {where}: {reason}. "
        "Check that the server is running and reachable, and that the user, password and "
        f"database in --db or {ENV_VAR} are right."
    )


def _first_line(exc: DBAPIError) -> str:
    text = str(exc.orig).strip() or type(exc.orig).__name__
    return text.splitlines()[0].rstrip(".")


def _install_sqlite_hooks(engine: Engine) -> None:
    """Tune each new SQLite connection and take over BEGIN from the sqlite3 module."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3 would otherwise issue its own deferred BEGIN; we emit BEGIN in _on_begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            _enable_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front: a deferred transaction that reads and then writes
        # can fail with "database is locked" without waiting when another writer commits.
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _enable_wal(cursor: Any) -> None:
    """Switch a new file to WAL (persistent), retrying while another process does the same.

    The switch needs an exclusive lock and SQLite reports "database is locked" at once,
    without the busy handler, when two processes create the same store together.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction meant to write: ``BEGIN IMMEDIATE`` on SQLite, a plain BEGIN elsewhere."""
    with engine.execution_options(**{_WRITE_OPTION: True}).begin() as conn:
        yield conn


def run_write(engine: Engine, work: Callable[[Connection], T], *, action: str) -> T:
    """Run ``work`` in one write transaction, retrying deadlocks; errors become StoreError."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt < WRITE_ATTEMPTS and _is_transient(exc):
                time.sleep(0.05 * attempt)
                continue
            raise StoreError(_failure_hint(engine, action, exc)) from exc
    raise AssertionError("unreachable")  # pragma: no cover


def run_read(engine: Engine, work: Callable[[Connection], T], *, action: str) -> T:
    """Run ``work`` in one read transaction (a consistent snapshot); errors become StoreError.

    SQLite reads from one WAL snapshot per transaction; PostgreSQL needs REPEATABLE READ
    for its statements to share one (READ COMMITTED takes a snapshot per statement).
    """
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    try:
        with engine.begin() as conn:
            return work(conn)
    except DBAPIError as exc:
        raise StoreError(_failure_hint(engine, action, exc)) from exc


def _is_transient(exc: DBAPIError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    return "database is locked" in str(exc.orig)


def _failure_hint(engine: Engine, action: str, exc: DBAPIError) -> str:
    reason = _first_line(exc)
    where = describe(engine)
    if "database is locked" in reason:
        advice = (
            f"another process held the write lock for more than {SQLITE_BUSY_TIMEOUT_MS // 1000}"
            " s; wait for it to finish and try again"
        )
    elif "no such table" in reason or "does not exist" in reason:
        advice = "the store is not initialised; open it with open_store() (the hotspots CLI does)"
    elif exc.connection_invalidated or "connect" in reason.lower():
        advice = "check that the database server is running and reachable"
    else:
        advice = "the store was left unchanged; report this message if it persists"
    return f"Could not {action} in the store {where}: {reason}. Hint: {advice}."
