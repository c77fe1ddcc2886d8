"""A store for the dashboard tests: the bundled sample, a few wire reports, a hostile one.

Built once per session, copied for every test (tests review and add articles).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import pipeline
from tests.app.corpus import hostile, wire, write_jsonl

#: Reports beyond the sample: four wires dated 2019 (AF and NG provinces) and the hostile one.
WIRES = 4


@pytest.fixture(scope="session")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample (TASS, 2017-02-09) plus :data:`WIRES` wire reports and the hostile report."""
    folder = tmp_path_factory.mktemp("app-store")
    path = folder / "store.db"
    engine = pipeline.open_for(f"sqlite:///{path}")
    sample = pipeline.Source("sample", path=pipeline.SAMPLE_FILE)
    batch = write_jsonl(folder / "more.jsonl", [wire(i) for i in range(WIRES)] + [hostile()])
    report = pipeline.ingest(
        engine,
        [sample, pipeline.Source(str(batch), path=batch)],
        pipeline.Meta(date=pipeline.SAMPLE_DATE, outlet=pipeline.SAMPLE_OUTLET),
    )
    assert report.exit_code == 0 and report.created == WIRES + 2
    engine.dispose()  # last connection closed: the WAL is folded into the file
    return path


@pytest.fixture
def store(base_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the base store, named by HOTSPOTS_DB as ``hotspots serve`` does."""
    path = tmp_path / "store.db"
    shutil.copyfile(base_store, path)
    monkeypatch.setenv("HOTSPOTS_DB", str(path))
    yield path
