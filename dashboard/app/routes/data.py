"""The Data page as a script, so st.navigation (and AppTest) can address it by file."""

from __future__ import annotations

from dashboard.app.data_page import render

render()
