"""save_article: round trip, idempotent re-ingest, metadata updates, reviews that survive."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Engine, func, select
from store_factories import BORDER_AF_TJ, NORTH, seed_article, seed_claims

from dashboard.errors import InputError
from dashboard.model import CLAIM_TABLE_COLUMNS, Filters
from dashboard.store import (
    claim_history,
    get_article,
    list_articles,
    query_claims,
    review_claim,
    save_article,
    stats,
)
from dashboard.store.schema import claim_place_areas, claim_places, claims, reviews


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_round_trip_keeps_article_claims_and_places(store: Engine) -> None:
    article, extracted = seed_article(), seed_claims()

    result = save_article(store, article, extracted)

    assert result.created and result.claims == 7
    stored = get_article(store, result.article_id)
    assert stored.article == article
    frame = stored.claims
    assert list(frame.columns[: len(CLAIM_TABLE_COLUMNS)]) == list(CLAIM_TABLE_COLUMNS)
    # one row per claim and place: claim 4 (Tajik direction) has two places
    assert len(frame) == 8
    estimate = frame[frame.number_text == "some 1,000"].iloc[0]
    assert estimate.number_low == 1000 and estimate.number_high == 1000
    assert (estimate.group, estimate.group_canonical) == ("ISIS", "Islamic State")
    assert (estimate.unit, estimate.qualifier, estimate.speaker) == (
        "gunmen",
        "approximate",
        "Zamir Kabulov",
    )
    assert estimate.place_id == "region:AF-northwest" and estimate.place_kind == "region"
    assert estimate.admin1 == "AF-BDG,AF-FYB,AF-HER,AF-JOW,AF-SAR"
    assert estimate.precision == 5 and estimate.date == "--02-09" and estimate.outlet == "TASS"
    # offsets point into the stored text
    for row in frame.itertuples():
        assert article.text[row.quote_start : row.quote_end] == row.quote
        assert article.text[row.mention_start : row.mention_end] == row.mention_text
    tajik = frame[frame.quote.str.startswith("an alarming situation")]
    assert list(tajik.place_id) == ["border:AF-TJ", "admin1:AF-BDS"]
    assert tajik.countries.tolist() == ["AF,TJ", "AF"]


def test_claim_without_places_gives_one_row_with_null_place_fields(store: Engine) -> None:
    claim = replace(seed_claims()[2], places=[])
    save_article(store, seed_article(), [claim])

    table = query_claims(store)

    assert len(table) == 1
    row = table.iloc[0]
    for column in ("place_id", "place_kind", "place_name", "countries", "admin1"):
        assert row[column] is None, column  # None, not NaN: falsy, as "no place" should be
    assert table.precision.isna().all()
    assert row.number_high == 3500


def test_same_text_again_is_not_stored_twice(store: Engine) -> None:
    first = save_article(store, seed_article(), seed_claims())
    again = save_article(store, seed_article(), seed_claims())

    assert again.article_id == first.article_id
    assert not again.created and not again.changed
    assert stats(store)["articles"] == 1
    assert _count(store, claims) == 7
    assert _count(store, claim_places) == 8


def test_new_metadata_updates_the_article(store: Engine) -> None:
    first = save_article(store, seed_article(url=None), seed_claims())
    before = list_articles(store).iloc[0]

    again = save_article(
        store,
        seed_article(
            date="2017-02-09",
            date_precision="day",
            url="https://tass.com/politics/930000",
            outlet=None,
        ),
        seed_claims(),
    )

    assert again.changed and not again.created
    stored = get_article(store, first.article_id)
    assert stored.article.date == "2017-02-09" and stored.article.date_precision == "day"
    assert stored.article.url == "https://tass.com/politics/930000"
    assert stored.article.outlet == "TASS"  # a missing value never erases a known one
    assert stored.updated_at is not None and stored.updated_at > before.updated_at
    assert stored.ingested_at == before.ingested_at


def test_day_month_date_does_not_replace_a_full_date(store: Engine) -> None:
    save_article(store, seed_article(date="2017-02-09", date_precision="day"), seed_claims())

    again = save_article(store, seed_article(), seed_claims())  # "--02-09"

    assert not again.changed
    assert list_articles(store).date.tolist() == ["2017-02-09"]


def test_reviews_survive_a_reingest_of_unchanged_claims(store: Engine) -> None:
    saved = save_article(store, seed_article(), seed_claims())
    table = query_claims(store)
    north_id = int(table[table.place_id == "region:AF-north"].claim_id.iloc[0])
    concern_id = int(table[table.place_id == "border:AF-TM"].claim_id.iloc[0])
    review_claim(store, north_id, "edited", {"group_canonical": "Taliban"}, "analyst")
    review_claim(store, concern_id, "rejected", None, "analyst")

    # a newer extractor reads one more claim and reads claim 3's place differently
    changed = seed_claims()
    changed[3] = replace(changed[3], places=[replace(changed[3].places[0], place=BORDER_AF_TJ)])
    extra = replace(changed[1], kind="concern", number_low=None, number_high=None, number_text=None)
    again = save_article(store, seed_article(), [*changed, extra])

    assert again.article_id == saved.article_id and again.changed and again.claims == 8
    after = query_claims(store)
    assert concern_id not in set(after.claim_id)  # still rejected
    north = after[after.claim_id == north_id]
    assert north.group_canonical.tolist() == ["Taliban"] and north.reviewed.all()
    assert north.place_id.tolist() == ["border:AF-TJ"]  # machine places refreshed
    assert len(claim_history(store, north_id).reviews) == 1
    assert _count(store, claims) == 8


def test_changed_claim_is_replaced_and_its_review_dropped(store: Engine) -> None:
    save_article(store, seed_article(), seed_claims())
    claim_id = int(query_claims(store, Filters(min_figure=15000)).claim_id.iloc[0])
    review_claim(store, claim_id, "accepted", None, "analyst")

    changed = seed_claims()
    text = seed_article().text
    start = text.index("The total strength")
    new_quote = text[start : changed[3].end + 1]  # the extractor now keeps the full stop
    changed[3] = replace(changed[3], quote=new_quote, end=start + len(new_quote))
    save_article(store, seed_article(), changed)

    rows = query_claims(store, Filters(min_figure=15000))
    assert len(rows) == 1 and int(rows.claim_id.iloc[0]) != claim_id
    assert not rows.reviewed.any()
    assert _count(store, reviews) == 0
    assert _count(store, claims) == 7


def test_deleted_claims_take_their_places_and_areas_along(store: Engine) -> None:
    save_article(store, seed_article(), seed_claims())

    save_article(store, seed_article(), seed_claims()[:2])

    assert _count(store, claims) == 2
    assert _count(store, claim_places) == 2
    with store.connect() as conn:
        orphans = conn.execute(
            select(func.count())
            .select_from(claim_place_areas)
            .where(claim_place_areas.c.claim_id.not_in(select(claims.c.id)))
        ).scalar_one()
    assert orphans == 0
    # border AF-TM: AF, TM and six provinces; north-west region: AF and five provinces
    assert _count(store, claim_place_areas) == 8 + 6


def test_article_without_claims_is_stored(store: Engine) -> None:
    result = save_article(store, seed_article(), [])

    assert result.created and result.claims == 0
    assert stats(store)["articles"] == 1 and query_claims(store).empty


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sha256": "abc"}, "64 lowercase hex"),
        ({"date": "09.02.2017"}, "YYYY-MM-DD"),
        ({"date": "2017-02-30"}, "YYYY-MM-DD"),
    ],
)
def test_malformed_article_is_refused(store: Engine, change: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        save_article(store, seed_article(**change), seed_claims())
    assert stats(store)["articles"] == 0


def test_quote_that_does_not_match_its_offsets_is_refused(store: Engine) -> None:
    claim = replace(seed_claims()[1], start=seed_claims()[1].start + 1)

    with pytest.raises(InputError, match="quote does not match"):
        save_article(store, seed_article(), [claim])


def test_areas_cover_every_country_and_province(store: Engine) -> None:
    claim = replace(seed_claims()[3], places=[seed_claims()[3].places[0]])
    save_article(store, seed_article(), [claim])

    with store.connect() as conn:
        codes = sorted(conn.execute(select(claim_place_areas.c.code)).scalars())

    assert codes == sorted({"AF", *NORTH.admin1})
