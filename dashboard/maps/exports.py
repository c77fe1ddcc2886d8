"""Exports of a filtered claims table: HTML map, PNG, GeoJSON, GeoPackage, CSV.

Spatial formats carry one feature per (claim, place) with the place's geometry, lightly
simplified (``tolerance`` degrees, 0 for full resolution) because a province repeated
for thousands of claims would otherwise weigh gigabytes. Claims without a place, or whose
place has no boundary here, are skipped and counted in a :class:`SkippedClaimsWarning`.
CSV has one row per claim, its places joined with "; ", and cells that a spreadsheet
would run as a formula are neutralised.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args

import geopandas as gpd
import pandas as pd
import shapely

from dashboard.errors import InputError
from dashboard.geo.data import ATTRIBUTION
from dashboard.maps.aggregate import check_columns
from dashboard.maps.geometry import place_geometry
from dashboard.maps.safe import is_missing
from dashboard.model import CLAIM_TABLE_COLUMNS

Format = Literal["html", "png", "geojson", "csv", "gpkg"]
FORMATS: tuple[str, ...] = get_args(Format)
EXPORT_TOLERANCE = 0.001  # degrees (~100 m): invisible at any map scale a report uses
EXPORT_GRID = 1e-5  # coordinates kept to ~1 m once simplified
_PLACE_COLUMNS = ("place_id", "place_kind", "place_name", "precision", "countries", "admin1")
_CLAIM_COLUMNS = tuple(c for c in CLAIM_TABLE_COLUMNS if c not in _PLACE_COLUMNS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: GeoPackage layers by geometry family (one geometry type per layer keeps GIS tools happy).
GPKG_LAYERS = {"Polygon": "claim_areas", "LineString": "claim_borders", "Point": "claim_towns"}


class SkippedClaimsWarning(UserWarning):
    """Rows left out of a spatial export because they have no place or no boundary."""


def _geometries(place_ids: pd.Series, tolerance: float) -> pd.Series:
    """Geometry per row (None when unknown), each place computed once."""
    cache: dict[str, shapely.Geometry | None] = {}
    for pid in place_ids.dropna().unique():
        geom = place_geometry(str(pid))
        if geom is not None and tolerance and geom.geom_type != "Point":
            simple = shapely.simplify(geom, tolerance, preserve_topology=True)
            geom = shapely.set_precision(simple, EXPORT_GRID) if not simple.is_empty else geom
        cache[str(pid)] = geom
    return place_ids.map(lambda p: None if is_missing(p) else cache.get(str(p)))


def claims_gdf(claims: pd.DataFrame, *, tolerance: float = EXPORT_TOLERANCE) -> gpd.GeoDataFrame:
    """One row per (claim, place) with geometry; skipped rows are counted in a warning."""
    check_columns(claims)
    table = claims.loc[:, list(CLAIM_TABLE_COLUMNS)]
    geoms = _geometries(table["place_id"], tolerance)
    no_place = int(table["place_id"].isna().sum())
    no_geom = int((table["place_id"].notna() & geoms.isna()).sum())
    if no_place or no_geom:
        warnings.warn(
            f"{no_place + no_geom} of {len(table)} claim rows are not in the spatial export "
            f"({no_place} without a place, {no_geom} whose place has no boundary here); "
            "the CSV export keeps them",
            SkippedClaimsWarning,
            stacklevel=3,
        )
    keep = geoms.notna()
    return gpd.GeoDataFrame(table.loc[keep], geometry=list(geoms[keep]), crs="EPSG:4326")


def _json_value(value: Any) -> Any:
    if is_missing(value):
        return None
    if hasattr(value, "item"):  # numpy scalars → Python
        return value.item()
    return value


def to_geojson(claims: pd.DataFrame, *, tolerance: float = EXPORT_TOLERANCE) -> str:
    """A GeoJSON FeatureCollection: the claim's fields as properties, the place as geometry."""
    gdf = claims_gdf(claims, tolerance=tolerance)
    columns = [c for c in gdf.columns if c != "geometry"]
    geometry_text: dict[str, str] = {}  # a place's geometry is serialised once
    features = []
    for values, geom in zip(
        gdf[columns].itertuples(index=False, name=None), gdf.geometry, strict=True
    ):
        props = {c: _json_value(v) for c, v in zip(columns, values, strict=True)}
        key = props["place_id"]
        if key not in geometry_text:
            geometry_text[key] = str(shapely.to_geojson(geom))
        features.append(
            '{"type":"Feature","geometry":'
            + geometry_text[key]
            + ',"properties":'
            + json.dumps(props, ensure_ascii=False, separators=(",", ":"))
            + "}"
        )
    head = json.dumps({"type": "FeatureCollection", "attribution": ATTRIBUTION})[:-1]
    return head + ',"features":[' + ",\n".join(features) + "]}"


def to_gpkg(claims: pd.DataFrame, path: str | Path, *, tolerance: float = EXPORT_TOLERANCE) -> None:
    """A GeoPackage with one layer per geometry family (areas, borders, towns)."""
    gdf = claims_gdf(claims, tolerance=tolerance)
    family = gdf.geometry.geom_type.str.replace("Multi", "", regex=False)
    out = Path(path)
    if out.exists():
        out.unlink()  # a fresh file: stale layers from an earlier export would mislead
    for geom_type, layer in GPKG_LAYERS.items():
        part = gdf.loc[family == geom_type].copy()
        if part.empty:
            continue
        if geom_type != "Point":
            part = part.set_geometry(_promote(part.geometry))
        part["reviewed"] = part["reviewed"].astype(bool)
        part.to_file(out, layer=layer, driver="GPKG", engine="pyogrio")


def _promote(geoms: gpd.GeoSeries) -> list[shapely.Geometry]:
    """Polygon → MultiPolygon, LineString → MultiLineString, so a layer has one type."""
    out = []
    for g in geoms:
        if g.geom_type == "Polygon":
            g = shapely.MultiPolygon([g])
        elif g.geom_type == "LineString":
            g = shapely.MultiLineString([g])
        out.append(g)
    return out


def neutralise(value: Any) -> Any:
    """Prefix ``'`` to text a spreadsheet would evaluate (=, +, -, @, tab, CR first)."""
    if isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def _neutralise_column(col: pd.Series) -> pd.Series:
    if not (pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col)):
        return col
    return col.map(neutralise)


def _codes_per_claim(claims: pd.DataFrame, column: str) -> pd.Series:
    """Union of comma-joined codes over a claim's rows ("AF,TJ")."""
    codes = claims[["claim_id", column]].dropna()
    codes = codes.assign(**{column: codes[column].astype(str).str.split(",")}).explode(column)
    codes[column] = codes[column].str.strip()
    codes = codes[codes[column] != ""].drop_duplicates()
    return codes.groupby("claim_id")[column].agg(",".join)


def to_csv(claims: pd.DataFrame) -> str:
    """One row per claim; its places as "; "-joined ids, names and kinds (same order)."""
    check_columns(claims)
    first = claims.drop_duplicates("claim_id").set_index("claim_id")
    out = first.loc[:, [c for c in _CLAIM_COLUMNS if c != "claim_id"]]
    placed = claims[claims["place_id"].notna()].drop_duplicates(["claim_id", "place_id"])
    placed = placed.assign(
        place_name=placed["place_name"].fillna(placed["place_id"]),
        place_kind=placed["place_kind"].fillna(""),
    )
    out = out.assign(
        place_ids=placed.groupby("claim_id")["place_id"].agg(lambda s: "; ".join(map(str, s))),
        place_names=placed.groupby("claim_id")["place_name"].agg(lambda s: "; ".join(map(str, s))),
        place_kinds=placed.groupby("claim_id")["place_kind"].agg(lambda s: "; ".join(map(str, s))),
        countries=_codes_per_claim(claims, "countries"),
        admin1=_codes_per_claim(claims, "admin1"),
    )
    out = out.sort_index().reset_index()
    out = out.apply(_neutralise_column)
    return str(out.to_csv(index=False, lineterminator="\n"))


def to_html(
    claims: pd.DataFrame, *, title: str | None = None, filters_summary: str | None = None
) -> str:
    """A self-contained HTML map (Leaflet inlined, no request leaves the file)."""
    from dashboard.maps.builder import build_map  # folium only when a map is asked for

    m = build_map(claims, title=title, filters_summary=filters_summary, offline="inline")
    return str(m.get_root().render())


def _png(claims: pd.DataFrame, out: Path, **kw: Any) -> None:
    from dashboard.maps.static import render_png  # matplotlib only when a PNG is asked for

    render_png(claims, out, **kw)


def _text_writer(make: Callable[..., str]) -> Callable[..., None]:
    def write(claims: pd.DataFrame, out: Path, **kw: Any) -> None:
        out.write_text(make(claims, **kw), encoding="utf-8", newline="")

    return write


_OPTIONS: dict[str, frozenset[str]] = {
    "html": frozenset({"title", "filters_summary"}),
    "png": frozenset({"title", "filters_summary", "width_px", "height_px", "dpi", "max_callouts"}),
    "geojson": frozenset({"tolerance"}),
    "csv": frozenset(),
    "gpkg": frozenset({"tolerance"}),
}
_WRITERS: dict[str, Callable[..., None]] = {
    "html": _text_writer(to_html),
    "png": _png,
    "geojson": _text_writer(to_geojson),
    "csv": _text_writer(to_csv),
    "gpkg": to_gpkg,
}


def _check_target(out: Path) -> None:
    parent = out.parent if str(out.parent) else Path()
    if out.is_dir():
        raise InputError(f"{out} is a folder; give a file name such as {out / 'claims'}")
    if not parent.is_dir():
        raise InputError(f"cannot write {out}: the folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(f"cannot write {out}: permission denied; choose a folder you can write to")


def export(claims: pd.DataFrame, fmt: str, out_path: str | Path, **kw: Any) -> Path:
    """Write ``claims`` as ``fmt`` (html, png, geojson, csv, gpkg) to ``out_path``.

    Keyword arguments go to the format's function (``title``, ``filters_summary`` for
    html and png; ``tolerance`` for geojson and gpkg). Returns the path written.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in _WRITERS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    unknown = sorted(set(kw) - _OPTIONS[fmt])
    if unknown:
        allowed = ", ".join(sorted(_OPTIONS[fmt])) or "none"
        raise InputError(
            f"the {fmt} export does not take {', '.join(unknown)}; its options: {allowed}"
        )
    out = Path(out_path)
    _check_target(out)
    try:
        _WRITERS[fmt](claims, out, **kw)
    except OSError as exc:
        raise InputError(
            f"cannot write {out}: {exc.strerror or exc}; choose a folder you can write to"
        ) from exc
    return out
