"""``hotspots ingest | stats | list | export`` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from tests.app.corpus import hostile, wire, write_jsonl, write_texts

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "dashboard" / "data" / "sample" / "tass-2017-02-09-kabulov-afghanistan.txt"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new SQLite store; the developer's own HOTSPOTS_DB stays out of the tests."""
    monkeypatch.delenv("HOTSPOTS_DB", raising=False)
    return f"sqlite:///{tmp_path / 'store.db'}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: str) -> dict[str, int]:
    path = db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        bare = conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM claims c WHERE c.article_id = a.id)"
        ).fetchone()[0]
    return {"articles": n_articles, "claims": n_claims, "without_claims": bare}


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", *argv],
        cwd=ROOT,
        env=env or {k: v for k, v in os.environ.items() if k != "HOTSPOTS_DB"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# --- ingest --------------------------------------------------------------------------------


def test_bad_files_in_a_batch_are_named_and_skipped_while_good_ones_land(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "batch"
    write_texts(batch, range(3))
    (batch / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (batch / "empty.md").write_text("", encoding="utf-8")
    (batch / "lines.jsonl").write_text(
        json.dumps(wire(10)) + "\n{oops\n" + json.dumps(wire(11)) + "\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "ingest", str(batch), "--db", db, "--date", "2019-01-05")
    assert code == 2
    assert f"{batch / 'photo.txt'}: the file contains NUL bytes" in err
    assert f"{batch / 'empty.md'}: the file is empty" in err
    assert f"{batch / 'lines.jsonl'}:2: not valid JSON" in err
    assert "5 articles landed (5 new" in err and "3 rejected" in err
    assert "Traceback" not in err
    assert counts(db)["articles"] == 5


def test_a_clean_batch_exits_0_and_a_repeat_stores_nothing_twice(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_texts(tmp_path / "batch", range(4))
    assert run(capsys, "ingest", str(tmp_path / "batch"), "--db", db)[0] == 0
    before = counts(db)
    code, _, err = run(capsys, "ingest", str(tmp_path / "batch"), "--db", db, "--outlet", "AFP")
    assert code == 0 and "0 new, 4 updated" in err
    assert counts(db) == before
    code, out, _ = run(capsys, "list", "--db", db, "--outlet", "AFP", "--json")
    assert len(json.loads(out)) == 4


def test_stdin_and_a_missing_path(
    tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Stdin:
        buffer = __import__("io").BytesIO(SAMPLE.read_bytes())

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, _, err = run(capsys, "ingest", "-", str(tmp_path / "gone.txt"), "--db", db)
    assert code == 2
    assert f"{tmp_path / 'gone.txt'}: no such file or folder" in err
    assert counts(db)["articles"] == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ingest", "x.txt", "--date", "9 Feb 2017"], "--date '9 Feb 2017' is not a date"),
        (["list", "--kind", "rumour"], "unknown kind 'rumour'"),
        (["list", "--country", "Afghanistan"], "ISO 3166-1"),
        (["export", "--format", "csv", "--out", "/no/such/dir/x.csv"], "does not exist"),
    ],
)
def test_user_mistakes_get_one_line_and_exit_2(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv, "--db", db)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert err.startswith("hotspots: ")


def test_a_store_in_a_missing_folder_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "stats", "--db", str(tmp_path / "nope" / "x.db"))
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1


# --- stats, list, export -------------------------------------------------------------------


@pytest.fixture
def filled(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> str:
    run(capsys, "ingest", str(SAMPLE), "--db", db, "--date", "2017-02-09", "--outlet", "TASS")
    path = write_jsonl(tmp_path / "more.jsonl", [wire(i) for i in range(4)] + [hostile()])
    run(capsys, "ingest", str(path), "--db", db)
    return db


def test_stats_as_json(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--db", filled, "--json")
    data = json.loads(out)
    assert code == 0
    assert {k: data[k] for k in ("articles", "claims", "estimates", "concerns")} == {
        "articles": 6,
        "claims": 13,
        "estimates": 9,
        "concerns": 4,
    }
    assert (data["first_date"], data["last_date"]) == ("2017-02-09", "2019-06-01")
    code, out, _ = run(capsys, "stats", "--db", filled)
    assert "articles:" in out and "sqlite" in out


def test_list_filters_by_place_kind_date_and_outlet(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def ids(*flags: str) -> list[str]:
        code, out, _ = run(capsys, "list", "--db", filled, "--json", *flags)
        assert code == 0
        return sorted({c["quote"][:20] for c in json.loads(out)})

    everything = ids()
    assert len(everything) == 13
    assert len(ids("--admin1", "AF-BDS")) == 2  # the Badakhshan concern and northern AF
    assert ids("--country", "NG") == ids("--admin1", "NG-BO")
    assert len(ids("--kind", "concern")) == 4
    assert len(ids("--since", "2018-01-01")) == 6
    assert len(ids("--until", "2017-12-31", "--kind", "estimate")) == 3
    assert len(ids("--outlet", "tass")) == 7
    assert len(ids("--group", "Taliban")) == 2
    assert len(ids("--min-figure", "10000")) == 1


def test_list_as_text_and_csv_one_row_per_claim(
    filled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list", "--db", filled, "--country", "AF", "--csv")
    frame = pd.read_csv(__import__("io").StringIO(out))
    assert code == 0 and frame["claim_id"].is_unique and len(frame) == 10
    code, out, _ = run(capsys, "list", "--db", filled, "--outlet", "TASS")
    lines = out.strip().splitlines()
    assert lines[0].startswith("claim_id") and len(lines) == 8
    assert "some 1,000" in out.lower()


def test_list_prints_hostile_text_as_text(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, "list", "--db", filled, "--json", "--country", "NG")
    (claim,) = [c for c in json.loads(out) if "onerror" in c["quote"]]
    assert claim["url"] == "javascript:alert('url')"  # stored as given, never linked


@pytest.mark.parametrize("fmt", ["html", "png", "geojson", "csv", "gpkg"])
def test_export_writes_the_filtered_view(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"view.{fmt}"
    code, _, err = run(
        capsys, "export", "--format", fmt, "--out", str(out), "--db", filled,
        "--country", "AF", "--kind", "estimate",
    )  # fmt: skip
    assert code == 0 and out.stat().st_size > 0
    assert "wrote" in err
    if fmt == "geojson":
        features = json.loads(out.read_text(encoding="utf-8"))["features"]
        assert {f["properties"]["kind"] for f in features} == {"estimate"}
    if fmt == "html":
        html = out.read_text(encoding="utf-8")
        assert "countries AF; estimates only" in html
        assert "https://cdn" not in html and "<script src=" not in html


# --- processes -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes(
    tmp_path: Path, db: str
) -> None:
    batch = write_jsonl(tmp_path / "big.jsonl", [wire(i) for i in range(1500)])
    proc = cli("ingest", str(batch), "--db", db)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        path = Path(db.removeprefix("sqlite:///"))
        if path.exists():
            try:
                if counts(db)["articles"] >= 20:
                    break
            except sqlite3.OperationalError:
                continue
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)  # reaps it and closes its pipes
    landed = counts(db)
    assert 0 < landed["articles"] < 1500, "the ingest finished before it could be killed"
    assert landed["without_claims"] == 0 and landed["claims"] == landed["articles"]

    rerun = cli("ingest", str(batch), "--db", db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{1500 - landed['articles']} new" in err
    assert counts(db) == {"articles": 1500, "claims": 1500, "without_claims": 0}


@pytest.mark.slow
def test_two_ingests_into_one_store_at_once_both_succeed(tmp_path: Path, db: str) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", [wire(i) for i in range(200)])
    b = write_jsonl(tmp_path / "b.jsonl", [wire(i) for i in range(150, 350)])  # 50 shared
    procs = [cli("ingest", str(a), "--db", db), cli("ingest", str(b), "--db", db)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert counts(db) == {"articles": 350, "claims": 350, "without_claims": 0}
