"""Analyst reviews: verdicts and corrections kept beside the machine extraction, never in it.

Each review row stores the status (accepted, rejected, edited) and the analyst's field
values in effect after it, as JSON. Only the latest review of a claim counts; earlier
ones are its history. Edits carry forward: accepting or rejecting an edited claim keeps
the corrected values unless ``keep_edits=False``. Because the machine columns stay as
extracted, a better extractor can refresh them on re-ingest while the analyst's
corrections still win for the fields they touched.

Places are corrected as a whole: ``{"places": ["admin1:AF-KDZ", ...]}`` replaces the
claim's located places (an empty list: the claim names no place). The ids are checked
against the bundled geodata, and the places in effect after each such review are also
written to ``review_places`` / ``review_place_areas``, so queries read and filter them
without the gazetteer. ``claim_places`` keeps the machine's places.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Engine,
    FromClause,
    Text,
    case,
    cast,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    type_coerce,
)

from dashboard.errors import InputError, StoreError
from dashboard.model import ClaimKind, Modality, Place, Qualifier
from dashboard.store.engine import run_read, run_write
from dashboard.store.schema import (
    claim_places,
    claims,
    review_place_areas,
    review_places,
    reviews,
)

ReviewStatus = Literal["accepted", "rejected", "edited"]
REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)

#: The edits key holding the analyst's place ids, which replace the machine's located places.
PLACES = "places"
#: Claim fields an analyst may correct besides :data:`PLACES`; the quote is fixed by the text.
EDITABLE_FIELDS: tuple[str, ...] = (
    "kind",
    "number_low",
    "number_high",
    "number_text",
    "qualifier",
    "unit",
    "group",
    "group_canonical",
    "speaker",
    "modality",
)
_INT_FIELDS = frozenset({"number_low", "number_high"})
_CHOICES: dict[str, tuple[str, ...]] = {
    "kind": get_args(ClaimKind),
    "qualifier": get_args(Qualifier),
    "modality": get_args(Modality),
}
_NOT_NULL = frozenset({"kind", "modality"})


@dataclass(frozen=True, slots=True)
class Review:
    """One analyst verdict on a claim."""

    id: int
    claim_id: int
    status: ReviewStatus
    edits: dict[str, Any]
    reviewer: str
    reviewed_at: str


@dataclass(frozen=True, slots=True)
class ClaimHistory:
    """A claim's machine values and every review of it, oldest first.

    ``machine`` holds the :data:`EDITABLE_FIELDS` as extracted plus ``places``, the ids of
    the machine's located places; ``machine_places`` every machine place row (``place_id``,
    ``kind``, ``name``, ``precision``, ``role``, ``mention_text``, ``start``, ``end``), so
    the places an analyst chose can be shown beside what the geocoder read.
    """

    claim_id: int
    machine: dict[str, Any]
    reviews: tuple[Review, ...] = field(default_factory=tuple)
    machine_places: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def status(self) -> ReviewStatus | None:
        """The latest verdict, or None when nobody reviewed the claim."""
        return self.reviews[-1].status if self.reviews else None

    @property
    def current(self) -> dict[str, Any]:
        """The editable fields as an analyst sees them: machine values under the latest edits."""
        edits = self.reviews[-1].edits if self.reviews else {}
        return {**self.machine, **edits}

    @property
    def places_edited(self) -> bool:
        """True when the latest review's places replace the machine's."""
        return bool(self.reviews) and PLACES in self.reviews[-1].edits


class Overlay:
    """SQL for "claims overlaid by their latest review", shared by every read query.

    ``join`` adds the latest review of each claim (``NULL`` when there is none);
    ``value(name)`` is the effective column: the analyst's value when the latest review
    edited that field, the machine value otherwise.
    """

    def __init__(self, dialect_name: str) -> None:
        self._dialect = dialect_name
        self.review = reviews.alias("r")

    def join(self, from_: FromClause) -> FromClause:
        """``from_`` (which must contain ``claims``) left-joined to each claim's latest review.

        The latest id is a correlated ``max`` answered from the (claim_id, id) index: one
        probe per claim, whatever the number of reviews.
        """
        latest = (
            select(func.max(reviews.c.id))
            .where(reviews.c.claim_id == claims.c.id)
            .correlate(claims)
            .scalar_subquery()
        )
        return from_.outerjoin(self.review, self.review.c.id == latest)

    def value(self, name: str) -> ColumnElement[Any]:
        """The effective value of the editable claim field ``name``."""
        machine = claims.c[name]
        edits = self.review.c.edits
        if self._dialect == "sqlite":
            edited: ColumnElement[Any] = func.json_extract(edits, f'$."{name}"')
        else:
            edited = func.json_extract_path_text(edits, name)
        edited = cast(edited, BigInteger) if name in _INT_FIELDS else type_coerce(edited, Text)
        return case((edits.is_(None), machine), (self._has_edit(name), edited), else_=machine)

    def _has_edit(self, name: str) -> ColumnElement[bool]:
        # Plain functions with plain string arguments (no bind processors), and a test for
        # the key itself, so a key set to null (the analyst cleared it) differs from no key.
        edits = self.review.c.edits
        if self._dialect == "sqlite":
            return func.json_type(edits, f'$."{name}"').is_not(None)
        return func.json_extract_path(edits, name).is_not(None)

    @property
    def places_edited(self) -> ColumnElement[bool]:
        """True (never NULL) when the latest review's places replace the machine's."""
        return case(
            (self.review.c.edits.is_(None), false()),
            (self._has_edit(PLACES), true()),
            else_=false(),
        )

    @property
    def status(self) -> ColumnElement[Any]:
        """The latest review's status, NULL when unreviewed."""
        return self.review.c.status

    @property
    def not_rejected(self) -> ColumnElement[bool]:
        """True for claims the analyst has not rejected."""
        return or_(self.review.c.status.is_(None), self.review.c.status != "rejected")

    @property
    def reviewed(self) -> ColumnElement[bool]:
        """True when the latest review accepted or edited the claim."""
        return case((self.review.c.status.in_(("accepted", "edited")), true()), else_=false())


def review_claim(
    engine: Engine,
    claim_id: int,
    status: str,
    edits: Mapping[str, Any] | None,
    reviewer: str,
    *,
    keep_edits: bool = True,
) -> Review:
    """Record an analyst's verdict on a claim; the machine extraction is left untouched.

    ``status`` is ``accepted``, ``rejected`` or ``edited``; ``edits`` (only with
    ``edited``) maps fields of :data:`EDITABLE_FIELDS` to corrected values, and
    :data:`PLACES` to a list of place ids (``"admin1:AF-KDZ"``) that replaces the claim's
    located places; they are merged over the edits already in effect unless
    ``keep_edits`` is False.
    """
    if status not in REVIEW_STATUSES:
        raise InputError(
            f"Unknown review status {status!r}: use one of {', '.join(REVIEW_STATUSES)}."
        )
    if not reviewer or not reviewer.strip():
        raise InputError("A review needs the reviewer's name.")
    if status == "edited":
        if not edits:
            raise InputError("An 'edited' review needs at least one corrected field in edits.")
        _check_edits(edits)
        if PLACES in edits:
            edits = {**edits, PLACES: [p.id for p in _resolve(edits[PLACES])]}
    elif edits:
        raise InputError(f"Edits go with status 'edited', not {status!r}.")

    def work(conn: Connection) -> Review:
        machine = _machine_fields(conn, claim_id)
        previous = _reviews(conn, claim_id)
        carried = dict(previous[-1].edits) if previous and keep_edits else {}
        in_effect = {**carried, **(edits or {})}
        _check_range({**machine, **in_effect})
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        new_id = conn.execute(
            insert(reviews)
            .values(
                claim_id=claim_id,
                status=status,
                edits=in_effect or None,
                reviewer=reviewer.strip(),
                reviewed_at=now,
            )
            .returning(reviews.c.id)
        ).scalar_one()
        if edits and PLACES in edits:
            _insert_review_places(conn, new_id, _resolve(edits[PLACES]))
        elif PLACES in in_effect:  # carried forward: the same rows, without the gazetteer
            _copy_review_places(conn, previous[-1].id, new_id)
        return Review(new_id, claim_id, status, in_effect, reviewer.strip(), now)  # type: ignore[arg-type]

    return run_write(engine, work, action=f"record the review of claim {claim_id}")


def claim_history(engine: Engine, claim_id: int) -> ClaimHistory:
    """The machine values of a claim and all its reviews, for an audit trail or an undo."""

    def work(conn: Connection) -> ClaimHistory:
        machine = _machine_fields(conn, claim_id)
        rows = conn.execute(
            select(
                claim_places.c.place_id,
                claim_places.c.kind,
                claim_places.c.name,
                claim_places.c.precision,
                claim_places.c.role,
                claim_places.c.mention_text,
                claim_places.c.start,
                claim_places.c.end,
            )
            .where(claim_places.c.claim_id == claim_id)
            .order_by(claim_places.c.id)
        ).mappings()
        places = tuple(dict(r) for r in rows)
        machine[PLACES] = [p["place_id"] for p in places if p["role"] != "in-name"]
        return ClaimHistory(claim_id, machine, tuple(_reviews(conn, claim_id)), places)

    return run_read(engine, work, action=f"read the history of claim {claim_id}")


def _machine_fields(conn: Connection, claim_id: int) -> dict[str, Any]:
    row = (
        conn.execute(select(*(claims.c[n] for n in EDITABLE_FIELDS)).where(claims.c.id == claim_id))
        .mappings()
        .first()
    )
    if row is None:
        raise StoreError(
            f"There is no claim {claim_id} in the store; it may have been replaced when its "
            "article was re-ingested. List current claims with query_claims (hotspots query)."
        )
    return dict(row)


def _reviews(conn: Connection, claim_id: int) -> list[Review]:
    rows = conn.execute(
        select(reviews).where(reviews.c.claim_id == claim_id).order_by(reviews.c.id)
    ).mappings()
    return [
        Review(
            r["id"],
            r["claim_id"],
            r["status"],
            dict(r["edits"] or {}),
            r["reviewer"],
            r["reviewed_at"],
        )
        for r in rows
    ]


def _check_edits(edits: Mapping[str, Any]) -> None:
    allowed = (*EDITABLE_FIELDS, PLACES)
    unknown = sorted(set(edits) - set(allowed))
    if unknown:
        raise InputError(
            f"Cannot edit {', '.join(unknown)}: editable fields are {', '.join(allowed)}."
        )
    for name, value in edits.items():
        if name == PLACES:
            continue  # checked by _resolve
        if value is None:
            if name in _NOT_NULL:
                raise InputError(f"{name} cannot be empty.")
        elif name in _INT_FIELDS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(f"{name} must be a whole number ≥ 0, not {value!r}.")
        elif not isinstance(value, str):
            raise InputError(f"{name} must be text, not {value!r}.")
        elif name in _CHOICES and value not in _CHOICES[name]:
            raise InputError(f"{name} must be one of {', '.join(_CHOICES[name])}, not {value!r}.")


def _check_range(fields: Mapping[str, Any]) -> None:
    low, high = fields.get("number_low"), fields.get("number_high")
    if low is not None and high is not None and low > high:
        raise InputError(f"number_low ({low}) is above number_high ({high}).")


def _resolve(ids: Any) -> list[Place]:
    """The places named by a list of ids ("kind:ref"), in order, each once."""
    from dashboard.geo.gazetteer import make_place  # the geodata loads only when needed

    if isinstance(ids, str) or not isinstance(ids, list | tuple):
        raise InputError(
            f"places must be a list of place ids such as ['admin1:AF-KDZ'], not {ids!r}."
        )
    out: dict[str, Place] = {}
    for pid in ids:
        kind, sep, ref = pid.partition(":") if isinstance(pid, str) else ("", "", "")
        place = (
            make_place(kind.strip(), ref.strip()) if sep and kind.strip() and ref.strip() else None
        )
        if place is None:
            raise InputError(
                f"Unknown place id {pid!r}: use kind:ref ids of the bundled geodata, such as "
                "'country:AF', 'admin1:AF-KDZ', 'border:AF-TJ', 'region:AF-north' or "
                "'city:<geonameid>' (hotspots geocode --json shows them)."
            )
        out.setdefault(place.id, place)
    return list(out.values())


def _codes(values: tuple[str, ...]) -> str:
    return ",".join(c.strip().upper() for c in values if c.strip())


def _insert_review_places(conn: Connection, review_id: int, places: list[Place]) -> None:
    """The places in effect after review ``review_id``, and their country/province codes."""
    if not places:
        return
    conn.execute(
        insert(review_places),
        [
            {
                "review_id": review_id,
                "ordinal": i,
                "place_id": p.id,
                "kind": p.kind,
                "name": p.name,
                "countries": _codes(p.countries),
                "admin1": _codes(p.admin1),
                "precision": p.precision,
            }
            for i, p in enumerate(places)
        ],
    )
    codes = sorted(
        {c for p in places for c in f"{_codes(p.countries)},{_codes(p.admin1)}".split(",") if c}
    )
    if codes:
        conn.execute(
            insert(review_place_areas), [{"review_id": review_id, "code": c} for c in codes]
        )


def _copy_review_places(conn: Connection, from_review: int, to_review: int) -> None:
    for table in (review_places, review_place_areas):
        names = [c.name for c in table.columns if c.name != "review_id"]
        conn.execute(
            insert(table).from_select(
                ["review_id", *names],
                select(literal(to_review), *(table.c[n] for n in names)).where(
                    table.c.review_id == from_review
                ),
            )
        )
