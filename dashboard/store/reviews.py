"""Analyst reviews: verdicts and corrections kept beside the machine extraction, never in it.

Each review row stores the status (accepted, rejected, edited) and the analyst's field
values in effect after it, as JSON. Only the latest review of a claim counts; earlier
ones are its history. Edits carry forward: accepting or rejecting an edited claim keeps
the corrected values unless ``keep_edits=False``. Because the machine columns stay as
extracted, a better extractor can refresh them on re-ingest while the analyst's
corrections still win for the fields they touched.
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
    or_,
    select,
    true,
    type_coerce,
)

from dashboard.errors import InputError, StoreError
from dashboard.model import ClaimKind, Modality, Qualifier
from dashboard.store.engine import run_read, run_write
from dashboard.store.schema import claims, reviews

ReviewStatus = Literal["accepted", "rejected", "edited"]
REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)

#: Claim fields an analyst may correct; places and the quote are fixed by the text.
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
    """A claim's machine values and every review of it, oldest first."""

    claim_id: int
    machine: dict[str, Any]
    reviews: tuple[Review, ...] = field(default_factory=tuple)

    @property
    def status(self) -> ReviewStatus | None:
        """The latest verdict, or None when nobody reviewed the claim."""
        return self.reviews[-1].status if self.reviews else None

    @property
    def current(self) -> dict[str, Any]:
        """The editable fields as an analyst sees them: machine values under the latest edits."""
        edits = self.reviews[-1].edits if self.reviews else {}
        return {**self.machine, **edits}


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
        # Plain functions with plain string arguments (no bind processors), and a test for
        # the key itself, so a key set to null (the analyst cleared it) differs from no key.
        if self._dialect == "sqlite":
            path = f'$."{name}"'
            has_edit: ColumnElement[bool] = func.json_type(edits, path).is_not(None)
            edited: ColumnElement[Any] = func.json_extract(edits, path)
        else:
            has_edit = func.json_extract_path(edits, name).is_not(None)
            edited = func.json_extract_path_text(edits, name)
        edited = cast(edited, BigInteger) if name in _INT_FIELDS else type_coerce(edited, Text)
        return case((edits.is_(None), machine), (has_edit, edited), else_=machine)

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
    ``edited``) maps fields of :data:`EDITABLE_FIELDS` to corrected values, merged over the
    edits already in effect unless ``keep_edits`` is False.
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
        return Review(new_id, claim_id, status, in_effect, reviewer.strip(), now)  # type: ignore[arg-type]

    return run_write(engine, work, action=f"record the review of claim {claim_id}")


def claim_history(engine: Engine, claim_id: int) -> ClaimHistory:
    """The machine values of a claim and all its reviews, for an audit trail or an undo."""

    def work(conn: Connection) -> ClaimHistory:
        return ClaimHistory(
            claim_id, _machine_fields(conn, claim_id), tuple(_reviews(conn, claim_id))
        )

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
    unknown = sorted(set(edits) - set(EDITABLE_FIELDS))
    if unknown:
        raise InputError(
            f"Cannot edit {', '.join(unknown)}: editable fields are {', '.join(EDITABLE_FIELDS)}."
        )
    for name, value in edits.items():
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
