"""The pages' pure helpers: table, timeline, app map, highlighting, ``serve`` paths."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import pipeline
from dashboard.app import views
from dashboard.app.serve_cli import absolute_store
from dashboard.app.text import Span, highlight_html, md_escape
from dashboard.model import Filters
from dashboard.store import query_claims


@pytest.fixture
def claims(store: Path) -> pd.DataFrame:
    engine = pipeline.open_for(str(store))
    frame = query_claims(engine)
    engine.dispose()
    return frame


def test_the_table_has_one_row_per_claim_newest_first(claims: pd.DataFrame) -> None:
    table = views.claims_table(claims)
    assert list(table.columns) == list(views.TABLE_COLUMNS)
    assert table["claim"].is_unique and len(table) == claims["claim_id"].nunique()
    assert list(table["date"]) == sorted(table["date"], reverse=True)
    sample = table[table["as written"] == "some 1,000"].iloc[0]
    assert sample["figure"] == 1000 and sample["place"] == "north-western Afghanistan"
    assert table.loc[table["kind"] == "concern", "as written"].eq("").all()


def test_the_table_links_only_web_addresses(claims: pd.DataFrame) -> None:
    table = views.claims_table(claims)
    hostile = table[table["outlet"].str.contains("onerror", na=False)]
    assert len(hostile) == 2 and hostile["link"].isna().all()


def test_the_table_is_capped_and_empty_views_keep_the_columns(claims: pd.DataFrame) -> None:
    assert len(views.claims_table(claims, limit=3)) == 3
    empty = views.claims_table(claims.iloc[0:0])
    assert empty.empty and list(empty.columns) == list(views.TABLE_COLUMNS)


def test_the_timeline_keeps_dated_estimates_and_the_busiest_series(claims: pd.DataFrame) -> None:
    data = views.timeline_data(claims)
    assert set(data.columns) == {"month", "group", "place", "figure", "claims"}
    sample = data[data["month"] == pd.Timestamp("2017-02-01")]
    assert set(sample["figure"]) == {1000, 3500, 15000}
    assert "(group not named)" in set(sample["group"])
    assert len(views.timeline_data(claims, series=2).groupby(["group", "place"])) == 2
    undated = claims.assign(date="--02-09")
    assert views.timeline_data(undated).empty
    assert views.timeline_chart(data).to_dict()["mark"]["type"] == "line"


def test_the_app_map_loads_leaflet_from_this_server(claims: pd.DataFrame) -> None:
    m = views.dashboard_map(claims, Filters(countries=("AF",)))
    assert m.default_js == [("leaflet", "/app/static/leaflet/leaflet.js")]
    assert m.default_css == [("leaflet_css", "/app/static/leaflet/leaflet.css")]
    html = m.get_root().render()
    assert "cdn.jsdelivr" not in html and "code.jquery" not in html
    assert "countries AF" in html


def test_place_label_uses_the_table_name(claims: pd.DataFrame) -> None:
    assert views.place_label("admin1:AF-BDS", claims) == "Badakhshan"
    assert views.place_label("admin1:XX-00", claims) == "admin1:XX-00"


def test_highlighting_nests_places_inside_claims_and_escapes_everything() -> None:
    text = 'He said <b>1,000</b> men & "others" were in Kunduz.'
    html = highlight_html(text, [Span(0, len(text), "claim", "c1"), Span(44, 50, "place", "K")])
    assert html.count('class="ha-claim"') == 3  # cut around the place
    assert '<span class="ha-claim"' in html.split("Kunduz")[0]
    assert "&lt;b&gt;1,000&lt;/b&gt; men &amp; &quot;others&quot;" in html
    assert highlight_html("abc", [Span(2, 10, "claim")]).count("ha-claim") == 0  # out of range


def test_md_escape_flattens_and_escapes() -> None:
    assert md_escape("# Title\n\n*bold*") == r"\# Title \*bold\*"
    assert md_escape("x" * 10, limit=5) == "xxxx…"
    assert md_escape(None) == ""


def test_serve_makes_relative_store_paths_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert absolute_store("x.db") == str(tmp_path / "x.db")
    assert absolute_store("sqlite:///x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert absolute_store("sqlite:////abs/x.db") == "sqlite:////abs/x.db"
    url = "postgresql+psycopg://u:p@127.0.0.1/db"
    assert absolute_store(url) == url
