"""The Data page: the current view as a table and as downloadable files.

The files are made by :func:`dashboard.pipeline.export_bytes`, the code behind
``hotspots export``, so a download and a CLI export of the same filters are the same.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard import pipeline
from dashboard.app import resources, sidebar, views
from dashboard.app.text import md_escape

#: Download buttons: format → (label, what it is for).
DOWNLOADS: dict[str, tuple[str, str]] = {
    "html": ("HTML map", "one self-contained file; opens offline in any browser"),
    "png": ("PNG map", "annotated static map for reports (takes a few seconds)"),
    "geojson": ("GeoJSON", "one feature per claim and place, for GIS"),
    "csv": ("CSV", "one row per claim, for spreadsheets"),
    "gpkg": ("GeoPackage", "layers of areas, borders and towns, for QGIS"),
}


def render() -> None:
    """Page body."""
    view = sidebar.render()
    claims = pipeline.focus(resources.claims(view.filters), view.focus)
    st.title("Data")
    st.caption("View: " + md_escape(pipeline.describe(view.filters)))
    n = int(claims["claim_id"].nunique())
    st.write(f"{n:,} claim{'s' if n != 1 else ''} in this view.")

    st.subheader("Download this view")
    cols = st.columns(len(DOWNLOADS))
    stamp = "-".join(f"{k}-{v}" for k, v in pipeline.to_query(view.filters).items())
    stem = "hotspots" + (f"-{stamp}" if stamp else "")
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)[:80]
    for col, (fmt, (label, help_text)) in zip(cols, DOWNLOADS.items(), strict=True):
        col.download_button(
            label,
            data=_maker(view, fmt),
            file_name=f"{stem}.{fmt}",
            mime=pipeline.MIME_TYPES[fmt],
            help=help_text,
            key=f"download_{fmt}",
            disabled=n == 0,
            on_click="ignore",
        )

    st.subheader("Claims")
    st.dataframe(
        views.claims_table(claims),
        hide_index=True,
        column_config={
            "figure": st.column_config.NumberColumn("figure", format="localized"),
            "link": st.column_config.LinkColumn("link", display_text="article"),
        },
    )


def _maker(view: sidebar.View, fmt: str) -> Callable[[], bytes]:
    """A callable the button runs when clicked, so no file is made until asked for."""

    def make() -> bytes:
        return resources.export(view.filters, fmt, view.focus)

    return make
