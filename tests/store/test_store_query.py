"""query_claims filters, the review overlay, stats and the article list."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from sqlalchemy import Engine, select
from store_factories import CENTRAL_ASIA, seed_article, seed_claims, synthetic_article

from dashboard.errors import InputError, StoreError
from dashboard.model import CLAIM_TABLE_COLUMNS, Filters
from dashboard.store import (
    get_article,
    list_articles,
    query_claims,
    review_claim,
    save_article,
    stats,
)
from dashboard.store.queries import _claim_rows, _fetch
from dashboard.store.schema import reviews

# Seed claims by position (see store_factories.seed_claims):
# 0 concern  AF–TM border            4 concern  IS, AF–TJ border + Badakhshan
# 1 1,000 ISIS, north-west region    5 concern  AF–TJ border (conditional)
# 2 3,500 IS, Afghanistan            6 concern  militants, Central Asia
# 3 15,000 extremists, north region
QUOTE_INDEX = {c.quote: i for i, c in enumerate(seed_claims())}


@pytest.fixture
def seeded(store: Engine) -> Engine:
    save_article(store, seed_article(), seed_claims())
    return store


@pytest.fixture
def dated(seeded: Engine) -> Engine:
    """The seed (no year) plus synthetic articles dated 2017-02-02, 2017-04-04, 2017-05-05."""
    for i in (1, 3, 4):
        save_article(seeded, *synthetic_article(i))
    return seeded


def seed_positions(table: pd.DataFrame) -> list[int]:
    return sorted({QUOTE_INDEX[q] for q in table.quote if q in QUOTE_INDEX})


def titles(table: pd.DataFrame) -> list[str]:
    return sorted(set(table.title.fillna("seed")))


def claim_id_at(store: Engine, position: int) -> int:
    table = query_claims(store, include_rejected=True)
    quote = seed_claims()[position].quote
    return int(table[table.quote == quote].claim_id.iloc[0])


def test_no_filter_gives_every_claim_and_place_in_claim_order(seeded: Engine) -> None:
    table = query_claims(seeded)

    assert tuple(table.columns) == CLAIM_TABLE_COLUMNS
    assert len(table) == 8 and seed_positions(table) == list(range(7))
    assert table.claim_id.is_monotonic_increasing
    assert not table.reviewed.any()


def test_empty_result_keeps_columns_and_dtypes(seeded: Engine) -> None:
    full = query_claims(seeded)
    empty = query_claims(seeded, Filters(countries=("NO",)))

    assert empty.empty
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(countries=("TJ",)), [4, 5, 6]),  # border AF–TJ matches TJ; Central Asia too
        (Filters(countries=("tm",)), [0, 6]),  # codes are case-blind
        (Filters(countries=("AF",)), [0, 1, 2, 3, 4, 5]),
        (Filters(countries=("UZ", "KG")), [6]),
        (Filters(admin1=("AF-BDS",)), [3, 4, 5]),  # north region, TJ border, the province
        (Filters(admin1=("AF-HER",)), [0, 1]),
        (Filters(admin1=("TJ-GB",)), [4, 5]),
        (Filters(countries=("AF",), admin1=("AF-SAR",)), [1]),
        (Filters(groups=("islamic state",)), [1, 2, 4]),  # canonical name
        (Filters(groups=("ISIS",)), [1]),  # as written
        (Filters(groups=("Extremists", "militants")), [3, 6]),
        (Filters(kinds=("concern",)), [0, 4, 5, 6]),
        (Filters(kinds=("estimate",)), [1, 2, 3]),
        (Filters(min_figure=3500), [2, 3]),
        (Filters(min_figure=1), [1, 2, 3]),
        (Filters(kinds=("estimate",), countries=("TJ",)), []),
    ],
)
def test_filters_select_the_expected_claims(
    seeded: Engine, filters: Filters, expected: list[int]
) -> None:
    assert seed_positions(query_claims(seeded, filters)) == expected


def test_country_filter_returns_every_place_of_a_matching_claim(seeded: Engine) -> None:
    table = query_claims(seeded, Filters(countries=("TJ",)))

    assert sorted(table.place_id) == [
        "admin1:AF-BDS",
        "border:AF-TJ",
        "border:AF-TJ",
        "region:central-asia",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(since="2017-03"), ["synthetic 3 (2 claims)", "synthetic 4 (4 claims)"]),
        (Filters(until="2017-02"), ["synthetic 1 (1 claims)"]),  # the yearless seed drops out
        (
            Filters(since="2017-02-02", until="2017-04-04"),
            ["synthetic 1 (1 claims)", "synthetic 3 (2 claims)"],
        ),
        (
            Filters(until="2017"),
            ["synthetic 1 (1 claims)", "synthetic 3 (2 claims)", "synthetic 4 (4 claims)"],
        ),
        (Filters(since="2018"), []),
        (Filters(outlets=("tass",)), ["seed", "synthetic 3 (2 claims)"]),
        (Filters(outlets=("Reuters", "AFP")), ["synthetic 1 (1 claims)", "synthetic 4 (4 claims)"]),
    ],
)
def test_date_and_outlet_filters(dated: Engine, filters: Filters, expected: list[str]) -> None:
    table = query_claims(dated, filters)
    table["title"] = table.title.where(~table.title.str.startswith("Russia"), None)

    assert titles(table) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (Filters(since="Feb 2017"), "YYYY-MM-DD"),
        (Filters(until="2017-02-30"), "YYYY-MM-DD"),
        (Filters(kinds=("estimates",)), "estimate or concern"),
    ],
)
def test_malformed_filters_are_refused(seeded: Engine, filters: Filters, message: str) -> None:
    with pytest.raises(InputError, match=message):
        query_claims(seeded, filters)


def test_rejected_claims_are_left_out_unless_asked_for(seeded: Engine) -> None:
    review_claim(seeded, claim_id_at(seeded, 6), "rejected", None, "analyst")

    assert seed_positions(query_claims(seeded)) == [0, 1, 2, 3, 4, 5]
    assert seed_positions(query_claims(seeded, include_rejected=True)) == list(range(7))
    assert stats(seeded)["claims"] == 6 and stats(seeded)["rejected"] == 1


def test_edits_overlay_machine_fields_and_drive_the_filters(seeded: Engine) -> None:
    claim_id = claim_id_at(seeded, 1)
    review_claim(
        seeded,
        claim_id,
        "edited",
        {"number_high": 5000, "group_canonical": "ISKP", "speaker": None},
        "analyst",
    )

    row = query_claims(seeded, Filters(min_figure=4000)).iloc[0]
    assert row.claim_id == claim_id and row.number_high == 5000 and row.number_low == 1000
    assert row.group_canonical == "ISKP" and row.group == "ISIS"
    assert pd.isna(row.speaker)  # cleared by the analyst, not the machine value
    assert row.reviewed
    assert seed_positions(query_claims(seeded, Filters(groups=("islamic state",)))) == [2, 4]
    assert seed_positions(query_claims(seeded, Filters(groups=("iskp",)))) == [1]


def test_kind_edit_moves_a_claim_between_kinds(seeded: Engine) -> None:
    review_claim(seeded, claim_id_at(seeded, 0), "edited", {"kind": "estimate"}, "analyst")

    assert seed_positions(query_claims(seeded, Filters(kinds=("estimate",)))) == [0, 1, 2, 3]
    assert stats(seeded)["estimates"] == 4 and stats(seeded)["concerns"] == 3


def test_accepted_claim_is_marked_reviewed(seeded: Engine) -> None:
    claim_id = claim_id_at(seeded, 3)
    review_claim(seeded, claim_id, "accepted", None, "analyst")

    table = query_claims(seeded)
    assert table[table.claim_id == claim_id].reviewed.all()
    assert table.reviewed.sum() == 1


def test_stats_counts_what_the_analyst_sees(dated: Engine) -> None:
    assert stats(dated) == {
        "articles": 4,
        "claims": 7 + 1 + 2 + 4,
        "estimates": 3 + 7,
        "concerns": 4,
        "places": 7,  # the synthetic claims all sit in region:AF-north
        "first_date": "2017-02-02",  # the seed's "--02-09" has no year and is ignored
        "last_date": "2017-05-05",
        "reviewed": 0,
        "rejected": 0,
    }


def test_stats_counts_the_places_an_analyst_corrected(dated: Engine) -> None:
    before = stats(dated)["places"]
    claim_id = int(query_claims(dated).claim_id.iloc[0])
    new_places = ["admin1:NG-BO", "country:ML"]  # places no claim in the store names
    review_claim(dated, claim_id, "edited", {"places": new_places}, "analyst")
    seen = set(query_claims(dated).place_id.dropna())
    assert set(new_places) <= seen
    assert stats(dated)["places"] == len(seen) >= before + 1


def test_stats_of_an_empty_store(store: Engine) -> None:
    assert stats(store) == {
        "articles": 0,
        "claims": 0,
        "estimates": 0,
        "concerns": 0,
        "places": 0,
        "first_date": None,
        "last_date": None,
        "reviewed": 0,
        "rejected": 0,
    }


def test_list_articles_without_text(dated: Engine) -> None:
    review_claim(dated, claim_id_at(dated, 0), "rejected", None, "analyst")

    listing = list_articles(dated)

    assert "text" not in listing.columns
    assert listing.claims.tolist() == [6, 1, 2, 4]
    assert listing.outlet.tolist() == ["TASS", "Reuters", "TASS", "Reuters"]
    assert listing.id.is_monotonic_increasing


def test_get_article_shows_rejected_claims_with_their_status(seeded: Engine) -> None:
    claim_id = claim_id_at(seeded, 5)
    review_claim(seeded, claim_id, "rejected", None, "analyst")
    article_id = int(list_articles(seeded).id.iloc[0])

    frame = get_article(seeded, article_id).claims

    assert frame[frame.claim_id == claim_id].review_status.tolist() == ["rejected"]
    assert frame.review_status.isna().sum() == 7


def test_get_article_unknown_id_says_what_to_do(store: Engine) -> None:
    with pytest.raises(StoreError, match="list_articles"):
        get_article(store, 999)


def test_column_dtypes_are_declared(seeded: Engine) -> None:
    dtypes = query_claims(seeded).dtypes.map(str).to_dict()

    assert {k: dtypes[k] for k in ("claim_id", "article_id", "reviewed")} == {
        "claim_id": "int64",
        "article_id": "int64",
        "reviewed": "bool",
    }
    assert dtypes["number_low"] == dtypes["number_high"] == dtypes["precision"] == "Int64"
    text_columns = set(CLAIM_TABLE_COLUMNS) - {
        "claim_id",
        "article_id",
        "reviewed",
        "number_low",
        "number_high",
        "precision",
    }
    assert {dtypes[c] for c in text_columns} == {"object"}  # str or None, never NaN


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(countries=("AF", "TJ"), groups=("islamic state", "isis"), min_figure=1),
        Filters(kinds=("concern",), admin1=("AF-BDS",)),
    ],
)
def test_driver_fetch_returns_what_sqlalchemy_returns(seeded: Engine, filters: Filters) -> None:
    """The fast path skips SQLAlchemy's rows; it must not change a single value."""
    review_claim(seeded, claim_id_at(seeded, 1), "edited", {"number_high": 5000}, "anna")
    review_claim(seeded, claim_id_at(seeded, 0), "rejected", None, "anna")
    with seeded.connect() as conn:
        stmt = _claim_rows(conn.dialect.name, filters, include_rejected=True)
        keys, rows = _fetch(conn, stmt)
        result = conn.execute(stmt)
        expected_keys, expected = list(result.keys()), [tuple(r) for r in result]

    assert keys == expected_keys
    assert rows == expected and len(rows) > 0


def test_statements_needing_bind_conversion_go_through_sqlalchemy(seeded: Engine) -> None:
    claim_id = claim_id_at(seeded, 1)
    review_claim(seeded, claim_id, "edited", {"number_high": 5000}, "anna")
    # a JSON path is a parameter SQLAlchemy must format before the driver sees it
    stmt = select(reviews.c.edits["number_high"].as_integer()).where(reviews.c.claim_id == claim_id)

    with seeded.connect() as conn:
        assert _fetch(conn, stmt)[1] == [(5000,)]


def test_a_province_matches_its_country_but_not_a_neighbour(store: Engine) -> None:
    claim = seed_claims()[4]
    claim.places = [m for m in claim.places if m.place.id == "admin1:AF-BDS"]
    save_article(store, seed_article(), [claim])

    assert len(query_claims(store, Filters(countries=("AF",)))) == 1
    assert len(query_claims(store, Filters(admin1=("AF-BDS",)))) == 1
    assert query_claims(store, Filters(countries=("TJ",))).empty


def test_place_named_inside_a_group_name_is_not_a_location(store: Engine) -> None:
    claim = seed_claims()[1]
    in_name = replace(claim.places[0], place=CENTRAL_ASIA, role="in-name")
    claim.places = [claim.places[0], in_name]
    saved = save_article(store, seed_article(), [claim])

    table = query_claims(store)
    assert table.place_id.tolist() == ["region:AF-northwest"]
    assert query_claims(store, Filters(countries=("UZ",))).empty
    page = get_article(store, saved.article_id).claims
    assert page.place_role.tolist() == ["location", "in-name"]
