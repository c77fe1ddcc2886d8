"""Store speed: ingest rate and query_claims time on a synthetic store of N claims.

    python benchmarks/store_bench.py                      # 100,000 claims, temporary SQLite
    python benchmarks/store_bench.py --claims 20000
    python benchmarks/store_bench.py --db postgresql+psycopg://postgres:postgres@127.0.0.1/bench

The generator spreads claims over articles, outlets, dates (some "--MM-DD"), groups and
places (countries, provinces, borders, regions) the way a real corpus does, then reviews a
few percent of them so the overlay is measured too. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.model import Article, Claim, Filters, Mention, Place
from dashboard.store import (
    list_articles,
    open_store,
    query_claims,
    review_claim,
    save_article,
    stats,
)

COUNTRIES = ("AF", "TJ", "TM", "UZ", "KG", "PK", "IR", "IQ", "SY", "YE", "SO", "ML", "NG", "LY")
OUTLETS = ("TASS", "Reuters", "AFP", "AP", "BBC", "Al Jazeera", "RFE/RL", "Xinhua", "DW")
GROUPS = (
    ("ISIS", "Islamic State"),
    ("IS", "Islamic State"),
    ("ISKP", "Islamic State Khorasan Province"),
    ("Taliban", "Taliban"),
    ("al-Qaeda", "al-Qaeda"),
    ("AQAP", "al-Qaeda in the Arabian Peninsula"),
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("JNIM", "Jama'at Nasr al-Islam wal Muslimin"),
    ("IMU", "Islamic Movement of Uzbekistan"),
    ("TTP", "Tehrik-i-Taliban Pakistan"),
    ("extremists", None),
    ("militants", None),
)


def make_places(rng: random.Random) -> list[Place]:
    """Provinces, countries, borders between neighbours in the list, and regions."""
    places: list[Place] = []
    for cc in COUNTRIES:
        provinces = tuple(f"{cc}-{k:02d}" for k in range(1, 13))
        places.append(_place(f"country:{cc}", "country", cc, (cc,), (), 6))
        for code in provinces:
            places.append(_place(f"admin1:{code}", "admin1", code, (cc,), (code,), 4))
        for direction in ("north", "south", "east", "west"):
            part = tuple(rng.sample(provinces, 4))
            places.append(
                _place(f"region:{cc}-{direction}", "region", f"{direction} {cc}", (cc,), part, 5)
            )
    for a, b in itertools.pairwise(COUNTRIES):
        admin1 = (f"{a}-01", f"{a}-02", f"{b}-01")
        places.append(_place(f"border:{a}-{b}", "border", f"{a}–{b} border", (a, b), admin1, 5))
    for k in range(3000):  # towns
        cc = rng.choice(COUNTRIES)
        code = f"{cc}-{rng.randint(1, 12):02d}"
        places.append(_place(f"city:{1_000_000 + k}", "city", f"Town {k}", (cc,), (code,), 1))
    return places


def _place(
    pid: str, kind: Any, name: str, countries: tuple[str, ...], admin1: tuple[str, ...], prec: int
) -> Place:
    return Place(pid, kind, name, countries, admin1, prec, 0.0, 0.0, (0.0, 0.0, 0.0, 0.0), "Point")


def generate(n_claims: int, per_article: int, seed: int) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield articles until ``n_claims`` claims were produced (1–2×per_article each)."""
    rng = random.Random(seed)
    places = make_places(rng)
    made = 0
    i = 0
    while made < n_claims:
        n = min(rng.randint(1, 2 * per_article - 1), n_claims - made)
        parts = [f"Article {i} from the wires."]
        spans: list[tuple[int, int, str]] = []
        offset = len(parts[0]) + 1
        for k in range(n):
            figure = rng.choice((50, 200, 300, 1000, 1500, 3500, 5000, 15000)) + rng.randint(0, 99)
            sentence = (
                f"Officials said some {figure:,} fighters (item {k}) were seen near Town {k}."
            )
            parts.append(sentence)
            spans.append((offset, offset + len(sentence), f"{figure:,}"))
            offset += len(sentence) + 1
        text = " ".join(parts)
        yearless = rng.random() < 0.05
        date = (
            f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if yearless
            else (f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
        article = Article(
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=f"Article {i}",
            outlet=rng.choice(OUTLETS),
            date=date,
            date_precision="day-month" if yearless else "day",
            url=f"https://example.org/{i}",
        )
        claims = []
        for start, end, number_text in spans:
            group, canonical = rng.choice(GROUPS)
            estimate = rng.random() < 0.7
            figure = int(number_text.replace(",", ""))
            mentions = [
                Mention(rng.choice(places), "Town", start, start + 4)
                for _ in range(rng.choice((0, 1, 1, 1, 2, 3)))
            ]
            claims.append(
                Claim(
                    kind="estimate" if estimate else "concern",
                    quote=text[start:end],
                    start=start,
                    end=end,
                    number_low=figure if estimate else None,
                    number_high=figure if estimate else None,
                    number_text=number_text if estimate else None,
                    qualifier="approximate" if estimate else None,
                    unit="fighters" if estimate else None,
                    group=group,
                    group_canonical=canonical,
                    speaker=rng.choice(("an official", "a diplomat", None)),
                    places=mentions,
                )
            )
        made += n
        i += 1
        yield article, claims


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float, Any]:
    """(best, median) wall seconds and best CPU seconds of this process over ``repeat`` runs.

    CPU time shows the cost on a busy machine; it leaves out a PostgreSQL server's work.
    """
    times, cpu = [], []
    result = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(times), statistics.median(times), min(cpu), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=5, help="mean claims per article")
    parser.add_argument("--db", help="store URL (default: a new temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        engine = open_store(url)
        backend = engine.dialect.name
        n_articles = n_claims = 0
        t0 = time.perf_counter()
        for article, claims in generate(args.claims, args.per_article, args.seed):
            save_article(engine, article, claims)
            n_articles += 1
            n_claims += len(claims)
        ingest_s = time.perf_counter() - t0

        # re-ingest a sample: the common "same files again" case
        t0 = time.perf_counter()
        again = 0
        for article, claims in generate(min(args.claims, 10_000), args.per_article, args.seed):
            save_article(engine, article, claims)
            again += 1
        reingest_s = time.perf_counter() - t0

        # analyst reviews: 1% edited, 0.5% rejected
        ids = query_claims(engine).claim_id.drop_duplicates().tolist()
        rng = random.Random(args.seed)
        for claim_id in rng.sample(ids, len(ids) // 100):
            review_claim(engine, claim_id, "edited", {"number_high": 20_000}, "bench")
        for claim_id in rng.sample(ids, len(ids) // 200):
            review_claim(engine, claim_id, "rejected", None, "bench")

        print(f"Store benchmark: {backend}, {n_articles:,} articles, {n_claims:,} claims")
        print()
        print(f"{'operation':<44}{'rate / time':>18}")
        print("-" * 62)
        print(f"{'ingest (new articles)':<44}{n_articles / ingest_s:>12,.0f} art/s")
        print(f"{'ingest (claims)':<44}{n_claims / ingest_s:>12,.0f} cl/s")
        print(f"{'re-ingest unchanged articles':<44}{again / reingest_s:>12,.0f} art/s")
        print()
        cases = [
            ("query_claims, no filter", Filters()),
            ("countries=AF", Filters(countries=("AF",))),
            ("admin1=AF-03,TJ-05", Filters(admin1=("AF-03", "TJ-05"))),
            ("groups=islamic state", Filters(groups=("islamic state",))),
            ("kinds=estimate", Filters(kinds=("estimate",))),
            ("since=2020, until=2022-06", Filters(since="2020", until="2022-06")),
            ("outlets=TASS,Reuters", Filters(outlets=("TASS", "Reuters"))),
            ("min_figure=10000", Filters(min_figure=10_000)),
            (
                "countries=AF,TJ + estimate + since 2015",
                Filters(countries=("AF", "TJ"), kinds=("estimate",), since="2015"),
            ),
        ]
        print(f"{'query':<44}{'rows':>9}{'best s':>9}{'median s':>10}{'cpu s':>8}")
        print("-" * 80)
        for label, filters in cases:
            best, median, cpu, frame = timed(lambda f=filters: query_claims(engine, f), args.repeat)
            print(f"{label:<44}{len(frame):>9,}{best:>9.3f}{median:>10.3f}{cpu:>8.3f}")
        for label, fn in (
            ("stats", lambda: stats(engine)),
            ("list_articles", lambda: list_articles(engine)),
        ):
            best, median, cpu, _ = timed(fn, args.repeat)
            print(f"{label:<44}{'':>9}{best:>9.3f}{median:>10.3f}{cpu:>8.3f}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
