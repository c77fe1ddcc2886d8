"""Streamlit entry point (``hotspots serve``). Minimal for now: draws the bundled boundaries."""

from __future__ import annotations

import matplotlib.pyplot as plt
import streamlit as st

from dashboard.geo import data

st.set_page_config(page_title="Hotspot Atlas", layout="wide")
st.title("Hotspot Atlas")
fig, ax = plt.subplots(figsize=(12, 6))
data.countries().plot(ax=ax, color="#f2efe9", edgecolor="#888", linewidth=0.3)
data.borders().plot(ax=ax, color="#b2182b", linewidth=0.6)
ax.set_axis_off()
st.pyplot(fig)
st.caption(data.ATTRIBUTION)
