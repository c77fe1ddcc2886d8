"""Streamlit entry point (``hotspots serve``): four pages over one store.

Run from the project root so ``.streamlit/config.toml`` applies (static serving on, upload
limit); ``hotspots serve`` does that.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.app import resources

ROUTES = Path(__file__).with_name("routes")
#: A file, not an emoji or ":material/…:" name: those make the browser fetch the icon online.
ICON = Path(__file__).with_name("assets") / "icon.png"

st.set_page_config(page_title="Hotspot Atlas", page_icon=str(ICON), layout="wide")
resources.install_static()
resources.engine()

page = st.navigation(
    [
        st.Page(
            ROUTES / "map.py", title="Map", icon=":material/map:", url_path="map", default=True
        ),
        st.Page(
            ROUTES / "articles.py", title="Articles", icon=":material/article:", url_path="articles"
        ),
        st.Page(ROUTES / "data.py", title="Data", icon=":material/download:", url_path="data"),
        st.Page(ROUTES / "about.py", title="About", icon=":material/info:", url_path="about"),
    ]
)
page.run()
