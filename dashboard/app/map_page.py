"""The Map page: the filtered claims on a map, in a sortable table and on a timeline."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import pipeline
from dashboard.app import resources, sidebar, views
from dashboard.app.text import md_escape

MAP_KEY = "claims_map"
MAP_HEIGHT = 560


def _on_map_change() -> None:
    """A click on a province, border or other place narrows the view to it."""
    value: Any = st.session_state.get(MAP_KEY) or {}
    drawing = value.get("last_active_drawing") or {}
    place_id = drawing.get("id") if isinstance(drawing, dict) else None
    if isinstance(place_id, str):
        sidebar.apply_click(place_id)


def _metrics(claims: pd.DataFrame) -> None:
    per_claim = claims.drop_duplicates("claim_id")
    dates = per_claim["date"].dropna()
    dates = dates[~dates.str.startswith("--")]
    cols = st.columns(4)
    cols[0].metric("Claims", f"{len(per_claim):,}")
    cols[1].metric("Estimates", f"{int((per_claim['kind'] == 'estimate').sum()):,}")
    cols[2].metric("Places", f"{claims['place_id'].nunique():,}")
    if dates.empty:
        span = "–"
    elif dates.min() == dates.max():
        span = str(dates.min())
    else:
        span = f"{dates.min()[:4]}–{dates.max()[:4]}"
    cols[3].metric("Article dates", span, help="First and last article date in this view")


def _draw_map(claims: pd.DataFrame, view: sidebar.View) -> None:
    from streamlit_folium import st_folium

    m = views.dashboard_map(claims, view.filters)
    st_folium(
        m,
        key=MAP_KEY,
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=["last_active_drawing", "last_object_clicked"],
        on_change=_on_map_change,
    )
    st.caption(
        "Click a province or country to filter to it, or a border, region or town to "
        "select the claims that name it. Drawn offline from the bundled boundaries."
    )


def render() -> None:
    """Page body."""
    view = sidebar.render()
    claims = pipeline.focus(resources.claims(view.filters), view.focus)
    st.title("Hotspot Atlas")
    st.caption("View: " + md_escape(pipeline.describe(view.filters)))
    _metrics(claims)
    if claims.empty:
        st.info(
            "No claims match these filters. Widen them in the sidebar or press "
            "**Reset filters**; add articles on the Articles page."
        )
    _draw_map(claims, view)

    st.subheader("Claims")
    table = views.claims_table(claims)
    total = int(claims["claim_id"].nunique())
    if total > len(table):
        st.caption(
            f"Showing the {len(table):,} most recent of {total:,} claims; "
            "the Data page exports them all."
        )
    st.dataframe(
        table,
        hide_index=True,
        key="claims_table",
        column_config={
            "figure": st.column_config.NumberColumn("figure", format="localized"),
            "quote": st.column_config.TextColumn("quote", width="large"),
            "link": st.column_config.LinkColumn("link", display_text="article"),
            "claim": st.column_config.NumberColumn("claim id", format="plain"),
        },
    )

    st.subheader("Estimates over time")
    data = views.timeline_data(claims)
    if data.empty:
        st.caption("No dated estimates in this view.")
    else:
        st.altair_chart(views.timeline_chart(data), width="stretch")
        st.caption(
            f"Largest figure per month for the {views.TIMELINE_SERIES} busiest group and "
            "place pairs; hover for details."
        )
