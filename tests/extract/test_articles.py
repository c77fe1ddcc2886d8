"""Annotated test articles (tests/fixtures/articles/*.json): varied outlets' styles and
regions, each with the claims a careful reader finds.

Figures must match exactly, in order. Groups, places and modality must match unless the
annotation marks the field ``known`` (an error whose cause lies outside the claims builder,
mostly a geocoder gap); ``benchmarks/extract_accuracy.py`` scores those too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dashboard.extract.claims import extract
from dashboard.model import Article, Claim

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
GOLD = sorted(ARTICLES.glob("*.json"))


def load(path: Path) -> tuple[dict[str, Any], Article, list[Claim]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = path.parent / gold["file"]
    article, claims = extract(source.read_bytes(), filename=source.name, date=gold.get("date_arg"))
    return gold, article, claims


@pytest.fixture(scope="module", params=GOLD, ids=[p.stem for p in GOLD])
def annotated(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Article, list[Claim]]:
    return load(request.param)


def test_there_are_enough_varied_articles() -> None:
    assert len(GOLD) >= 15
    suffixes = {(ARTICLES / json.loads(p.read_text())["file"]).suffix for p in GOLD}
    assert {".txt", ".html", ".md"} <= suffixes


def test_figures_match_exactly_in_order(
    annotated: tuple[dict[str, Any], Article, list[Claim]],
) -> None:
    gold, _article, claims = annotated
    got = [
        (c.number_text, c.number_low, c.number_high, c.qualifier)
        for c in claims
        if c.kind == "estimate"
    ]
    want = [(e["number_text"], e["low"], e["high"], e["qualifier"]) for e in gold["estimates"]]
    assert got == want


def test_groups_places_and_modality(
    annotated: tuple[dict[str, Any], Article, list[Claim]],
) -> None:
    gold, _article, claims = annotated
    estimates = [c for c in claims if c.kind == "estimate"]
    assert len(estimates) == len(gold["estimates"])
    for c, e in zip(estimates, gold["estimates"], strict=True):
        known = e.get("known", {})
        if "group" not in known:
            assert c.group_canonical == e["group"], c.quote
        if "places" not in known:
            assert sorted(m.place.id for m in c.places) == sorted(e["places"]), c.quote
        if "modality" not in known:
            assert c.modality == e["modality"], c.quote


def test_metadata(annotated: tuple[dict[str, Any], Article, list[Claim]]) -> None:
    gold, article, _claims = annotated
    assert article.outlet == gold["outlet"]
    assert article.dateline == gold["dateline"]
    if "date" in gold:
        assert article.date == gold["date"]


def test_quotes_are_exact_sentences(
    annotated: tuple[dict[str, Any], Article, list[Claim]],
) -> None:
    _gold, article, claims = annotated
    for c in claims:
        assert c.quote == article.text[c.start : c.end]
        assert c.quote == c.quote.strip()
        for m in c.places:
            assert article.text[m.start : m.end] == m.text
