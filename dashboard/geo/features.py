"""Summaries of every bundled feature, read without geopandas or any geometry.

The geocoder answers "what is AF-BDS, where is its label point, what is its extent" for
thousands of names per second and must start in well under a second; the polygons are
only needed to draw maps (dashboard.geo.data). geodata/build.py writes features.parquet
(countries, provinces, borders); towns come from the point column of places.parquet.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache

from dashboard.errors import GeodataError
from dashboard.geo.data import geodata_dir, read_columns
from dashboard.model import Place


@dataclass(frozen=True, slots=True)
class Feature:
    """One country, province, border, region or town: the Place the geocoder reports, and
    the centroid the part-of-country rule measures (a country's: its mainland's)."""

    place: Place
    centroid: tuple[float, float]  # lon, lat


@dataclass(frozen=True, slots=True)
class Extent:
    """A country mainland's extent along the axes of the part-of-country rule."""

    cosl: float  # cos(latitude): x is scaled by it so degrees east and north compare
    ranges: dict[str, tuple[float, float]]  # axis name ("x", "y", "d1", "d2") → (min, max)


def _path(name: str) -> str:
    path = geodata_dir() / name
    if not path.exists():
        raise GeodataError(f"{path} is missing; restore geodata/ from a full checkout")
    return str(path)


@cache
def _rows() -> dict[str, dict[str, object]]:
    """id → row of features.parquet (a few thousand rows)."""
    table = read_columns(_path("features.parquet"))
    return {str(r["id"]): r for r in table.to_pylist()}


def _split(value: object) -> tuple[str, ...]:
    return tuple(v for v in str(value or "").split(",") if v)


@cache
def feature(fid: str) -> Feature | None:
    """The feature for an id such as "admin1:AF-BDS", "border:AF-TJ" or "city:1135689"."""
    if fid.startswith("city:"):
        return _city(fid[5:])
    r = _rows().get(fid)
    if r is None:
        return None
    box = (float(r["minx"]), float(r["miny"]), float(r["maxx"]), float(r["maxy"]))  # type: ignore[arg-type]
    place = Place(
        fid,
        str(r["kind"]),  # type: ignore[arg-type]
        str(r["name"]),
        _split(r["countries"]),
        _split(r["admin1"]),
        int(r["precision"]),  # type: ignore[call-overload]
        float(r["lat"]),  # type: ignore[arg-type]
        float(r["lon"]),  # type: ignore[arg-type]
        box,
        str(r["geometry_type"]),
    )
    return Feature(place, (float(r["cx"]), float(r["cy"])))  # type: ignore[arg-type]


@cache
def extent(country: str) -> Extent | None:
    """The mainland extent of a country (None for an unknown code)."""
    r = _rows().get(f"country:{country}")
    if r is None or r.get("cosl") is None:
        return None
    ranges = {a: (float(r[f"{a}_min"]), float(r[f"{a}_max"])) for a in ("x", "y", "d1", "d2")}  # type: ignore[arg-type]
    return Extent(float(r["cosl"]), ranges)  # type: ignore[arg-type]


@cache
def _province_ids() -> dict[str, list[str]]:
    """Country → the ids of its first-order divisions, in the file's order (one pass over the
    rows, instead of one per country an article names)."""
    out: dict[str, list[str]] = {}
    for fid in _rows():
        if fid.startswith("admin1:"):
            out.setdefault(fid[7:].partition("-")[0], []).append(fid)
    return out


@cache
def provinces_of(country: str) -> tuple[Feature, ...]:
    """The first-order divisions of a country."""
    return tuple(f for fid in _province_ids().get(country, ()) if (f := feature(fid)))


#: Type words news puts after a province's name → the Natural Earth types that answer to them.
#: Only the words news keeps to their own countries: any division may be called a "province"
#: or a "region" ("Gorno-Badakhshan province"), hardly any a "state" or a "department"
#: unless it is one.
_TYPES_OF_WORD = {
    "state": frozenset({"State", "Administrative State"}),
    "department": frozenset({"Department"}),
}


@cache
def _province_types() -> tuple[dict[str, str], dict[str, str]]:
    """Province code → its type ("State", "Department" ...), and country → the type most of
    its provinces have (Natural Earth types a few units apart: Colombia's Amazonas is a
    "Commissiary" in a country of departments)."""
    table = read_columns(_path("admin1.parquet"), columns=["code", "type", "country"])
    codes, types, countries = (table.column(c).to_pylist() for c in ("code", "type", "country"))
    counts: dict[str, dict[str, int]] = {}
    for t, c in zip(types, countries, strict=True):
        counts.setdefault(c, {})[t] = counts.get(c, {}).get(t, 0) + 1
    usual = {c: max(n, key=n.__getitem__) for c, n in counts.items()}
    return dict(zip(codes, types, strict=True)), usual


def answers_type_word(code: str, word: str) -> bool | None:
    """Whether the province ``code`` is what "<name> ``word``" calls it: "Bolívar state" is
    Venezuela's state, not Colombia's department; "Punjab province" is Pakistan's. None when
    the word says nothing of type (unknown word)."""
    wanted = _TYPES_OF_WORD.get(word.lower().removesuffix("s"))
    if wanted is None:
        return None
    own, usual = _province_types()
    return own.get(code) in wanted or usual.get(code.partition("-")[0]) in wanted


@cache
def neighbour_map() -> dict[str, frozenset[str]]:
    """Country → the countries it shares a land border with."""
    out: dict[str, set[str]] = {}
    for fid, r in _rows().items():
        if fid.startswith("border:"):
            a, b = _split(r["countries"])
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def touches(a: str, b: str) -> bool:
    """True when two countries share a land border."""
    return b in neighbour_map().get(a, frozenset())


def border_id(a: str, b: str) -> str:
    """The key of the border between two countries, whatever order they are named in."""
    x, y = sorted((a.upper(), b.upper()))
    return f"{x}-{y}"


@cache
def _places() -> tuple[dict[str, int], list[str], list[str], list[str], list[bytes]]:
    """geonameid → row, and the name, country, admin1 and point columns of places.parquet."""
    table = read_columns(
        _path("places.parquet"), columns=["geonameid", "name", "country", "admin1", "geometry"]
    )
    ids = [str(i) for i in table.column("geonameid").to_pylist()]
    return (
        dict(zip(ids, range(len(ids)), strict=True)),
        table.column("name").to_pylist(),
        table.column("country").to_pylist(),
        table.column("admin1").to_pylist(),
        table.column("geometry").to_pylist(),
    )


def _city(geonameid: str) -> Feature | None:
    index, names, countries, admin1, points = _places()
    i = index.get(geonameid)
    if i is None:
        return None
    lon, lat = _wkb_point(points[i])
    adm = (admin1[i],) if admin1[i] else ()
    place = Place(
        f"city:{geonameid}",
        "city",
        names[i],
        (countries[i],),
        adm,
        1,
        lat,
        lon,
        (lon, lat, lon, lat),
        "Point",
    )
    return Feature(place, (lon, lat))


def _wkb_point(blob: bytes) -> tuple[float, float]:
    """x, y of a WKB point (what GeoParquet stores), without a geometry library."""
    order = "<" if blob[0] == 1 else ">"
    return struct.unpack(f"{order}dd", blob[5:21])
