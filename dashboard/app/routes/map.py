"""The Map page as a script, so st.navigation (and AppTest) can address it by file."""

from __future__ import annotations

from dashboard.app.map_page import render

render()
