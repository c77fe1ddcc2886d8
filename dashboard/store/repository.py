"""The store's public functions in one place: ingest, query, review.

The work lives in small modules (:mod:`.ingest`, :mod:`.queries`, :mod:`.reviews`);
callers import from here so that split can change freely.
"""

from __future__ import annotations

from dashboard.store.ingest import SaveResult, save_article
from dashboard.store.queries import (
    ARTICLE_CLAIM_EXTRA_COLUMNS,
    StoredArticle,
    get_article,
    list_articles,
    query_claims,
    stats,
)
from dashboard.store.reviews import (
    EDITABLE_FIELDS,
    ClaimHistory,
    Review,
    claim_history,
    review_claim,
)

__all__ = [
    "ARTICLE_CLAIM_EXTRA_COLUMNS",
    "EDITABLE_FIELDS",
    "ClaimHistory",
    "Review",
    "SaveResult",
    "StoredArticle",
    "claim_history",
    "get_article",
    "list_articles",
    "query_claims",
    "review_claim",
    "save_article",
    "stats",
]
