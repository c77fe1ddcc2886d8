"""Divisions named for a point of the compass, in English: compass.py."""

from __future__ import annotations

import pytest

from dashboard.geo.geocoder import Geocoder, get_geocoder


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return get_geocoder()


def found(geo: Geocoder, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.id) for m in geo.places(text)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # French names translated: Est, Nord, Nord-Est, Centre-Nord
        ("Kidnappers roam Cameroon's East region.", ("East region", "admin1:CM-ES")),
        ("Refugees reached the North Region of Cameroon.", ("North Region", "admin1:CM-NO")),
        (
            "Gangs took roads in Haiti's North-East department.",
            ("North-East department", "admin1:HT-NE"),
        ),
        (
            "JNIM blockades towns in Burkina Faso's Centre-North region.",
            ("Centre-North region", "region:BF-05"),
        ),
        # names that are English already, kept from the common words by the type word
        ("Rebels crossed into Rwanda's Western Province.", ("Western Province", "admin1:RW-04")),
        # a zone of Nigeria's, whose press adds "region" to its name
        (
            "Boko Haram attacks rose in Nigeria's North-East region.",
            ("North-East region", "region:NG-northeast"),
        ),
    ],
)
def test_a_compass_name_with_a_type_word_is_the_countrys_division(
    geo: Geocoder, text: str, mention: tuple[str, str]
) -> None:
    assert mention in found(geo, text)


def test_the_country_comes_from_the_story_when_the_phrase_names_none(geo: Geocoder) -> None:
    text = "Cameroon's army is stretched. In the East Region, near Garoua-Boulaï, gangs roam."
    assert ("East Region", "admin1:CM-ES") in found(geo, text)


def test_a_list_of_compass_names_before_a_plural_type_word(geo: Geocoder) -> None:
    text = "Gangs operate in Cameroon's Adamawa, East and North regions."
    ids = {pid for _, pid in found(geo, text)}
    assert {"admin1:CM-AD", "admin1:CM-ES", "admin1:CM-NO"} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell across the east region of the country.",  # lower case: a part, not a name
        "Officials in the East region said the talks had failed.",  # no country at all
        "Canada's North region saw snow.",  # Canada has no division so named
    ],
)
def test_no_division_without_a_capital_a_country_or_a_division_so_named(
    geo: Geocoder, text: str
) -> None:
    assert all(pid.startswith("country:") for _, pid in found(geo, text))
