"""Hand-built articles and claims for the store tests (no extractor or geocoder involved).

``seed_article()`` and ``seed_claims()`` are what a reader takes from the TASS seed
article; ``synthetic_article(i)`` makes distinct small articles for load tests. Also
imported by ``ingest_worker.py``, which runs as a separate process.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from dashboard.model import Article, Claim, Mention, Place

SEED_PATH = (
    Path(__file__).resolve().parents[1] / "fixtures" / "tass-2017-02-09-kabulov-afghanistan.txt"
)
SPEAKER = "Zamir Kabulov"

NORTHWEST = Place(
    id="region:AF-northwest",
    kind="region",
    name="north-western Afghanistan",
    countries=("AF",),
    admin1=("AF-BDG", "AF-FYB", "AF-HER", "AF-JOW", "AF-SAR"),
    precision=5,
    lat=35.6,
    lon=63.4,
    bbox=(60.5, 33.5, 66.5, 37.4),
    geometry_type="MultiPolygon",
)
NORTH = Place(
    id="region:AF-north",
    kind="region",
    name="northern Afghanistan",
    countries=("AF",),
    admin1=("AF-BAL", "AF-BDS", "AF-JOW", "AF-KDZ", "AF-SAM", "AF-TAK"),
    precision=5,
    lat=36.6,
    lon=67.9,
    bbox=(64.0, 35.0, 71.7, 38.5),
    geometry_type="MultiPolygon",
)
AFGHANISTAN = Place(
    id="country:AF",
    kind="country",
    name="Afghanistan",
    countries=("AF",),
    admin1=(),
    precision=6,
    lat=33.9,
    lon=67.7,
    bbox=(60.5, 29.4, 74.9, 38.5),
    geometry_type="Polygon",
)
BORDER_AF_TM = Place(
    id="border:AF-TM",
    kind="border",
    name="Afghanistan–Turkmenistan border",
    countries=("AF", "TM"),
    admin1=("AF-BDG", "AF-FYB", "AF-HER", "AF-JOW", "TM-L", "TM-M"),
    precision=5,
    lat=36.5,
    lon=63.5,
    bbox=(60.9, 35.1, 66.6, 37.4),
    geometry_type="LineString",
)
BORDER_AF_TJ = Place(
    id="border:AF-TJ",
    kind="border",
    name="Afghanistan–Tajikistan border",
    countries=("AF", "TJ"),
    admin1=("AF-BDS", "AF-KDZ", "AF-TAK", "TJ-GB", "TJ-KT"),
    precision=5,
    lat=37.3,
    lon=69.9,
    bbox=(67.8, 36.7, 74.9, 38.5),
    geometry_type="LineString",
)
BADAKHSHAN = Place(
    id="admin1:AF-BDS",
    kind="admin1",
    name="Badakhshan",
    countries=("AF",),
    admin1=("AF-BDS",),
    precision=4,
    lat=36.7,
    lon=71.6,
    bbox=(69.9, 35.4, 74.9, 38.5),
    geometry_type="Polygon",
)
CENTRAL_ASIA = Place(
    id="region:central-asia",
    kind="region",
    name="Central Asia",
    countries=("KG", "TJ", "TM", "UZ"),
    admin1=(),
    precision=6,
    lat=41.0,
    lon=64.0,
    bbox=(52.4, 35.1, 80.3, 45.6),
    geometry_type="MultiPolygon",
)


def sha(text: str) -> str:
    """The article id the extractor would compute (here over the text as given)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def seed_article(**changes: object) -> Article:
    """The TASS article as the reader would load it: day and month known, no year."""
    text = seed_text()
    article = Article(
        text=text,
        sha256=sha(text),
        title="Russia ready to restore cooperation on Afghanistan with US, NATO — diplomat",
        outlet="TASS",
        date="--02-09",
        date_precision="day-month",
        dateline="MOSCOW, February 9",
    )
    return replace(article, **changes)  # type: ignore[arg-type]


def span(text: str, needle: str, after: int = 0) -> tuple[str, int, int]:
    """``needle`` and its offsets in ``text`` (first occurrence at or after ``after``)."""
    start = text.index(needle, after)
    return needle, start, start + len(needle)


def mention(text: str, place: Place, needle: str, after: int = 0) -> Mention:
    found, start, end = span(text, needle, after)
    return Mention(place=place, text=found, start=start, end=end)


def seed_claims() -> list[Claim]:
    """Seven claims a careful reader finds in the seed article, with their places."""
    t = seed_text()
    q = [
        span(t, "The situation on the Afghanistan-Turkmenistan border causes certain concern here"),
        span(t, "We have information about some 1,000 gunmen of ISIS"),
        span(t, "the numerical strength of IS gunmen is estimated at about 3,500 people"),
        span(
            t,
            "The total strength of extremists in northern Afghanistan stands at around 15,000 men",
        ),
        span(t, "an alarming situation is unfolding on the Tajik direction"),
        span(t, "in case the situation on the Tajik-Afghan border sharply deteriorates"),
        span(t, "the militants may try to expand into the territories of neighboring countries"),
    ]
    return [
        Claim(
            kind="concern",
            quote=q[0][0],
            start=q[0][1],
            end=q[0][2],
            speaker=SPEAKER,
            places=[mention(t, BORDER_AF_TM, "Afghanistan-Turkmenistan border")],
        ),
        Claim(
            kind="estimate",
            quote=q[1][0],
            start=q[1][1],
            end=q[1][2],
            number_low=1000,
            number_high=1000,
            number_text="some 1,000",
            qualifier="approximate",
            unit="gunmen",
            group="ISIS",
            group_canonical="Islamic State",
            speaker=SPEAKER,
            places=[mention(t, NORTHWEST, "north-western provinces")],
        ),
        Claim(
            kind="estimate",
            quote=q[2][0],
            start=q[2][1],
            end=q[2][2],
            number_low=3500,
            number_high=3500,
            number_text="about 3,500",
            qualifier="approximate",
            unit="people",
            group="IS",
            group_canonical="Islamic State",
            speaker=SPEAKER,
            places=[mention(t, AFGHANISTAN, "Afghanistan", q[2][1] - 400)],
        ),
        Claim(
            kind="estimate",
            quote=q[3][0],
            start=q[3][1],
            end=q[3][2],
            number_low=15000,
            number_high=15000,
            number_text="around 15,000",
            qualifier="approximate",
            unit="men",
            group="extremists",
            speaker=SPEAKER,
            places=[mention(t, NORTH, "northern Afghanistan")],
        ),
        Claim(
            kind="concern",
            quote=q[4][0],
            start=q[4][1],
            end=q[4][2],
            group="IS",
            group_canonical="Islamic State",
            speaker=SPEAKER,
            places=[
                mention(t, BORDER_AF_TJ, "Tajik direction"),
                mention(t, BADAKHSHAN, "Badakhshan"),
            ],
        ),
        Claim(
            kind="concern",
            quote=q[5][0],
            start=q[5][1],
            end=q[5][2],
            speaker=SPEAKER,
            modality="conditional",
            places=[mention(t, BORDER_AF_TJ, "Tajik-Afghan border")],
        ),
        Claim(
            kind="concern",
            quote=q[6][0],
            start=q[6][1],
            end=q[6][2],
            group="militants",
            speaker=SPEAKER,
            modality="projected",
            places=[mention(t, CENTRAL_ASIA, "Central Asia")],
        ),
    ]


#: Claims per synthetic article cycle through these counts (0 included: an article
#: without claims must be stored too).
SYNTHETIC_CLAIM_COUNTS = (3, 1, 0, 2, 4)


def synthetic_claim_count(i: int) -> int:
    return SYNTHETIC_CLAIM_COUNTS[i % len(SYNTHETIC_CLAIM_COUNTS)]


def synthetic_article(i: int) -> tuple[Article, list[Claim]]:
    """A distinct small article ``i`` whose title states how many claims it has."""
    n = synthetic_claim_count(i)
    sentences = [
        f"Report {i}, item {k}: some {100 * (k + 1) + i} fighters gathered near Kunduz."
        for k in range(n)
    ]
    text = f"Synthetic article {i}. " + " ".join(sentences)
    article = Article(
        text=text,
        sha256=sha(text),
        title=f"synthetic {i} ({n} claims)",
        outlet=("TASS", "Reuters", "AFP")[i % 3],
        date=f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}",
        date_precision="day",
    )
    claims = []
    for k, sentence in enumerate(sentences):
        quote, start, end = span(text, sentence)
        figure = 100 * (k + 1) + i
        claims.append(
            Claim(
                kind="estimate",
                quote=quote,
                start=start,
                end=end,
                number_low=figure,
                number_high=figure,
                number_text=f"some {figure}",
                qualifier="approximate",
                unit="fighters",
                group="Taliban",
                group_canonical="Taliban",
                places=[mention(text, NORTH, "Kunduz", start)],
            )
        )
    return article, claims
