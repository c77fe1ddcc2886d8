"""Time loading every bundled layer in a fresh process (target: ≤ 1 s) and print a table."""

from __future__ import annotations

import platform
import subprocess
import sys

CODE = """
import time
t0 = time.perf_counter()
import geopandas  # noqa: F401  (imported on first use by the loader; timed apart here)
from dashboard.geo import data
t1 = time.perf_counter()
sizes = {}
for name in data.LAYERS:
    s = time.perf_counter()
    gdf = data.layer(name)
    sizes[name] = (len(gdf), time.perf_counter() - s)
t2 = time.perf_counter()
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for name, (n, sec) in sizes.items():
    print(f"{name:10s} {n:8d} features {sec*1000:7.1f} ms")
print(f"import (geopandas) {(t1-t0)*1000:7.1f} ms")
print(f"all layers {(t2-t1)*1000:7.1f} ms   peak RSS {rss:.0f} MB")
"""


def main() -> int:
    """Run the load three times in fresh interpreters (cold caches differ from warm)."""
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    for run in range(3):
        print(f"-- run {run + 1}")
        subprocess.run([sys.executable, "-c", CODE], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
