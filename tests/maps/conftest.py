"""Claims tables built by hand in the store's flat shape (no extractor, no store).

``seed_claims`` is what a reader takes from the TASS seed article, placed on provinces
while the regions table is not there ("north-western provinces" → the five provinces,
"northern Afghanistan" → six), plus one town claim and one region claim whose boundary
may be unknown. ``hostile_claims`` carries script payloads in every article field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
import shapely

from dashboard.geo import data, shapes
from dashboard.maps import geometry
from dashboard.model import CLAIM_TABLE_COLUMNS

SPEAKER = "Zamir Kabulov"
TITLE = "Russia ready to restore cooperation on Afghanistan with US, NATO — diplomat"
Q_TM = "The situation on the Afghanistan-Turkmenistan border causes certain concern here"
Q_1000 = (
    "We have information about some 1,000 gunmen of ISIS (the former name of Islamic State, "
    "a terrorist organization outlawed in Russia) stationed in Afghanistan’s north-western "
    "provinces"
)
Q_3500 = (
    "At the moment, the numerical strength of IS gunmen is estimated at about 3,500 people, "
    "and given the number of sympathizers and ‘dormant’ cells of the group, this figure may "
    "rise sharply"
)
Q_15000 = "The total strength of extremists in northern Afghanistan stands at around 15,000 men"
Q_BDS = (
    "As of today, an alarming situation is unfolding on the Tajik direction due to "
    "concentration of IS militants in the province of Badakhshan"
)
Q_TJ = (
    "We believe that in case the situation on the Tajik-Afghan border sharply deteriorates, "
    "and extremists make an attempt to break through from the Afghan territory, capabilities "
    "of the CSTO may be used under a due appeal of the Tajik side"
)
NORTHWEST = ("AF-BDG", "AF-FYB", "AF-HER", "AF-JOW", "AF-SAR")
NORTH = ("AF-BAL", "AF-BDS", "AF-JOW", "AF-KDZ", "AF-SAM", "AF-TAK")
KUNDUZ_CITY = "city:1135689"

_ARTICLE: dict[str, Any] = {
    "article_id": 1,
    "speaker": SPEAKER,
    "reviewed": False,
    "date": "--02-09",
    "outlet": "TASS",
    "url": "https://tass.com/politics/930000",
    "title": TITLE,
}


def claim_row(claim_id: int, place_id: str | None, **fields: Any) -> dict[str, Any]:
    """One table row: article defaults, no figure, asserted, plus ``fields``."""
    row: dict[str, Any] = dict.fromkeys(CLAIM_TABLE_COLUMNS)
    row.update(_ARTICLE)
    row.update(claim_id=claim_id, kind="concern", modality="asserted", place_id=place_id)
    if place_id is not None:
        kind, _, key = place_id.partition(":")
        row["place_kind"] = kind
        row["precision"] = {"admin1": 4, "border": 5, "region": 5, "country": 6, "city": 1}[kind]
        row["place_name"] = _place_name(kind, key)
        row["countries"] = key.split("-")[0] if kind != "city" else "AF"
        row["admin1"] = key if kind == "admin1" else ""
    row.update(fields)
    return row


def _place_name(kind: str, key: str) -> str:
    row = (
        data.province(key) if kind == "admin1" else data.country(key) if kind == "country" else None
    )
    if row is not None:
        return str(row["name"])
    if kind == "border" and key in data.borders().index:
        return str(data.borders().loc[key, "name"])
    if kind == "city" and key.isdigit():
        places = data.places()
        return str(places.loc[places["geonameid"] == int(key), "name"].iloc[0])
    return {"AF-north": "northern Afghanistan", "central-asia": "Central Asia"}.get(key, key)


def estimate(low: int, text: str, unit: str, group: str | None, **kw: Any) -> dict[str, Any]:
    """Fields of an estimate claim with a single figure."""
    return {
        "kind": "estimate",
        "number_low": low,
        "number_high": kw.pop("high", low),
        "number_text": text,
        "qualifier": kw.pop("qualifier", "approximate"),
        "unit": unit,
        "group": group,
        **kw,
    }


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows → the store's dtypes (nullable ints for figures and precision)."""
    df = pd.DataFrame(rows, columns=list(CLAIM_TABLE_COLUMNS))
    for col in ("number_low", "number_high", "precision"):
        df[col] = df[col].astype("Int64")
    df["claim_id"] = df["claim_id"].astype("int64")
    df["article_id"] = df["article_id"].astype("int64")
    df["reviewed"] = df["reviewed"].astype(bool)
    return df


def seed_rows() -> list[dict[str, Any]]:
    """The seed article's claims, one row per claim and place."""
    is_ = {"group_canonical": "Islamic State"}
    rows = [claim_row(1, "border:AF-TM", quote=Q_TM)]
    rows += [
        claim_row(
            2, f"admin1:{c}", quote=Q_1000, **estimate(1000, "some 1,000", "gunmen", "ISIS", **is_)
        )
        for c in NORTHWEST
    ]
    rows.append(
        claim_row(
            3, "country:AF", quote=Q_3500, modality="projected",
            **estimate(3500, "about 3,500", "people", "IS", **is_),
        )
    )  # fmt: skip
    rows += [
        claim_row(
            4, f"admin1:{c}", quote=Q_15000, **estimate(15000, "around 15,000", "men", "extremists")
        )
        for c in NORTH
    ]
    rows.append(claim_row(5, "border:AF-TJ", quote=Q_BDS, group="IS", **is_))
    rows.append(claim_row(5, "admin1:AF-BDS", quote=Q_BDS, group="IS", **is_))
    rows.append(claim_row(6, "border:AF-TJ", quote=Q_TJ, modality="conditional"))
    rows.append(
        claim_row(
            7, KUNDUZ_CITY, quote="Some 300 fighters gathered near Kunduz.",
            date="2017-03-01", outlet="Example Wire", url=None, title=None,
            **estimate(300, "some 300", "fighters", "Taliban"),
        )
    )  # fmt: skip
    rows.append(claim_row(8, None, quote="Militants are regrouping.", group="militants"))
    return rows


@pytest.fixture
def seed_claims() -> pd.DataFrame:
    """The seed article's claims (provinces stand in for the regions)."""
    return frame(seed_rows())


HOSTILE_QUOTE = "<script>alert(1)</script> <img src=x onerror=alert(1)> ${alert(1)} `x` </script>"


@pytest.fixture
def hostile_claims() -> pd.DataFrame:
    """Payloads in every field that came from an article, and a ``javascript:`` URL."""
    payload = {
        "quote": HOSTILE_QUOTE,
        "group": "<img src=x onerror=alert(1)>",
        "speaker": "${alert(1)}",
        "outlet": "`${alert(1)}`",
        "title": "</script><script>alert(1)</script>",
        "url": "javascript:alert(1)",
        "unit": "\\`-alert(1)-`",
        "place_name": "<b onmouseover=alert(1)>Badakhshan</b>",
    }
    rows = [
        claim_row(
            1, "admin1:AF-BDS", **{**estimate(500, "<svg onload=alert(1)>", "men", None), **payload}
        ),
        claim_row(2, "border:AF-TM", **payload),
        claim_row(3, KUNDUZ_CITY, **payload),
    ]
    return frame(rows)


@pytest.fixture
def fake_regions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """region:AF-north as the union of six provinces, whatever the regions table says.

    Patches the maps' own geometry lookup, so these tests do not depend on the
    signature of ``dashboard.geo.regions`` (written alongside).
    """
    real = geometry.place_geometry

    def place_geometry(place_id: str) -> shapely.Geometry | None:
        if place_id == "region:AF-north":
            return shapely.union_all([data.province(c).geometry for c in NORTH])  # type: ignore[union-attr]
        return real(place_id)

    monkeypatch.setattr(geometry, "place_geometry", place_geometry)
    geometry.clear_caches()
    yield
    geometry.clear_caches()


def real_regions_available() -> bool:
    """True when dashboard.geo.regions exists and knows region:AF-north."""
    try:
        return shapes.geometry_for("region:AF-north") is not None
    except Exception:  # the module is being written: absent or mid-change
        return False
