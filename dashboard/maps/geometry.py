"""Light display geometry: simplified, rounded and cached per place id.

Natural Earth 1:10m shapes are far finer than a browser map needs; a province drawn at
0.01° (about 1 km) looks the same at country zoom and is a tenth of the size. Results are
cached per (place id, tolerance) so a map of 100,000 claims serialises each place once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely

from dashboard.geo import data, shapes
from dashboard.maps.safe import js_literal

Bounds = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

LINE_DECIMALS = 2  # 0.01° ≈ 1 km: finer than a screen pixel at the zooms we fit to
POINT_DECIMALS = 4
BASEMAP_DETAIL = 0.02  # countries mostly inside the view around the claims
BASEMAP_MEDIUM = 0.05  # big countries reaching into that view (Russia, China)
BASEMAP_COARSE = 0.2  # the rest of the world, drawn only for context
BASEMAP_MIN_AREA = 0.2  # square degrees: islets dropped from the coarse world


@dataclass(frozen=True, slots=True)
class DisplayShape:
    """A place ready to draw: compact GeoJSON geometry text, its type, bounds and anchor."""

    geojson: str
    geom_type: str
    bounds: Bounds
    anchor: tuple[float, float]  # (lon, lat) on the shape: label and callout point


def place_geometry(place_id: str) -> shapely.Geometry | None:
    """Full-resolution geometry of a place id, or None when it is unknown here."""
    try:
        geom = shapes.geometry_for(place_id)
    except ImportError:  # the regions table (dashboard.geo.regions) is not installed
        return None
    return None if geom is None or geom.is_empty else geom


def _rounded(geom: shapely.Geometry, decimals: int) -> shapely.Geometry:
    """Snap to a decimal grid; degenerate results fall back to plain rounding."""
    snapped = shapely.set_precision(geom, 10.0**-decimals)
    if snapped.is_empty:
        snapped = geom
    return shapely.transform(snapped, lambda xy: np.round(xy, decimals))


def simplify_for_display(geom: shapely.Geometry, tolerance: float) -> shapely.Geometry:
    """Simplified and rounded geometry; points keep ~10 m, shapes ~1 km."""
    if geom.geom_type in ("Point", "MultiPoint"):
        return _rounded(geom, POINT_DECIMALS)
    simple = shapely.simplify(geom, tolerance, preserve_topology=True) if tolerance else geom
    return _rounded(simple if not simple.is_empty else geom, LINE_DECIMALS)


def anchor_point(geom: shapely.Geometry) -> tuple[float, float]:
    """A point inside the largest part (labels of France land in France, not Guiana)."""
    if geom.geom_type in ("MultiPolygon", "GeometryCollection", "MultiLineString"):
        parts = list(getattr(geom, "geoms", [geom]))
        key = (lambda g: g.area) if geom.geom_type == "MultiPolygon" else (lambda g: g.length)
        geom = max(parts, key=key)
    if geom.geom_type in ("LineString", "MultiLineString"):
        pt = shapely.line_interpolate_point(geom, 0.5, normalized=True)
    else:
        pt = shapely.point_on_surface(geom)
    return (round(float(pt.x), 4), round(float(pt.y), 4))


@lru_cache(maxsize=65536)
def display_geometry(place_id: str, tolerance: float) -> shapely.Geometry | None:
    """Simplified, rounded geometry of a place (cached), or None for an unknown id."""
    geom = place_geometry(place_id)
    return None if geom is None else simplify_for_display(geom, tolerance)


@lru_cache(maxsize=65536)
def display_shape(place_id: str, tolerance: float) -> DisplayShape | None:
    """The cached display form of a place, or None when its id has no geometry."""
    geom = place_geometry(place_id)
    shown = display_geometry(place_id, tolerance)
    if geom is None or shown is None:
        return None
    minx, miny, maxx, maxy = (float(v) for v in geom.bounds)
    return DisplayShape(
        geojson=str(shapely.to_geojson(shown)),
        geom_type=shown.geom_type,
        bounds=(minx, miny, maxx, maxy),
        anchor=anchor_point(geom),
    )


def clear_caches() -> None:
    """Forget cached shapes (tests that swap the regions table, long-running apps)."""
    display_geometry.cache_clear()
    display_shape.cache_clear()


def union_bounds(boxes: list[Bounds]) -> Bounds | None:
    """The box around all boxes, or None for none."""
    if not boxes:
        return None
    arr = np.asarray(boxes, dtype=float)
    return (
        float(arr[:, 0].min()),
        float(arr[:, 1].min()),
        float(arr[:, 2].max()),
        float(arr[:, 3].max()),
    )


def pad(bounds: Bounds, degrees: float) -> Bounds:
    """Grow a box by a margin, clipped to the world."""
    minx, miny, maxx, maxy = bounds
    return (
        max(minx - degrees, -180.0),
        max(miny - degrees, -90.0),
        min(maxx + degrees, 180.0),
        min(maxy + degrees, 90.0),
    )


def _intersects(a: Bounds, b: Bounds) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@lru_cache(maxsize=2048)
def _country_feature(code: str, tolerance: float, min_area: float) -> str:
    """One basemap country as compact GeoJSON Feature text (no properties: names are labels)."""
    geom = data.countries().loc[code].geometry
    if min_area and geom.geom_type == "MultiPolygon":
        parts = sorted(geom.geoms, key=lambda p: p.area, reverse=True)
        geom = shapely.MultiPolygon([p for p in parts if p.area >= min_area] or parts[:1])
    shown = simplify_for_display(geom, tolerance)
    return '{"type":"Feature","properties":{},"geometry":' + str(shapely.to_geojson(shown)) + "}"


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[shapely.Geometry, Bounds, tuple[float, float], str]]:
    """Geometry, bounds, label point and name of every bundled country."""
    out: dict[str, tuple[shapely.Geometry, Bounds, tuple[float, float], str]] = {}
    for code, row in data.countries().iterrows():
        geom = row.geometry
        if geom is None or geom.is_empty:
            continue
        minx, miny, maxx, maxy = (float(v) for v in geom.bounds)
        out[str(code)] = (geom, (minx, miny, maxx, maxy), anchor_point(geom), str(row["name"]))
    return out


def _detail_level(geom: shapely.Geometry, box: Bounds, area: Bounds) -> tuple[float, float]:
    """(tolerance, min islet area) for a country given the view around the claims."""
    if not _intersects(box, area):
        return BASEMAP_COARSE, BASEMAP_MIN_AREA
    inside = shapely.intersection(geom, shapely.box(*area)).area
    if geom.area and inside / geom.area >= 0.5:
        return BASEMAP_DETAIL, 0.0
    return BASEMAP_MEDIUM, BASEMAP_MEDIUM


@lru_cache(maxsize=64)
def basemap_geojson(detail: Bounds | None) -> str:
    """World land as a FeatureCollection: fine near ``detail``, coarse elsewhere."""
    area = detail if detail is not None else (-180.0, -90.0, 180.0, 90.0)
    wide = (area[2] - area[0]) > 120 or (area[3] - area[1]) > 80
    features = []
    for code, (geom, box, _, _) in _countries().items():
        tol, min_area = _detail_level(geom, box, area)
        if wide:  # a world view: fine detail would be invisible and heavy
            tol, min_area = BASEMAP_COARSE / 2, BASEMAP_MEDIUM
        features.append(_country_feature(code, tol, min_area))
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def label_min_zoom(area_sq_deg: float) -> int:
    """Web-map zoom from which a country's name is shown: big countries first."""
    if area_sq_deg >= 100:
        return 2
    if area_sq_deg >= 10:
        return 4
    return 5 if area_sq_deg >= 1 else 6


def country_labels(area: Bounds | None) -> list[tuple[str, float, float, float]]:
    """(name, lat, lon, area in square degrees) of countries labelled inside ``area``."""
    out = []
    for geom, _box, (lon, lat), name in _countries().values():
        if area is None or (area[0] <= lon <= area[2] and area[1] <= lat <= area[3]):
            out.append((name, lat, lon, float(geom.area)))
    return out


def feature_text(place_id: str, shape: DisplayShape, properties: dict[str, object]) -> str:
    """A GeoJSON Feature as script-safe text, reusing the cached geometry string."""
    return (
        '{"type":"Feature","id":'
        + js_literal(place_id)
        + ',"geometry":'
        + shape.geojson
        + ',"properties":'
        + js_literal(properties)
        + "}"
    )


@lru_cache(maxsize=4)
def simplified_countries(tolerance: float) -> tuple[tuple[str, str, shapely.Geometry], ...]:
    """(code, name, simplified geometry) of every country, for static maps."""
    return tuple(
        (code, name, simplify_for_display(geom, tolerance))
        for code, (geom, _box, _anchor, name) in _countries().items()
    )


def country_anchors() -> dict[str, tuple[str, float, float, float]]:
    """Code → (name, lon, lat, area in square degrees) of each country's label point."""
    return {
        code: (name, a[0], a[1], float(g.area)) for code, (g, _b, a, name) in _countries().items()
    }
