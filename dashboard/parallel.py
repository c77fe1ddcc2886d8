"""Extract big batches on every core, save them in order in this process.

Extraction is the slow part of an ingest (a few milliseconds an article on one core);
the store is not. Workers are forked after the geocoder is loaded, so they share its
index, and each asks the kernel to kill it when the parent dies: a SIGKILLed ingest
leaves no orphans, and the store stays consistent because only the parent writes.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

#: Below this many articles a pool costs more than it saves.
MIN_PARALLEL = 64
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: have the kernel SIGKILL this worker when the parent process dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown applies
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def workers() -> int:
    """How many processes to extract with (the cores this process may use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extracted(items: Sequence[object], run: Callable[[Any], object]) -> Iterator[Any]:
    """``items`` in order, each job (a tuple) replaced by ``run(job)``; anything else (a
    rejection, ``None`` as a marker) passes through as it is."""
    n_jobs = sum(1 for x in items if isinstance(x, tuple))
    n = workers()
    if n_jobs < MIN_PARALLEL or n < 2 or sys.platform != "linux":
        for x in items:
            yield run(x) if isinstance(x, tuple) else x
        return
    from dashboard.geo.geocoder import get_geocoder

    get_geocoder().places("Kabul, Afghanistan.")  # load the index once, share it by fork
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes=n, initializer=_die_with_parent) as pool:
        results = pool.imap(run, [x for x in items if isinstance(x, tuple)], chunksize=4)
        for x in items:
            yield next(results) if isinstance(x, tuple) else x
