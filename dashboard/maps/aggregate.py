"""From the flat claims table (one row per claim and place) to one summary per place.

A map draws each place once, however many claims name it, and its popup lists the most
recent claims plus the one that sets its colour; the rest are counted, not dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.errors import InputError
from dashboard.maps.labels import date_sort_key, figure_label
from dashboard.maps.safe import is_missing
from dashboard.model import CLAIM_TABLE_COLUMNS


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """What one map feature shows: the place, its strongest figure and the claims listed."""

    place_id: str
    kind: str
    name: str
    precision: int | None
    n_claims: int
    n_estimates: int
    top_figure: int | None
    top_claim_id: int | None
    top_label: str | None
    listed: tuple[int, ...]

    @property
    def has_estimate(self) -> bool:
        """True when at least one claim gives a figure (shaded), else a concern (hatched)."""
        return self.n_estimates > 0

    @property
    def more(self) -> int:
        """Claims about this place that the popup does not list."""
        return self.n_claims - len(self.listed)


@dataclass(frozen=True, slots=True)
class Aggregate:
    """Places to draw, the claims their popups list (indexed by claim_id), what was left out."""

    places: list[PlaceSummary]
    claims: pd.DataFrame
    unplaced: int
    per_place: int


def check_columns(claims: pd.DataFrame) -> None:
    """Fail early, naming the missing columns, when the table is not the store's shape."""
    missing = [c for c in CLAIM_TABLE_COLUMNS if c not in claims.columns]
    if missing:
        raise InputError(
            f"the claims table lacks the columns {', '.join(missing)}; pass the table "
            "returned by dashboard.store.queries.query_claims (see CLAIM_TABLE_COLUMNS)"
        )


def claim_figures(claims: pd.DataFrame) -> pd.Series:
    """The figure each row contributes to its place (float, NaN for concerns and vague ones)."""
    high = pd.to_numeric(claims["number_high"], errors="coerce").astype("float64")
    low = pd.to_numeric(claims["number_low"], errors="coerce").astype("float64")
    fig = high.fillna(low)
    return fig.where(claims["kind"] == "estimate")


def aggregate(claims: pd.DataFrame, *, per_place: int) -> Aggregate:
    """Summarise each place; list at most ``per_place`` recent claims plus the top one."""
    check_columns(claims)
    placed_mask = claims["place_id"].notna() & (claims["place_id"].astype(str) != "")
    placed = claims.loc[placed_mask].drop_duplicates(["claim_id", "place_id"])
    unplaced = int(claims["claim_id"].nunique() - placed["claim_id"].nunique())
    if placed.empty:
        return Aggregate([], placed.set_index("claim_id"), unplaced, per_place)

    df = placed.assign(
        _fig=claim_figures(placed),
        _date=placed["date"].map(date_sort_key),
        _est=placed["kind"] == "estimate",
    ).sort_values(["place_id", "_date", "claim_id"], ascending=[True, False, False])
    groups = df.groupby("place_id", sort=False)
    counts = groups.size()
    estimates = groups["_est"].sum()
    names = groups["place_name"].first()
    kinds = groups["place_kind"].first()
    precisions = groups["precision"].first()

    with_fig = df[df["_fig"].notna()]
    top = with_fig.sort_values(
        ["place_id", "_fig", "_date"], ascending=[True, False, False]
    ).drop_duplicates("place_id")
    # plain dicts: looking a pandas row up per place costs more than the rest of the loop
    top_rows: dict[str, dict[str, Any]] = top.set_index("place_id").to_dict("index")

    recent = groups.head(max(per_place, 0))
    listed_ids: dict[str, list[int]] = {}
    for pid, cid in zip(recent["place_id"], recent["claim_id"], strict=True):
        listed_ids.setdefault(pid, []).append(int(cid))

    places: list[PlaceSummary] = []
    for pid, n in counts.items():
        place_id = str(pid)
        ids = listed_ids.get(place_id, [])
        top_row = top_rows.get(place_id)
        top_id = None if top_row is None else int(top_row["claim_id"])
        if top_id is not None and top_id not in ids:
            ids = [*ids, top_id]  # the claim that sets the colour is always listed
        places.append(
            PlaceSummary(
                place_id=place_id,
                kind=_kind(kinds.get(pid), place_id),
                name=_name(names.get(pid), place_id),
                precision=None if is_missing(precisions.get(pid)) else int(precisions[pid]),
                n_claims=int(n),
                n_estimates=int(estimates[pid]),
                top_figure=None if top_row is None else int(top_row["_fig"]),
                top_claim_id=top_id,
                top_label=None if top_row is None else _top_label(top_row),
                listed=tuple(ids),
            )
        )
    wanted = {cid for p in places for cid in p.listed}
    cards = df.loc[df["claim_id"].isin(wanted)].drop_duplicates("claim_id")
    return Aggregate(places, cards.set_index("claim_id"), unplaced, per_place)


def _kind(value: object, place_id: str) -> str:
    return place_id.partition(":")[0] if is_missing(value) or not str(value) else str(value)


def _name(value: object, place_id: str) -> str:
    return place_id if is_missing(value) or not str(value).strip() else str(value)


def _top_label(row: Mapping[str, Any]) -> str:
    """The figure, the unit and who: "around 15,000 men (extremists)"."""
    label = figure_label(
        row["number_low"], row["number_high"], row["number_text"], row["qualifier"]
    )
    unit = row["unit"]
    group = row["group"] if not is_missing(row["group"]) else row["group_canonical"]
    if not is_missing(unit) and str(unit).strip():
        label += f" {str(unit).strip()}"
    if not is_missing(group) and str(group).strip():
        label += f" ({str(group).strip()})"
    return label
