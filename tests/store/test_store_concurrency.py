"""Several writers at once, and a writer killed mid-way, leave a complete, consistent store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from store_factories import synthetic_claim_count

from dashboard.store import open_store, stats
from dashboard.store.schema import articles, claim_place_areas, claim_places, claims

WORKER = Path(__file__).with_name("ingest_worker.py")
REPO = Path(__file__).resolve().parents[2]


def start_worker(
    url: str, first: int, count: int, go_file: Path | None = None
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    barrier = [str(go_file)] if go_file else []
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(first), str(count), *barrier],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def finish(worker: subprocess.Popen[str]) -> str:
    out, err = worker.communicate(timeout=300)
    assert worker.returncode == 0, err
    return out


def incomplete_articles(engine: Engine) -> list[str]:
    """Titles of articles whose claims, places or areas are not all there."""
    with engine.connect() as conn:
        claim_counts = dict(
            conn.execute(
                select(articles.c.title, func.count(claims.c.id))
                .select_from(articles.outerjoin(claims, claims.c.article_id == articles.c.id))
                .group_by(articles.c.title)
            ).all()
        )
        claims_without_places = conn.execute(
            select(func.count())
            .select_from(claims)
            .where(~claims.c.id.in_(select(claim_places.c.claim_id)))
        ).scalar_one()
        claims_without_areas = conn.execute(
            select(func.count())
            .select_from(claims)
            .where(~claims.c.id.in_(select(claim_place_areas.c.claim_id)))
        ).scalar_one()
    bad = [
        title
        for title, n in claim_counts.items()
        if n != synthetic_claim_count(int(title.split()[1]))
    ]
    assert claims_without_places == 0 and claims_without_areas == 0
    return bad


def sqlite_integrity(engine: Engine) -> tuple[str, list[object]]:
    with engine.connect() as conn:
        check = conn.execute(text("PRAGMA integrity_check")).scalar_one()
        foreign = list(conn.execute(text("PRAGMA foreign_key_check")).all())
    return str(check), foreign


@pytest.mark.slow
def test_two_processes_ingesting_at_once_both_land_everything(
    store_url: str, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    workers = [start_worker(store_url, 0, 50, go), start_worker(store_url, 50, 50, go)]
    for worker in workers:  # both loaded and waiting ...
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    go.touch()  # ... then both open the new store (racing to create it) and ingest at once
    outputs = [finish(w) for w in workers]

    assert all(len(out.splitlines()) == 50 for out in outputs)
    engine = open_store(store_url)
    try:
        assert stats(engine)["articles"] == 100
        assert incomplete_articles(engine) == []
        if engine.dialect.name == "sqlite":
            assert sqlite_integrity(engine) == ("ok", [])
    finally:
        engine.dispose()


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_rerun_completes(store_url: str) -> None:
    total = 3000
    engine = open_store(store_url)  # created up front so the kill lands inside the ingest
    engine.dispose()
    worker = start_worker(store_url, 0, total)
    assert worker.stdout is not None
    for _ in range(300):
        assert worker.stdout.readline(), "the worker stopped before it could be killed"
    worker.send_signal(signal.SIGKILL)
    worker.communicate(timeout=60)
    assert worker.returncode == -signal.SIGKILL

    engine = open_store(store_url)
    try:
        landed = stats(engine)["articles"]
        assert 300 <= landed < total, "kill the worker earlier: it had already finished"
        assert incomplete_articles(engine) == []
        if engine.dialect.name == "sqlite":
            assert sqlite_integrity(engine) == ("ok", [])

        out = finish(start_worker(store_url, 0, total))

        created = sum(int(line.split()[1]) for line in out.splitlines())
        assert created == total - landed  # the rest, and nothing twice
        assert stats(engine)["articles"] == total
        assert incomplete_articles(engine) == []
    finally:
        engine.dispose()


@pytest.mark.slow
def test_two_processes_ingesting_the_same_articles_keep_one_copy(
    store_url: str, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    workers = [start_worker(store_url, 0, 60, go), start_worker(store_url, 0, 60, go)]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    go.touch()
    outputs = [finish(w) for w in workers]

    created = sum(int(line.split()[1]) for out in outputs for line in out.splitlines())
    assert created == 60  # each article was created by exactly one of the two
    engine = open_store(store_url)
    try:
        assert stats(engine)["articles"] == 60
        assert incomplete_articles(engine) == []
    finally:
        engine.dispose()
