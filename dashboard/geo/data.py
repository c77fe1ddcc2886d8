"""Read-only access to the bundled boundary layers (geodata/*.parquet).

Every layer is a GeoDataFrame in EPSG:4326, loaded once per process and shared: callers
must copy before modifying. ``HOTSPOTS_GEODATA`` points at another folder (tests, forks).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from dashboard.errors import GeodataError

if TYPE_CHECKING:  # geopandas is imported when a layer is first read, not at import time
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa

Layer = Literal["countries", "admin1", "borders", "places"]
LAYERS: tuple[Layer, ...] = ("countries", "admin1", "borders", "places")

#: Shown on every map and export (licences in geodata/SOURCES.md).
ATTRIBUTION = (
    "Boundaries: Natural Earth (public domain). Towns: GeoNames (CC BY 4.0). "
    "Made with Hotspot Atlas."
)


def geodata_dir() -> Path:
    """The folder holding the layers: ``$HOTSPOTS_GEODATA`` or the project's geodata/."""
    env = os.environ.get("HOTSPOTS_GEODATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "geodata"


def read_columns(
    path: str | Path, columns: list[str] | None = None, read_dictionary: list[str] | None = None
) -> pa.Table:
    """The columns of one Parquet file, as ``pyarrow.parquet.read_table`` reads them.

    ``read_table`` imports pyarrow's dataset layer (with its S3, GCS and Azure file systems)
    on first use, some 300 ms of the geocoder's start-up; a plain ParquetFile reads the same
    table without it (and in one chunk per column)."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path, read_dictionary=read_dictionary) as f:
        return f.read(columns=columns)


@cache
def layer(name: Layer) -> gpd.GeoDataFrame:
    """One layer, read once. Raises GeodataError with a fix when the file is missing."""
    path = geodata_dir() / f"{name}.parquet"
    if not path.exists():
        raise GeodataError(
            f"bundled boundary file {path} is missing; reinstall from a full checkout "
            "or set HOTSPOTS_GEODATA to the folder that holds the geodata/*.parquet files"
        )
    import geopandas as gpd

    try:
        gdf = gpd.read_parquet(path)
    except Exception as exc:  # corrupt or truncated file: say which and how to recover
        raise GeodataError(f"cannot read {path}: {exc}; restore it with `git checkout`") from exc
    return gdf.set_index("code", drop=False) if "code" in gdf.columns else gdf


def countries() -> gpd.GeoDataFrame:
    """Countries (admin-0), indexed by ISO 3166-1 alpha-2."""
    return layer("countries")


def admin1() -> gpd.GeoDataFrame:
    """First-order divisions, indexed by ISO 3166-2 code."""
    return layer("admin1")


def borders() -> gpd.GeoDataFrame:
    """Land borders, one line per pair of neighbours, indexed by "AA-BB" (codes sorted)."""
    return layer("borders")


def places() -> gpd.GeoDataFrame:
    """GeoNames populated places (≥ 1,000 people), indexed by position."""
    return layer("places")


def load_all() -> None:
    """Warm every layer (start-up of the app and the benchmarks)."""
    for name in LAYERS:
        layer(name)


def border_code(a: str, b: str) -> str:
    """The key of the border between two countries, whatever order they are named in."""
    x, y = sorted((a.upper(), b.upper()))
    return f"{x}-{y}"


def country(code: str) -> pd.Series | None:
    """The country row for an alpha-2 code, or None."""
    df = countries()
    code = code.upper()
    return df.loc[code] if code in df.index else None


def province(code: str) -> pd.Series | None:
    """The admin-1 row for an ISO 3166-2 code, or None."""
    df = admin1()
    code = code.upper()
    return df.loc[code] if code in df.index else None


def border(a: str, b: str) -> pd.Series | None:
    """The border row between two countries (any order), or None if they do not touch."""
    df = borders()
    key = border_code(a, b)
    return df.loc[key] if key in df.index else None


def provinces_of(country_code: str) -> gpd.GeoDataFrame:
    """All first-order divisions of one country."""
    df = admin1()
    return df[df["country"] == country_code.upper()]


def neighbours(country_code: str) -> list[str]:
    """Alpha-2 codes of the countries sharing a land border with this one."""
    from dashboard.geo.features import neighbour_map

    return sorted(neighbour_map().get(country_code.upper(), ()))
