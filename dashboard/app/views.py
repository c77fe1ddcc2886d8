"""Pure helpers behind the pages: the table analysts sort, the timeline, the map for the
streamlit-folium frame. No Streamlit here, so each is tested on plain data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from dashboard import pipeline
from dashboard.maps.labels import figure_label
from dashboard.maps.safe import web_url
from dashboard.model import Filters

if TYPE_CHECKING:
    import altair as alt
    import folium

#: Where Streamlit serves ``dashboard/app/static`` (``server.enableStaticServing``). The
#: map runs inside the streamlit-folium iframe, so the URL must be absolute.
STATIC_URL = "/app/static/"
#: Rows the claims table sends to the browser; the rest are a download away.
TABLE_ROWS = 10_000
#: (group, place) series drawn on the timeline, the busiest first.
TIMELINE_SERIES = 12


def claims_table(claims: pd.DataFrame, *, limit: int = TABLE_ROWS) -> pd.DataFrame:
    """One row per claim with the columns analysts sort by, the newest ``limit`` first.

    Every cell is plain text or a number: ``st.dataframe`` draws it as text, never HTML.
    Links are kept only when they are plain http(s) addresses.
    """
    if claims.empty:
        return pd.DataFrame(columns=list(TABLE_COLUMNS))
    newest = (
        claims.drop_duplicates("claim_id")
        .sort_values(["date", "claim_id"], ascending=False, na_position="last")
        .head(limit)
    )
    rows = pipeline.per_claim(claims[claims["claim_id"].isin(newest["claim_id"])])
    rows = rows.set_index("claim_id", drop=False).loc[newest["claim_id"]]
    labels = [
        figure_label(lo, hi, txt, q) if kind == "estimate" else ""
        for lo, hi, txt, q, kind in zip(
            rows["number_low"],
            rows["number_high"],
            rows["number_text"],
            rows["qualifier"],
            rows["kind"],
            strict=True,
        )
    ]
    table = pd.DataFrame(
        {
            "figure": rows["number_high"].fillna(rows["number_low"]).astype("Int64"),
            "as written": labels,
            "kind": rows["kind"],
            "group": rows["group_canonical"].where(rows["group_canonical"].notna(), rows["group"]),
            "place": rows["places"],
            "date": rows["date"],
            "outlet": rows["outlet"],
            "speaker": rows["speaker"],
            "quote": rows["quote"],
            "reviewed": rows["reviewed"].astype(bool),
            "link": [web_url(u) for u in rows["url"]],
            "claim": rows["claim_id"],
        }
    )
    return table.reset_index(drop=True)


TABLE_COLUMNS: tuple[str, ...] = (
    "figure",
    "as written",
    "kind",
    "group",
    "place",
    "date",
    "outlet",
    "speaker",
    "quote",
    "reviewed",
    "link",
    "claim",
)


_TIMELINE_INPUT = (
    "claim_id", "number_low", "number_high", "date", "group", "group_canonical", "place_name"
)  # fmt: skip


def timeline_data(claims: pd.DataFrame, *, series: int = TIMELINE_SERIES) -> pd.DataFrame:
    """Estimates with a figure and a full date: the largest per month, group and place.

    Only the ``series`` busiest (group, place) pairs are kept, so the chart stays
    readable and small whatever the store holds.
    """
    wanted = (claims["kind"] == "estimate") & claims["place_name"].notna()
    est = claims.loc[wanted, list(_TIMELINE_INPUT)]
    figure = est["number_high"].fillna(est["number_low"])
    when = pd.to_datetime(est["date"], format="%Y-%m-%d", errors="coerce")  # "--MM-DD": NaT
    keep = figure.notna().to_numpy() & when.notna().to_numpy()
    if not keep.any():
        return pd.DataFrame(columns=["month", "group", "place", "figure", "claims"])
    est = est[keep].assign(
        figure=figure[keep].astype("int64"),
        month=when[keep].to_numpy().astype("datetime64[M]").astype("datetime64[ns]"),
        group=est.loc[keep, "group_canonical"]
        .fillna(est.loc[keep, "group"])
        .fillna("(group not named)"),
        place=est.loc[keep, "place_name"],
    )
    pairs = pd.MultiIndex.from_frame(est[["group", "place"]])
    busiest = est.groupby(["group", "place"]).size().nlargest(series).index
    est = est[pairs.isin(busiest)]
    return (
        est.groupby(["month", "group", "place"])
        .agg(figure=("figure", "max"), claims=("claim_id", "nunique"))
        .reset_index()
    )


def timeline_chart(data: pd.DataFrame) -> alt.Chart:
    """Largest reported figure per month; colour is the group, one line per place."""
    import altair as alt

    chart: alt.Chart = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("month:T", title="article month", axis=alt.Axis(format="%b %Y")),
            y=alt.Y(
                "figure:Q",
                title="largest figure reported (log scale)",
                scale=alt.Scale(type="log"),
                axis=alt.Axis(format=",d", tickCount=5),
            ),
            color=alt.Color("group:N", title="group"),
            detail="place:N",
            tooltip=[
                alt.Tooltip("month:T", format="%B %Y"),
                "group:N",
                "place:N",
                alt.Tooltip("figure:Q", format=","),
                alt.Tooltip("claims:Q", title="estimates"),
            ],
        )
        .properties(height=280)
    )
    return chart


def dashboard_map(claims: pd.DataFrame, filters: Filters) -> folium.Map:
    """The map for the streamlit-folium frame: Leaflet from this server, never a CDN.

    streamlit-folium drops ``<script src>`` and ``<link>`` from the map's header and loads
    only the elements' ``default_js``/``default_css``, so the local Leaflet goes there.
    """
    from dashboard.maps.builder import build_map

    m = build_map(claims, filters_summary=pipeline.describe(filters), offline="url")
    m.default_js = [("leaflet", STATIC_URL + "leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", STATIC_URL + "leaflet/leaflet.css")]
    return m


def place_label(place_id: str, claims: pd.DataFrame) -> str:
    """The name of a place id as the claims table spells it (the id when absent)."""
    names = claims.loc[claims["place_id"] == place_id, "place_name"].dropna()
    return str(names.iloc[0]) if not names.empty else place_id
