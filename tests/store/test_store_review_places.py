"""Place corrections: an analyst's places replace the machine's in queries, never in the store."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, select
from store_factories import AFGHANISTAN, NORTHWEST, seed_article, seed_claims

from dashboard.errors import InputError
from dashboard.model import Filters
from dashboard.store import (
    claim_history,
    get_article,
    query_claims,
    review_claim,
    save_article,
    stats,
)
from dashboard.store.schema import claim_places, claims

KUNDUZ = "admin1:AF-KDZ"
GORNO_BADAKHSHAN = "admin1:TJ-GB"


def _id(store: Engine, ordinal: int) -> int:
    with store.connect() as conn:
        return int(
            conn.execute(select(claims.c.id).where(claims.c.ordinal == ordinal)).scalar_one()
        )


@pytest.fixture
def claim_id(store: Engine) -> int:
    """The 1,000 ISIS gunmen claim, placed by the machine in north-western Afghanistan."""
    save_article(store, seed_article(), seed_claims())
    return _id(store, 1)


def _rows(store: Engine, claim_id: int, filters: Filters | None = None) -> pd.DataFrame:
    frame = query_claims(store, filters)
    return frame[frame.claim_id == claim_id]


def test_place_edit_round_trip(store: Engine, claim_id: int) -> None:
    review = review_claim(store, claim_id, "edited", {"places": [KUNDUZ]}, "anna")

    assert review.edits == {"places": [KUNDUZ]}
    history = claim_history(store, claim_id)
    assert history.machine["places"] == [NORTHWEST.id]
    assert history.current["places"] == [KUNDUZ] and history.places_edited
    assert [(p["place_id"], p["name"], p["role"]) for p in history.machine_places] == [
        (NORTHWEST.id, NORTHWEST.name, "location")
    ]


def test_query_rows_are_the_edited_places(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"places": [KUNDUZ, "border:AF-TJ"]}, "anna")

    rows = _rows(store, claim_id)
    assert list(rows.place_id) == [KUNDUZ, "border:AF-TJ"]
    assert list(rows.place_kind) == ["admin1", "border"]
    assert list(rows.place_name) == ["Kunduz", "Afghanistan–Tajikistan border"]
    assert list(rows.precision) == [4, 5]
    assert list(rows.countries) == ["AF", "AF,TJ"]
    assert list(rows.admin1) == ["AF-KDZ", ""]
    assert rows.reviewed.all() and set(rows.number_high) == {1000}
    # other claims keep their machine rows, and a two-place claim still has two rows
    badakhshan = _rows(store, _id(store, 4))
    assert list(badakhshan.place_id) == ["border:AF-TJ", "admin1:AF-BDS"]
    assert not badakhshan.reviewed.any()


def test_edits_replace_a_claims_several_places_and_carry_forward(store: Engine) -> None:
    save_article(store, seed_article(), seed_claims())
    two_places = _id(store, 4)
    review_claim(store, two_places, "edited", {"places": [GORNO_BADAKHSHAN]}, "anna")
    review_claim(store, two_places, "edited", {"speaker": "Kabulov"}, "ben")
    review_claim(store, two_places, "accepted", None, "carl")

    rows = _rows(store, two_places)
    assert list(rows.place_id) == [GORNO_BADAKHSHAN] and list(rows.speaker) == ["Kabulov"]
    # the carried places filter too
    assert two_places in set(query_claims(store, Filters(admin1=("TJ-GB",))).claim_id)
    assert two_places not in set(query_claims(store, Filters(admin1=("AF-BDS",))).claim_id)
    assert claim_history(store, two_places).reviews[-1].edits == {
        "places": [GORNO_BADAKHSHAN],
        "speaker": "Kabulov",
    }


def test_country_and_province_filters_match_the_edited_places(store: Engine, claim_id: int) -> None:
    in_af = set(query_claims(store, Filters(countries=("AF",))).claim_id)
    assert claim_id in in_af
    assert claim_id not in set(query_claims(store, Filters(countries=("TJ",))).claim_id)

    review_claim(store, claim_id, "edited", {"places": [GORNO_BADAKHSHAN]}, "anna")

    in_tj = query_claims(store, Filters(countries=("TJ",)))
    assert list(in_tj[in_tj.claim_id == claim_id].place_id) == [GORNO_BADAKHSHAN]
    assert claim_id in set(query_claims(store, Filters(admin1=("TJ-GB",))).claim_id)
    assert claim_id not in set(query_claims(store, Filters(countries=("AF",))).claim_id)
    assert claim_id not in set(query_claims(store, Filters(admin1=("AF-HER",))).claim_id)
    # the other AF claims are unaffected
    assert set(query_claims(store, Filters(countries=("AF",))).claim_id) == in_af - {claim_id}

    # back to the machine's places: the earlier review's areas no longer count
    review_claim(store, claim_id, "accepted", None, "anna", keep_edits=False)
    assert claim_id in set(query_claims(store, Filters(countries=("AF",))).claim_id)
    assert claim_id not in set(query_claims(store, Filters(countries=("TJ",))).claim_id)
    assert list(_rows(store, claim_id).place_id) == [NORTHWEST.id]


def test_an_empty_list_means_no_place(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"places": []}, "anna")

    rows = _rows(store, claim_id)
    assert len(rows) == 1 and rows.place_id.isna().all() and rows.countries.isna().all()
    assert claim_id not in set(query_claims(store, Filters(countries=("AF",))).claim_id)


def test_machine_places_stay_in_the_store_and_the_history(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"places": [KUNDUZ]}, "anna")

    with store.connect() as conn:
        stored = conn.execute(
            select(claim_places.c.place_id).where(claim_places.c.claim_id == claim_id)
        ).scalars()
        assert list(stored) == [NORTHWEST.id]
    history = claim_history(store, claim_id)
    assert history.machine["places"] == [NORTHWEST.id]
    assert history.reviews[-1].edits["places"] == [KUNDUZ]


def test_the_article_page_shows_the_edited_places(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"places": [KUNDUZ]}, "anna")

    frame = get_article(store, 1).claims
    rows = frame[frame.claim_id == claim_id]
    assert list(rows.place_id) == [KUNDUZ] and list(rows.place_role) == ["location"]
    assert list(rows.review_status) == ["edited"] and rows.mention_start.isna().all()
    assert stats(store)["reviewed"] == 1


@pytest.mark.parametrize(
    ("places", "message"),
    [
        (["admin1:XX-ZZ"], "Unknown place id 'admin1:XX-ZZ'"),
        (["Kunduz"], "Unknown place id 'Kunduz'"),
        ([KUNDUZ, "planet:mars"], "Unknown place id 'planet:mars'"),
        ([""], "Unknown place id ''"),
        ([7], "Unknown place id 7"),
        (KUNDUZ, "must be a list of place ids"),
        (None, "must be a list of place ids"),
    ],
)
def test_invalid_place_ids_are_refused(
    store: Engine, claim_id: int, places: Any, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        review_claim(store, claim_id, "edited", {"places": places}, "anna")
    assert claim_history(store, claim_id).reviews == ()


def test_ids_are_normalised_and_deduplicated(store: Engine, claim_id: int) -> None:
    review = review_claim(
        store, claim_id, "edited", {"places": ["demonym:AF", KUNDUZ, "country:AF"]}, "anna"
    )

    assert review.edits["places"] == [AFGHANISTAN.id, KUNDUZ]
    assert list(_rows(store, claim_id).place_id) == [AFGHANISTAN.id, KUNDUZ]


def test_reingest_keeps_the_place_edit(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"places": [KUNDUZ]}, "anna")
    better = seed_claims()
    better[1] = replace(
        better[1], places=[replace(better[1].places[0], place=AFGHANISTAN)], number_high=1100
    )

    result = save_article(store, seed_article(), better)

    assert result.changed and _id(store, 1) == claim_id
    rows = _rows(store, claim_id)
    assert list(rows.place_id) == [KUNDUZ] and list(rows.number_high) == [1100]
    history = claim_history(store, claim_id)
    assert history.machine["places"] == [AFGHANISTAN.id]  # the refreshed machine reading
    assert history.current["places"] == [KUNDUZ]
