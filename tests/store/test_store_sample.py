"""seed_if_empty: a new store gets the sample once; a used store is left alone."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine
from store_factories import seed_article, seed_claims, synthetic_article

from dashboard.model import Article, Claim
from dashboard.store import list_articles, save_article, seed_if_empty, stats


class CountingLoader:
    """Stands in for the extraction package's sample loader and counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> tuple[Article, Sequence[Claim]]:
        self.calls += 1
        return seed_article(), seed_claims()


def test_empty_store_is_seeded_with_the_sample(store: Engine) -> None:
    loader = CountingLoader()

    result = seed_if_empty(store, loader)

    assert result is not None and result.created and result.claims == 7
    assert loader.calls == 1
    assert stats(store)["claims"] == 7
    assert list_articles(store).outlet.tolist() == ["TASS"]


def test_seeding_twice_keeps_one_copy_and_skips_the_loader(store: Engine) -> None:
    loader = CountingLoader()
    seed_if_empty(store, loader)

    assert seed_if_empty(store, loader) is None
    assert loader.calls == 1 and stats(store)["articles"] == 1


def test_store_with_articles_is_not_seeded(store: Engine) -> None:
    save_article(store, *synthetic_article(1))
    loader = CountingLoader()

    assert seed_if_empty(store, loader) is None
    assert loader.calls == 0 and stats(store)["articles"] == 1
