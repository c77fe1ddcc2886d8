"""The About page: how claims are read, where the boundaries come from, what precision means."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.app import resources
from dashboard.geo.data import ATTRIBUTION
from dashboard.model import PRECISION_LABELS

SOURCES_FILE = Path(__file__).resolve().parents[2] / "geodata" / "SOURCES.md"

METHOD = """
Hotspot Atlas reads news articles and keeps two kinds of **claims**:

- **estimates**: a reported number of fighters of an armed group at a place
  (“some 1,000 gunmen of ISIS … in Afghanistan’s north-western provinces”), with the
  figure as hedged (*some*, *up to*, ranges), the unit, the group, who said it and whether
  it is asserted, projected or conditional;
- **concerns**: a statement that the situation at a place is alarming, deteriorating or
  a threat, without a figure.

Every claim quotes its whole sentence, exactly as published, and keeps the article's
outlet, date and address. Places are found by an offline geocoder over the bundled
gazetteer and resolved to provinces, borders, parts of countries, countries or towns;
each claim is drawn at the precision the text supports, never more.

Analysts review claims on the **Articles** page. A review (accept, reject, corrected
fields) is stored beside the machine extraction, which is kept unchanged: re-reading an
article with a better extractor refreshes the machine values while the analyst's
corrections stay in force.

Everything runs offline: the map is drawn from the bundled Natural Earth boundaries and
Leaflet is served by this app; online tiles are off unless you turn them on.
"""


def render() -> None:
    """Page body."""
    st.title("About Hotspot Atlas")
    st.markdown(METHOD)

    st.subheader("Location precision")
    st.caption("UCDP GED “where_prec” style: the lower the code, the more exact the place.")
    st.dataframe(
        pd.DataFrame({"code": list(PRECISION_LABELS), "meaning": list(PRECISION_LABELS.values())}),
        hide_index=True,
    )

    st.subheader("Sources and attribution")
    st.text(ATTRIBUTION)
    if SOURCES_FILE.is_file():
        with st.expander("geodata/SOURCES.md: versions, licences and the fixes we apply"):
            st.markdown(SOURCES_FILE.read_text(encoding="utf-8"))

    st.subheader("This store")
    from dashboard.store import stats

    counts = stats(resources.engine())
    st.dataframe(
        pd.DataFrame({"count": {k: "–" if v is None else str(v) for k, v in counts.items()}}),
    )
