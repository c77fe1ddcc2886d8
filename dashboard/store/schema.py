"""The tables as the current code expects them (schema version :data:`SCHEMA_VERSION`).

The machine extraction lives in ``claims`` and ``claim_places`` and is never edited by
hand; an analyst's verdicts and corrections are rows in ``reviews`` that the queries
overlay on top. ``claim_place_areas`` repeats each claim's country and province codes one
per row, so filtering by country or province is an indexed join rather than a ``LIKE``
over comma-joined strings. A review that corrects a claim's places also writes the chosen
places to ``review_places`` and their codes to ``review_place_areas`` (the same shapes,
keyed by the review), so the edited places are read and filtered like the machine ones.

These definitions drive the queries. The DDL that builds a store is in
:mod:`dashboard.store.migrations`, step by step; a test checks that both agree.
Timestamps are ISO 8601 strings in UTC, identical on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

#: The version :func:`dashboard.store.migrations.open_store` upgrades every store to.
SCHEMA_VERSION = 4

#: Deterministic constraint names, so migrations can refer to them on every backend.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("date", String(10)),  # "YYYY-MM-DD", "--MM-DD" or NULL
    Column("date_precision", String(10)),
    Column("dateline", Text),
    Column("language", String(16), nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("updated_at", String(32)),  # added in v3; always written by the current code
    UniqueConstraint("sha256"),
    Index(None, "date"),
    Index(None, "outlet"),
    sqlite_autoincrement=True,  # never reuse an id that an export or a URL may still cite
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
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

claim_places = Table(
    "claim_places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("place_id", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("countries", Text, nullable=False),  # ISO alpha-2 codes joined by ","
    Column("admin1", Text, nullable=False),  # ISO 3166-2 codes joined by ","
    Column("role", String(16), nullable=False),  # "location" or "in-name"
    Column("mention_text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("precision", Integer, nullable=False),
    Index(None, "claim_id"),
    Index(None, "place_id"),
)

claim_place_areas = Table(
    "claim_place_areas",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("code", String(16), nullable=False),  # "AF" or "AF-BDS"
    PrimaryKeyConstraint("code", "claim_id"),
    Index(None, "claim_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(10), nullable=False),
    Column("edits", JSON(none_as_null=True)),  # the analyst's field values in effect
    Column("reviewer", Text, nullable=False),
    Column("reviewed_at", String(32), nullable=False),
    CheckConstraint("status IN ('accepted', 'rejected', 'edited')", name="status"),
    Index(None, "claim_id", "id"),
    sqlite_autoincrement=True,
)

review_places = Table(
    "review_places",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("place_id", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("countries", Text, nullable=False),  # ISO alpha-2 codes joined by ","
    Column("admin1", Text, nullable=False),  # ISO 3166-2 codes joined by ","
    Column("precision", Integer, nullable=False),
    PrimaryKeyConstraint("review_id", "ordinal"),
)

review_place_areas = Table(
    "review_place_areas",
    metadata,
    Column("review_id", Integer, ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
    Column("code", String(16), nullable=False),  # "AF" or "AF-BDS"
    PrimaryKeyConstraint("code", "review_id"),
    Index(None, "review_id"),
)
