"""What the pages share across reruns: the store engine, Leaflet's static files, cached reads.

Reads are cached per filter set and per store revision: ``query_claims`` results as shared,
read-only frames, small results and export files with ``st.cache_data``. A save or review
made in this app bumps the revision; a write from elsewhere (``hotspots ingest``) shows
within :data:`READ_TTL_S`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine

from dashboard import pipeline
from dashboard.model import Filters

STATIC_DIR = Path(__file__).with_name("static")
READ_TTL_S = 60


def store_url() -> str | None:
    """The store the app was started on (``hotspots serve --db`` sets ``HOTSPOTS_DB``)."""
    return os.environ.get("HOTSPOTS_DB") or None


@st.cache_resource(show_spinner="Opening the store…")
def _engine(url: str | None) -> Engine:
    return pipeline.open_for(url)


def engine() -> Engine:
    """The engine of the app's store, opened (and seeded if default) once per process."""
    return _engine(store_url())


@st.cache_resource(show_spinner=False)
def install_static() -> list[Path]:
    """Copy Leaflet from the installed package to ``static/`` once per process."""
    from dashboard.maps.assets import install_static as copy_leaflet

    return copy_leaflet(STATIC_DIR)


@st.cache_resource(show_spinner=False)
def _revision_box() -> dict[str, int]:
    return {"n": 0}


def revision() -> int:
    """Counter of writes made through this app; part of every read's cache key."""
    return _revision_box()["n"]


def bump_revision() -> None:
    """Call after a write so the next read sees it."""
    _revision_box()["n"] += 1


# A resource cache, not st.cache_data: cache_data pickles the frame when it is stored and
# unpickles a copy on every rerun (about 0.9 s and 0.3 s for 150,000 rows). The frames are
# shared between sessions, so nothing may modify them: every step derives new frames.
@st.cache_resource(show_spinner=False, ttl=READ_TTL_S, max_entries=16)
def _claims(url: str | None, key: tuple[tuple[str, str], ...], rev: int) -> pd.DataFrame:
    from dashboard.store import query_claims

    filters, _ = pipeline.parse_query(dict(key))
    return query_claims(_engine(url), filters)


def claims(filters: Filters) -> pd.DataFrame:
    """The claims table for ``filters`` (cached; treat it as read-only)."""
    key = tuple(sorted(pipeline.to_query(filters).items()))
    return _claims(store_url(), key, revision())


@st.cache_data(show_spinner=False, ttl=READ_TTL_S, max_entries=4)
def _choices(url: str | None, rev: int) -> dict[str, list[str]]:
    from dashboard.store import query_claims

    table = query_claims(_engine(url), Filters())
    groups = pd.concat([table["group_canonical"], table["group"]]).dropna().unique()
    admin1 = {c for v in table["admin1"].dropna() for c in v.split(",") if c}
    return {
        "groups": sorted({str(g) for g in groups}, key=str.casefold),
        "outlets": sorted({str(o) for o in table["outlet"].dropna()}, key=str.casefold),
        "admin1": sorted(admin1),
    }


def choices() -> dict[str, list[str]]:
    """Groups, outlets and provinces that occur in the store, for the sidebar's options."""
    return _choices(store_url(), revision())


@st.cache_data(show_spinner=False)
def country_names() -> dict[str, str]:
    """ISO code → country name, sorted by name."""
    from dashboard.geo import data

    table = data.countries()
    pairs = sorted(zip(table.index, table["name"], strict=True), key=lambda p: str(p[1]))
    return {str(code): str(name) for code, name in pairs}


@st.cache_data(show_spinner=False)
def province_names() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 code → (province name, country code)."""
    from dashboard.geo import data

    table = data.admin1()
    return {
        str(code): (str(name), str(cc))
        for code, name, cc in zip(table.index, table["name"], table["country"], strict=True)
    }


@st.cache_data(show_spinner=False, ttl=READ_TTL_S, max_entries=16)
def _export(url: str | None, key: tuple[tuple[str, str], ...], rev: int, fmt: str) -> bytes:
    filters, _ = pipeline.parse_query(dict(key))
    from dashboard.store import query_claims

    return pipeline.export_bytes(query_claims(_engine(url), filters), fmt, filters)


def export(filters: Filters, fmt: str, place: str | None = None) -> bytes:
    """The export of the current view (cached per view and format)."""
    key = tuple(sorted(pipeline.to_query(filters).items()))
    if place:
        frame = pipeline.focus(claims(filters), place)
        return pipeline.export_bytes(frame, fmt, filters)
    return _export(store_url(), key, revision(), fmt)


def geocoder() -> Any:
    """The offline geocoder, built once per process (the extractor shares it)."""
    return _geocoder()


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _geocoder() -> Any:
    from dashboard.geo.geocoder import get_geocoder

    return get_geocoder()
