"""build_map: one feature per place, styled by the largest figure, popups with provenance."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path
from typing import Any

import folium
import pandas as pd
import pytest

from dashboard.errors import InputError
from dashboard.geo.data import ATTRIBUTION
from dashboard.maps import style
from dashboard.maps.builder import (
    POPUP_MAX_CLAIMS,
    build_map,
    layers_of,
    popup_of,
    runtime_of,
)
from dashboard.maps.labels import figure_label, precision_label
from dashboard.maps.popups import tooltip_html
from dashboard.maps.safe import html_text, web_url
from tests.maps.conftest import (
    HOSTILE_QUOTE,
    KUNDUZ_CITY,
    Q_1000,
    Q_3500,
    Q_TJ,
    claim_row,
    estimate,
    frame,
    real_regions_available,
)
from tests.maps.html_checks import remote_urls


@pytest.fixture
def seed_map(seed_claims: pd.DataFrame) -> folium.Map:
    return build_map(seed_claims, title="Seed article", filters_summary="country: AF")


def _render(m: folium.Map) -> str:
    return str(m.get_root().render())


def test_each_place_is_drawn_once_in_the_layer_of_its_kind(seed_map: folium.Map) -> None:
    layers = layers_of(seed_map)
    ids = {name: sorted(f.place_id for f in layer.features) for name, layer in layers.items()}

    assert ids["Countries"] == ["country:AF"]
    assert ids["Border hotspots"] == ["border:AF-TJ", "border:AF-TM"]
    assert ids["Towns"] == [KUNDUZ_CITY]
    assert len(ids["Province estimates"]) == 10  # 5 north-western + 6 northern, Jawzjan in both
    assert "admin1:AF-JOW" in ids["Province estimates"]


def test_badakhshan_is_shaded_by_its_largest_figure(seed_map: folium.Map) -> None:
    provinces = layers_of(seed_map)["Province estimates"]
    badakhshan = provinces.feature("admin1:AF-BDS")

    assert badakhshan is not None and badakhshan.shape.geom_type in ("Polygon", "MultiPolygon")
    assert badakhshan.place.top_figure == 15_000  # the concern about it has no figure
    assert provinces.style_of("admin1:AF-BDS")["fillColor"] == style.colour_for(15_000)
    assert style.colour_for(15_000) == style.COLOURS[-1]
    # Faryab only has "some 1,000": a lighter class of the same scale
    assert provinces.style_of("admin1:AF-FYB")["fillColor"] == style.colour_for(1_000)
    assert style.colour_for(1_000) != style.colour_for(15_000)


def test_jawzjan_takes_the_larger_of_its_two_figures(seed_map: folium.Map) -> None:
    feature = layers_of(seed_map)["Province estimates"].feature("admin1:AF-JOW")
    assert feature is not None
    assert feature.place.top_figure == 15_000 and feature.place.n_claims == 2


def test_afghan_turkmen_border_is_a_thick_concern_line(seed_map: folium.Map) -> None:
    borders = layers_of(seed_map)["Border hotspots"]
    feature = borders.feature("border:AF-TM")
    line_style = borders.style_of("border:AF-TM")

    assert feature is not None and feature.shape.geom_type in ("LineString", "MultiLineString")
    assert line_style is not None
    assert line_style["weight"] >= 4
    assert line_style["color"] == style.CONCERN  # a concern, not a number
    assert '"type":"LineString"' in feature.shape.geojson


def test_popup_lists_the_claims_with_figure_quote_speaker_and_link(seed_map: folium.Map) -> None:
    popup = popup_of(seed_map, "admin1:AF-FYB")

    assert popup is not None
    assert "some 1,000" in popup and "gunmen" in popup and "ISIS (Islamic State)" in popup
    assert html_text(Q_1000) in popup  # the exact sentence, escaped
    assert "said by Zamir Kabulov" in popup and "TASS" in popup
    assert "02-09 (year not stated)" in popup
    assert "province" in popup  # precision label
    assert '<a href="https://tass.com/politics/930000" target="_blank"' in popup


def test_popup_shows_modality_and_precision(seed_map: folium.Map) -> None:
    country = popup_of(seed_map, "country:AF")
    border = popup_of(seed_map, "border:AF-TJ")

    assert country is not None and border is not None
    assert "about 3,500" in country and "may rise (projected)" in country
    assert html_text(Q_3500) in country
    assert "border line" in border and "conditional" in border and "2 claims" in border
    assert html_text(Q_TJ) in border


def test_tooltip_names_place_and_top_figure(seed_map: folium.Map) -> None:
    feature = layers_of(seed_map)["Province estimates"].feature("admin1:AF-BDS")
    assert feature is not None
    tooltip = tooltip_html(feature.place)
    assert "Badakhshan" in tooltip and "around 15,000 men (extremists)" in tooltip
    assert "2 claims" in tooltip


def test_town_is_a_circle_sized_by_its_figure(seed_map: folium.Map) -> None:
    towns = layers_of(seed_map)["Towns"]
    feature = towns.feature(KUNDUZ_CITY)
    town_style = towns.style_of(KUNDUZ_CITY)

    assert feature is not None and feature.shape.geom_type == "Point"
    assert town_style is not None
    assert town_style["radius"] == style.town_radius(300)
    assert town_style["fillColor"] == style.colour_for(300)
    popup = popup_of(seed_map, KUNDUZ_CITY)
    assert popup is not None and "town" in popup and "<a href" not in popup  # no URL


def test_html_has_layers_legend_scale_attribution_and_no_cdn(seed_map: folium.Map) -> None:
    page = _render(seed_map)
    control = next(c for c in seed_map._children.values() if isinstance(c, folium.LayerControl))

    assert list(control.overlays) == [
        "Countries",
        "Province estimates",
        "Border hotspots",
        "Towns",
    ]
    assert list(control.base_layers) == ["Basemap: countries (Natural Earth)"]
    assert "Reported strength" in page and "10,000 and more" in page  # legend
    assert "L.control.scale()" in page
    assert html_text(ATTRIBUTION) in page
    assert remote_urls(page) == []
    assert "Leaflet 1.9.4" in page
    assert "<title>Seed article</title>" in page and "Filters: country: AF" in page


def test_view_fits_the_features(seed_map: folium.Map) -> None:
    fit = next(c for c in seed_map._children.values() if isinstance(c, folium.FitBounds))
    (south, west), (north, east) = fit.bounds
    assert 29 < south < 31 and 60 < west < 61.5  # Afghanistan's corners
    assert 38 < north < 39 and 74 < east < 75.5


def test_unplaced_and_unknown_places_are_reported(seed_claims: pd.DataFrame) -> None:
    extra = frame([claim_row(99, "admin1:XX-YY", quote="Somewhere unknown.")])
    page = _render(build_map(pd.concat([seed_claims, extra], ignore_index=True)))
    assert "1 claim names no place and is not drawn" in page
    assert "No boundary for admin1:XX-YY" in page


def test_part_of_country_is_dashed_with_light_fill(
    fake_regions: None, seed_claims: pd.DataFrame
) -> None:
    north = frame(
        [
            claim_row(
                10, "region:AF-north", quote="In the north.", **estimate(800, "800", "men", None)
            )
        ]
    )
    m = build_map(pd.concat([seed_claims, north], ignore_index=True))
    regions = layers_of(m)["Regions"]
    region_style = regions.style_of("region:AF-north")
    feature = regions.feature("region:AF-north")

    assert feature is not None and feature.shape.geom_type in ("Polygon", "MultiPolygon")
    assert region_style is not None
    assert region_style["dashArray"] and region_style["fillOpacity"] <= 0.35
    popup = popup_of(m, "region:AF-north")
    assert popup is not None and "part of country" in popup


@pytest.mark.skipif(not real_regions_available(), reason="dashboard.geo.regions not ready")
def test_real_regions_are_drawn_as_parts_of_countries() -> None:
    rows = [
        claim_row(
            1, "region:AF-northwest", quote=Q_1000, **estimate(1000, "some 1,000", "gunmen", "ISIS")
        ),
        claim_row(
            2, "region:central-asia", quote="Into Central Asia.", modality="projected", precision=6
        ),
    ]
    m = build_map(frame(rows))
    regions = layers_of(m)["Regions"]
    assert {f.place_id for f in regions.features} == {"region:AF-northwest", "region:central-asia"}
    assert regions.style_of("region:AF-northwest")["fillColor"] == style.colour_for(1000)  # type: ignore[index]
    assert regions.style_of("region:central-asia")["color"] == style.CONCERN  # type: ignore[index]
    popup = popup_of(m, "region:central-asia")
    assert popup is not None and "several countries" in popup


def test_popups_are_capped_and_say_so() -> None:
    rows = [
        claim_row(
            i,
            "admin1:AF-KDZ",
            quote=f"Report {i}: fighters seen.",
            date=f"2020-01-{i:02d}",
            **estimate(100 + i, f"{100 + i}", "fighters", "Taliban"),
        )
        for i in range(1, 31)
    ]
    rows.append(
        claim_row(
            31, "admin1:AF-KDZ", quote="Old but large.", date="2001-01-01",
            **estimate(9000, "9,000", "fighters", "Taliban"),
        )
    )  # fmt: skip
    m = build_map(frame(rows))
    popup = popup_of(m, "admin1:AF-KDZ")

    assert popup is not None
    assert popup.count("<li>") == POPUP_MAX_CLAIMS + 1  # 20 most recent + the largest figure
    assert "Report 30:" in popup and "Report 11:" in popup and "Report 10:" not in popup
    assert "Old but large." in popup
    assert "and 10 more claims not listed" in popup and "export CSV" in popup
    assert "Popups list the 20 most recent claims per place" in _render(m)


def test_many_places_stay_small(tmp_path: Path) -> None:
    from dashboard.geo import data

    codes = list(data.admin1().index[:400])
    rows = [
        claim_row(
            i, f"admin1:{codes[i % len(codes)]}", date=f"20{10 + i % 10}-01-01",
            quote=f"Claim {i}: " + "a quote of ordinary length about fighters. " * 4,
            **estimate(50 + i, f"about {50 + i}", "fighters", "Group"),
        )
        for i in range(6000)
    ]  # fmt: skip
    m = build_map(frame(rows))
    page = _render(m)
    assert len(page.encode()) < 3_000_000
    assert runtime_of(m).per_place < POPUP_MAX_CLAIMS  # the cap shrank to fit
    assert sum(len(layer.features) for layer in layers_of(m).values()) == 400


def test_empty_table_gives_a_world_map_that_says_so(seed_claims: pd.DataFrame) -> None:
    m = build_map(seed_claims.iloc[0:0])
    page = _render(m)
    assert layers_of(m) == {}
    assert "No claims match the filters." in page and remote_urls(page) == []


def test_a_table_without_the_store_columns_is_refused() -> None:
    with pytest.raises(InputError, match="lacks the columns"):
        build_map(pd.DataFrame({"claim_id": [1]}))


@pytest.mark.parametrize(("tiles", "name"), [("osm", "OpenStreetMap"), ("carto", "CARTO")])
def test_online_tiles_only_when_asked(seed_claims: pd.DataFrame, tiles: Any, name: str) -> None:
    offline = _render(build_map(seed_claims))
    online = build_map(seed_claims, tiles=tiles)
    tile_layers = [c for c in online._children.values() if isinstance(c, folium.TileLayer)]

    assert "tile.openstreetmap.org" not in offline and "basemaps.cartocdn" not in offline
    assert [t.layer_name.split(" ")[0] for t in tile_layers] == [name]
    assert remote_urls(_render(online)) == []  # tiles are fetched by Leaflet, not the page


def test_url_mode_references_the_static_folder(seed_claims: pd.DataFrame) -> None:
    page = _render(build_map(seed_claims, offline="url"))
    assert 'src="/app/static/leaflet/leaflet.js"' in page and remote_urls(page) == []


# --- hostile article content -------------------------------------------------------------

_RAW_PAYLOADS = (
    "<script>alert",
    "<img src=x",
    "<svg onload",
    "onerror=alert(1)>",
    "${alert",
    "`x`",
    "`${",
    "<b onmouseover",
    "\\`-alert",
)


def test_hostile_content_is_escaped_everywhere(hostile_claims: pd.DataFrame) -> None:
    m = build_map(
        hostile_claims, title="<script>alert('t')</script>", filters_summary="${alert(1)}"
    )
    page = _render(m)

    for raw in _RAW_PAYLOADS:
        assert raw not in page, raw
    assert page.lower().count("</script>") == page.lower().count("<script")  # none injected
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.IGNORECASE)
    popup = popup_of(m, "admin1:AF-BDS")
    assert popup is not None
    assert html_text(HOSTILE_QUOTE) in popup  # shown, as text
    assert "source (not a web link): javascript:alert(1)" in popup
    assert htmllib.unescape(html_text(HOSTILE_QUOTE)) == HOSTILE_QUOTE  # nothing lost


def test_jinja_syntax_in_an_article_is_shown_not_evaluated() -> None:
    # folium renders the page as a Jinja template: article text must never reach its source
    quote = "Up to {{ 7*7 }} men {{ this.__class__ }} {% if true %}SAID{% endif %} {# x #} {%"
    rows = [claim_row(1, "admin1:AF-BDS", **{**estimate(49, "49", "men", None), "quote": quote})]
    claims = frame(rows).assign(speaker="{{ config }}", group="{% raw %}")
    m = build_map(claims, filters_summary="{{ 6*7 }}")
    page = _render(m)  # an unbalanced "{%" in the data used to stop the render

    assert "Up to 49 men" not in page and "Element'>" not in page and " SAID " not in page
    assert "6*7" in page and "{{ 6*7 }}" not in page  # the filter summary, inert
    popup = popup_of(m, "admin1:AF-BDS")
    assert popup is not None
    assert htmllib.unescape(popup).count(quote) == 1  # shown as the text it is


@pytest.mark.parametrize(
    ("low", "high", "text", "qualifier", "label"),
    [
        (1000, 1000, "some 1,000", "approximate", "some 1,000"),
        (3500, 3500, "about 3,500", "approximate", "about 3,500"),
        (4000, 4000, None, "upper", "up to 4,000"),
        (4000, 4000, "up to 4,000", "upper", "up to 4,000"),
        (4000, 6000, "about 4,000 to 6,000", "range", "4,000–6,000"),
        (None, None, "several hundred", "vague", "several hundred (vague)"),
        (None, None, None, None, "unspecified number (vague)"),
        (200, 200, None, "lower", "at least 200"),
        (pd.NA, 700, None, "exact", "700"),
    ],
)
def test_figure_labels_keep_the_hedge(
    low: Any, high: Any, text: str | None, qualifier: str | None, label: str
) -> None:
    assert figure_label(low, high, text, qualifier) == label


@pytest.mark.parametrize(
    ("kind", "precision", "label"),
    [
        ("admin1", 4, "province"),
        ("border", 5, "border line"),
        ("region", 5, "part of country"),
        ("region", 6, "several countries"),
        ("country", 6, "country"),
        ("city", 1, "town"),
        ("city", 2, "near a town"),
    ],
)
def test_precision_labels(kind: str, precision: int, label: str) -> None:
    assert precision_label(kind, precision) == label


def test_only_web_links_become_links() -> None:
    assert web_url(" https://tass.com/a?b=1 ") == "https://tass.com/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.com",
                'https://x.org/"onmouseover=alert(1)', "ftp://x.org/f", None, ""):  # fmt: skip
        assert web_url(bad) is None, bad


def test_template_literal_characters_become_entities() -> None:
    assert html_text("`${alert(1)}`\\") == "&#96;&#36;&#123;alert(1)&#125;&#96;&#92;"
    assert html_text("<a href='x'>") == "&lt;a href=&#x27;x&#x27;&gt;"


# --- in a real browser -------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
_TEXT_OF = """(html) => {
    const t = document.createElement("template");
    t.innerHTML = html;
    return t.content.textContent;
}"""
_OPEN_BADAKHSHAN = """() => {
    const layers = Object.keys(window).filter((k) => k.startsWith("place_layer_"));
    for (const name of layers.filter((k) => typeof window[k].eachLayer === "function")) {
        window[name].eachLayer((l) => { if (l.feature.id === "admin1:AF-BDS") l.openPopup(); });
    }
}"""


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_inline_map_draws_offline_in_chromium_and_runs_no_payload(
    tmp_path: Path, seed_claims: pd.DataFrame, hostile_claims: pd.DataFrame
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    claims = pd.concat(
        [seed_claims, hostile_claims.assign(claim_id=hostile_claims["claim_id"] + 100)]
    )
    page_file = tmp_path / "map.html"
    m = build_map(claims, title="<img src=x onerror=alert(9)>")
    page_file.write_text(_render(m), "utf-8")

    outside: list[str] = []
    dialogs: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})

            def route(r: Any) -> None:
                if r.request.url.startswith(("file:", "data:", "about:")):
                    r.continue_()
                else:
                    outside.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.as_uri())
            page.wait_for_selector(".leaflet-overlay-pane svg path")
            drawn = page.locator(".leaflet-pane svg path.leaflet-interactive").count()
            # open popups and tooltips: this is where article text becomes HTML
            for i in range(min(drawn, 25)):
                page.locator("path.leaflet-interactive").nth(i).click(force=True)
                page.wait_for_timeout(30)
            page.locator("path.leaflet-interactive").first.hover(force=True)
            page.evaluate(_OPEN_BADAKHSHAN)
            popup = page.locator(".leaflet-popup-content").last.inner_text()
            shown = page.evaluate(
                "() => [...document.querySelectorAll('.leaflet-popup-content')].pop().textContent"
            )
            expected = page.evaluate(_TEXT_OF, popup_of(m, "admin1:AF-BDS"))
            injected = page.evaluate(
                "document.querySelectorAll('.leaflet-popup-content img,"
                " .leaflet-popup-content script, .ha-info img').length"
            )
            info = page.locator(".ha-info").inner_text()
        finally:
            browser.close()

    assert outside == []
    assert drawn > 10  # provinces, borders, the town, the country outline
    assert dialogs == []
    assert injected == 0
    assert HOSTILE_QUOTE in popup and "around 15,000" in popup  # payload shown as text
    assert shown == expected  # the browser builds the popup the Python helper describes
    assert "<img src=x onerror=alert(9)>" in info  # the title shows as text
