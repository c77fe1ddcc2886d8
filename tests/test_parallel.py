"""Parallel extraction keeps the batch's order and gives what one process gives."""

from __future__ import annotations

import pytest

from dashboard import parallel
from dashboard.pipeline import Meta, Rejected, run_job


def _articles(n: int) -> list[object]:
    items: list[object] = []
    for i in range(n):
        text = (
            f"KABUL, May {1 + i % 28} (Reuters) - Some {100 + i} Taliban fighters massed in Kunduz."
        )
        items.append((f"line {i}", text, None, Meta(date="2021-05-01")))
        if i % 10 == 0:
            items.append(Rejected(f"bad {i}", "not valid JSON"))
            items.append(None)
    return items


@pytest.mark.skipif(parallel.workers() < 2, reason="needs two cores to run a pool")
def test_pool_output_equals_one_process_in_order() -> None:
    items = _articles(parallel.MIN_PARALLEL + 6)
    pooled = list(parallel.extracted(items, run_job))
    single = [run_job(x) if isinstance(x, tuple) else x for x in items]  # type: ignore[arg-type]
    assert len(pooled) == len(items)
    for got, want in zip(pooled, single, strict=True):
        if want is None or isinstance(want, Rejected):
            assert got == want
        else:
            assert got.label == want.label  # type: ignore[union-attr]
            assert [c.to_dict() for c in got.claims] == [c.to_dict() for c in want.claims]  # type: ignore[union-attr]
    assert pooled[0].claims[0].number_low == 100  # type: ignore[union-attr]


def test_small_batches_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_a: object, **_k: object) -> None:
        raise AssertionError("a pool was started for a small batch")

    monkeypatch.setattr(parallel.multiprocessing, "get_context", no_pool)
    items = _articles(3)
    out = list(parallel.extracted(items, run_job))
    assert [getattr(x, "label", x) for x in out][:2] == ["line 0", "bad 0"]
