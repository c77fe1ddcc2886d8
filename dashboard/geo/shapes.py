"""Geometry for a stable place id, joined from the bundled layers when a map needs it.

The store keeps only ids ("admin1:AF-BDS", "border:AF-TJ", "region:AF-north",
"city:1138958"); maps and exports call :func:`geometry_for` to draw them.
"""

from __future__ import annotations

from functools import lru_cache

import shapely

from dashboard.geo import data


@lru_cache(maxsize=4096)
def geometry_for(place_id: str) -> shapely.Geometry | None:
    """The geometry that represents a place id, or None for an unknown id.

    Borders are lines, towns points, regions the union of their member provinces or
    countries.
    """
    kind, _, key = place_id.partition(":")
    if kind == "country":
        row = data.country(key)
    elif kind == "admin1":
        row = data.province(key)
    elif kind == "border":
        a, _, b = key.partition("-")
        if b.lower() in _DIRECTIONS:
            return _side_border(a, b.lower())
        row = data.border(a, b) if b else None
    elif kind == "city":
        places = data.places()
        hit = places.index[places["geonameid"] == int(key)] if key.isdigit() else []
        return places.geometry.iloc[hit[0]] if len(hit) else None
    elif kind == "region":
        return _region_geometry(key)
    else:
        return None
    return None if row is None else row.geometry


_DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")


def side_neighbours(country: str, direction: str) -> list[str]:
    """Neighbours whose border with ``country`` lies on that side of it ("southern border")."""
    from dashboard.geo import regions

    row = data.country(country)
    if row is None or direction not in regions.AXES:
        return []
    outline = shapely.get_coordinates(row.geometry)
    out = []
    for other in data.neighbours(country):
        line = data.border(country, other).geometry  # type: ignore[union-attr]
        mid = shapely.get_coordinates(shapely.centroid(line))
        t = regions.axis_position(country, mid, outline, direction)
        if t >= 1.0 - regions.PART_SHARE - 0.1:
            out.append(other)
    return out


def _side_border(country: str, direction: str) -> shapely.Geometry | None:
    lines = [data.border(country, n).geometry for n in side_neighbours(country, direction)]  # type: ignore[union-attr]
    return shapely.union_all(lines) if lines else None


def _region_geometry(key: str) -> shapely.Geometry | None:
    """Union of a region's member provinces and whole countries (dashboard.geo.regions)."""
    from dashboard.geo import regions

    members = regions.members(key)
    if members is None:
        return None
    _countries, provinces, whole = members
    geoms = [row.geometry for row in map(data.province, provinces) if row is not None]
    geoms += [row.geometry for row in map(data.country, whole) if row is not None]
    return shapely.union_all(geoms) if geoms else None
