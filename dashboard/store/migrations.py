"""Create and upgrade stores step by step, so a store written by an older version still opens.

Each :class:`Migration` is frozen once released: it carries its own table definitions
instead of importing :mod:`dashboard.store.schema`, because the schema module describes
only the latest shape. To change the schema, append a step and bump
:data:`dashboard.store.schema.SCHEMA_VERSION`; never edit a released step.

All pending steps run in one transaction (SQLite and PostgreSQL both have transactional
DDL), under a lock so two processes opening a new store at once do not both build it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError

from dashboard.errors import StoreError
from dashboard.store.engine import describe, make_engine, run_write
from dashboard.store.schema import NAMING_CONVENTION, SCHEMA_VERSION, schema_version

# pg_advisory_xact_lock key: "Hots" in ASCII; serialises concurrent upgrades of one database.
_PG_LOCK_KEY = 0x486F7473


@dataclass(frozen=True, slots=True)
class Migration:
    """One released schema step: ``upgrade`` takes a store from ``version - 1`` to ``version``."""

    version: int
    description: str
    upgrade: Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    """Articles, machine-extracted claims and their places, and the version table."""
    md = MetaData(naming_convention=NAMING_CONVENTION)
    Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("description", Text, nullable=False),
        Column("applied_at", String(32), nullable=False),
    )
    Table(
        "articles",
        md,
        Column("id", Integer, primary_key=True),
        Column("sha256", String(64), nullable=False),
        Column("text", Text, nullable=False),
        Column("title", Text),
        Column("outlet", Text),
        Column("url", Text),
        Column("date", String(10)),
        Column("date_precision", String(10)),
        Column("dateline", Text),
        Column("language", String(16), nullable=False),
        Column("ingested_at", String(32), nullable=False),
        UniqueConstraint("sha256"),
        Index(None, "date"),
        Index(None, "outlet"),
        sqlite_autoincrement=True,
    )
    Table(
        "claims",
        md,
        Column("id", Integer, primary_key=True),
        Column(
            "article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        Column("ordinal", Integer, nullable=False),
        Column("kind", String(16), nullable=False),
        Column("number_low", BigInteger),
        Column("number_high", BigInteger),
        Column("number_text", Text),
        Column("qualifier", String(16)),
        Column("unit", Text),
        Column("group", Text),
        Column("group_canonical", Text),
        Column("speaker", Text),
        Column("quote", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("modality", String(16), nullable=False),
        UniqueConstraint("article_id", "ordinal"),
        CheckConstraint("kind IN ('estimate', 'concern')", name="kind"),
        Index(None, "kind"),
        Index(None, "group_canonical"),
        sqlite_autoincrement=True,
    )
    Table(
        "claim_places",
        md,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        Column("place_id", Text, nullable=False),
        Column("kind", String(16), nullable=False),
        Column("name", Text, nullable=False),
        Column("countries", Text, nullable=False),
        Column("admin1", Text, nullable=False),
        Column("role", String(16), nullable=False),
        Column("mention_text", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("precision", Integer, nullable=False),
        Index(None, "claim_id"),
        Index(None, "place_id"),
    )
    md.create_all(conn)


def _v2_reviews_and_areas(conn: Connection) -> None:
    """Analyst reviews, and one indexed row per (claim, country or province code)."""
    md = MetaData(naming_convention=NAMING_CONVENTION)
    Table("claims", md, Column("id", Integer, primary_key=True))  # FK target, exists already
    areas = Table(
        "claim_place_areas",
        md,
        Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        Column("code", String(16), nullable=False),
        PrimaryKeyConstraint("code", "claim_id"),
        Index(None, "claim_id"),
    )
    reviews = Table(
        "reviews",
        md,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        Column("status", String(10), nullable=False),
        Column("edits", JSON(none_as_null=True)),
        Column("reviewer", Text, nullable=False),
        Column("reviewed_at", String(32), nullable=False),
        CheckConstraint("status IN ('accepted', 'rejected', 'edited')", name="status"),
        Index(None, "claim_id", "id"),
        sqlite_autoincrement=True,
    )
    md.create_all(conn, tables=[areas, reviews])
    # Backfill from the comma-joined columns; places named only inside a group's name
    # ("in-name") do not locate the claim.
    rows = conn.execute(
        text("SELECT claim_id, countries, admin1 FROM claim_places WHERE role <> 'in-name'")
    )
    pairs: set[tuple[int, str]] = set()
    for claim_id, countries, admin1 in rows:
        for code in f"{countries},{admin1}".split(","):
            if code.strip():
                pairs.add((claim_id, code.strip().upper()))
    if pairs:
        conn.execute(insert(areas), [{"claim_id": c, "code": code} for c, code in sorted(pairs)])


def _v3_updated_at(conn: Connection) -> None:
    """When an article's metadata or claims last changed; old rows start at ingest time."""
    conn.execute(text("ALTER TABLE articles ADD COLUMN updated_at VARCHAR(32)"))
    conn.execute(text("UPDATE articles SET updated_at = ingested_at"))


def _v4_review_places(conn: Connection) -> None:
    """Places chosen by an analyst, per review, and their country and province codes.

    No backfill: earlier versions refused place corrections, so no review holds one.
    """
    md = MetaData(naming_convention=NAMING_CONVENTION)
    Table("reviews", md, Column("id", Integer, primary_key=True))  # FK target, exists already
    places = Table(
        "review_places",
        md,
        Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
        Column("ordinal", Integer, nullable=False),
        Column("place_id", Text, nullable=False),
        Column("kind", String(16), nullable=False),
        Column("name", Text, nullable=False),
        Column("countries", Text, nullable=False),
        Column("admin1", Text, nullable=False),
        Column("precision", Integer, nullable=False),
        PrimaryKeyConstraint("review_id", "ordinal"),
    )
    areas = Table(
        "review_place_areas",
        md,
        Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
        Column("code", String(16), nullable=False),
        PrimaryKeyConstraint("code", "review_id"),
        Index(None, "review_id"),
    )
    md.create_all(conn, tables=[places, areas])


#: Every released step, oldest first. Append only.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, claims, claim places", _v1_initial),
    Migration(2, "reviews and claim place areas", _v2_reviews_and_areas),
    Migration(3, "articles.updated_at", _v3_updated_at),
    Migration(4, "review places and their areas", _v4_review_places),
)
assert MIGRATIONS[-1].version == SCHEMA_VERSION, "append a migration when bumping the schema"


def current_version(conn: Connection) -> int:
    """The store's schema version; 0 for an empty database."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    version = conn.execute(select(func.max(schema_version.c.version))).scalar()
    return int(version or 0)


def migrate(engine: Engine, *, target: int | None = None) -> int:
    """Apply the pending migrations up to ``target`` (default: the latest); return the version.

    Safe to call on every start: a store that is up to date costs one query.
    """
    goal = SCHEMA_VERSION if target is None else target
    if not 0 <= goal <= SCHEMA_VERSION:
        raise StoreError(f"There is no schema version {goal}; the latest is {SCHEMA_VERSION}.")
    try:
        with engine.connect() as conn:
            found = current_version(conn)
    except DBAPIError as exc:
        raise StoreError(
            f"Could not read the schema version of the store {describe(engine)}: {exc.orig}. "
            "Check that --db points at a Hotspot Atlas store."
        ) from exc
    _check_not_newer(engine, found)
    if found >= goal:
        return found

    def upgrade(conn: Connection) -> int:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
        version = current_version(conn)  # again, now under the lock
        _check_not_newer(engine, version)
        for step in MIGRATIONS:
            if version < step.version <= goal:
                step.upgrade(conn)
                conn.execute(
                    insert(schema_version).values(
                        version=step.version,
                        description=step.description,
                        applied_at=datetime.now(UTC).isoformat(timespec="microseconds"),
                    )
                )
                version = step.version
        return version

    return run_write(engine, upgrade, action=f"upgrade the schema from v{found} to v{goal}")


def _check_not_newer(engine: Engine, found: int) -> None:
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"The store {describe(engine)} has schema v{found}, written by a newer Hotspot "
            f"Atlas; this version reads up to v{SCHEMA_VERSION}. Upgrade hotspot-atlas or "
            "use another --db."
        )


def open_store(url: str | None = None, *, target: int | None = None) -> Engine:
    """Connect to the store (see :func:`dashboard.store.engine.resolve_url`) and upgrade it.

    A new store is created with the latest schema; an older one is migrated in place,
    keeping its data. ``target`` stops at an older version (tests use it to build v1 stores).
    """
    engine = make_engine(url)
    try:
        migrate(engine, target=target)
    except BaseException:
        engine.dispose()
        raise
    return engine
