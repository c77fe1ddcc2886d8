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
        if b.lower() in _side_directions():
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


def _side_directions() -> frozenset[str]:
    """The sides a border can be named by ("Afghanistan's northern border")."""
    from dashboard.geo.regions import AXES

    return frozenset(AXES)


def _side_border(country: str, direction: str) -> shapely.Geometry | None:
    """The borders on one side of a country ("Afghanistan's northern border")."""
    from dashboard.geo.regions import side_neighbours

    rows = [data.border(country, n) for n in side_neighbours(country, direction)]
    lines = [row.geometry for row in rows if row is not None]
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
