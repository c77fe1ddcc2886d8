"""dashboard.pipeline: inputs, filters and views shared by the CLI and the dashboard."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import pipeline
from dashboard.errors import InputError
from dashboard.model import Filters
from dashboard.store import list_articles, query_claims, stats
from tests.app.corpus import hostile, wire, wire_text, write_jsonl

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new SQLite store; the developer's own HOTSPOTS_DB stays out of the tests."""
    monkeypatch.delenv("HOTSPOTS_DB", raising=False)
    return f"sqlite:///{tmp_path / 'store.db'}"


# --- inputs --------------------------------------------------------------------------------


def test_folders_are_read_recursively_for_article_files_only(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("one.txt", "a/two.md", "a/b/three.html", "a/b/four.jsonl", "a/skip.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    sources, rejected = pipeline.find_sources([str(tmp_path)])
    assert sorted(Path(s.name).name for s in sources) == [
        "four.jsonl",
        "one.txt",
        "three.html",
        "two.md",
    ]
    assert rejected == []


def test_missing_paths_and_empty_folders_are_rejected_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    sources, rejected = pipeline.find_sources([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])
    assert sources == []
    assert [r.label for r in rejected] == [str(tmp_path / "nope.txt"), str(tmp_path / "empty")]
    assert "no such file" in rejected[0].reason
    assert "no article files" in rejected[1].reason


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("x", encoding="utf-8")
    sources, _ = pipeline.find_sources([str(path), str(tmp_path)])
    assert len(sources) == 1


def test_dash_reads_stdin() -> None:
    sources, _ = pipeline.find_sources(["-"], stdin=io.BytesIO(wire_text(0).encode()))
    (item,) = list(pipeline.prepare(sources[0]))
    assert isinstance(item, pipeline.Prepared)
    assert item.label == "<stdin>" and len(item.claims) == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (b"<html><body><script>var x;</script></body></html>", "no article text"),
    ],
)
def test_unusable_files_are_rejected_with_the_reason(data: bytes, reason: str) -> None:
    items = list(pipeline.prepare(pipeline.Source("bad.html", data=data)))
    assert len(items) == 1 and isinstance(items[0], pipeline.Rejected)
    assert reason in items[0].reason


def test_jsonl_lines_are_articles_and_bad_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(wire(0))
        + "\n{not json\n\n[1, 2]\n"
        + json.dumps({"text": 5})
        + "\n"
        + json.dumps({"text": "x", "date": 20190101})
        + "\n"
        + json.dumps(wire(1) | {"date": "2019-02-30"})
        + "\n"
        + json.dumps(wire(2))
        + "\n",
        encoding="utf-8",
    )
    items = list(pipeline.prepare(pipeline.Source(str(path), path=path)))
    good = [i for i in items if isinstance(i, pipeline.Prepared)]
    bad = {i.label.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, pipeline.Rejected)}
    assert [g.label.rsplit(":", 1)[1] for g in good] == ["1", "8"]
    assert set(bad) == {"2", "4", "5", "6", "7"}
    assert "not valid JSON" in bad["2"]
    assert "JSON object" in bad["4"]
    assert '"text"' in bad["5"]
    assert '"date" must be a string' in bad["6"]
    assert "2019-02-30" in bad["7"]


def test_a_jsonl_line_s_own_metadata_wins_over_the_batch_defaults(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [wire(0), {"text": wire_text(1)}])
    meta = pipeline.Meta(date="2020-01-01", outlet="Batch", url="https://example.org/x")
    first, second = pipeline.prepare(pipeline.Source(str(path), path=path), meta)
    assert isinstance(first, pipeline.Prepared) and isinstance(second, pipeline.Prepared)
    assert (first.article.date, first.article.outlet) == (wire(0)["date"], "Wire")
    assert first.article.url == "https://example.org/x"
    assert (second.article.date, second.article.outlet) == ("2020-01-01", "Batch")


def test_flags_override_what_a_plain_file_says() -> None:
    source = pipeline.Source("a.txt", data=b"KABUL, March 3 (Reuters) - " + wire_text(0).encode())
    (item,) = pipeline.prepare(source, pipeline.Meta(date="2018-03-03", outlet="AFP"))
    assert isinstance(item, pipeline.Prepared)
    assert (item.article.date, item.article.outlet) == ("2018-03-03", "AFP")


def test_ingest_lands_good_articles_and_reports_the_rest(tmp_path: Path, store: str) -> None:
    write_jsonl(tmp_path / "b.jsonl", [wire(0), wire(1)])
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    sources, _ = pipeline.find_sources([str(tmp_path)])
    engine = pipeline.open_for(store)
    seen: list[str] = []
    report = pipeline.ingest(engine, sources, on_reject=lambda r: seen.append(r.label))
    assert report.created == 2 and report.claims == 2
    assert sorted(Path(s).name for s in seen) == ["bad.txt", "empty.md"]
    assert report.exit_code == 2
    again = pipeline.ingest(engine, sources)
    assert (again.created, again.unchanged) == (0, 2)
    assert stats(engine)["articles"] == 2
    engine.dispose()


# --- the store -----------------------------------------------------------------------------


def test_the_default_store_is_seeded_with_the_sample_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HOTSPOTS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for _ in range(2):
        engine = pipeline.open_for(None)
        articles = list_articles(engine)
        engine.dispose()
    assert len(articles) == 1
    assert (articles.loc[0, "date"], articles.loc[0, "outlet"]) == ("2017-02-09", "TASS")
    assert str(tmp_path) in str(engine.url.database)


def test_a_named_store_is_not_seeded(store: str) -> None:
    engine = pipeline.open_for(store)
    assert stats(engine)["articles"] == 0
    engine.dispose()


# --- filters -------------------------------------------------------------------------------


def _args(**kw: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    pipeline.add_filter_arguments(parser)
    argv: list[str] = []
    for key, value in kw.items():
        for v in value if isinstance(value, list) else [value]:
            argv += [f"--{key.replace('_', '-')}", str(v)]
    return parser.parse_args(argv)


def test_cli_flags_become_filters() -> None:
    args = _args(country=["af", "TJ,tm"], admin1="af-bds", group="Taliban", kind="estimate",
                 since="2018", until="2019-06-30", outlet="TASS", min_figure=100)  # fmt: skip
    assert pipeline.filters_from_args(args) == Filters(
        countries=("AF", "TJ", "TM"),
        admin1=("AF-BDS",),
        groups=("Taliban",),
        kinds=("estimate",),
        since="2018",
        until="2019-06-30",
        outlets=("TASS",),
        min_figure=100,
    )


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"country": "AFG"}, "ISO 3166-1"),
        ({"admin1": "Badakhshan"}, "ISO 3166-2"),
        ({"kind": "rumour"}, "estimate or concern"),
        ({"since": "2017-02-30"}, "YYYY-MM-DD"),
        ({"since": "09/02/2017"}, "YYYY-MM-DD"),
        ({"since": "2019", "until": "2018-12-31"}, "after"),
        ({"min_figure": -5}, "0 or more"),
    ],
)
def test_bad_flags_are_explained(kw: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        pipeline.filters_from_args(_args(**kw))


def test_query_params_become_filters_and_bad_values_are_dropped_not_raised() -> None:
    filters, problems = pipeline.parse_query(
        {
            "country": "AF,XXX",
            "kind": "estimate,foo",
            "since": "2018-01-01",
            "until": "nope",
            "group": ["Taliban"],
            "min": "abc",
            "outlet": "TASS,AFP",
        }
    )
    assert filters == Filters(
        countries=("AF",), kinds=("estimate",), since="2018-01-01", groups=("Taliban",),
        outlets=("TASS", "AFP"),
    )  # fmt: skip
    assert len(problems) == 4


def test_since_after_until_in_a_link_keeps_since() -> None:
    filters, problems = pipeline.parse_query({"since": "2019-01-01", "until": "2018-01-01"})
    assert filters == Filters(since="2019-01-01") and "after" in problems[0]


_codes = st.lists(st.from_regex(r"[A-Z]{2}", fullmatch=True), max_size=3, unique=True)
_names = st.lists(
    st.text(st.characters(codec="utf-8", exclude_characters=","), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool),
    max_size=3,
    unique=True,
)


@given(
    countries=_codes,
    groups=_names,
    outlets=_names,
    kinds=st.lists(st.sampled_from(pipeline.KINDS), unique=True),
    since=st.none() | st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    minimum=st.none() | st.integers(0, 10**6),
)
def test_filters_survive_a_trip_through_the_url(
    countries: list[str],
    groups: list[str],
    outlets: list[str],
    kinds: list[str],
    since: str | None,
    minimum: int | None,
) -> None:
    f = pipeline.make_filters(
        countries=countries, groups=groups, outlets=outlets, kinds=kinds, since=since,
        min_figure=minimum,
    )  # fmt: skip
    back, problems = pipeline.parse_query(pipeline.to_query(f))
    assert (back, problems) == (f, [])


def test_describe_says_what_is_filtered() -> None:
    assert pipeline.describe(Filters()) == "All claims"
    text = pipeline.describe(Filters(countries=("AF",), kinds=("estimate",), since="2018"))
    assert text == "countries AF; estimates only; dated 2018 to …"


def test_a_clicked_province_or_country_becomes_a_filter() -> None:
    f = Filters(countries=("AF",))
    assert pipeline.with_place(f, "admin1:AF-BDS") == Filters(countries=("AF",), admin1=("AF-BDS",))
    assert pipeline.with_place(f, "country:TJ").countries == ("AF", "TJ")
    assert pipeline.with_place(f, "border:AF-TJ") == f


# --- views and exports ---------------------------------------------------------------------


@pytest.fixture
def seeded(tmp_path: Path, store: str) -> str:
    engine = pipeline.open_for(store)
    pipeline.ingest(engine, [pipeline.Source("sample", path=pipeline.SAMPLE_FILE)],
                    pipeline.Meta(date="2017-02-09", outlet="TASS"))  # fmt: skip
    path = write_jsonl(tmp_path / "more.jsonl", [wire(i) for i in range(4)] + [hostile()])
    pipeline.ingest(engine, [pipeline.Source(str(path), path=path)])
    engine.dispose()
    return store


def test_focus_keeps_whole_claims_that_name_the_place(seeded: str) -> None:
    engine = pipeline.open_for(seeded)
    claims = query_claims(engine)
    engine.dispose()
    border = pipeline.focus(claims, "border:AF-TJ")
    assert set(border["place_id"]) == {"border:AF-TJ"}
    assert pipeline.focus(claims, None) is claims


def test_per_claim_has_one_row_per_claim_with_places_joined(seeded: str) -> None:
    engine = pipeline.open_for(seeded)
    claims = query_claims(engine)
    engine.dispose()
    rows = pipeline.per_claim(claims)
    assert rows["claim_id"].is_unique
    assert len(rows) == claims["claim_id"].nunique()
    sample = rows[rows["places"] == "north-western Afghanistan"].iloc[0]
    assert sample["countries"] == "AF" and "AF-BDG" in sample["admin1"]
    empty = pipeline.per_claim(claims.iloc[0:0])
    assert empty.empty and "places" in empty.columns


@pytest.mark.parametrize("fmt", pipeline.EXPORT_FORMATS)
def test_export_bytes_match_the_format(seeded: str, fmt: str) -> None:
    engine = pipeline.open_for(seeded)
    filters = Filters(countries=("AF",))
    claims = query_claims(engine, filters)
    engine.dispose()
    data = pipeline.export_bytes(claims, fmt, filters)
    if fmt == "png":
        assert data.startswith(PNG_MAGIC)
    elif fmt == "gpkg":
        assert data.startswith(b"SQLite format 3")
    elif fmt == "geojson":
        features = json.loads(data)["features"]
        assert features and all("AF" in f["properties"]["countries"] for f in features)
    elif fmt == "csv":
        frame = pd.read_csv(io.BytesIO(data))
        assert set(frame["claim_id"]) == set(claims["claim_id"])
    else:
        text = data.decode()
        assert "countries AF" in text and "<script src=" not in text


def test_unknown_export_format_is_explained(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="choose one of"):
        pipeline.export_file(pd.DataFrame(), "pdf", tmp_path / "x.pdf", Filters())
