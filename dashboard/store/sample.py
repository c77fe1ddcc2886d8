"""Give a new store something to show: the bundled sample article, once, when it is empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine, func, select

from dashboard.model import Article, Claim
from dashboard.store.engine import run_read
from dashboard.store.ingest import SaveResult, save_article
from dashboard.store.schema import articles

#: Returns the sample article and its extracted claims (the extraction package provides it).
SampleLoader = Callable[[], tuple[Article, Sequence[Claim]]]


def seed_if_empty(engine: Engine, loader: SampleLoader) -> SaveResult | None:
    """Save the loader's article when the store has no articles; None when it had some.

    The loader runs only when needed, so an existing store never pays for extraction.
    Two processes seeding at once are harmless: the article's sha256 keeps one copy.
    """

    def count(conn: Connection) -> int:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    if run_read(engine, count, action="check whether the store is empty"):
        return None
    article, claims = loader()
    return save_article(engine, article, claims)
