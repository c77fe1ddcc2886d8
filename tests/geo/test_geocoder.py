"""The geocoder on each phrase family, on the seed article and on texts written for the tests."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.geo import regions
from dashboard.geo.geocoder import Geocoder, get_geocoder
from dashboard.geo.geopy_provider import HotspotsGeocoder
from dashboard.geo.shapes import geometry_for
from dashboard.model import Mention


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return get_geocoder()


def ids(mentions: list[Mention], role: str = "location") -> list[str]:
    return [m.place.id for m in mentions if m.role == role]


def found(geo: Geocoder, text: str, phrase: str) -> Mention:
    """The mention whose text contains ``phrase`` (fails when there is none)."""
    hits = [m for m in geo.places(text) if phrase in m.text]
    assert hits, f"{phrase!r} not found in {[m.text for m in geo.places(text)]}"
    return hits[0]


# --- countries -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fighting resumed in Afghanistan on Monday.", "AF"),
        ("The Kyrgyz Republic closed its crossings.", "KG"),
        ("Officials in the U.S. said the talks stalled.", "US"),
        ("UK ministers met in private.", "GB"),
        ("Afghan forces retreated.", "AF"),
        ("Tajik border guards fired warning shots.", "TJ"),
        ("A Tajikistani delegation arrived.", "TJ"),
        ("Turkmen officials denied it.", "TM"),
        ("Uzbek troops held an exercise.", "UZ"),
        ("Pakistani police raided the compound.", "PK"),
        ("Syrian army units withdrew.", "SY"),
        ("Nigerian soldiers were deployed.", "NG"),
        ("Nigerien soldiers were deployed.", "NE"),
    ],
)
def test_countries_names_codes_and_adjectives(geo: Geocoder, text: str, code: str) -> None:
    assert ids(geo.places(text))[0] == f"country:{code}"


# --- first-order divisions -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Clashes were reported in Badakhshan, Afghan officials said.",
        "Clashes were reported in the province of Badakhshan in Afghanistan.",
        "Afghan Badakhshan saw heavy snow.",
    ],
)
def test_badakhshan_in_an_afghan_article(geo: Geocoder, text: str) -> None:
    assert found(geo, text, "Badakhshan").place.id == "admin1:AF-BDS"


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan's Badakhshan region remains tense, officials in Dushanbe said.",
        "Residents of Khorugh in Badakhshan told Tajik media the road was closed. Tajikistan "
        "has sent police.",
        "Protests spread across Gorno-Badakhshan.",
    ],
)
def test_badakhshan_in_a_tajik_article(geo: Geocoder, text: str) -> None:
    assert found(geo, text, "Badakhshan").place.id == "admin1:TJ-GB"


@pytest.mark.parametrize("text", ["Kunduz Province", "Konduz province", "the province of Kunduz"])
def test_type_words_pick_the_province(geo: Geocoder, text: str) -> None:
    place = geo.geocode(text)
    assert place is not None and place.id == "admin1:AF-KDZ"
    assert place.precision == 4 and place.admin1 == ("AF-KDZ",)


def test_city_type_word_picks_the_town(geo: Geocoder) -> None:
    m = found(geo, "Taliban fighters entered the city of Kunduz in Afghanistan.", "Kunduz")
    assert m.place.kind == "city" and m.place.countries == ("AF",)
    assert m.place.admin1 == ("AF-KDZ",) and m.place.precision == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police in Punjab arrested militants near Lahore, Pakistani officials said.", "PK-PB"),
        ("Farmers in Punjab protested in Amritsar, Indian media reported.", "IN-PB"),
    ],
)
def test_punjab_follows_the_article(geo: Geocoder, text: str, code: str) -> None:
    assert found(geo, text, "Punjab").place.id == f"admin1:{code}"


def test_georgia_next_to_chechnya_is_the_country(geo: Geocoder) -> None:
    text = "Fighters crossed from Chechnya into Georgia through the Pankisi gorge."
    assert found(geo, text, "Georgia").place.id == "country:GE"


# --- borders ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired on the Tajik-Afghan border.",
        "Shots were fired on the Afghan-Tajik border.",
        "Shots were fired on the Afghanistan–Tajikistan border.",
        "Shots were fired on the border between Afghanistan and Tajikistan.",
        "Shots were fired on Tajikistan's border with Afghanistan.",
        "Shots were fired on the Afghan-Tajik frontier.",
    ],
)
def test_border_phrases_resolve_to_the_border_line(geo: Geocoder, text: str) -> None:
    m = found(geo, text, "border" if "border" in text else "frontier")
    assert m.place.id == "border:AF-TJ"
    assert m.place.kind == "border" and m.place.precision == 5
    assert m.place.countries == ("AF", "TJ")
    assert m.place.geometry_type in ("LineString", "MultiLineString")
    assert text[m.start : m.end] == m.text


def test_border_with_takes_the_focus_country(geo: Geocoder) -> None:
    text = "Afghan officials said militants massed along the border with Turkmenistan."
    assert found(geo, text, "border with").place.id == "border:AF-TM"


def test_side_border(geo: Geocoder) -> None:
    place = geo.geocode("Afghanistan's northern border")
    assert place is not None and place.kind == "border"
    assert {"TJ", "TM", "UZ"} <= set(place.countries)
    assert "PK" not in place.countries and "IR" not in place.countries


def test_durand_line(geo: Geocoder) -> None:
    place = geo.geocode("the Durand Line")
    assert place is not None and place.id == "border:AF-PK"


def test_border_geometry_is_a_line_on_both_countries() -> None:
    line = geometry_for("border:AF-TJ")
    assert line is not None and line.geom_type in ("LineString", "MultiLineString")
    assert geometry_for("country:AF").boundary.distance(line.interpolate(0.5, True)) < 1e-6  # type: ignore[union-attr]


# --- parts of countries ---------------------------------------------------------------------
def test_northern_afghanistan_is_the_northern_provinces(geo: Geocoder) -> None:
    place = geo.geocode("northern Afghanistan")
    assert place is not None and place.id == "region:AF-north" and place.precision == 5
    assert {"AF-KDZ", "AF-BAL", "AF-BDS", "AF-FYB"} <= set(place.admin1)
    assert "AF-KAB" not in place.admin1 and "AF-KAN" not in place.admin1


@pytest.mark.parametrize(
    ("query", "includes", "excludes"),
    [
        ("northern Mali", {"ML-8", "ML-7", "ML-6"}, {"ML-BKO", "ML-3"}),
        ("north-eastern Nigeria", {"NG-BO", "NG-YO", "NG-AD"}, {"NG-LA", "NG-KN"}),
        ("eastern Syria", {"SY-DY"}, {"SY-DI", "SY-LA"}),
        ("southern Somalia", {"SO-JH", "SO-GE"}, {"SO-BR", "SO-NU"}),
        ("northern Pakistan", {"PK-GB"}, {"PK-SD", "PK-BA"}),
        ("northern Iraq", {"IQ-NI", "IQ-DA"}, {"IQ-BA"}),
        ("western Ukraine", {"UA-46"}, {"UA-14", "UA-09"}),
    ],
)
def test_parts_of_countries(
    geo: Geocoder, query: str, includes: set[str], excludes: set[str]
) -> None:
    place = geo.geocode(query)
    assert place is not None and place.kind == "region", query
    assert includes <= set(place.admin1), (query, place.admin1)
    assert not excludes & set(place.admin1), (query, place.admin1)


def test_geometric_rule_works_for_any_shape() -> None:
    # Chile: long and thin; the north must not reach the capital region
    north = regions.geometric_part("CL", "north")
    assert "CL-AP" in north and "CL-RM" not in north
    # the United States: Alaska and Hawaii do not stretch the mainland's parts
    assert "US-AK" not in regions.geometric_part("US", "north")
    assert "US-HI" not in regions.geometric_part("US", "southwest")
    assert "US-CA" in regions.geometric_part("US", "west")


def test_the_north_western_provinces_take_the_focus_country(geo: Geocoder) -> None:
    text = (
        "Afghan officials are worried. Militants are active in the north-western provinces, "
        "a governor in Afghanistan said."
    )
    assert found(geo, text, "north-western provinces").place.id == "region:AF-northwest"


def test_a_region_geometry_is_the_union_of_its_provinces() -> None:
    region = geometry_for("region:AF-north")
    kunduz, kabul = geometry_for("admin1:AF-KDZ"), geometry_for("admin1:AF-KAB")
    assert region is not None and kunduz is not None and kabul is not None
    assert region.contains(kunduz.representative_point())
    assert not region.contains(kabul.representative_point())


# --- multi-country regions ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "members"),
    [
        ("Central Asia", {"TJ", "TM", "UZ", "KG", "KZ"}),
        ("the Sahel", {"ML", "NE", "BF", "TD"}),
        ("the Horn of Africa", {"SO", "ET", "ER", "DJ"}),
        ("the Levant", {"SY", "LB", "JO", "IL"}),
        ("the Lake Chad basin", {"NG", "NE", "TD", "CM"}),
        ("the Maghreb", {"DZ", "MA", "TN", "LY"}),
        ("the Caucasus", {"GE", "AM", "AZ", "RU"}),
        ("the Middle East", {"SY", "IQ", "IR", "SA"}),
    ],
)
def test_multi_country_regions(geo: Geocoder, query: str, members: set[str]) -> None:
    place = geo.geocode(query)
    assert place is not None and place.kind == "region"
    assert members <= set(place.countries)
    assert place.precision == 6


def test_every_region_has_a_source_and_real_members() -> None:
    for key in regions.MULTI:
        region = regions.region(key)
        assert region is not None and region.source
        assert geometry_for(f"region:{key}") is not None, key


# --- towns -----------------------------------------------------------------------------------
def test_towns_with_country_context(geo: Geocoder) -> None:
    text = "Militants attacked Mazar-i-Sharif and Jalalabad, Afghan officials said."
    got = {m.text: m.place for m in geo.places(text)}
    assert got["Mazar-i-Sharif"].kind == "city" and got["Mazar-i-Sharif"].admin1 == ("AF-BAL",)
    assert got["Jalalabad"].countries == ("AF",)


# --- what is not a place ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Central bank raised rates.",
        "At noon the meeting began.",
        "Chad Smith said the talks went well.",
        "NATO and TASS reported the meeting.",
        "He said it IS a problem.",
    ],
)
def test_common_words_and_names_are_not_places(geo: Geocoder, text: str) -> None:
    assert ids(geo.places(text)) == []


def test_central_asia_is_not_split(geo: Geocoder) -> None:
    assert ids(geo.places("Security in Central Asia worsened.")) == ["region:central-asia"]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Fighters of the Islamic Movement of Uzbekistan were seen.", "country:UZ"),
        ("Tehrik-e Taliban Pakistan claimed the attack.", "country:PK"),
        ("The Islamic State of Iraq and the Levant claimed it.", "country:IQ"),
    ],
)
def test_places_inside_group_names_are_in_name(geo: Geocoder, text: str, inside: str) -> None:
    mentions = geo.places(text)
    assert inside in ids(mentions, "in-name")
    assert inside not in ids(mentions)


def test_results_carry_score_and_alternatives(geo: Geocoder) -> None:
    m = found(geo, "Clashes in Badakhshan, Afghan officials said.", "Badakhshan")
    assert 0.5 < m.place.score <= 1.0
    assert "admin1:TJ-GB" in [a.id for a in m.place.alternatives]
    assert all(a.score < m.place.score for a in m.place.alternatives)


# --- the seed article ------------------------------------------------------------------------
def test_seed_article(geo: Geocoder, seed_text: str) -> None:
    mentions = geo.places(seed_text)
    by_text = {m.text: m.place.id for m in mentions}
    assert by_text["Badakhshan"] == "admin1:AF-BDS"
    assert by_text["Afghanistan-Turkmenistan border"] == "border:AF-TM"
    assert by_text["Tajik-Afghan border"] == "border:AF-TJ"
    assert by_text["Afghanistan’s north-western provinces"] == "region:AF-northwest"
    assert by_text["northern Afghanistan"] == "region:AF-north"
    central = next(m for m in mentions if m.text == "Central Asia").place
    assert set(central.countries) == {"TJ", "TM", "UZ", "KG", "KZ"} and central.admin1 == ()
    russia = [m for m in mentions if m.text == "Russia"]
    assert russia and all(m.place.id == "country:RU" for m in russia)
    for m in mentions:
        assert seed_text[m.start : m.end] == m.text
    northwest = geometry_for("region:AF-northwest")
    assert northwest is not None and northwest.touches(geometry_for("country:TM").boundary)  # type: ignore[arg-type]


# --- interfaces ------------------------------------------------------------------------------
def test_geocode_json_fields(geo: Geocoder) -> None:
    place = geo.geocode("Tajik-Afghan border")
    assert place is not None
    d = place.to_dict()
    assert d["id"] == "border:AF-TJ" and d["kind"] == "border"
    assert d["countries"] == ["AF", "TJ"] and d["admin1"] == []
    lon0, lat0, lon1, lat1 = d["bbox"]
    assert lon0 <= d["lon"] <= lon1 and lat0 <= d["lat"] <= lat1
    assert isinstance(d["alternatives"], list)


def test_geocode_country_bias(geo: Geocoder) -> None:
    tj = geo.geocode("Badakhshan", country="TJ")
    af = geo.geocode("Badakhshan", country="AF")
    assert tj is not None and tj.id == "admin1:TJ-GB"
    assert af is not None and af.id == "admin1:AF-BDS"


def test_geocode_unknown_is_none(geo: Geocoder) -> None:
    assert geo.geocode("Xqzzyvv") is None
    assert geo.geocode("   ") is None


def test_geopy_provider_in_geopandas() -> None:
    df = gpd.tools.geocode(
        ["Kunduz Province", "Tajik-Afghan border", "Xqzzyvv"], provider=HotspotsGeocoder
    )
    assert df.crs.to_epsg() == 4326
    kunduz = geometry_for("admin1:AF-KDZ")
    assert kunduz is not None and kunduz.contains(df.geometry.iloc[0])
    assert df.address.iloc[1] == "Afghanistan–Tajikistan border"
    assert df.geometry.iloc[2].is_empty


def test_geopy_location_raw_has_the_place() -> None:
    loc = HotspotsGeocoder().geocode("northern Afghanistan")
    assert loc is not None and loc.raw["id"] == "region:AF-north"
    assert isinstance(loc.latitude, float)
    assert shapely.Point(loc.longitude, loc.latitude).within(geometry_for("region:AF-north"))  # type: ignore[arg-type]


# --- robustness ------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_list(text: str) -> None:
    mentions = get_geocoder().places(text)
    assert isinstance(mentions, list)
    for m in mentions:
        assert text[m.start : m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kunduz",
                "Tajik",
                "-",
                "Afghan",
                "border",
                "northern",
                " ",
                "Afghanistan",
                "'s",
                "Central",
                "Asia",
                "province",
                "of",
                ",",
                "\n",
                "the",
                "Islamic",
                "Movement",
                "Uzbekistan",
            ]
        ),
        max_size=40,
    )
)
def test_place_like_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for m in get_geocoder().places(text):
        assert text[m.start : m.end] == m.text and m.start < m.end


def test_huge_and_binary_looking_text(geo: Geocoder) -> None:
    assert geo.places("") == []
    assert isinstance(geo.places("\x00\x01\ufffd" * 1000), list)
    big = "Fighting in Kunduz, Afghanistan. " * 600_000  # ~20 MB
    assert len(geo.places(big)) >= 1_000_000


# --- cases found on the extraction test articles ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram operates in Nigeria, Niger, Chad and Cameroon.",
            ["country:NG", "country:NE", "country:TD", "country:CM"],
        ),
        ("Militants seized Nangarhar's Achin.", ["admin1:AF-NAN", "city:1469706"]),
        # a district is drawn as its province (the layers have no districts)
        ("Militants seized Nangarhar's Achin district.", ["admin1:AF-NAN", "admin1:AF-NAN"]),
        ("They attacked near Boni in central Mali.", ["region:ML-central"]),
        ("Al-Shabaab is active in Puntland.", ["region:puntland"]),
        ("Attacks in Burkina Faso's Centre-Nord region continued.", ["country:BF", "region:BF-05"]),
        ("He told Kurdistan24 the attack was repelled.", []),
        ("Clashes in Deir ez-Zor, Syria.", ["admin1:SY-DY", "country:SY"]),
        ("Fighters moved into Panjshir province.", ["admin1:AF-PAN"]),
        ("ISWAP holds islands of Lake Chad.", ["region:lake-chad-basin"]),
        (
            "They hide in the Latakia mountains, Syrian sources said.",
            ["admin1:SY-LA", "country:SY"],
        ),
        ("HTS fighters around Jisr al-Shughur in Syria.", ["city:169023", "country:SY"]),
        (
            "They operate in the tri-border area of Burkina Faso, Mali and Niger.",
            ["region:central-sahel"],
        ),
    ],
)
def test_lists_possessives_and_odd_names(geo: Geocoder, text: str, expected: list[str]) -> None:
    assert ids(geo.places(text)) == expected


def test_border_with_a_measured_length(geo: Geocoder) -> None:
    text = "Tajikistan reinforced its 1,344-kilometer border with Afghanistan, Tajik officials said"
    assert found(geo, text, "border with").place.id == "border:AF-TJ"


def test_the_adjective_border_is_seen_from_the_focus_country(geo: Geocoder) -> None:
    text = "Nigerian troops patrolled along the Cameroonian border."
    assert found(geo, text, "Cameroonian border").place.id == "border:CM-NG"


def test_parts_of_a_named_country_beat_the_dateline_country(geo: Geocoder) -> None:
    text = (
        "MOSCOW, March 3. Militants are active in the northern provinces of Afghanistan, "
        "Russian officials said."
    )
    assert found(geo, text, "northern provinces").place.id == "region:AF-north"


def test_towns_qualified_by_their_province(geo: Geocoder) -> None:
    text = "Lucy Lau was born in Brandon, Man. Her parents live in Paris, Texas."
    got = {m.text: m.place for m in geo.places(text)}
    assert got["Brandon"].admin1 == ("CA-MB",) and got["Brandon"].kind == "city"
    assert got["Paris"].admin1 == ("US-TX",)


# --- English names of provinces and towns owned by a province ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English exonym with a distinctive word needs no country named first
        ("Further south, in North Kivu, the rebels regrouped.", ["admin1:CD-NK"]),
        # a direction and a common word could be anywhere: not without context
        ("Far North is where the trouble started.", []),
        # the owner province vouches for the town; a person's possessive does not
        ("In North Kivu's Lubero, the ADF regrouped.", ["admin1:CD-NK", "city:211069"]),
        ("Zamir Kabulov's Lubero remarks were noted.", []),
    ],
)
def test_province_exonyms_and_towns_owned_by_provinces(
    geo: Geocoder, text: str, expected: list[str]
) -> None:
    assert ids(geo.places(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case particles inside hyphenated names
        ("Gangs control most of Port-au-Prince.", ["city:3718426"]),
        ("Clashes in Croix-des-Bouquets and Boulogne-sur-Mer", ["city:3727135", "city:3031133"]),
        # a nationality our table gives one country is no dependency's
        ("American troops left.", ["country:US"]),
        ("Macau casinos reopened.", ["country:MO"]),
        # regions news names that are no single province
        ("The RSF has about 40,000 fighters in Darfur.", ["region:darfur"]),
        ("Hezbollah pulled back south of the Litani River.", ["region:LB-south"]),
    ],
)
def test_names_and_regions_added_for_news_beyond_the_seed(
    geo: Geocoder, text: str, expected: list[str]
) -> None:
    assert ids(geo.places(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Qaeda regroups in Yemen as the world watches the Red Sea.", ["country:YE"]),
        ("In Sudan, fighting reached Red Sea state.", ["country:SD", "admin1:SD-RS"]),
    ],
)
def test_a_province_named_after_the_sea_needs_its_country(
    geo: Geocoder, text: str, expected: list[str]
) -> None:
    assert ids(geo.places(text)) == expected


@pytest.mark.parametrize(
    ("text", "located", "in_name"),
    [
        ("Ronaldo left Real Madrid. Real's Gareth Bale stayed.", [], ["admin1:ES-M"]),
        ("Atletico Madrid striker Antoine Griezmann scored.", [], ["admin1:ES-M"]),
        ("Leeds United beat Newcastle.", ["city:2155472"], ["admin1:GB-LDS"]),
        ("Protests in Madrid and Leeds.", ["admin1:ES-M", "admin1:GB-LDS"], []),
        # a small town inside a longer French name we do not know
        ("He won the Ballon d'Or in Paris.", ["admin1:FR-75"], []),
    ],
)
def test_clubs_and_longer_names_are_not_their_places(
    geo: Geocoder, text: str, located: list[str], in_name: list[str]
) -> None:
    mentions = geo.places(text)
    assert ids(mentions) == located
    assert ids(mentions, role="in-name") == in_name


def test_a_town_name_inside_a_lake_or_mountain_name_is_not_the_town(geo: Geocoder) -> None:
    assert ids(geo.places("Fighters hide in the mountains around Lake Lanao.")) == []


def test_the_border_with_the_named_neighbour(geo: Geocoder) -> None:
    text = "Egypt deployed 5,000 guards along the border with the Gaza Strip."
    assert ids(geo.places(text)) == ["country:EG", "border:EG-PS"]


def test_geocode_keeps_to_the_country_asked_for(geo: Geocoder) -> None:
    assert geo.geocode("Baga Sola", country="TD") is None  # not "Sola", an old name of Seoul
    place = geo.geocode("Kunduz", country="AF")
    assert place is not None and place.countries == ("AF",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters hold Kidal town in Mali.", "city:2455290"),
        ("Clashes resumed in Upper Nile.", "admin1:SS-NU"),
    ],
)
def test_town_type_word_and_upper_nile(geo: Geocoder, text: str, expected: str) -> None:
    assert ids(geo.places(text))[0] == expected


def test_fold_maps_letters_without_a_decomposition() -> None:
    from dashboard.geo.names import fold

    assert fold("Şırnak") == fold("Sirnak") == "sirnak"
    assert fold("Łódź") == "lodz"
    assert fold("Ærø") == "aero"
