"""``hotspots extract``, ``hotspots places`` and ``hotspots geocode``: exit codes, JSON shape,
JSON lines with bad lines, readable output; in-process (``main``) and as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main

from .conftest import SEED_PATH

ARTICLE_KEYS = {
    "title",
    "outlet",
    "date",
    "date_precision",
    "dateline",
    "url",
    "language",
    "sha256",
}
CLAIM_KEYS = {
    "kind",
    "number_low",
    "number_high",
    "number_text",
    "qualifier",
    "unit",
    "group",
    "group_canonical",
    "speaker",
    "quote",
    "start",
    "end",
    "modality",
    "places",
}
MENTION_KEYS = {
    "id",
    "kind",
    "name",
    "countries",
    "admin1",
    "precision",
    "lat",
    "lon",
    "bbox",
    "geometry_type",
    "score",
    "alternatives",
    "text",
    "start",
    "end",
    "role",
}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- extract FILE ------------------------------------------------------------------------


def test_extract_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(SEED_PATH), "--date", "2017-02-09", "--json"], capsys)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert set(doc) == {"article", "claims"}
    assert set(doc["article"]) == ARTICLE_KEYS
    assert doc["article"]["date"] == "2017-02-09" and doc["article"]["outlet"] == "TASS"
    assert len(doc["claims"]) == 7
    for claim in doc["claims"]:
        assert set(claim) == CLAIM_KEYS
        for place in claim["places"]:
            assert set(place) == MENTION_KEYS
    first = next(c for c in doc["claims"] if c["kind"] == "estimate")
    assert (first["number_low"], first["group_canonical"], first["speaker"]) == (
        1000,
        "Islamic State",
        "Zamir Kabulov",
    )
    assert first["places"][0]["id"] == "region:AF-northwest"


def test_extract_options_override_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "extract",
            str(SEED_PATH),
            "--json",
            "--outlet",
            "ITAR-TASS English",
            "--url",
            "https://example.org/a",
        ],
        capsys,
    )
    article = json.loads(out)["article"]
    assert code == 0
    assert (article["outlet"], article["url"], article["date"]) == (
        "ITAR-TASS English",
        "https://example.org/a",
        "--02-09",
    )


def test_extract_summary_is_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SEED_PATH), "--date", "2017-02-09"], capsys)
    assert code == 0
    assert out.startswith("TASS · 2017-02-09 · MOSCOW\n")
    assert "7 claims (3 estimates, 4 concerns)" in out
    assert "some 1,000 gunmen (approximate)" in out
    assert 'Islamic State (as "ISIS")' in out
    assert "[region:AF-northwest]" in out
    assert "Zamir Kabulov · projected" in out
    assert 'quote:   "We have information about some 1,000 gunmen' in out


def test_extract_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, SEED_PATH.read_bytes())
    code, out, _ = run(["extract", "-", "--json"], capsys)
    assert code == 0
    assert len([c for c in json.loads(out)["claims"] if c["kind"] == "estimate"]) == 3


def test_extract_with_no_claims_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "weather.txt"
    path.write_text("Sunny in Kabul today, with 25 degrees expected.\n", encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--json"], capsys)
    assert code == 0 and json.loads(out)["claims"] == []
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0 and "0 claims (0 estimates, 0 concerns)" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.png", PNG, "binary"),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "export the article"),
    ],
)
def test_extract_refuses_files_that_are_not_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("hotspots: ") and message in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "no/such/article.txt"], "no such file"),
        (["extract"], "give an article FILE"),
        (["extract", str(SEED_PATH), "--date", "9 Feb 2017"], "YYYY-MM-DD"),
        (["extract", str(SEED_PATH), "--jsonl"], "--jsonl reads stdin"),
        (["places"], "give an article FILE"),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = run(args, capsys)
    assert code == 2
    assert err.count("\n") == 1 and message in err


def test_a_folder_is_not_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 2 and "folder" in err


# --- extract --jsonl ---------------------------------------------------------------------


def test_extract_jsonl_keeps_order_and_reports_bad_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(
            {"id": "a", "text": SEED_PATH.read_text(encoding="utf-8"), "date": "2017-02-09"}
        ),
        "this is not json",
        json.dumps({"id": 3, "text": 42}),
        json.dumps({"id": "d", "text": "x", "date": "yesterday"}),
        "",
        json.dumps(["a list"]),
        json.dumps(
            {
                "id": "f",
                "text": "About 500 Uzbek fighters are based in Faryab province.",
                "outlet": "RFE/RL",
            }
        ),
    ]
    feed_stdin(monkeypatch, ("\n".join(lines) + "\n").encode("utf-8"))
    code, out, _ = run(["extract", "--jsonl"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, 3, "d", None, "f"]
    assert set(rows[0]) == {"id", "article", "claims"}
    assert rows[0]["article"]["date"] == "2017-02-09" and len(rows[0]["claims"]) == 7
    assert set(rows[1]) == {"id", "error"} and "not valid JSON" in rows[1]["error"]
    assert '"text"' in rows[2]["error"]
    assert "YYYY-MM-DD" in rows[3]["error"]
    assert "error" in rows[4]
    assert rows[5]["article"]["outlet"] == "RFE/RL"
    assert rows[5]["claims"][0]["places"][0]["id"] == "admin1:AF-FYB"


def test_extract_jsonl_uses_command_line_defaults(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, b'{"id": 1, "text": "No figures here."}\n')
    run(["extract", "--jsonl", "--outlet", "AFP", "--date", "2020-01-02"], capsys)
    feed_stdin(monkeypatch, b'{"id": 1, "text": "No figures here.", "outlet": "AP"}\n')
    code, out, _ = run(["extract", "--jsonl", "--outlet", "AFP", "--date", "2020-01-02"], capsys)
    row = json.loads(out)
    assert code == 0 and (row["article"]["outlet"], row["article"]["date"]) == ("AP", "2020-01-02")


# --- places and geocode ------------------------------------------------------------------


def test_places_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["places", str(SEED_PATH), "--json"], capsys)
    mentions = json.loads(out)
    assert code == 0 and isinstance(mentions, list)
    assert all(set(m) == MENTION_KEYS for m in mentions)
    assert {"border:AF-TM", "admin1:AF-BDS", "region:central-asia"} <= {m["id"] for m in mentions}
    text = SEED_PATH.read_text(encoding="utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_places_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["places", str(SEED_PATH)], capsys)
    assert code == 0 and "border:AF-TJ" in out and "'Tajik-Afghan border'" in out


def test_places_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        '{"id": 1, "text": "Fighting near Kunduz."}',
        "{broken",
        '{"id": 3, "text": "Nothing here."}',
    ]
    feed_stdin(monkeypatch, ("\n".join(lines) + "\n").encode())
    code, out, _ = run(["places", "--jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in rows] == [1, None, 3]
    assert rows[0]["places"][0]["id"] == "admin1:AF-KDZ"
    assert set(rows[1]) == {"id", "error"}
    assert rows[2]["places"] == []


def test_geocode(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["geocode", "Tajik-Afghan border", "--json"], capsys)
    place = json.loads(out)
    assert code == 0 and place["id"] == "border:AF-TJ" and place["kind"] == "border"
    code, out, _ = run(["geocode", "Badakhshan", "--country", "af"], capsys)
    assert code == 0 and "admin1:AF-BDS" in out


def test_geocode_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["geocode", "Qqxzvyl", "--json"], capsys)
    assert (code, out) == (1, "null\n")
    code, out, _ = run(["geocode", "Qqxzvyl"], capsys)
    assert code == 1 and "no match" in out


def test_geocode_rejects_a_bad_country(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["geocode", "Kunduz", "--country", "Afghanistan"], capsys)
    assert code == 2 and "alpha-2" in err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("extract", "places", "geocode"))


# --- as a process ------------------------------------------------------------------------


def hotspots(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_process_extract_json() -> None:
    proc = hotspots("extract", str(SEED_PATH), "--date", "2017-02-09", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert [c["number_low"] for c in doc["claims"] if c["kind"] == "estimate"] == [
        1000,
        3500,
        15000,
    ]


def test_process_binary_file_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "image.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    proc = hotspots("extract", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_process_jsonl_from_stdin() -> None:
    lines = b'{"id": 1, "text": "Some 300 fighters are in Kunar."}\nnot json\n'
    proc = hotspots("extract", "--jsonl", stdin=lines)
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 0 and [r["id"] for r in rows] == [1, None]
    assert rows[0]["claims"][0]["number_low"] == 300
