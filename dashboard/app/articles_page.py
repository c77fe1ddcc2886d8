"""The Articles page: add articles (paste or upload), then review their claims."""

from __future__ import annotations

import streamlit as st

from dashboard.app import articles_add, articles_review


def render() -> None:
    """Page body: two tabs, adding and reviewing."""
    st.title("Articles")
    articles_review.name_input()
    add, review = st.tabs(["Add articles", "Review claims"])
    with add:
        articles_add.render()
    with review:
        articles_review.render()
