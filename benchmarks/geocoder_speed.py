"""Geocoder speed and memory: load time, articles/s on ~2 KB news articles, RSS, and
flashgeotext (a gazetteer matcher that finds only countries and cities) on the same texts.

Texts: TR-News articles cut into ~2 KB pieces when ../shared is present, else the seed
article repeated. Prints a table; tests never assert timings.
"""

from __future__ import annotations

import gc
import platform
import resource
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TR_NEWS = ROOT.parent / "shared" / "benchmarks" / "tr-news" / "TR-News.xml"
SEED = ROOT / "tests" / "fixtures" / "tass-2017-02-09-kabulov-afghanistan.txt"


def articles(size: int = 2048) -> list[str]:
    """~2 KB pieces of real news text, cut at paragraph ends."""
    if TR_NEWS.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(TR_NEWS).getroot().iter("article")]
    else:
        texts = [SEED.read_text(encoding="utf-8")] * 50
    out: list[str] = []
    for text in texts:
        text = " ".join(text.split())
        for i in range(0, len(text) - size // 2, size):
            out.append(text[i : i + size])
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def unseen_rate(read: Callable[[str], object], texts: list[str]) -> float:
    """Articles/s of one pass over texts ``read`` has not seen: warm up on every other text,
    time the rest (memos help only with the names and runs other articles share)."""
    for t in texts[::2]:
        read(t)
    gc.collect()
    fresh = texts[1::2]
    started = time.perf_counter()
    for t in fresh:
        read(t)
    return len(fresh) / (time.perf_counter() - started)


def repeated_rate(read: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Articles/s of the best of ``rounds`` passes over the same texts (memos warm)."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        started = time.perf_counter()
        for t in texts:
            read(t)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main() -> int:
    """Print the table."""
    texts = articles()
    t0 = time.perf_counter()
    from dashboard.geo.geocoder import get_geocoder

    t1 = time.perf_counter()
    geocoder = get_geocoder()
    t2 = time.perf_counter()
    geocoder.places(texts[0])  # first call loads the boundary layers for Place objects
    t3 = time.perf_counter()
    ours_fresh = unseen_rate(geocoder.places, texts)
    rounds = 3
    ours = repeated_rate(geocoder.places, texts, rounds)
    n_mentions = sum(len(geocoder.places(t)) for t in texts)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, 1 core")
    print(f"texts: {len(texts)} articles of ~2 KB ({'TR-News' if TR_NEWS.exists() else 'seed'})")
    print("| step | figure |")
    print("|---|---|")
    print(f"| import dashboard.geo.geocoder | {(t1 - t0) * 1000:.0f} ms |")
    print(f"| build geocoder (gazetteer index) | {(t2 - t1) * 1000:.0f} ms |")
    print(f"| first places() call (loads layers) | {(t3 - t2) * 1000:.0f} ms |")
    print(
        f"| places() throughput, best of {rounds} | {ours:,.0f} articles/s "
        f"({n_mentions} mentions) |"
    )
    print(f"| places() on unseen texts, one pass | {ours_fresh:,.0f} articles/s |")
    print(f"| peak RSS | {rss_mb():.0f} MB |")
    try:
        from flashgeotext.geotext import GeoText
    except ImportError:
        print("| flashgeotext | not installed (pip install flashgeotext) |")
        return 0
    s = time.perf_counter()
    gt = GeoText()
    load = time.perf_counter() - s
    fg_fresh = unseen_rate(gt.extract, texts)
    fg = repeated_rate(gt.extract, texts, rounds)
    print(f"| flashgeotext load | {load * 1000:.0f} ms |")
    print(f"| flashgeotext extract() throughput | {fg:,.0f} articles/s |")
    print(f"| flashgeotext on unseen texts, one pass | {fg_fresh:,.0f} articles/s |")
    print(
        f"| ratio ours/flashgeotext: repeated, unseen | {ours / fg:.2f}, "
        f"{ours_fresh / fg_fresh:.2f} |"
    )
    print(f"| peak RSS with both | {rss_mb():.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
