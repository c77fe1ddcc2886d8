"""Dashboard speed: the work one script run does after a filter change, on big stores.

    python benchmarks/app_bench.py                      # 10,000 and 100,000 claims
    python benchmarks/app_bench.py --claims 20000 --keep /tmp/bench-stores

Stores come from ``store_bench.generate`` (articles, outlets, dates, groups, reviews spread
like a real corpus) with its made-up places swapped for real ones (provinces, borders,
regions, countries, towns of the same countries), so the map draws real shapes.

For each filter the Map page's data work is timed the way a rerun does it after the filter
changed (nothing cached for that filter; geometry caches warm from an earlier view):
``query_claims`` → claims table + timeline data → ``build_map`` → the HTML streamlit-folium
sends (``render`` + leaflet script). Targets: ≤ 1 s at 10k, ≤ 3 s at 100k, map ≤ 3 MB.
"cpu s" is this process's CPU time: the cost without other processes competing for the
cores. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import generate

from dashboard.app import views
from dashboard.geo import data, features
from dashboard.geo.gazetteer import make_place
from dashboard.model import Article, Claim, Filters, Place
from dashboard.store import open_store, query_claims, save_article, stats

CASES: tuple[tuple[str, Filters], ...] = (
    ("no filter (everything)", Filters()),
    ("kind=estimate", Filters(kinds=("estimate",))),
    ("country=AF", Filters(countries=("AF",))),
    ("since=2020", Filters(since="2020")),
    ("group=Taliban, since 2015", Filters(groups=("Taliban",), since="2015")),
)


@cache
def _provinces(country: str) -> tuple[str, ...]:
    return tuple(sorted(data.provinces_of(country).index))


@cache
def _towns(country: str) -> tuple[int, ...]:
    places = data.places()
    return tuple(
        int(g)
        for g in places[places["country"] == country].nlargest(200, "population")["geonameid"]
    )


def _pick(options: tuple[object, ...], key: str) -> object:
    return options[int(hashlib.md5(key.encode()).hexdigest(), 16) % len(options)]


@cache
def real_place(fake: Place) -> Place:
    """The generator's place made real: same country, same kind where one exists."""
    country = fake.countries[0]
    kind, _, ref = fake.id.partition(":")
    real: Place | None = None
    if kind == "admin1":
        real = make_place("admin1", str(_pick(_provinces(country), fake.id)))
    elif kind == "region":
        real = make_place("region", ref)
    elif kind == "border":
        real = make_place("border", ref) if features.touches(*fake.countries) else None
    elif kind == "city":
        real = make_place("city", str(_pick(_towns(country), fake.id)))
    return real or make_place("country", country) or fake


def realistic(n_claims: int) -> Iterator[tuple[Article, list[Claim]]]:
    """store_bench's synthetic corpus over real place ids."""
    for article, claims in generate(n_claims, per_article=5, seed=7):
        for claim in claims:
            claim.places = [replace(m, place=real_place(m.place)) for m in claim.places]
        yield article, claims


def build_store(path: Path, n_claims: int) -> float:
    """Fill a new SQLite store; seconds taken (0 when it was already there)."""
    if path.exists():
        return 0.0
    engine = open_store(f"sqlite:///{path}")
    t0 = time.perf_counter()
    for article, claims in realistic(n_claims):
        save_article(engine, article, claims)
    engine.dispose()
    return time.perf_counter() - t0


def script_run(engine: object, filters: Filters) -> dict[str, float]:
    """One rerun's data and map work; seconds per step and the bytes sent for the map."""
    from streamlit_folium import _get_header, _get_html, generate_leaflet_string

    out: dict[str, float] = {}
    c0 = time.process_time()
    t0 = time.perf_counter()
    claims = query_claims(engine, filters)  # type: ignore[arg-type]
    t1 = time.perf_counter()
    views.claims_table(claims)
    views.timeline_data(claims)
    t2 = time.perf_counter()
    m = views.dashboard_map(claims, filters)
    t3 = time.perf_counter()
    m.get_root().render()  # what st_folium does before it reads the pieces
    sent = _get_html(m) + _get_header(m) + generate_leaflet_string(m)
    t4 = time.perf_counter()
    out.update(
        rows=len(claims),
        query=t1 - t0,
        table=t2 - t1,
        build=t3 - t2,
        render=t4 - t3,
        total=t4 - t0,
        cpu=time.process_time() - c0,
        mb=len(sent.encode()) / 1e6,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the stores in")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.claims:
            path = folder / f"app-bench-{n}.db"
            built = build_store(path, n)
            engine = open_store(f"sqlite:///{path}")
            counts = stats(engine)
            print(
                f"\nStore: {counts['claims']:,} claims, {counts['articles']:,} articles, "
                f"{counts['places']:,} places" + (f" (built in {built:.0f} s)" if built else "")
            )
            t0 = time.perf_counter()
            script_run(engine, Filters(countries=("TJ",)))  # warms geometry caches
            print(
                f"first map of the process (cold geometry caches): {time.perf_counter() - t0:.2f} s"
            )
            print(
                f"{'filter':<28}{'rows':>8}{'query':>8}{'table':>8}{'map':>8}{'html':>8}"
                f"{'total s':>9}{'cpu s':>7}{'map MB':>8}"
            )
            print("-" * 92)
            for label, filters in CASES:
                r = script_run(engine, filters)
                print(
                    f"{label:<28}{int(r['rows']):>8,}{r['query']:>8.2f}{r['table']:>8.2f}"
                    f"{r['build']:>8.2f}{r['render']:>8.2f}{r['total']:>9.2f}{r['cpu']:>7.2f}"
                    f"{r['mb']:>8.2f}"
                )
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
