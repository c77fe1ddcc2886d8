"""Map and export speed and size on synthetic claims tables over real place ids.

Usage: .venv/bin/python benchmarks/map_bench.py [--rows 10000 100000] [--scenario regional world]

"regional": a conflict theatre of 20 countries (every province, their shared borders, the
countries, their 400 largest towns): what a filtered dashboard shows. "world": every
province, border and country plus 2,000 towns, a stress case. Claims repeat places with a
Zipf-like skew, 15 % name two or three places. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import time
import warnings

import numpy as np
import pandas as pd

from dashboard.geo import data
from dashboard.maps import exports
from dashboard.maps.builder import build_map, runtime_of
from dashboard.maps.static import render_png
from dashboard.model import CLAIM_TABLE_COLUMNS

THEATRE = (
    "AF", "PK", "IR", "TM", "UZ", "TJ", "KG", "IQ", "SY", "YE",
    "SO", "ML", "NE", "NG", "BF", "TD", "LY", "SD", "CD", "MZ",
)  # fmt: skip
_TEXT = (
    "fighters militants gathered near the border officials said according to sources the "
    "group has expanded its presence in the province security forces reported that an "
    "estimated number of insurgents remain active despite recent operations"
)
WORDS = tuple(_TEXT.split())
OUTLETS = ("TASS", "Reuters", "AFP", "Al Jazeera", "BBC", "Dawn", "Tolo News", "AP")
GROUPS = ("IS", "Taliban", "al-Shabaab", "JNIM", "ISWAP", "TTP", "Houthis", "HTS")


def place_pool(scenario: str) -> list[tuple[str, str, str, str]]:
    """(place_id, kind, name, country) candidates for the synthetic claims."""
    admin1 = data.admin1()
    borders = data.borders()
    countries = data.countries()
    places = data.places()
    if scenario == "regional":
        admin1 = admin1[admin1["country"].isin(THEATRE)]
        borders = borders[borders["a"].isin(THEATRE) & borders["b"].isin(THEATRE)]
        countries = countries[countries.index.isin(THEATRE)]
        towns = places[places["country"].isin(THEATRE)].nlargest(400, "population")
    else:
        towns = places.nlargest(2000, "population")
    pool = [(f"admin1:{c}", "admin1", str(n), str(k)) for c, n, k in
            zip(admin1.index, admin1["name"], admin1["country"], strict=True)]  # fmt: skip
    pool += [(f"border:{c}", "border", str(n), str(a)) for c, n, a in
             zip(borders.index, borders["name"], borders["a"], strict=True)]  # fmt: skip
    pool += [(f"country:{c}", "country", str(n), str(c)) for c, n in
             zip(countries.index, countries["name"], strict=True)]  # fmt: skip
    pool += [(f"city:{g}", "city", str(n), str(k)) for g, n, k in
             zip(towns["geonameid"], towns["name"], towns["country"], strict=True)]  # fmt: skip
    return pool


def synthetic_claims(n_rows: int, scenario: str, seed: int = 7) -> pd.DataFrame:
    """A flat claims table of about ``n_rows`` rows in the store's shape."""
    rng = np.random.default_rng(seed)
    pool = place_pool(scenario)
    weights = 1.0 / np.arange(1, len(pool) + 1) ** 0.8
    weights = weights[rng.permutation(len(pool))]
    weights /= weights.sum()
    precision = {"admin1": 4, "border": 5, "country": 6, "city": 1}
    rows: list[dict[str, object]] = []
    claim_id = 0
    while len(rows) < n_rows:
        claim_id += 1
        n_places = int(rng.choice([1, 2, 3], p=[0.85, 0.1, 0.05]))
        picks = rng.choice(len(pool), size=n_places, replace=False, p=weights)
        concern = rng.random() < 0.3
        figure = None if concern else int(np.exp(rng.normal(6.5, 1.6)))
        quote = " ".join(rng.choice(WORDS, size=int(rng.integers(18, 36))))
        date = f"{rng.integers(2015, 2025)}-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}"
        base = {
            "claim_id": claim_id,
            "article_id": claim_id // 3 + 1,
            "kind": "concern" if concern else "estimate",
            "number_low": figure,
            "number_high": figure,
            "number_text": None if figure is None else f"about {figure:,}",
            "qualifier": None if figure is None else "approximate",
            "unit": None if concern else "fighters",
            "group": str(rng.choice(GROUPS)),
            "group_canonical": None,
            "speaker": "an official",
            "quote": quote.capitalize() + ".",
            "modality": "asserted",
            "reviewed": bool(rng.random() < 0.2),
            "date": date,
            "outlet": str(rng.choice(OUTLETS)),
            "url": f"https://example.org/news/{claim_id}",
            "title": f"Report {claim_id}",
        }
        for i in picks:
            pid, kind, name, country = pool[int(i)]
            rows.append(
                base | {
                    "place_id": pid, "place_kind": kind, "place_name": name,
                    "precision": precision[kind], "countries": country,
                    "admin1": pid.split(":")[1] if kind == "admin1" else "",
                }
            )  # fmt: skip
    df = pd.DataFrame(rows[:n_rows], columns=list(CLAIM_TABLE_COLUMNS))
    for col in ("number_low", "number_high", "precision"):
        df[col] = df[col].astype("Int64")
    return df


def timed(fn: object, *args: object, **kw: object) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args, **kw)  # type: ignore[operator]
    return time.perf_counter() - start, out


def bench(n_rows: int, scenario: str) -> dict[str, object]:
    claims = synthetic_claims(n_rows, scenario)

    def html() -> tuple[str, int]:
        m = build_map(claims, title=f"{scenario} {n_rows:,}")
        return m.get_root().render(), runtime_of(m).per_place

    cold, (page, per_place) = timed(html)  # type: ignore[misc]
    warm, _ = timed(html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", exports.SkippedClaimsWarning)
        t_geojson, geojson = timed(exports.to_geojson, claims)
    t_csv, csv_text = timed(exports.to_csv, claims)
    t_png, _ = timed(render_png, claims, io.BytesIO(), title=f"{scenario} {n_rows:,}")
    return {
        "scenario": scenario,
        "rows": f"{len(claims):,}",
        "claims": f"{claims['claim_id'].nunique():,}",
        "places": f"{claims['place_id'].nunique():,}",
        "popup cap": per_place,
        "map cold s": f"{cold:.2f}",
        "map warm s": f"{warm:.2f}",
        "HTML MB": f"{len(page.encode()) / 1e6:.2f}",
        "GeoJSON s": f"{t_geojson:.2f}",
        "GeoJSON MB": f"{len(str(geojson).encode()) / 1e6:.1f}",
        "CSV s": f"{t_csv:.2f}",
        "CSV MB": f"{len(str(csv_text).encode()) / 1e6:.1f}",
        "PNG s": f"{t_png:.2f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--scenario", nargs="+", default=["regional", "world"],
                        choices=["regional", "world"])  # fmt: skip
    args = parser.parse_args()
    data.load_all()
    results = [bench(n, s) for s in args.scenario for n in args.rows]
    cols = list(results[0])
    widths = {c: max(len(c), *(len(str(r[c])) for r in results)) for c in cols}
    print(" | ".join(c.rjust(widths[c]) for c in cols))
    print("-+-".join("-" * widths[c] for c in cols))
    for r in results:
        print(" | ".join(str(r[c]).rjust(widths[c]) for c in cols))


if __name__ == "__main__":
    main()
