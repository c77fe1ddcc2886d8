"""``build_map``: the filtered claims table in, a folium map out (no database, no session).

Each place is drawn once, in the layer its kind belongs to: provinces shaded by the
largest reported figure, provinces with only concerns hatched, parts of countries dashed,
borders as thick lines, countries as outlines, towns as circles. Popups list the claims
behind each place; their number per place is capped so a map of 100,000 claims stays a
few megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import folium
import pandas as pd
from branca.element import Figure

from dashboard.geo.data import ATTRIBUTION
from dashboard.maps import style
from dashboard.maps.aggregate import Aggregate, PlaceSummary, aggregate, check_columns
from dashboard.maps.assets import configure_offline
from dashboard.maps.elements import HtmlControl, MapFeature, MapRuntime, PlaceLayer, VectorBasemap
from dashboard.maps.geometry import (
    Bounds,
    basemap_geojson,
    country_labels,
    display_shape,
    label_min_zoom,
    pad,
    union_bounds,
)
from dashboard.maps.popups import claim_card, place_properties, popup_html
from dashboard.maps.safe import html_text

Tiles = Literal["none", "osm", "carto"]
Offline = Literal["inline", "url"]

#: Popups list at most this many claims per place (the most recent) ...
POPUP_MAX_CLAIMS = 20
#: ... and at least this many (plus the largest figure), however many places there are.
POPUP_MIN_CLAIMS = 1
#: Bytes of claim cards a map may carry; the per-place cap shrinks to fit it.
CARD_BUDGET_BYTES = 1_000_000
_CARD_OVERHEAD_BYTES = 230  # tags, labels, outlet, date around the quote

#: Layer keys in drawing order (bottom to top), with the names the layer control shows.
LAYER_NAMES: dict[str, str] = {
    "countries": "Countries",
    "regions": "Regions",
    "estimates": "Province estimates",
    "concerns": "Province concerns (no figure)",
    "borders": "Border hotspots",
    "towns": "Towns",
}
_PANES = {
    "countries": "hacountries",
    "regions": "haregions",
    "estimates": "overlayPane",
    "concerns": "overlayPane",
    "borders": "halines",
    "towns": "hapoints",
}
_CARTO_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
    '&copy; <a href="https://carto.com/attributions">CARTO</a>'
)
_KIND_LAYER = {"country": "countries", "region": "regions", "border": "borders", "city": "towns"}


@dataclass(frozen=True, slots=True)
class MapNotes:
    """What the map could not show, told in its title box."""

    claims: int
    places: int
    unplaced: int
    no_geometry: tuple[str, ...]
    per_place: int
    truncated: bool


def popup_cap(claims: pd.DataFrame) -> int:
    """Claims listed per popup: 20, fewer when many places would exceed the card budget."""
    places = int(claims["place_id"].nunique())
    if places == 0:
        return POPUP_MAX_CLAIMS
    quotes = claims["quote"].astype("string").str.len()
    mean_card = float(quotes.mean()) if quotes.notna().any() else 0.0
    per_place = CARD_BUDGET_BYTES / (places * (mean_card + _CARD_OVERHEAD_BYTES))
    return max(POPUP_MIN_CLAIMS, min(POPUP_MAX_CLAIMS, int(per_place)))


def polygon_tolerance(n_polygons: int) -> float:
    """Display simplification in degrees: coarser when a map has many areas to carry."""
    if n_polygons <= 300:
        return 0.01
    return 0.02 if n_polygons <= 1500 else 0.05


_HATCH: dict[str, Any] = {
    "color": style.CONCERN,
    "weight": 2,
    "fillOpacity": 1,
    "className": "ha-hatch",
}
#: Concern (no figure) style per layer: purple, dashed or hatched, never a scale colour.
_CONCERN_STYLES: dict[str, dict[str, Any]] = {
    "estimates": _HATCH,
    "concerns": _HATCH,
    "regions": {
        "color": style.CONCERN,
        "weight": 2.5,
        "dashArray": "8 6",
        "fillColor": style.CONCERN,
        "fillOpacity": 0.12,
    },
    "countries": {
        "color": style.CONCERN,
        "weight": 3,
        "dashArray": "10 5",
        "fillColor": style.CONCERN,
        "fillOpacity": 0.04,
    },
    "borders": {
        "color": style.CONCERN,
        "weight": 5,
        "dashArray": "12 8",
        "opacity": 0.95,
        "className": "ha-line",
    },
    "towns": {"color": style.CONCERN, "weight": 2.5, "fillColor": "#ffffff", "fillOpacity": 0.9},
}


def _styles(layer: str) -> dict[str, dict[str, Any]]:
    """Leaflet path options per style key: ``e0``..``e5`` by figure class, ``ev``, ``c``."""
    fills = {f"e{i}": c for i, c in enumerate(style.COLOURS)} | {"ev": style.NO_FIGURE}
    out: dict[str, dict[str, Any]] = {}
    for key, colour in fills.items():
        if layer in ("estimates", "concerns"):
            out[key] = {
                "color": style.OUTLINE,
                "weight": 1,
                "fillColor": colour,
                "fillOpacity": 0.75,
            }
        elif layer == "regions":
            out[key] = {
                "color": style.OUTLINE, "weight": 2.5, "dashArray": "8 6",
                "fillColor": colour, "fillOpacity": 0.3,
            }  # fmt: skip
        elif layer == "countries":
            out[key] = {
                "color": colour, "weight": 3.5, "fillColor": colour, "fillOpacity": 0.06,
                "className": "ha-line",
            }  # fmt: skip
        elif layer == "borders":
            out[key] = {"color": colour, "weight": 7, "opacity": 1, "className": "ha-line"}
        else:  # towns
            out[key] = {"color": "#333333", "weight": 1, "fillColor": colour, "fillOpacity": 0.9}
    concern = dict(_CONCERN_STYLES[layer])
    out["c"] = concern
    if layer == "towns":
        for i in range(len(style.COLOURS)):
            out[f"e{i}"]["radius"] = style.town_radius(style.BREAKS[i - 1] if i else 0)
        out["ev"]["radius"] = style.town_radius(None)
        out["c"]["radius"] = 6
    return out


def _style_key(place: PlaceSummary) -> str:
    if not place.has_estimate:
        return "c"
    if place.top_figure is None:
        return "ev"
    return f"e{style.class_index(place.top_figure)}"


def _layer_key(place: PlaceSummary) -> str:
    if place.kind == "admin1":
        return "estimates" if place.has_estimate else "concerns"
    return _KIND_LAYER.get(place.kind, "regions")


def _legend_html() -> str:
    """Colour classes and the symbols of each layer (static text, still escaped)."""

    def swatch(fill: str, stroke: str = style.OUTLINE, extra: str = "") -> str:
        return (
            f'<svg width="22" height="14"><rect x="1" y="1" width="20" height="12" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="1.5"{extra}/></svg>'
        )

    rows = [
        f"<tr><td>{swatch(c.colour)}</td><td>{html_text(c.label)}</td></tr>"
        for c in style.scale_classes()
    ]
    rows.append(f"<tr><td>{swatch(style.NO_FIGURE)}</td><td>estimate, number vague</td></tr>")
    rows.append(
        f"<tr><td>{swatch('url(#ha-hatch)', style.CONCERN)}</td><td>concern, no figure</td></tr>"
    )
    line = (
        '<svg width="22" height="14"><line x1="1" y1="7" x2="21" y2="7" stroke="{c}" '
        'stroke-width="{w}"{d}/></svg>'
    )
    rows.append(
        "<tr><td>"
        + line.format(c=style.COLOURS[3], w=5, d="")
        + "</td><td>border hotspot</td></tr>"
    )
    rows.append(
        "<tr><td>"
        + swatch(style.COLOURS[2], extra=' stroke-dasharray="4 3" fill-opacity="0.4"')
        + "</td><td>part of a country</td></tr>"
    )
    rows.append(
        "<tr><td>"
        + swatch("none", style.COLOURS[4], extra=' stroke-width="2.5"')
        + "</td><td>whole country (outline)</td></tr>"
    )
    rows.append(
        '<tr><td><svg width="22" height="14"><circle cx="11" cy="7" r="5" '
        f'fill="{style.COLOURS[3]}" stroke="#333"/></svg></td><td>town</td></tr>'
    )
    return (
        "<b>Reported strength</b><br><span>largest figure per place</span>"
        f"<table>{''.join(rows)}</table>"
    )


def _info_html(title: str | None, filters_summary: str | None, notes: MapNotes) -> str:
    """Title, filters, and what is missing from the map, all escaped."""
    parts = [f"<h3>{html_text(title)}</h3>"] if title else []
    if filters_summary:
        parts.append(f"<p>Filters: {html_text(filters_summary)}</p>")
    if notes.claims == 0:
        parts.append("<p>No claims match the filters.</p>")
    else:
        parts.append(f"<p>{notes.claims:,} claims · {notes.places:,} places</p>")
    if notes.unplaced:
        n = notes.unplaced
        parts.append(
            f"<p>{n:,} claim{'s' if n != 1 else ''} name{'' if n != 1 else 's'} no place "
            f"and {'are' if n != 1 else 'is'} not drawn (see the table).</p>"
        )
    if notes.no_geometry:
        shown = ", ".join(html_text(p) for p in notes.no_geometry[:5])
        extra = f" and {len(notes.no_geometry) - 5} more" if len(notes.no_geometry) > 5 else ""
        parts.append(f"<p>No boundary for {shown}{extra}; their claims are in the table.</p>")
    if notes.truncated:
        parts.append(
            f"<p>Popups list the {notes.per_place} most recent claims per place "
            "and the largest figure.</p>"
        )
    return "".join(parts)


def _add_tiles(m: folium.Map, tiles: Tiles) -> None:
    if tiles == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(m)
    elif tiles == "carto":
        folium.TileLayer(
            "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
            name="CARTO Positron (online)",
            attr=_CARTO_ATTRIBUTION,
            subdomains="abcd",
            max_zoom=20,
        ).add_to(m)


def _fit(m: folium.Map, bounds: Bounds | None) -> None:
    if bounds is None:
        m.location = [25.0, 20.0]
        m.options["zoom"] = 2
        return
    minx, miny, maxx, maxy = bounds
    folium.FitBounds([[miny, minx], [maxy, maxx]], padding=(20, 20), max_zoom=9).add_to(m)


def _build_layers(
    agg: Aggregate, runtime: MapRuntime
) -> tuple[dict[str, PlaceLayer], list[str], list[Bounds]]:
    n_polygons = sum(p.kind in ("admin1", "region", "country") for p in agg.places)
    area_tol = polygon_tolerance(n_polygons)
    card_index: dict[int, int] = {}
    # plain dicts: a pandas row per claim costs more than the card itself
    for claim_id, row in zip(agg.claims.index, agg.claims.to_dict("records"), strict=True):
        card_index[int(claim_id)] = len(runtime.cards)
        runtime.cards.append(claim_card(row))

    layers: dict[str, PlaceLayer] = {}
    missing: list[str] = []
    boxes: list[Bounds] = []
    for place in agg.places:
        tol = 0.01 if place.kind == "border" else area_tol
        shape = display_shape(place.place_id, tol)
        if shape is None:
            missing.append(place.place_id)
            continue
        key = _layer_key(place)
        if key not in layers:
            layers[key] = PlaceLayer(
                LAYER_NAMES[key], runtime=runtime, styles=_styles(key), pane=_PANES[key]
            )
        style_key = _style_key(place)
        props = {
            "s": style_key,
            **place_properties(place),
            "c": [card_index[c] for c in place.listed if c in card_index],
            "m": place.more,
        }
        layers[key].add_feature(MapFeature(place, shape, style_key, props))
        boxes.append(shape.bounds)
    ordered = {k: layers[k] for k in LAYER_NAMES if k in layers}
    return ordered, missing, boxes


def build_map(
    claims: pd.DataFrame,
    *,
    title: str | None = None,
    filters_summary: str | None = None,
    tiles: Tiles = "none",
    offline: Offline = "inline",
) -> folium.Map:
    """The claims map: one feature per place, popups with every claim's provenance.

    ``claims`` is the flat table of ``CLAIM_TABLE_COLUMNS`` (already filtered). No
    request leaves the machine unless ``tiles`` asks for an online basemap.
    """
    check_columns(claims)
    if tiles not in ("none", "osm", "carto"):
        raise ValueError(f"tiles must be 'none', 'osm' or 'carto', not {tiles!r}")
    per_place = popup_cap(claims)
    agg = aggregate(claims, per_place=per_place)

    m = folium.Map(
        location=None, tiles=None, control_scale=True, zoom_start=2, min_zoom=1, font_size="13px"
    )
    figure = m.get_root()
    if title and isinstance(figure, Figure):
        figure.title = html_text(title)  # branca writes <title> without escaping
    runtime = MapRuntime(attribution=html_text(ATTRIBUTION), per_place=per_place)
    m.add_child(runtime)
    layers, missing, boxes = _build_layers(agg, runtime)
    bounds = union_bounds(boxes)

    detail = pad(bounds, 12.0) if bounds is not None else None
    labels = [
        (html_text(n), lat, lon, label_min_zoom(a)) for n, lat, lon, a in country_labels(detail)
    ]
    VectorBasemap(basemap_geojson(detail), labels, show=tiles == "none").add_to(m)
    _add_tiles(m, tiles)
    for layer in layers.values():
        layer.add_to(m)

    notes = MapNotes(
        claims=int(claims["claim_id"].nunique()),
        places=len(agg.places),
        unplaced=agg.unplaced,
        no_geometry=tuple(missing),
        per_place=per_place,
        truncated=any(p.more > 0 for p in agg.places),
    )
    HtmlControl(
        _info_html(title, filters_summary, notes), position="topright", css_class="ha-box ha-info"
    ).add_to(m)
    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    HtmlControl(_legend_html(), position="bottomleft", css_class="ha-box ha-legend").add_to(m)
    _fit(m, bounds)
    configure_offline(m, offline)
    return m


def layers_of(m: folium.Map) -> dict[str, PlaceLayer]:
    """The claim layers of a map built here, by the name the layer control shows."""
    return {c.layer_name: c for c in m._children.values() if isinstance(c, PlaceLayer)}


def runtime_of(m: folium.Map) -> MapRuntime:
    """The shared runtime (claim cards) of a map built here."""
    return next(c for c in m._children.values() if isinstance(c, MapRuntime))


def popup_of(m: folium.Map, place_id: str) -> str | None:
    """The popup HTML the browser shows for a place (same pieces, same order), or None."""
    runtime = runtime_of(m)
    for layer in layers_of(m).values():
        feature = layer.feature(place_id)
        if feature is not None:
            cards = [runtime.cards[i] for i in feature.properties["c"]]
            return popup_html(feature.place, cards, runtime.per_place)
    return None
