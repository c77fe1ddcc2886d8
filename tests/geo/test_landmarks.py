"""Conflict geography the bundled layers lack (mountains, gorges, breakaway regions, newer
divisions) resolves to the place containing it; transliterations without their apostrophe
find the province."""

from __future__ import annotations

import pytest

from dashboard.geo import features, regions
from dashboard.geo.gazetteer import make_place
from dashboard.geo.geocoder import Geocoder, get_geocoder
from dashboard.geo.landmarks import LANDMARKS, NEWER_DIVISIONS


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return get_geocoder()


def located(geo: Geocoder, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.id) for m in geo.places(text) if m.role == "location"]


def test_every_entry_names_a_place_the_product_can_draw() -> None:
    for name, place_id in (LANDMARKS | NEWER_DIVISIONS).items():
        kind, _, ref = place_id.partition(":")
        place = make_place(kind, ref)
        assert place is not None, (name, place_id)
        assert place.lat is not None and place.bbox, (name, place_id)


def test_the_new_regions_are_made_of_known_provinces() -> None:
    for key in ("karabakh", "anglophone-cameroon", "mandara-mountains", "jubba-valley",
                "mindanao", "bangsamoro", "vraem"):  # fmt: skip
        _name, _aliases, _countries, provinces, source = regions.MULTI[key]
        assert provinces and source
        for code in provinces:
            assert features.feature(f"admin1:{code}") is not None, (key, code)
    assert regions.MULTI["bangsamoro"][3] == ("PH-BAS", "PH-LAS", "PH-MAG", "PH-TAW")


def test_breakaway_regions_and_gorges(geo: Geocoder) -> None:
    text = (
        "Russia keeps about 1,500 troops in Transnistria. Militants hid in the Pankisi Gorge, "
        "and South Ossetia remains tense."
    )
    assert located(geo, text) == [
        ("Russia", "country:RU"),
        ("Transnistria", "admin1:MD-SN"),
        ("Pankisi Gorge", "admin1:GE-KA"),
        ("South Ossetia", "admin1:GE-SK"),
    ]


def test_mountains_with_a_lower_case_last_word(geo: Geocoder) -> None:
    found = located(geo, "About 300 fighters remain in the Nuba mountains and Mount Sinjar.")
    assert found == [("Nuba mountains", "admin1:SD-KS"), ("Mount Sinjar", "admin1:IQ-NI")]


def test_a_range_across_a_border_is_a_region_of_both_sides(geo: Geocoder) -> None:
    [(text, place_id)] = located(geo, "Boko Haram hides in the Mandara Mountains.")
    assert (text, place_id) == ("Mandara Mountains", "region:mandara-mountains")
    place = make_place("region", "mandara-mountains")
    assert place is not None and set(place.countries) == {"CM", "NG"}


def test_anglophone_regions_with_their_plural(geo: Geocoder) -> None:
    text = "Separatists in the Anglophone regions of Cameroon number about 2,000."
    assert located(geo, text) == [("Anglophone regions of Cameroon", "region:anglophone-cameroon")]
    assert located(geo, "Ambazonia fighters attacked Bamenda.")[0] == (
        "Ambazonia",
        "region:anglophone-cameroon",
    )


def test_a_kenyan_county_is_its_former_province_and_the_bare_name_its_town(
    geo: Geocoder,
) -> None:
    assert located(geo, "Attacks rose in Mandera County.") == [("Mandera County", "admin1:KE-500")]
    assert located(geo, "Attacks rose in Mandera, near the Somali border.")[0] == (
        "Mandera",
        "city:187896",
    )
    # "Tana River" used to be read as Antananarivo (an alternate name, "Tana")
    assert located(geo, "Clashes in Tana River County.") == [("Tana River County", "admin1:KE-300")]


def test_ghanas_newer_regions_and_ethiopias(geo: Geocoder) -> None:
    assert located(geo, "Violence in Ghana's Savannah Region.")[-1] == (
        "Savannah Region",
        "admin1:GH-NP",
    )
    assert located(geo, "Fighting spread in Oromia and Sidama.") == [
        ("Oromia", "admin1:ET-OR"),
        ("Sidama", "admin1:ET-SN"),
    ]


def test_a_namesake_no_longer_wins(geo: Geocoder) -> None:
    assert located(geo, "Jihadists operate in the Inner Niger Delta of Mali.")[0] == (
        "Inner Niger Delta",
        "admin1:ML-5",
    )


def test_libyas_historical_provinces_are_its_parts(geo: Geocoder) -> None:
    found = dict(located(geo, "Haftar's forces hold Cyrenaica and much of the Fezzan."))
    assert found == {"Cyrenaica": "region:LY-east", "Fezzan": "region:LY-southwest"}


def test_names_without_the_apostrophe_of_a_transliteration(geo: Geocoder) -> None:
    text = "Houthi fighters massed in Marib; shelling hit Dnipropetrovsk and Lviv."
    assert located(geo, text) == [
        ("Marib", "admin1:YE-MA"),
        ("Dnipropetrovsk", "admin1:UA-12"),
        ("Lviv", "admin1:UA-46"),
    ]


def test_a_common_word_gets_no_apostrophe_free_form(geo: Geocoder) -> None:
    # Saudi Arabia's Ha'il gets no main name "hail" (some sources list it as an alternate)
    assert geo.gaz.lookup("ha'il")
    assert not [c for c in geo.gaz.lookup("hail") if c.admin1 == "SA-06" and not c.alt]
    assert located(geo, "Hail storms hit the north.") == []


def test_kenyan_counties_listed_with_one_plural_type_word(geo: Geocoder) -> None:
    text = "Troops deployed to Lamu, Garissa and Mandera counties."
    assert located(geo, text) == [
        ("Lamu", "admin1:KE-300"),
        ("Garissa", "admin1:KE-500"),
        ("Mandera counties", "admin1:KE-500"),
    ]
    # a county the table does not know leaves the name as it was (a US county is no
    # division of the bundled data)
    assert located(geo, "Shooting in Dallas County and Tarrant County.") == [
        ("Dallas", "city:4684888")
    ]


def test_plural_type_words_after_the_last_listed_name(geo: Geocoder) -> None:
    assert located(geo, "Fighting in Dnipropetrovsk and Zaporizhzhia oblasts.") == [
        ("Dnipropetrovsk", "admin1:UA-12"),
        ("Zaporizhzhia oblasts", "admin1:UA-23"),
    ]
    # "the regions of Mali" are the country's, not a Guinean prefecture named Mali
    assert located(geo, "in the Gao and Tahoua regions of Mali and Niger")[-2:] == [
        ("Mali", "country:ML"),
        ("Niger", "country:NE"),
    ]


def test_a_part_of_a_territory_named_like_a_country_is_that_territory(geo: Geocoder) -> None:
    # the West Bank is Palestine's territory; Natural Earth also lists it as a country name
    assert located(geo, "Raids continued in the northern West Bank.") == [
        ("West Bank", "admin1:PS-WBK")
    ]
    assert located(geo, "Raids continued in northern Afghanistan.") == [
        ("northern Afghanistan", "region:AF-north")
    ]


def test_sudans_newer_states(geo: Geocoder) -> None:
    # Natural Earth lists "West Darfur" as an alternate of Central Darfur too; West Kordofan
    # was rebuilt from parts of North and South Kordofan: the region holding both
    assert located(geo, "RSF fighters massed in West Darfur and West Kordofan.") == [
        ("West Darfur", "admin1:SD-DW"),
        ("West Kordofan", "region:kordofan"),
    ]
    assert located(geo, "Clashes in South Kordofan.") == [("South Kordofan", "admin1:SD-KS")]


def test_a_provinces_own_name_beats_an_old_name_of_its_offshoot(geo: Geocoder) -> None:
    # Natural Earth keeps "Kouilou" on Pointe-Noire and "Ouaddai" on Sila (split off later)
    assert [c.ref for c in geo.gaz.lookup("kouilou") if c.kind == "admin1"] == ["CG-5"]
    assert [c.ref for c in geo.gaz.lookup("ouaddai") if c.kind == "admin1"] == ["TD-OD"]
    assert located(geo, "Chadian troops deployed to the Kolda region of Senegal.")[1] == (
        "Kolda region",
        "admin1:SN-KD",
    )
