"""Speed of claim extraction: articles per second of ``extract()`` on one core after start-up,
and the wall time of ``hotspots extract`` on one article, start-up included.

Targets (issue 4): >= 300 articles/s per core on ~2 KB articles; <= 2 s wall for the command.

The articles are the annotated test articles (tests/fixtures/articles, 1.2-3.3 KB). Every
call gets a distinct text (a reference line is appended) so no per-text cache can help;
the names in them repeat, though, so per-name memos are warm. A second figure reads the
blind sets once, after the development articles: articles the process has not seen.
The geocoder's share is measured separately, since the claims builder calls it once per
article.

Usage: ``python benchmarks/extract_speed.py [--seconds 10] [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SEED = ROOT / "tests" / "fixtures" / "tass-2017-02-09-kabulov-afghanistan.txt"


def _corpus() -> list[tuple[str, bytes]]:
    files = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html", ".md"))
    return [(p.name, p.read_bytes()) for p in [*files, SEED]]


def throughput(seconds: float) -> dict[str, float]:
    """Articles per second of extract(), of the geocoder alone, and of the rest."""
    sys.path.insert(0, str(ROOT))
    from dashboard.extract.claims import extract
    from dashboard.extract.reader import read_article
    from dashboard.geo.geocoder import get_geocoder

    corpus = _corpus()
    for name, data in corpus:  # start-up: load the geocoder and warm every code path
        extract(data, filename=name)
    size = statistics.mean(len(d) for _, d in corpus)
    geocoder = get_geocoder()
    texts = [read_article(d, filename=n).text for n, d in corpus]

    def loop(work: Callable[[int, str, bytes, int], object]) -> tuple[int, float]:
        n, i = 0, 0
        started = time.process_time()
        while time.process_time() - started < seconds:
            for k, (name, data) in enumerate(corpus):
                work(k, name, data, i)
                n += 1
                i += 1
        return n, time.process_time() - started

    def one_article(k: int, name: str, data: bytes, i: int) -> object:
        return extract(data + f"\n\nRef. {i}\n".encode(), filename=name)

    def geocode_only(k: int, name: str, data: bytes, i: int) -> object:
        return geocoder.places(texts[k] + f"\n\nRef. {i}\n")

    n, cpu = loop(one_article)
    g, gcpu = loop(geocode_only)
    return {
        "articles": len(corpus),
        "mean_bytes": size,
        "extract_per_s": n / cpu,
        "geocoder_per_s": g / gcpu,
        "ms_per_article": 1000 * cpu / n,
        "geocoder_ms": 1000 * gcpu / g,
    }


def unseen_throughput() -> dict[str, float]:
    """Articles per second of extract() on articles this process has not read: after the
    development articles, one pass over the blind sets (their names and phrases are new to
    the per-name memos, as a newsroom's next article mostly is).

    Only articles count (a file with its gold ``.json`` beside it), not the sets' READMEs.
    Each article is timed on its own, so the rate on ~2 KB articles (1.5-2.5 KB of decoded
    text, the size the target names) is reported beside the rate over all of them."""
    sys.path.insert(0, str(ROOT))
    from dashboard.extract.claims import extract
    from dashboard.extract.reader import read_article

    for name, data in _corpus():
        extract(data, filename=name)
    unseen = sorted(
        p
        for d in ARTICLES.iterdir()
        if d.is_dir() and d.name.startswith("blind")
        for p in d.iterdir()
        if p.suffix in (".txt", ".html", ".md") and p.with_suffix(".json").exists()
    )
    blobs = [(p.name, p.read_bytes()) for p in unseen]
    sizes = [len(read_article(data, filename=name).text) for name, data in blobs]
    times = []
    for name, data in blobs:
        started = time.process_time()
        extract(data, filename=name)
        times.append(time.process_time() - started)
    near_2kb = [t for t, n in zip(times, sizes, strict=True) if 1500 <= n <= 2500]
    return {
        "articles": len(blobs),
        "per_s": len(blobs) / sum(times),
        "mean_kb": statistics.mean(sizes) / 1000,
        "kb_per_s": sum(sizes) / 1000 / sum(times),
        "near_2kb": len(near_2kb),
        "near_2kb_per_s": len(near_2kb) / sum(near_2kb),
    }


def command_wall(runs: int) -> dict[str, float]:
    """Wall and CPU (user + sys) seconds of ``hotspots extract SEED --json`` in fresh
    processes, and the wall of ``hotspots --help``. CPU time tells the command's own cost
    apart from waiting for a busy machine."""
    cmd = [sys.executable, "-m", "dashboard.cli"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def timed(args: list[str]) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([*cmd, *args], check=True, capture_output=True, env=env, cwd=ROOT)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu

    timed(["extract", str(SEED), "--json"])  # warm the OS file cache once
    runs_ = [timed(["extract", str(SEED), "--json"]) for _ in range(runs)]
    walls = [w for w, _ in runs_]
    helps = [timed(["--help"])[0] for _ in range(runs)]
    return {
        "extract_median_s": statistics.median(walls),
        "extract_min_s": min(walls),
        "extract_max_s": max(walls),
        "extract_cpu_s": statistics.median(c for _, c in runs_),
        "help_median_s": statistics.median(helps),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0, help="CPU seconds per throughput loop")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes for the wall time")
    args = ap.parse_args(argv)
    unseen = unseen_throughput()
    t = throughput(args.seconds)
    w = command_wall(args.runs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{t['articles']} articles, mean {t['mean_bytes']:.0f} bytes; load average {load:.2f}\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| extract() articles/s, one core (CPU time) | {t['extract_per_s']:.0f} | >= 300 |")
    print(f"| extract() ms per article | {t['ms_per_article']:.2f} | <= 3.3 |")
    print(
        f"| extract() on unseen articles ({unseen['articles']} blind articles, mean "
        f"{unseen['mean_kb']:.1f} KB, one pass), articles/s | {unseen['per_s']:.0f} "
        f"({unseen['kb_per_s']:.0f} KB/s) | |"
    )
    print(
        f"| same, the {unseen['near_2kb']} of 1.5-2.5 KB, articles/s | "
        f"{unseen['near_2kb_per_s']:.0f} | >= 300 |"
    )
    print(f"| of which geocoder.places() ms per article | {t['geocoder_ms']:.2f} | |")
    print(f"| geocoder.places() alone, articles/s | {t['geocoder_per_s']:.0f} | |")
    print(
        f"| `hotspots extract SEED --json` wall, median of {args.runs} "
        f"(min-max) | {w['extract_median_s']:.2f} s ({w['extract_min_s']:.2f}-"
        f"{w['extract_max_s']:.2f}) | <= 2 s |"
    )
    print(f"| same, CPU time (user + sys), median | {w['extract_cpu_s']:.2f} s | |")
    print(f"| `hotspots --help` wall, median | {w['help_median_s']:.2f} s | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
