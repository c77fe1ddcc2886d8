"""Save an extracted article: one transaction, idempotent, safe with several writers.

An article is identified by the sha256 of its normalised text, so ingesting the same
text again updates it instead of adding a copy. Claims are matched on
(ordinal, quote, start, end): a claim that is still there keeps its id and therefore its
analyst reviews, even when the extractor now reads its number or places differently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, get_args

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import ReturningInsert

from dashboard.errors import InputError
from dashboard.model import Article, Claim, ClaimKind, Mention
from dashboard.store.engine import run_write
from dashboard.store.schema import articles, claim_place_areas, claim_places, claims

Row = dict[str, Any]

_SHA256 = re.compile(r"[0-9a-f]{64}")
#: Metadata that a later ingest may fill in or correct when it brings a non-null value.
_UPDATABLE = ("title", "outlet", "url", "dateline", "language")
#: The claim columns compared on re-ingest: every extraction field but the places (stored
#: in their own table), plus the claim's position in the article.
_CLAIM_FIELDS = ("ordinal", *(f.name for f in fields(Claim) if f.name != "places"))
_PLACE_FIELDS = (
    "place_id",
    "kind",
    "name",
    "countries",
    "admin1",
    "role",
    "mention_text",
    "start",
    "end",
    "precision",
)


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :func:`save_article` did: the article's id, whether it was new, its claim count.

    ``changed`` is False when the store already held exactly this article and extraction.
    """

    article_id: int
    created: bool
    claims: int
    changed: bool = True


def save_article(engine: Engine, article: Article, claims: Sequence[Claim]) -> SaveResult:
    """Insert or update ``article`` and its machine-extracted ``claims`` in one transaction.

    Same text again (same ``sha256``): the row is not duplicated; non-null metadata
    (title, outlet, url, dateline, language, date) overwrites the stored values, except
    that a day-month date ("--MM-DD") never replaces a full date. Claims are rewritten
    only when the extraction differs; claims whose (ordinal, quote, start, end) are
    unchanged keep their id and reviews.
    """
    _validate(article, claims)
    article_row = _article_row(article)
    items = [(_claim_row(i, c), [_place_row(m) for m in c.places]) for i, c in enumerate(claims)]

    def work(conn: Connection) -> SaveResult:
        return _save(conn, article_row, items)

    return run_write(engine, work, action=f"save article {article.sha256[:12]}…")


def _save(conn: Connection, article_row: Row, items: list[tuple[Row, list[Row]]]) -> SaveResult:
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    new_id = conn.execute(
        _insert_article(conn.dialect.name), {**article_row, "ingested_at": now, "updated_at": now}
    ).scalar_one_or_none()
    if new_id is not None:
        _insert_claims(conn, new_id, items)
        return SaveResult(new_id, True, len(items), True)

    query = select(articles).where(articles.c.sha256 == article_row["sha256"])
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()  # serialise concurrent re-ingests of one article
    old = conn.execute(query).mappings().one()
    changes = _metadata_changes(old, article_row)
    claims_changed = _sync_claims(conn, old["id"], items)
    if changes or claims_changed:
        conn.execute(
            update(articles).where(articles.c.id == old["id"]).values(**changes, updated_at=now)
        )
    return SaveResult(old["id"], False, len(items), bool(changes) or claims_changed)


@cache
def _insert_article(dialect: str) -> ReturningInsert[int]:
    """``INSERT … ON CONFLICT (sha256) DO NOTHING RETURNING id``, built once per dialect.

    Values are passed at execution: building ``.values(...)`` for every article costs more
    than the insert itself.
    """
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(articles).on_conflict_do_nothing(index_elements=["sha256"])
    return stmt.returning(articles.c.id)  # type: ignore[no-any-return]


def _metadata_changes(old: Mapping[Any, Any], new: Row) -> Row:
    changes = {k: new[k] for k in _UPDATABLE if new[k] is not None and new[k] != old[k]}
    new_date, old_date = new["date"], old["date"]
    downgrade = new_date is not None and new_date.startswith("--") and _is_full(old_date)
    if new_date is not None and new_date != old_date and not downgrade:
        changes["date"] = new_date
        changes["date_precision"] = new["date_precision"]
    return changes


def _is_full(value: str | None) -> bool:
    return value is not None and not value.startswith("--")


def _sync_claims(conn: Connection, article_id: int, items: list[tuple[Row, list[Row]]]) -> bool:
    """Make the stored claims match ``items``; True when anything was written."""
    old_claims = (
        conn.execute(
            select(claims).where(claims.c.article_id == article_id).order_by(claims.c.ordinal)
        )
        .mappings()
        .all()
    )
    old_places: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    place_rows = conn.execute(
        select(claim_places)
        .join(claims, claims.c.id == claim_places.c.claim_id)
        .where(claims.c.article_id == article_id)
        .order_by(claim_places.c.id)
    ).mappings()
    for p in place_rows:
        old_places[p["claim_id"]].append(_values(p, _PLACE_FIELDS))

    def state(claim: Mapping[Any, Any], places: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        return (_values(claim, _CLAIM_FIELDS), tuple(places))

    old_state = [state(c, old_places[c["id"]]) for c in old_claims]
    new_state = [state(c, [_values(p, _PLACE_FIELDS) for p in ps]) for c, ps in items]
    if old_state == new_state:
        return False

    old_by_key = {_key(c): c for c in old_claims}
    kept: set[int] = set()
    fresh: list[tuple[Row, list[Row]]] = []
    refreshed: list[tuple[int, Row, list[Row] | None]] = []
    for row, places in items:
        old = old_by_key.get(_key(row))
        if old is None:
            fresh.append((row, places))
            continue
        kept.add(old["id"])
        new_places = [_values(p, _PLACE_FIELDS) for p in places]
        places_changed = new_places != old_places[old["id"]]
        if _values(old, _CLAIM_FIELDS) != _values(row, _CLAIM_FIELDS) or places_changed:
            refreshed.append((old["id"], row, places if places_changed else None))

    stale = [c["id"] for c in old_claims if c["id"] not in kept]
    if stale:  # reviews, places and areas go with them (ON DELETE CASCADE)
        conn.execute(delete(claims).where(claims.c.id.in_(stale)))
    for claim_id, row, new_place_rows in refreshed:
        conn.execute(update(claims).where(claims.c.id == claim_id).values(**row))
        if new_place_rows is not None:
            conn.execute(delete(claim_places).where(claim_places.c.claim_id == claim_id))
            conn.execute(delete(claim_place_areas).where(claim_place_areas.c.claim_id == claim_id))
            _insert_places(conn, [(claim_id, new_place_rows)])
    _insert_claims(conn, article_id, fresh)
    return True


def _insert_claims(conn: Connection, article_id: int, items: list[tuple[Row, list[Row]]]) -> None:
    if not items:
        return
    ids = (
        conn.execute(
            insert(claims).returning(claims.c.id, sort_by_parameter_order=True),
            [{**row, "article_id": article_id} for row, _ in items],
        )
        .scalars()
        .all()
    )
    _insert_places(
        conn, [(claim_id, places) for claim_id, (_, places) in zip(ids, items, strict=True)]
    )


def _insert_places(conn: Connection, items: list[tuple[int, list[Row]]]) -> None:
    place_params = [{**p, "claim_id": claim_id} for claim_id, places in items for p in places]
    if place_params:
        conn.execute(insert(claim_places), place_params)
    area_params = [
        {"claim_id": claim_id, "code": code}
        for claim_id, places in items
        for code in sorted(_area_codes(places))
    ]
    if area_params:
        conn.execute(insert(claim_place_areas), area_params)


def _area_codes(places: list[Row]) -> set[str]:
    """Country and province codes a claim lies in or along; in-name places do not count."""
    codes: set[str] = set()
    for p in places:
        if p["role"] != "in-name":
            codes.update(c for c in f"{p['countries']},{p['admin1']}".split(",") if c)
    return codes


def _key(claim: Mapping[Any, Any]) -> tuple[Any, ...]:
    return (claim["ordinal"], claim["quote"], claim["start"], claim["end"])


def _values(row: Mapping[Any, Any], names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row[n] for n in names)


def _article_row(article: Article) -> Row:
    return {
        "sha256": article.sha256,
        "text": article.text,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "date": article.date,
        "date_precision": article.date_precision,
        "dateline": article.dateline,
        "language": article.language,
    }


def _claim_row(ordinal: int, claim: Claim) -> Row:
    return {
        "ordinal": ordinal,
        "kind": claim.kind,
        "number_low": claim.number_low,
        "number_high": claim.number_high,
        "number_text": claim.number_text,
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "group": claim.group,
        "group_canonical": claim.group_canonical,
        "speaker": claim.speaker,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "modality": claim.modality,
    }


def _place_row(mention: Mention) -> Row:
    place = mention.place
    return {
        "place_id": place.id,
        "kind": place.kind,
        "name": place.name,
        "countries": ",".join(c.strip().upper() for c in place.countries if c.strip()),
        "admin1": ",".join(c.strip().upper() for c in place.admin1 if c.strip()),
        "role": mention.role,
        "mention_text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "precision": place.precision,
    }


def _validate(article: Article, claims: Sequence[Claim]) -> None:
    """Refuse input that would corrupt the store, naming what is wrong."""
    if not _SHA256.fullmatch(article.sha256 or ""):
        raise InputError(
            f"Article sha256 {article.sha256!r} is not 64 lowercase hex digits; "
            "compute it with hashlib.sha256(normalised_text.encode()).hexdigest()."
        )
    if article.date is not None:
        _check_date(article.date)
    kinds = get_args(ClaimKind)
    for i, claim in enumerate(claims):
        if claim.kind not in kinds:
            raise InputError(f"Claim {i} has kind {claim.kind!r}; use one of {', '.join(kinds)}.")
        if not 0 <= claim.start <= claim.end <= len(article.text):
            raise InputError(f"Claim {i} offsets {claim.start}:{claim.end} are outside the text.")
        if article.text[claim.start : claim.end] != claim.quote:
            raise InputError(
                f"Claim {i} quote does not match text[{claim.start}:{claim.end}]; "
                "offsets must be str indices into the decoded article text."
            )
        for m in claim.places:
            if not 0 <= m.start <= m.end <= len(article.text):
                raise InputError(f"Claim {i} place {m.place.id} offsets are outside the text.")


def _check_date(value: str) -> None:
    try:
        if value.startswith("--"):
            date.fromisoformat("2000" + value[1:])  # leap year, so "--02-29" passes
        elif len(value) == 10:
            date.fromisoformat(value)
        else:
            raise ValueError(value)
    except ValueError as exc:
        raise InputError(
            f"Article date {value!r} is neither YYYY-MM-DD nor --MM-DD (day and month only)."
        ) from exc
