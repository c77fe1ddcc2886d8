"""The claims store: SQLite by default, PostgreSQL on request; ingest, query, review.

Open a store with :func:`open_store` (creates or upgrades it), then pass the engine to the
functions of :mod:`dashboard.store.repository`.
"""

from __future__ import annotations

from dashboard.store.engine import default_store_path, is_default_store, make_engine, resolve_url
from dashboard.store.migrations import migrate, open_store
from dashboard.store.repository import (
    ClaimHistory,
    Review,
    SaveResult,
    StoredArticle,
    claim_history,
    get_article,
    list_articles,
    query_claims,
    review_claim,
    save_article,
    stats,
)
from dashboard.store.sample import seed_if_empty

__all__ = [
    "ClaimHistory",
    "Review",
    "SaveResult",
    "StoredArticle",
    "claim_history",
    "default_store_path",
    "get_article",
    "is_default_store",
    "list_articles",
    "make_engine",
    "migrate",
    "open_store",
    "query_claims",
    "resolve_url",
    "review_claim",
    "save_article",
    "seed_if_empty",
    "stats",
]
