"""The folium elements of a claims map, each with its own small template.

Data reaches the page as JSON inside ``<script>`` (see :func:`safe.js_literal`), never
spliced into a JavaScript template literal; article text in it is already HTML-escaped,
and Leaflet inserts it with ``innerHTML``. None of these elements needs jQuery or a CDN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from folium.template import Template

from dashboard.maps import style
from dashboard.maps.aggregate import PlaceSummary
from dashboard.maps.geometry import DisplayShape, feature_text
from dashboard.maps.safe import js_literal

#: Leaflet panes, bottom to top: claims are never hidden under the basemap.
PANES: dict[str, int] = {
    "habase": 200,
    "halabels": 250,
    "hacountries": 380,
    "haregions": 390,
    "halines": 420,
    "hapoints": 440,
}

_CSS = (
    ".ha-hatch{fill:url(#ha-hatch)}"
    ".ha-line{filter:drop-shadow(0 0 1.5px rgba(0,0,0,.7))}"
    ".ha-label span{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;"
    "font:11px/1.2 sans-serif;color:#6b6b6b;text-shadow:0 0 2px #fff,0 0 2px #fff}"
    ".ha-box{background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;"
    "box-shadow:0 1px 4px rgba(0,0,0,.35);font:12px/1.35 sans-serif;max-width:360px}"
    ".ha-box h3{margin:0 0 3px;font-size:14px}.ha-box p{margin:2px 0}"
    ".ha-legend table{border-collapse:collapse}.ha-legend td{padding:1px 4px;vertical-align:middle}"
    ".ha-pop h4{margin:0 0 2px;font-size:14px}.ha-sub{color:#555;margin-bottom:4px}"
    ".ha-pop ol{padding-left:1.3em;margin:4px 0;max-height:300px;overflow-y:auto}"
    ".ha-pop li{margin-bottom:7px}.ha-meta{color:#555}.ha-c{color:" + style.CONCERN + "}"
    ".ha-mod{color:#8a4b00}.ha-rev{color:#1a7f37}.ha-url{color:#777}"
    ".ha-more{color:#555;font-style:italic;margin:4px 0 0}"
)
_HATCH_SVG = (
    '<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">'
    '<defs><pattern id="ha-hatch" patternUnits="userSpaceOnUse" width="8" height="8" '
    'patternTransform="rotate(45)"><rect width="8" height="8" fill="'
    + style.CONCERN
    + '" fill-opacity="0.08"/><line x1="0" y1="0" x2="0" y2="8" stroke="'
    + style.CONCERN
    + '" stroke-width="3" stroke-opacity="0.55"/></pattern></defs></svg>'
)


class _Text(Element):  # type: ignore[misc]
    """Rendered output kept as text: never compiled as a Jinja template again."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """The text, unchanged."""
        return self.text


class _RenderOnce(MacroElement):  # type: ignore[misc]
    """Renders its macros once into the page. branca wraps each macro's output in a new
    ``Element``, which compiles it as a template and renders it a second time: slow for a
    megabyte of map data (0.4 s a map), and a door for Jinja syntax in the data."""

    def render(self, **kwargs: Any) -> str:
        """Add the macros' output to the figure's header, body and script; "" itself."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} must belong to a Figure to render")
        module = self._template.module
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            macro = getattr(module, part, None)
            if macro is not None:
                target.add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for child in list(self._children.values()):
            child.render(**kwargs)
        return ""


class MapRuntime(_RenderOnce):
    """Shared by every layer of one map: panes, hatch pattern, claim cards, popup builder.

    Add it to the map before any layer: layers bind their popups through it.
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
{% macro html(this, kwargs) %}{{ this.svg }}{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = {cards: {{ this.cards_js() }}, perPlace: {{ this.per_place }}};
(function (map, rt) {
    var panes = {{ this.panes_js() }};
    Object.keys(panes).forEach(function (name) {
        map.createPane(name).style.zIndex = panes[name];
    });
    map.getPane("halabels").style.pointerEvents = "none";
    map.getContainer().style.background = {{ this.sea_js() }};
    map.attributionControl.addAttribution({{ this.attribution_js() }});
    // The same text as popups.tooltip_html / popup_header / popup_html in Python.
    function claims(n) { return n + " claim" + (n !== 1 ? "s" : ""); }
    rt.tooltip = function (p) {
        var what = p.f || (p.e ? "estimate, number vague" : "concern, no figure");
        return "<b>" + p.n + "</b> · " + p.p + "<br>" + what + " · " + claims(p.k);
    };
    rt.popup = function (p) {
        var h = '<div class="ha-pop"><h4>' + p.n + '</h4><div class="ha-sub">' + p.p + " · "
            + claims(p.k) + (p.f ? " · largest figure: " + p.f : "") + "</div>"
            + '<ol class="ha-claims">';
        for (var i = 0; i < p.c.length; i++) { h += rt.cards[p.c[i]]; }
        h += "</ol>";
        if (p.m > 0) {
            h += '<p class="ha-more">and ' + p.m + " more claim" + (p.m !== 1 ? "s" : "")
                + " not listed: popups show the " + rt.perPlace
                + " most recent and the largest figure; filter the map or export CSV"
                + " to see them all.</p>";
        }
        return h + "</div>";
    };
    rt.bind = function (feature, layer) {
        var p = feature.properties;
        layer.bindTooltip(function () { return rt.tooltip(p); }, {sticky: true});
        layer.bindPopup(function () { return rt.popup(p); }, {maxWidth: 440, minWidth: 240});
    };
})({{ this._parent.get_name() }}, {{ this.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, *, attribution: str, per_place: int) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapRuntime"
        self.css = _CSS
        self.svg = _HATCH_SVG
        self.cards: list[str] = []
        self.attribution = attribution  # HTML, already escaped by the caller
        self.per_place = int(per_place)

    def cards_js(self) -> str:
        """The claim cards as a script-safe JSON array."""
        return js_literal(self.cards)

    def panes_js(self) -> str:
        """Pane names and z-indexes."""
        return js_literal(PANES)

    def sea_js(self) -> str:
        """Background colour behind the vector basemap."""
        return js_literal(style.SEA)

    def attribution_js(self) -> str:
        """The attribution HTML as a JSON string."""
        return js_literal(self.attribution)


@dataclass(slots=True)
class MapFeature:
    """One place on the map: its geometry, its style key and the properties popups read."""

    place: PlaceSummary
    shape: DisplayShape
    style_key: str
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def place_id(self) -> str:
        """The stable place id ("admin1:AF-BDS")."""
        return self.place.place_id


class PlaceLayer(Layer, _RenderOnce):  # type: ignore[misc]
    """A toggleable GeoJSON layer of places, styled by key and bound to the runtime."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }}_styles = {{ this.styles_js() }};
var {{ this.get_name() }} = L.geoJson(null, {
    pane: {{ this.pane_js() }},
    style: function (f) { return {{ this.get_name() }}_styles[f.properties.s]; },
    pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, Object.assign(
            {pane: {{ this.pane_js() }}}, {{ this.get_name() }}_styles[f.properties.s]));
    },
    onEachFeature: function (f, layer) { {{ this.runtime.get_name() }}.bind(f, layer); }
});
{{ this.get_name() }}.addData({{ this.data_js() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        name: str,
        *,
        runtime: MapRuntime,
        styles: dict[str, dict[str, Any]],
        pane: str = "overlayPane",
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceLayer"
        self.runtime = runtime
        self.styles = styles
        self.pane = pane
        self.features: list[MapFeature] = []

    def add_feature(self, feature: MapFeature) -> None:
        """Append a place (its style key must be one of this layer's styles)."""
        if feature.style_key not in self.styles:
            raise KeyError(
                f"style {feature.style_key!r} is not defined for layer {self.layer_name}"
            )
        self.features.append(feature)

    def feature(self, place_id: str) -> MapFeature | None:
        """The feature drawn for a place id, if this layer has it."""
        return next((f for f in self.features if f.place_id == place_id), None)

    def style_of(self, place_id: str) -> dict[str, Any] | None:
        """The Leaflet path options a place is drawn with."""
        feature = self.feature(place_id)
        return None if feature is None else self.styles[feature.style_key]

    def styles_js(self) -> str:
        """Style table as JSON."""
        return js_literal(self.styles)

    def pane_js(self) -> str:
        """Pane name as JSON."""
        return js_literal(self.pane)

    def data_js(self) -> str:
        """The FeatureCollection text (cached geometry strings, escaped properties)."""
        parts = [feature_text(f.place_id, f.shape, f.properties) for f in self.features]
        return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"

    def _get_self_bounds(self) -> list[list[float | None]]:
        """[[south, west], [north, east]] of the layer's places (for folium's fit helpers)."""
        if not self.features:
            return [[None, None], [None, None]]
        boxes = [f.shape.bounds for f in self.features]
        return [
            [min(b[1] for b in boxes), min(b[0] for b in boxes)],
            [max(b[3] for b in boxes), max(b[2] for b in boxes)],
        ]


class VectorBasemap(Layer, _RenderOnce):  # type: ignore[misc]
    """Land, coasts and country names from the bundled Natural Earth countries.

    A base layer (radio button): online tiles, when allowed, replace it.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.featureGroup();
L.geoJson({{ this.land_js }}, {
    pane: "habase", interactive: false, style: {{ this.land_style_js() }}
}).addTo({{ this.get_name() }});
(function (group, map, labels) {
    // names appear with zoom, biggest countries first, so a world view is not a word cloud
    var markers = labels.map(function (l) {
        var marker = L.marker([l[1], l[2]], {
            pane: "halabels", interactive: false, keyboard: false,
            icon: L.divIcon({
                className: "ha-label", html: "<span>" + l[0] + "</span>", iconSize: null
            })
        });
        marker.minZoom = l[3];
        return marker;
    });
    function update() {
        var z = map.getZoom();
        markers.forEach(function (m) {
            if (z >= m.minZoom) { group.addLayer(m); } else { group.removeLayer(m); }
        });
    }
    map.on("zoomend", update);
    map.whenReady(update);
})({{ this.get_name() }}, {{ this._parent.get_name() }}, {{ this.labels_js() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        land_geojson: str,
        labels: list[tuple[str, float, float, int]],
        *,
        show: bool = True,
    ) -> None:
        super().__init__(
            name="Basemap: countries (Natural Earth)", overlay=False, control=True, show=show
        )
        self._name = "VectorBasemap"
        self.land_js = land_geojson  # numbers only: produced by shapely, not by articles
        self.labels = labels  # (name already HTML-escaped, lat, lon, min zoom)

    def land_style_js(self) -> str:
        """Land fill and coastline style."""
        return js_literal(
            {"color": style.COAST, "weight": 0.6, "fillColor": style.LAND, "fillOpacity": 1}
        )

    def labels_js(self) -> str:
        """[[name, lat, lon, min zoom], ...] as JSON."""
        return js_literal([list(label) for label in self.labels])


class HtmlControl(_RenderOnce):
    """A Leaflet control showing fixed HTML (legend, title box); the HTML is pre-escaped."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: {{ this.position_js() }}});
{{ this.get_name() }}.onAdd = function () {
    var div = L.DomUtil.create("div", {{ this.css_class_js() }});
    div.innerHTML = {{ this.html_js() }};
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, html: str, *, position: str, css_class: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "HtmlControl"
        self.html = html
        self.position = position
        self.css_class = css_class

    def position_js(self) -> str:
        """Corner of the map."""
        return js_literal(self.position)

    def css_class_js(self) -> str:
        """CSS classes of the box."""
        return js_literal(self.css_class)

    def html_js(self) -> str:
        """The box content as a JSON string."""
        return js_literal(self.html)
