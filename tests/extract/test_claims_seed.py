"""The seed article (TASS, 9 February 2017), claim by claim, exactly as issue 4 states it."""

from __future__ import annotations

import pytest

from dashboard.extract.claims import extract
from dashboard.model import Article, Claim

from .conftest import SEED_PATH


@pytest.fixture(scope="module")
def seed() -> tuple[Article, list[Claim]]:
    return extract(SEED_PATH.read_bytes(), filename=SEED_PATH.name, date="2017-02-09")


def estimates(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "estimate"]


def concerns(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "concern"]


def place_ids(c: Claim) -> list[str]:
    return [m.place.id for m in c.places]


def test_article_metadata(seed: tuple[Article, list[Claim]]) -> None:
    article, _ = seed
    assert (article.outlet, article.date, article.date_precision, article.dateline) == (
        "TASS",
        "2017-02-09",
        "day",
        "MOSCOW",
    )


def test_three_estimates_with_figures_groups_places_and_modality(
    seed: tuple[Article, list[Claim]],
) -> None:
    got = [
        (
            c.number_text,
            c.number_low,
            c.number_high,
            c.qualifier,
            c.unit,
            c.group,
            c.group_canonical,
            place_ids(c),
            c.modality,
            c.speaker,
        )
        for c in estimates(seed[1])
    ]
    assert got == [
        (
            "some 1,000",
            1000,
            1000,
            "approximate",
            "gunmen",
            "ISIS",
            "Islamic State",
            ["region:AF-northwest"],
            "asserted",
            "Zamir Kabulov",
        ),
        (
            "about 3,500",
            3500,
            3500,
            "approximate",
            "gunmen",
            "IS",
            "Islamic State",
            ["country:AF"],
            "projected",
            "Zamir Kabulov",
        ),
        (
            "around 15,000",
            15000,
            15000,
            "approximate",
            "men",
            None,
            None,
            ["region:AF-north"],
            "asserted",
            "Zamir Kabulov",
        ),
    ]


def test_the_north_western_estimate_names_the_region_as_written(
    seed: tuple[Article, list[Claim]],
) -> None:
    first = estimates(seed[1])[0]
    assert [m.text for m in first.places] == ["Afghanistan’s north-western provinces"]


def test_the_3500_estimate_takes_afghanistan_from_two_sentences_back(
    seed: tuple[Article, list[Claim]],
) -> None:
    article, claims = seed
    place = estimates(claims)[1].places[0]
    assert place.text == "Afghanistan"
    assert article.text[place.start : place.end] == "Afghanistan"
    assert "activity of IS" in article.text[place.start - 80 : place.start]


def test_four_concerns_in_text_order(seed: tuple[Article, list[Claim]]) -> None:
    got = [(place_ids(c), c.group_canonical, c.modality) for c in concerns(seed[1])]
    assert got == [
        (["border:AF-TM"], None, "asserted"),
        (["region:central-asia"], None, "projected"),
        (["admin1:AF-BDS"], "Islamic State", "asserted"),
        (["border:AF-TJ"], None, "conditional"),
    ]
    assert {c.speaker for c in concerns(seed[1])} == {"Zamir Kabulov"}


def test_no_estimate_from_dates_years_or_the_past_few_years(
    seed: tuple[Article, list[Claim]],
) -> None:
    texts = [c.number_text for c in estimates(seed[1])]
    assert not {"9", "February 9", "2014", "few"} & set(texts)


def test_russia_is_never_a_place(seed: tuple[Article, list[Claim]]) -> None:
    for c in seed[1]:
        assert all("RU" not in m.place.countries for m in c.places), c.quote


def test_quotes_are_whole_sentences_of_the_text(seed: tuple[Article, list[Claim]]) -> None:
    article, claims = seed
    for c in claims:
        assert c.quote == article.text[c.start : c.end]
        assert c.quote[0] in '"“A' and c.quote.rstrip('"”')[-1] in ".!?"


def test_without_date_the_dateline_gives_day_and_month_only() -> None:
    article, claims = extract(SEED_PATH.read_bytes())
    assert (article.date, article.date_precision) == ("--02-09", "day-month")
    assert len(estimates(claims)) == 3
