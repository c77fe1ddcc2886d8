"""Schema creation and upgrades: a v1 store opens in the current version with its data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, select, text
from store_factories import NORTH, seed_article, seed_claims

from dashboard.errors import StoreError
from dashboard.model import Filters
from dashboard.store import (
    get_article,
    migrate,
    open_store,
    query_claims,
    review_claim,
    save_article,
    stats,
)
from dashboard.store.migrations import MIGRATIONS, current_version
from dashboard.store.schema import SCHEMA_VERSION, metadata, schema_version


@pytest.fixture
def v1_store(store_url: str) -> Iterator[Engine]:
    """A store built by migration 1 only, holding the seed article as v1 code wrote it."""
    engine = open_store(store_url, target=1)
    article = seed_article()
    claim = seed_claims()[3]  # 15,000 extremists in northern Afghanistan
    place = claim.places[0]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (sha256, text, title, outlet, date, date_precision, language,"
                " ingested_at) VALUES (:sha, :text, :title, 'TASS', '--02-09', 'day-month', 'en',"
                " '2017-02-10T08:00:00.000000+00:00')"
            ),
            {"sha": article.sha256, "text": article.text, "title": article.title},
        )
        conn.execute(
            text(
                'INSERT INTO claims (article_id, ordinal, kind, number_low, number_high, "group",'
                " quote, start, \"end\", modality) VALUES (1, 3, 'estimate', 15000, 15000,"
                " 'extremists', :quote, :start, :end, 'asserted')"
            ),
            {"quote": claim.quote, "start": claim.start, "end": claim.end},
        )
        for role, admin1 in (("location", ",".join(NORTH.admin1)), ("in-name", "AF-KAB")):
            conn.execute(
                text(
                    "INSERT INTO claim_places (claim_id, place_id, kind, name, countries, admin1,"
                    " role, mention_text, start, \"end\", precision) VALUES (1, :pid, 'region',"
                    " :name, 'AF', :admin1, :role, :mention, :start, :end, 5)"
                ),
                {
                    "pid": NORTH.id,
                    "name": NORTH.name,
                    "admin1": admin1,
                    "role": role,
                    "mention": place.text,
                    "start": place.start,
                    "end": place.end,
                },
            )
    try:
        yield engine
    finally:
        engine.dispose()


def test_new_store_is_at_the_latest_version(store: Engine) -> None:
    with store.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        versions = conn.execute(select(schema_version.c.version)).scalars().all()
    assert versions == [m.version for m in MIGRATIONS]


def test_migrated_schema_matches_the_schema_module(store: Engine) -> None:
    """The step-by-step DDL and schema.py must describe the same tables."""
    inspector = inspect(store)
    assert set(inspector.get_table_names()) == set(metadata.tables)
    for table in metadata.sorted_tables:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(columns) == set(table.columns.keys()), table.name
        for column in table.columns:
            if not column.primary_key:
                assert columns[column.name]["nullable"] == column.nullable, (
                    table.name,
                    column.name,
                )
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name
        foreign = {
            (fk["referred_table"], fk["options"].get("ondelete"))
            for fk in inspector.get_foreign_keys(table.name)
        }
        assert foreign == {(fk.column.table.name, fk.ondelete) for fk in table.foreign_keys}, (
            table.name
        )


def test_v1_store_opens_in_the_current_version_with_its_data(
    v1_store: Engine, store_url: str
) -> None:
    with v1_store.connect() as conn:
        assert current_version(conn) == 1
        assert not inspect(conn).has_table("reviews")
    v1_store.dispose()

    engine = open_store(store_url)
    try:
        with engine.connect() as conn:
            assert current_version(conn) == SCHEMA_VERSION
            updated_at = conn.execute(text("SELECT updated_at FROM articles")).scalar_one()
        assert updated_at == "2017-02-10T08:00:00.000000+00:00"  # backfilled from ingested_at
        assert stats(engine)["claims"] == 1
        # the areas table was backfilled, so v1 data answers country and province filters;
        # the in-name place does not count as a location
        assert len(query_claims(engine, Filters(admin1=("AF-BDS",)))) == 1
        assert query_claims(engine, Filters(admin1=("AF-KAB",))).empty
        # v2 reviews work on v1 claims
        claim_id = int(query_claims(engine).claim_id.iloc[0])
        review_claim(engine, claim_id, "edited", {"group_canonical": "Islamic State"}, "anna")
        assert query_claims(engine, Filters(groups=("islamic state",))).reviewed.all()
        # re-ingesting the article recognises it and keeps the reviewed claim
        result = save_article(engine, seed_article(), seed_claims())
        assert not result.created and stats(engine)["articles"] == 1
        assert claim_id in set(query_claims(engine).claim_id)
        assert get_article(engine, result.article_id).updated_at > updated_at
    finally:
        engine.dispose()


def test_migrate_twice_is_a_no_op(store: Engine) -> None:
    assert migrate(store) == SCHEMA_VERSION
    assert migrate(store) == SCHEMA_VERSION


def test_store_from_a_newer_version_is_refused(store: Engine, store_url: str) -> None:
    with store.begin() as conn:
        conn.execute(
            schema_version.insert().values(version=99, description="future", applied_at="x")
        )

    with pytest.raises(StoreError, match="newer Hotspot Atlas"):
        open_store(store_url)


def test_unknown_target_version_is_refused(store: Engine) -> None:
    with pytest.raises(StoreError, match="no schema version 7"):
        migrate(store, target=7)
