"""Read the store as the analyst sees it: machine claims overlaid by their latest review.

Each query is one set-based SELECT whose rows go straight into a DataFrame column by
column, so 100,000 claims come back in about a second; nothing loops over rows in Python.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.exc import DBAPIError

from dashboard.errors import InputError, StoreError
from dashboard.model import CLAIM_TABLE_COLUMNS, Article, Filters
from dashboard.store.engine import run_read
from dashboard.store.reviews import Overlay
from dashboard.store.schema import (
    articles,
    claim_place_areas,
    claim_places,
    claims,
    review_place_areas,
    review_places,
    reviews,
)

#: Columns that :func:`get_article` adds to :data:`CLAIM_TABLE_COLUMNS` for an article page.
ARTICLE_CLAIM_EXTRA_COLUMNS: tuple[str, ...] = (
    "review_status",  # latest review status or None
    "quote_start",
    "quote_end",
    "place_role",  # "location" | "in-name" | None
    "mention_text",
    "mention_start",
    "mention_end",
)
_ARTICLE_LIST_COLUMNS: tuple[str, ...] = (
    "id",
    "sha256",
    "title",
    "outlet",
    "url",
    "date",
    "date_precision",
    "dateline",
    "language",
    "claims",
    "ingested_at",
    "updated_at",
)
#: Non-text columns; every other column is text (object dtype: str or None).
_DTYPES: dict[str, str] = {
    "claim_id": "int64",
    "article_id": "int64",
    "number_low": "Int64",
    "number_high": "Int64",
    "reviewed": "bool",
    "precision": "Int64",
    "quote_start": "int64",
    "quote_end": "int64",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "id": "int64",
    "claims": "int64",
}
_KINDS = ("estimate", "concern")
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True, eq=False)
class StoredArticle:
    """An article as stored, with its claims in the flat table shape plus offsets.

    ``claims`` has :data:`CLAIM_TABLE_COLUMNS` and :data:`ARTICLE_CLAIM_EXTRA_COLUMNS`;
    unlike :func:`query_claims` it includes rejected claims and places named only inside
    a group's name, so an article page can show and undo every verdict. A claim whose
    places an analyst corrected has a row per chosen place (role ``location``, no mention
    offsets); its machine places are in :func:`dashboard.store.claim_history`.
    """

    id: int
    article: Article
    ingested_at: str
    updated_at: str | None
    claims: pd.DataFrame = field(repr=False)


def query_claims(
    engine: Engine, filters: Filters | None = None, *, include_rejected: bool = False
) -> pd.DataFrame:
    """The flat claims table (:data:`CLAIM_TABLE_COLUMNS`), one row per claim and place.

    A claim without places gives one row with null place fields (``countries`` and
    ``admin1`` included). Places named only inside a group's name are not rows. Rejected
    claims are left out unless ``include_rejected``; edited fields show the analyst's
    values and ``reviewed`` is True for accepted or edited claims. When the latest review
    corrected the places, the rows are the analyst's places instead of the machine's.

    Filters (all combine with AND; values within one filter with OR):

    - ``countries`` / ``admin1``: the claim has a place in or along one of the codes (a
      border AF-TJ matches AF and TJ, a region matches its provinces, a province its
      country); every place row of a matching claim is returned. Claims with corrected
      places match on the corrected places only.
    - ``groups``: the canonical or the written group equals one of them, ignoring case.
    - ``kinds``: ``estimate`` and/or ``concern``.
    - ``since`` / ``until``: inclusive article dates, ``YYYY``, ``YYYY-MM`` or
      ``YYYY-MM-DD``; articles without a year ("--MM-DD") or date are then left out.
    - ``outlets``: equal ignoring case.
    - ``min_figure``: ``number_high`` (``number_low`` when there is no upper figure) is at
      least this; claims without a figure are then left out.
    """
    filters = filters or Filters()

    def work(conn: Connection) -> pd.DataFrame:
        stmt = _claim_rows(conn.dialect.name, filters, include_rejected=include_rejected)
        return _frame(conn, stmt, CLAIM_TABLE_COLUMNS)

    return run_read(engine, work, action="query claims")


def _claim_rows(
    dialect: str, filters: Filters, *, include_rejected: bool, for_article: int | None = None
) -> Select[Any]:
    ov = Overlay(dialect)
    # Each claim's rows come from exactly one side: the machine's places, or those of its
    # latest review when that review corrected them (never both, so no cross product).
    edited = ov.places_edited
    places_on = and_(claim_places.c.claim_id == claims.c.id, ~edited)
    if for_article is None:
        places_on = and_(places_on, claim_places.c.role != "in-name")
    joined = ov.join(claims.join(articles, articles.c.id == claims.c.article_id))
    from_ = joined.outerjoin(claim_places, places_on).outerjoin(
        review_places, and_(review_places.c.review_id == ov.review.c.id, edited)
    )

    def place(name: str, label: str) -> ColumnElement[Any]:
        return func.coalesce(claim_places.c[name], review_places.c[name]).label(label)

    columns: list[ColumnElement[Any]] = [
        claims.c.id.label("claim_id"),
        claims.c.article_id,
        ov.value("kind").label("kind"),
        ov.value("number_low").label("number_low"),
        ov.value("number_high").label("number_high"),
        ov.value("number_text").label("number_text"),
        ov.value("qualifier").label("qualifier"),
        ov.value("unit").label("unit"),
        ov.value("group").label("group"),
        ov.value("group_canonical").label("group_canonical"),
        ov.value("speaker").label("speaker"),
        claims.c.quote,
        ov.value("modality").label("modality"),
        ov.reviewed.label("reviewed"),
        articles.c.date,
        articles.c.outlet,
        articles.c.url,
        articles.c.title,
        place("place_id", "place_id"),
        place("kind", "place_kind"),
        place("name", "place_name"),
        place("precision", "precision"),
        place("countries", "countries"),
        place("admin1", "admin1"),
    ]
    if for_article is not None:
        columns += [
            ov.status.label("review_status"),
            claims.c.start.label("quote_start"),
            claims.c.end.label("quote_end"),
            case(
                (review_places.c.review_id.is_not(None), literal("location")),
                else_=claim_places.c.role,
            ).label("place_role"),
            claim_places.c.mention_text,
            claim_places.c.start.label("mention_start"),
            claim_places.c.end.label("mention_end"),
        ]
    conditions = _filter_conditions(ov, filters)
    if not include_rejected:
        conditions.append(ov.not_rejected)
    if for_article is not None:
        conditions.append(claims.c.article_id == for_article)
    return (
        select(*columns)
        .select_from(from_)
        .where(*conditions)
        .order_by(claims.c.id, claim_places.c.id, review_places.c.ordinal)
    )


def _filter_conditions(ov: Overlay, f: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for codes in (f.countries, f.admin1):
        if codes:
            wanted = sorted({c.strip().upper() for c in codes if c.strip()})
            conditions += _area_conditions(ov, wanted)
    if f.groups:
        wanted = sorted({g.strip().lower() for g in f.groups if g.strip()})
        conditions.append(
            or_(
                _lower_in(ov.value("group_canonical"), wanted), _lower_in(ov.value("group"), wanted)
            )
        )
    if f.kinds:
        unknown = sorted(set(f.kinds) - set(_KINDS))
        if unknown:
            raise InputError(f"Unknown claim kind {', '.join(unknown)}: use estimate or concern.")
        conditions.append(ov.value("kind").in_(sorted(set(f.kinds))))
    if f.since is not None or f.until is not None:
        conditions += [articles.c.date.is_not(None), articles.c.date.not_like("--%")]
        if f.since is not None:
            conditions.append(articles.c.date >= _date_bound(f.since, end=False))
        if f.until is not None:
            conditions.append(articles.c.date <= _date_bound(f.until, end=True))
    if f.outlets:
        conditions.append(
            _lower_in(articles.c.outlet, sorted({o.strip().lower() for o in f.outlets}))
        )
    if f.min_figure is not None:
        figure = func.coalesce(ov.value("number_high"), ov.value("number_low"))
        conditions.append(figure >= f.min_figure)
    return conditions


def _area_conditions(ov: Overlay, wanted: list[str]) -> list[ColumnElement[bool]]:
    """The claim lies in or along one of ``wanted``: its corrected places if it has any.

    The first condition is an indexed ``IN`` over both area tables that drives the query;
    the second, checked only on the claims it let through, drops those whose latest
    review moved them out (and those matched through an earlier review's places).
    """
    machine = select(claim_place_areas.c.claim_id).where(claim_place_areas.c.code.in_(wanted))
    edited_reviews = select(review_place_areas.c.review_id).where(
        review_place_areas.c.code.in_(wanted)
    )
    edited = select(reviews.c.claim_id).where(reviews.c.id.in_(edited_reviews))
    return [
        claims.c.id.in_(union(machine, edited)),
        case(
            (ov.places_edited, ov.review.c.id.in_(edited_reviews)),
            else_=claims.c.id.in_(machine),
        )
        == true(),
    ]


def _lower_in(value: ColumnElement[Any], wanted: list[str]) -> ColumnElement[bool]:
    return func.lower(value).in_(wanted)


def _date_bound(value: str, *, end: bool) -> str:
    """``2017`` → ``2017-01-01`` (or ``2017-12-31`` for an upper bound); checks the date."""
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        last = calendar.monthrange(year, month)[1]
        day_n = int(day) if day else (last if end else 1)
        if not 1 <= day_n <= last:
            raise ValueError(value)
    except ValueError as exc:
        raise InputError(
            f"Cannot read the date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD."
        ) from exc
    return f"{year:04d}-{month:02d}-{day_n:02d}"


def _frame(conn: Connection, stmt: Select[Any], columns: tuple[str, ...]) -> pd.DataFrame:
    """Run ``stmt`` and build the frame column by column with declared dtypes.

    Text stays ``object`` holding ``str`` or ``None``: converting 150,000 values per column
    to pandas' Arrow-backed "str" would double the query time, and ``None`` (unlike the
    NaN of "str") is falsy, so ``if row.speaker:`` means what it says.
    """
    keys, rows = _fetch(conn, stmt)
    data = np.array(rows, dtype=object).reshape(len(rows), len(keys))
    out: dict[str, Any] = {}
    for j, name in enumerate(keys):
        col = data[:, j]
        dtype = _DTYPES.get(name)
        if dtype == "Int64":
            missing = pd.isna(col)
            out[name] = pd.arrays.IntegerArray(np.where(missing, 0, col).astype(np.int64), missing)
        elif dtype is not None:
            out[name] = col.astype(dtype)
        else:
            out[name] = pd.Series(col, dtype=object, copy=False)
    return pd.DataFrame(out, columns=list(columns))


def _fetch(conn: Connection, stmt: Select[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Execute on the driver's cursor, inside the connection's transaction.

    SQLAlchemy compiles the statement; the driver returns plain tuples. Wrapping 150,000
    rows in SQLAlchemy Row objects would cost a third of the query time, and none of these
    columns needs a result conversion (``_frame`` sets the dtypes). Statements whose
    parameters need a bind conversion go through SQLAlchemy. Driver errors are wrapped as
    SQLAlchemy's.
    """
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    if any(b.type.bind_processor(conn.dialect) for b in compiled.binds.values()):
        result = conn.execute(stmt)  # a parameter needs converting: let SQLAlchemy do it
        return list(result.keys()), [tuple(r) for r in result]
    params = compiled.params
    args: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    sql = str(compiled)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, args)
        keys = [d[0] for d in cursor.description]
        return keys, cursor.fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, args, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()


def stats(engine: Engine) -> dict[str, Any]:
    """Counts for ``hotspots stats`` and the app header, as the analyst sees the store.

    ``claims``, ``estimates``, ``concerns`` and ``places`` (distinct place ids) leave out
    rejected claims; ``reviewed`` and ``rejected`` count the latest verdicts.
    ``first_date`` / ``last_date`` span the articles with a full date: a "--MM-DD" date
    (no year) cannot be placed on a timeline, so it is ignored; None when no article has one.
    """

    def work(conn: Connection) -> dict[str, Any]:
        ov = Overlay(conn.dialect.name)
        kind = ov.value("kind")
        counts = conn.execute(
            select(
                func.count(case((ov.not_rejected, 1))),
                func.count(case((and_(ov.not_rejected, kind == "estimate"), 1))),
                func.count(case((and_(ov.not_rejected, kind == "concern"), 1))),
                func.count(case((ov.status.in_(("accepted", "edited")), 1))),
                func.count(case((ov.status == "rejected", 1))),
            ).select_from(ov.join(claims))
        ).one()
        # the places the analyst sees: the machine's, or the latest review's correction
        edited = ov.places_edited
        machine = (
            select(claim_places.c.place_id.label("place_id"))
            .select_from(ov.join(claims.join(claim_places, claim_places.c.claim_id == claims.c.id)))
            .where(ov.not_rejected, ~edited, claim_places.c.role != "in-name")
        )
        corrected = (
            select(review_places.c.place_id.label("place_id"))
            .select_from(
                ov.join(claims).join(review_places, review_places.c.review_id == ov.review.c.id)
            )
            .where(ov.not_rejected, edited)
        )
        seen = union(machine, corrected).subquery()
        places = conn.execute(select(func.count()).select_from(seen)).scalar_one()
        n_articles, first, last = conn.execute(
            select(
                func.count(),
                func.min(case((articles.c.date.not_like("--%"), articles.c.date))),
                func.max(case((articles.c.date.not_like("--%"), articles.c.date))),
            )
        ).one()
        return {
            "articles": int(n_articles),
            "claims": int(counts[0]),
            "estimates": int(counts[1]),
            "concerns": int(counts[2]),
            "places": int(places),
            "first_date": first,
            "last_date": last,
            "reviewed": int(counts[3]),
            "rejected": int(counts[4]),
        }

    return run_read(engine, work, action="count the store's contents")


def list_articles(engine: Engine) -> pd.DataFrame:
    """One row per article (without its text), oldest ingest first; ``claims`` omits rejected."""

    def work(conn: Connection) -> pd.DataFrame:
        ov = Overlay(conn.dialect.name)
        counts = (
            select(claims.c.article_id, func.count().label("n"))
            .select_from(ov.join(claims))
            .where(ov.not_rejected)
            .group_by(claims.c.article_id)
            .subquery("claim_counts")
        )
        stmt = (
            select(
                *(articles.c[n] for n in _ARTICLE_LIST_COLUMNS if n != "claims"),
                func.coalesce(counts.c.n, 0).label("claims"),
            )
            .select_from(articles.outerjoin(counts, counts.c.article_id == articles.c.id))
            .order_by(articles.c.id)
        )
        return _frame(conn, stmt, _ARTICLE_LIST_COLUMNS)

    return run_read(engine, work, action="list articles")


def get_article(engine: Engine, article_id: int) -> StoredArticle:
    """The article ``article_id`` with its text, metadata and every claim (rejected too)."""

    def work(conn: Connection) -> StoredArticle:
        row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        if row is None:
            raise StoreError(
                f"There is no article {article_id} in the store; list_articles "
                "(hotspots articles) shows the ids."
            )
        article = Article(
            text=row["text"],
            sha256=row["sha256"],
            title=row["title"],
            outlet=row["outlet"],
            date=row["date"],
            date_precision=row["date_precision"],
            dateline=row["dateline"],
            url=row["url"],
            language=row["language"],
        )
        stmt = _claim_rows(
            conn.dialect.name, Filters(), include_rejected=True, for_article=article_id
        )
        frame = _frame(conn, stmt, CLAIM_TABLE_COLUMNS + ARTICLE_CLAIM_EXTRA_COLUMNS)
        return StoredArticle(article_id, article, row["ingested_at"], row["updated_at"], frame)

    return run_read(engine, work, action=f"read article {article_id}")
