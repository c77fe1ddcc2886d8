"""Divisions the bundled 2014-era boundaries lack: Burkina Faso's regions assembled from
their provinces, and newer provinces resolved to the older division that contains them."""

from __future__ import annotations

import pytest

from dashboard.geo import regions
from dashboard.geo.geocoder import Geocoder, get_geocoder
from dashboard.geo.shapes import geometry_for
from dashboard.model import Mention


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return get_geocoder()


def located(geo: Geocoder, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.id) for m in geo.places(text) if m.role == "location"]


def first(geo: Geocoder, text: str, phrase: str) -> Mention:
    hits = [m for m in geo.places(text) if phrase in m.text]
    assert hits, f"{phrase!r} not in {[m.text for m in geo.places(text)]}"
    return hits[0]


def test_every_burkina_region_is_made_of_bundled_provinces() -> None:
    from dashboard.geo import features

    provinces = [
        p
        for key in regions.DIVISIONS
        if key.startswith("BF-")
        for p in regions.division(key).admin1
    ]  # type: ignore[union-attr]
    assert len(provinces) == 45 == len(set(provinces))  # each of the 45 provinces once
    assert all(features.feature(f"admin1:{p}") is not None for p in provinces)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Jihadists attacked a convoy in the Est region of Burkina Faso.", "Est", "region:BF-08"),
        (
            "In Burkina Faso's Centre-Nord region, the army retook Kaya.",
            "Centre-Nord",
            "region:BF-05",
        ),
        ("Ouagadougou says the Hauts-Bassins region is calm.", "Hauts-Bassins", "region:BF-09"),
        # the same French names are Cameroon's regions in an article about Cameroon
        ("In Cameroon, separatists are active but the Est region is calm.", "Est", "admin1:CM-ES"),
    ],
)
def test_burkina_regions_by_context(geo: Geocoder, text: str, phrase: str, expected: str) -> None:
    assert first(geo, text, phrase).place.id == expected


def test_a_burkina_region_is_a_province_level_union(geo: Geocoder) -> None:
    place = first(geo, "Fighting spread across Burkina Faso's Sahel region.", "Sahel").place
    # "Burkina Faso's" picks the region over the multi-country Sahel
    assert place.id == "region:BF-12"
    assert place.precision == 4
    assert sorted(place.admin1) == ["BF-OUD", "BF-SEN", "BF-SOM", "BF-YAG"]
    geom = geometry_for(place.id)
    assert geom is not None and geom.geom_type == "Polygon"  # the provinces share edges


def test_bare_sahel_stays_the_multi_country_region(geo: Geocoder) -> None:
    text = "Burkina Faso's army says jihadists roam the Sahel."
    assert first(geo, text, "Sahel").place.id == "region:sahel"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("ADF rebels moved into Ituri province from North Kivu.", "Ituri", "admin1:CD-OR"),
        ("Militias clashed again in Ituri, Congo.", "Ituri", "admin1:CD-OR"),
        ("Miners fled Lualaba and Haut-Katanga, Congo.", "Lualaba", "admin1:CD-KA"),
        ("The Kasai province of DR Congo saw new fighting.", "Kasai", "admin1:CD-KW"),
        ("Soldiers were deployed to the Menaka region of Mali.", "Menaka", "admin1:ML-7"),
        ("Boko Haram hides in the Sambisa Forest.", "Sambisa", "admin1:NG-BO"),
        ("BUNIA, Democratic Republic of Congo (AFP) - Militias", "Congo", "country:CD"),
    ],
)
def test_newer_divisions_resolve_to_the_bundled_one_containing_them(
    geo: Geocoder, text: str, phrase: str, expected: str
) -> None:
    assert first(geo, text, phrase).place.id == expected


def test_a_bare_town_name_is_not_its_newer_region(geo: Geocoder) -> None:
    text = "Gunmen attacked the market in Menaka, Mali, on Sunday."
    assert first(geo, text, "Menaka").place.kind == "city"


def test_a_militia_named_after_a_place_is_not_a_location(geo: Geocoder) -> None:
    mentions = geo.places("The rival Zaire militia has several hundred armed men.")
    assert [(m.text, m.role) for m in mentions] == [("Zaire", "in-name")]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at the Centre for Strategic Studies disagree.",
        "Hikers went missing in the Cascades.",
    ],
)
def test_names_that_mean_something_else_alone_are_not_read_as_burkina_regions(
    geo: Geocoder, text: str
) -> None:
    assert not any(m.place.id.startswith("region:BF-") for m in geo.places(text))


def test_the_centre_region_when_burkina_faso_owns_it(geo: Geocoder) -> None:
    assert first(geo, "Burkina Faso's Centre region is calm.", "Centre").place.id == "region:BF-03"


def test_one_plural_type_word_makes_each_listed_name_a_division(geo: Geocoder) -> None:
    text = "IS fighters roam the Menaka and Gao regions of Mali."
    assert located(geo, text) == [
        ("Menaka", "admin1:ML-7"),  # Ménaka region (2016) lies in the bundled Gao region
        ("Gao regions", "admin1:ML-7"),  # the last name carries the plural type word
        ("Mali", "country:ML"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dissident republicans remain active in Northern Ireland.", ["region:GB-NIR"]),
        ("He moved from Wales to Scotland.", ["region:GB-WLS", "region:GB-SCT"]),
        ("Police in England made arrests.", ["region:GB-ENG"]),
        ("Britain and the United Kingdom", ["country:GB", "country:GB"]),
        ("Town meetings across New England", ["region:new-england"]),
    ],
)
def test_the_uk_nations_are_their_council_areas(
    geo: Geocoder, text: str, expected: list[str]
) -> None:
    assert [p for _t, p in located(geo, text)] == expected


def test_the_uk_nations_share_out_every_unit_once() -> None:
    from dashboard.geo import features

    units = [
        u for key in ("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR") for u in regions.division(key).admin1
    ]  # type: ignore[union-attr]
    assert len(units) == len(set(units)) == len(features.provinces_of("GB"))
    assert regions.division("GB-WLS").precision == 4  # type: ignore[union-attr]


def test_provinces_newer_than_the_bundled_boundaries_read_as_their_old_province() -> None:
    geo = get_geocoder()
    for name, code in (
        ("Hela", "admin1:PG-SHM"),
        ("Jiwaka Province", "admin1:PG-WHM"),
        ("Bordj Badji Mokhtar", "admin1:DZ-01"),
    ):
        place = geo.geocode(name)
        assert place is not None and place.id == code, name
