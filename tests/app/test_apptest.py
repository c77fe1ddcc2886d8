"""The dashboard's wiring, run headless with AppTest: widgets → filters → table, the URL both
ways, reset, page switches, adding and reviewing articles, and hostile text kept inert."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Button

import dashboard.app
from dashboard import pipeline
from dashboard.store import claim_history, query_claims, stats
from tests.app.corpus import HOSTILE_TEXT, wire, wire_text

APP = str(Path(dashboard.app.__file__).with_name("main.py"))
ALL_CLAIMS = 13  # sample 7, four wires 1 each, hostile 2
RAW_TAGS = ("<script", "<img")
RAW_TAG_MD = re.compile(r"(?<!\\)<(?:script|img)")  # "\\<script" shows as text


def open_app(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(params)
    at.run()
    if page:
        at.switch_page(f"routes/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def claims_table(at: AppTest) -> pd.DataFrame:
    frame = at.dataframe[0].value
    assert isinstance(frame, pd.DataFrame)
    return frame


def plain(markdown: str) -> str:
    """Markdown source without the backslash escapes the app adds to article text."""
    return re.sub(r"\\(.)", r"\1", markdown)


def button(at: AppTest, label: str) -> Button:
    return next(b for b in at.button if b.label == label)


def engine(store: Path) -> Engine:
    return pipeline.open_for(str(store))


# --- filters and the URL -------------------------------------------------------------------


def test_the_map_page_shows_every_claim(store: Path) -> None:
    at = open_app()
    table = claims_table(at)
    assert len(table) == ALL_CLAIMS
    assert {"TASS", "Wire"} <= set(table["outlet"])
    assert [m.value for m in at.metric][:3] == [str(ALL_CLAIMS), "9", "11"]
    assert at.query_params == {}


def test_since_in_the_url_hides_the_2017_sample(store: Path) -> None:
    at = open_app(since="2018-01-01")
    table = claims_table(at)
    assert len(table) == 6 and "TASS" not in set(table["outlet"])
    assert at.sidebar.date_input(key="flt_since").value == dt.date(2018, 1, 1)
    assert at.query_params["since"] == "2018-01-01"


def test_comma_separated_lists_in_the_url_select_several_values(store: Path) -> None:
    at = open_app(country="AF,NG", kind="estimate")
    assert at.sidebar.multiselect(key="flt_country").value == ["AF", "NG"]
    assert at.sidebar.multiselect(key="flt_kind").value == ["estimate"]
    table = claims_table(at)
    assert set(table["kind"]) == {"estimate"} and len(table) == 9


def test_widgets_filter_the_table_and_write_the_url(store: Path) -> None:
    at = open_app()
    at.sidebar.multiselect(key="flt_country").set_value(["NG"]).run()
    table = claims_table(at)
    assert set(table["place"]) == {"Borno"}
    assert at.query_params["country"] == "NG"
    provinces = at.sidebar.multiselect(key="flt_admin1")
    assert any("(NG-BO)" in o for o in provinces.options)
    assert not any("(AF-" in o for o in provinces.options)

    at.sidebar.multiselect(key="flt_country").set_value([]).run()
    at.sidebar.multiselect(key="flt_group").set_value(["Taliban"]).run()
    at.sidebar.number_input(key="flt_min").set_value(1010).run()
    table = claims_table(at)
    assert list(table["figure"]) == [1020]  # wire 2 (Helmand); wire 0 has 1,000
    assert at.query_params == {"group": "Taliban", "min": "1010"}

    at.sidebar.date_input(key="flt_until").set_value(dt.date(2017, 12, 31)).run()
    assert claims_table(at).empty
    assert any("No claims match" in i.value for i in at.info)


def test_reset_clears_every_filter_and_the_url(store: Path) -> None:
    at = open_app(country="AF", since="2018", outlet="Wire", min="10")
    assert len(claims_table(at)) == 3
    at.sidebar.button(key="flt_reset").click().run()
    assert at.query_params == {}
    assert len(claims_table(at)) == ALL_CLAIMS
    assert at.sidebar.multiselect(key="flt_country").value == []
    assert at.sidebar.date_input(key="flt_since").value is None


def test_bad_values_in_a_link_are_reported_and_ignored(store: Path) -> None:
    at = open_app(since="yesterday", country="Afghanistan", kind="estimate")
    warnings = [w.value for w in at.sidebar.warning]
    assert len(warnings) == 2 and all("Ignored in the link" in w for w in warnings)
    assert len(claims_table(at)) == 9
    assert at.query_params == {"kind": "estimate"}


def test_a_place_selection_in_the_url_narrows_to_claims_naming_it(store: Path) -> None:
    at = open_app(place="border:AF-TJ")
    table = claims_table(at)
    assert list(table["place"]) == ["Afghanistan–Tajikistan border"]
    assert any("Afghanistan–Tajikistan border" in plain(i.value) for i in at.sidebar.info)
    at.sidebar.button(key="flt_clear_focus").click().run()
    assert len(claims_table(at)) == ALL_CLAIMS and "place" not in at.query_params


def test_filters_follow_the_analyst_across_pages(store: Path) -> None:
    at = open_app()
    at.sidebar.multiselect(key="flt_country").set_value(["NG"]).run()
    at.switch_page("routes/about.py").run()
    at.switch_page("routes/data.py").run()
    assert not at.exception
    assert set(at.dataframe[0].value["place"]) == {"Borno"}
    assert at.sidebar.multiselect(key="flt_country").value == ["NG"]
    names = [b.label for b in at.download_button]
    assert names == ["HTML map", "PNG map", "GeoJSON", "CSV", "GeoPackage"]


# --- hostile text --------------------------------------------------------------------------


def assert_inert(at: AppTest) -> None:
    """No raw tag in any HTML the app sends, nor an unescaped one in any Markdown."""
    markdown = [m.value for m in at.markdown] + [m.value for m in at.caption]
    markdown += [e.label for e in at.expander]
    markdown += [a.value for a in [*at.info, *at.warning, *at.error, *at.success]]
    for text in markdown:
        assert not RAW_TAG_MD.search(text), text
    for body in (h.proto.body for h in at.html):
        assert not any(tag in body for tag in RAW_TAGS), body


def test_hostile_text_reaches_the_map_page_only_as_text(store: Path) -> None:
    at = open_app(country="NG")
    table = claims_table(at)
    assert any("<img src=x onerror=alert(2)>" in q for q in table["quote"])  # text in a cell
    assert "javascript:" not in " ".join(str(u) for u in table["link"])
    assert_inert(at)


def test_hostile_text_is_escaped_on_the_review_page(store: Path) -> None:
    at = open_app("articles")
    at.selectbox(key="review_article").set_value(6).run()
    assert not at.exception
    bodies = [h.proto.body for h in at.html]
    article = next(b for b in bodies if "ha-article" in b)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "${alert(3)}" in article and "`alert(4)`" in article  # inert inside HTML text
    assert_inert(at)
    assert "javascript:alert('url')" in " ".join(t.value for t in at.text)


# --- adding and reviewing ------------------------------------------------------------------


def test_pasted_text_is_extracted_shown_and_saved_on_request(store: Path) -> None:
    at = open_app("articles")
    at.text_area(key="add_text").set_value(wire_text(40))
    at.date_input(key="add_date").set_value(dt.date(2020, 3, 4))
    at.text_input(key="add_outlet").set_value("AFP")
    button(at, "Extract claims").click().run()
    pending = at.dataframe[0].value
    assert list(pending["figure"]) == ["Some 1,400"] and list(pending["group"]) == ["Taliban"]
    e = engine(store)
    assert stats(e)["articles"] == 6  # nothing stored yet

    button(at, "Save 1 article").click().run()
    assert any("added as article 7" in plain(s.value) for s in at.success)
    saved = query_claims(e, pipeline.make_filters(outlets=["AFP"]))
    assert list(saved["date"]) == ["2020-03-04"] and list(saved["number_low"]) == [1400]
    e.dispose()


def test_uploaded_files_are_read_and_bad_lines_named(store: Path) -> None:
    at = open_app("articles")
    lines = json.dumps(wire(41)) + "\n{broken\n" + json.dumps(wire(42)) + "\n"
    at.file_uploader[0].set_value(
        [
            ("batch.jsonl", lines.encode(), "application/json"),
            ("empty.txt", b"", "text/plain"),
        ]
    )
    button(at, "Extract claims").click().run()
    errors = [plain(x.value) for x in at.error]
    assert any("batch.jsonl:2" in x and "not valid JSON" in x for x in errors)
    assert any("empty.txt" in x and "empty" in x for x in errors)
    assert button(at, "Save 2 articles")


def test_a_geocoder_alternative_can_be_chosen_before_saving(store: Path) -> None:
    at = open_app("articles")
    text = "Some 600 militants were seen in Badakhshan province, the governor said."
    at.text_area(key="add_text").set_value(text)
    button(at, "Extract claims").click().run()
    choice = at.selectbox(key="add_place_0_0_0")
    machine = choice.value
    at.text_input(key="review_reviewer").set_value("Test Analyst")
    other = next(o for o in choice.options if not o.endswith(f"({choice.value})"))
    choice.select(other.rsplit("(", 1)[1].rstrip(")")).run()
    button(at, "Save 1 article").click().run()
    e = engine(store)
    stored = query_claims(e)
    row = stored[stored["quote"] == text].iloc[0]
    assert row["place_id"] == choice.value and bool(row["reviewed"])
    history = claim_history(e, int(row["claim_id"]))  # the machine's place is stored as read
    assert history.machine["places"] == [machine]
    assert history.reviews[-1].status == "edited"
    assert history.reviews[-1].edits == {"places": [choice.value]} != {"places": [machine]}
    assert history.reviews[-1].reviewer == "Test Analyst"
    e.dispose()


def test_a_claims_place_is_corrected_on_the_review_tab(store: Path) -> None:
    e = engine(store)
    sample = query_claims(e, pipeline.make_filters(outlets=["TASS"]))
    claim = int(sample.loc[sample["place_id"] == "admin1:AF-BDS", "claim_id"].iloc[0])

    at = open_app("articles")
    at.selectbox(key="review_article").set_value(1).run()
    at.text_input(key="review_reviewer").set_value("Test Analyst").run()
    place = at.selectbox(key=f"rv_{claim}_place_0")
    assert place.value == "admin1:AF-BDS" and "admin1:TJ-GB" in place.options[1]
    place.set_value("admin1:TJ-GB")
    next(
        b for b in at.button if (b.key or "").startswith(f"FormSubmitter:review_{claim}-Save")
    ).click()
    at.run()

    assert not at.exception and any(f"Claim #{claim}: edited" in plain(s.value) for s in at.success)
    history = claim_history(e, claim)
    assert history.machine["places"] == ["admin1:AF-BDS"]  # the machine's reading is kept
    assert history.reviews[-1].edits == {"places": ["admin1:TJ-GB"]}
    assert history.reviews[-1].reviewer == "Test Analyst"
    texts = [t.value for t in at.text]
    assert any(t.startswith("Places (machine): Badakhshan") for t in texts)
    assert any(t.startswith("Places (analyst): Gorno-Badakhshan") for t in texts)
    assert at.selectbox(key=f"rv_{claim}_place_0").value == "admin1:TJ-GB"
    rows = query_claims(e, pipeline.make_filters(countries=["TJ"]))
    assert list(rows.loc[rows["claim_id"] == claim, "place_id"]) == ["admin1:TJ-GB"]
    assert bool(rows.loc[rows["claim_id"] == claim, "reviewed"].all())
    e.dispose()


def test_review_edits_keep_the_machine_values_and_reject_hides_a_claim(store: Path) -> None:
    e = engine(store)
    sample = query_claims(e, pipeline.make_filters(outlets=["TASS"]))
    estimate = int(sample.loc[sample["number_text"] == "some 1,000", "claim_id"].iloc[0])
    concern = int(sample.loc[sample["kind"] == "concern", "claim_id"].iloc[0])

    at = open_app("articles")
    at.selectbox(key="review_article").set_value(1).run()
    at.text_input(key="review_reviewer").set_value("Test Analyst").run()
    at.number_input(key=f"rv_{estimate}_low").set_value(1200)
    at.number_input(key=f"rv_{estimate}_high").set_value(1200)
    next(
        b for b in at.button if (b.key or "").startswith(f"FormSubmitter:review_{estimate}-Save")
    ).click()
    at.run()
    assert any(f"Claim #{estimate}: edited" in plain(s.value) for s in at.success)
    history = claim_history(e, estimate)
    assert history.machine["number_low"] == 1000  # machine extraction kept
    assert history.current["number_low"] == 1200 and history.reviews[-1].reviewer == "Test Analyst"

    next(
        b for b in at.button if (b.key or "").startswith(f"FormSubmitter:review_{concern}-Reject")
    ).click()
    at.run()
    remaining = query_claims(e)["claim_id"]
    assert concern not in set(remaining) and estimate in set(remaining)

    at.switch_page("routes/map.py").run()
    table = claims_table(at)
    assert len(table) == ALL_CLAIMS - 1
    assert 1200 in set(table["figure"].dropna()) and table["reviewed"].any()
    e.dispose()


def test_about_page_shows_attribution_and_precision_codes(store: Path) -> None:
    at = open_app("about")
    assert any("Natural Earth" in t.value for t in at.text)
    codes = at.dataframe[0].value
    assert list(codes["code"]) == list(range(1, 8))


@pytest.mark.parametrize("text", [HOSTILE_TEXT])
def test_the_highlighter_escapes_every_piece(text: str) -> None:
    from dashboard.app.text import Span, highlight_html, md_escape

    html = highlight_html(text, [Span(0, 40, "claim", "<b>"), Span(10, 20, "place", '"x"')])
    assert "<script" not in html and "<img" not in html
    assert 'title="&lt;b&gt;"' in html and 'title="&quot;x&quot;"' in html
    assert md_escape("[x](javascript:alert(1)) ![i](http://h/i.png) $x$ :red[y]") == (
        r"\[x\]\(javascript\:alert\(1\)\) \!\[i\]\(http\://h/i\.png\) \$x\$ \:red\[y\]"
    )
