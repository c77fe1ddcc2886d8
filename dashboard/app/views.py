"""Pure helpers behind the pages: the table analysts sort, the timeline, the map for the
streamlit-folium frame. No Streamlit here, so each is tested on plain data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from dashboard import pipeline
from dashboard.maps.labels import figure_label, figure_value
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
    """One row per claim with the columns analysts sort by, newest first.

    Every cell is plain text or a number: ``st.dataframe`` draws it as text, never HTML.
    Links are kept only when they are plain http(s) addresses.
    """
    rows = pipeline.per_claim(claims)
    if rows.empty:
        return pd.DataFrame(columns=list(TABLE_COLUMNS))
    figure = [
        figure_value(lo, hi) for lo, hi in zip(rows["number_low"], rows["number_high"], strict=True)
    ]
    label = [
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
            "figure": pd.array(figure, dtype="Int64"),
            "as written": label,
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
    table = table.sort_values(["date", "claim"], ascending=False, na_position="last")
    return table.head(limit).reset_index(drop=True)


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


def timeline_data(claims: pd.DataFrame, *, series: int = TIMELINE_SERIES) -> pd.DataFrame:
    """Estimates with a figure and a full date: the largest per month, group and place.

    Only the ``series`` busiest (group, place) pairs are kept, so the chart stays
    readable and small whatever the store holds.
    """
    est = claims[(claims["kind"] == "estimate") & claims["place_name"].notna()]
    est = est[est["date"].fillna("").str.match(r"\d{4}-\d{2}-\d{2}$")]
    figure = est["number_high"].fillna(est["number_low"])
    est = est.assign(figure=figure)[figure.notna()]
    if est.empty:
        return pd.DataFrame(columns=["month", "group", "place", "figure", "claims"])
    group = est["group_canonical"].fillna(est["group"]).fillna("(group not named)")
    est = est.assign(group=group, place=est["place_name"], month=est["date"].str[:7] + "-01")
    busiest = est.groupby(["group", "place"]).size().nlargest(series).index
    est = est.set_index(["group", "place"]).loc[lambda d: d.index.isin(busiest)].reset_index()
    out = (
        est.groupby(["month", "group", "place"])
        .agg(figure=("figure", "max"), claims=("claim_id", "nunique"))
        .reset_index()
    )
    out["figure"] = out["figure"].astype("int64")
    out["month"] = pd.to_datetime(out["month"])
    return out


def timeline_chart(data: pd.DataFrame) -> alt.Chart:
    """Largest reported figure per month; colour is the group, one line per place."""
    import altair as alt

    chart: alt.Chart = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("month:T", title="article month"),
            y=alt.Y("figure:Q", title="largest figure reported", scale=alt.Scale(type="log")),
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
