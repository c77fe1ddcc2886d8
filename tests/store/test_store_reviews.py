"""review_claim and claim_history: verdicts, carried-forward edits, refusals that explain."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select
from store_factories import seed_article, seed_claims

from dashboard.errors import InputError, StoreError
from dashboard.store import claim_history, query_claims, review_claim, save_article
from dashboard.store.schema import claims


@pytest.fixture
def claim_id(store: Engine) -> int:
    """The 1,000 ISIS gunmen claim of the seed article."""
    save_article(store, seed_article(), seed_claims())
    with store.connect() as conn:
        return int(conn.execute(select(claims.c.id).where(claims.c.ordinal == 1)).scalar_one())


def test_history_lists_machine_values_and_reviews_in_order(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "accepted", None, "anna")
    review_claim(store, claim_id, "edited", {"number_high": 1200}, "ben")

    history = claim_history(store, claim_id)

    assert history.machine["number_high"] == 1000 and history.machine["group"] == "ISIS"
    assert [(r.status, r.reviewer) for r in history.reviews] == [
        ("accepted", "anna"),
        ("edited", "ben"),
    ]
    assert history.status == "edited"
    assert history.current["number_high"] == 1200 and history.current["number_low"] == 1000
    assert history.reviews[0].reviewed_at < history.reviews[1].reviewed_at


def test_machine_extraction_is_never_modified(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"number_high": 1200, "unit": "fighters"}, "anna")

    with store.connect() as conn:
        row = conn.execute(select(claims).where(claims.c.id == claim_id)).mappings().one()
    assert row["number_high"] == 1000 and row["unit"] == "gunmen"


def test_edits_accumulate_and_survive_an_accept(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"number_high": 1200}, "anna")
    review_claim(store, claim_id, "edited", {"speaker": "Kabulov"}, "ben")
    review_claim(store, claim_id, "accepted", None, "carl")

    row = query_claims(store).set_index("claim_id").loc[claim_id]
    assert (row.number_high, row.speaker, row.reviewed) == (1200, "Kabulov", True)
    assert claim_history(store, claim_id).reviews[-1].edits == {
        "number_high": 1200,
        "speaker": "Kabulov",
    }


def test_keep_edits_false_returns_to_the_machine_values(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "edited", {"number_high": 1200}, "anna")

    review_claim(store, claim_id, "accepted", None, "anna", keep_edits=False)

    row = query_claims(store).set_index("claim_id").loc[claim_id]
    assert row.number_high == 1000 and row.reviewed


def test_a_later_verdict_brings_a_rejected_claim_back(store: Engine, claim_id: int) -> None:
    review_claim(store, claim_id, "rejected", None, "anna")
    assert claim_id not in set(query_claims(store).claim_id)

    review_claim(store, claim_id, "accepted", None, "ben")

    assert claim_id in set(query_claims(store).claim_id)


@pytest.mark.parametrize(
    ("status", "edits", "reviewer", "message"),
    [
        ("approved", None, "anna", "accepted, rejected, edited"),
        ("accepted", None, "  ", "reviewer's name"),
        ("edited", None, "anna", "at least one"),
        ("edited", {}, "anna", "at least one"),
        ("accepted", {"number_high": 5}, "anna", "go with status 'edited'"),
        ("edited", {"quote": "x"}, "anna", "editable fields are"),
        ("edited", {"number_high": "5k"}, "anna", "whole number"),
        ("edited", {"number_high": True}, "anna", "whole number"),
        ("edited", {"number_low": -1}, "anna", "whole number"),
        ("edited", {"number_low": 2000}, "anna", "above number_high"),
        ("edited", {"kind": "threat"}, "anna", "estimate, concern"),
        ("edited", {"kind": None}, "anna", "cannot be empty"),
        ("edited", {"speaker": 7}, "anna", "must be text"),
    ],
)
def test_malformed_reviews_are_refused(
    store: Engine,
    claim_id: int,
    status: str,
    edits: dict[str, Any] | None,
    reviewer: str,
    message: str,
) -> None:
    with pytest.raises(InputError, match=message):
        review_claim(store, claim_id, status, edits, reviewer)
    assert claim_history(store, claim_id).reviews == ()


def test_unknown_claim_says_what_to_do(store: Engine) -> None:
    with pytest.raises(StoreError, match="no claim 4242"):
        review_claim(store, 4242, "accepted", None, "anna")
    with pytest.raises(StoreError, match="no claim 4242"):
        claim_history(store, 4242)
