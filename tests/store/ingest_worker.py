"""Ingest synthetic articles FIRST..FIRST+COUNT-1 into the store URL, one line per article.

Run as a separate process by the concurrency tests:
``python ingest_worker.py URL FIRST COUNT [GO_FILE]``. With GO_FILE it prints ``ready``
and waits for that file to appear, so several workers start together. It opens (and if
needed creates) the store itself, so workers race on setup too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from store_factories import synthetic_article

from dashboard.store import open_store, save_article


def main(argv: list[str]) -> int:
    url, first, count = argv[0], int(argv[1]), int(argv[2])
    if len(argv) > 3:
        print("ready", flush=True)
        go = Path(argv[3])
        while not go.exists():
            time.sleep(0.001)
    engine = open_store(url)
    try:
        for i in range(first, first + count):
            result = save_article(engine, *synthetic_article(i))
            print(i, int(result.created), flush=True)
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
