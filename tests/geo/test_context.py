"""Article context: which namesake a town's name means, from what else the article names.

Each text is written for the test (one reads a blind-set fixture); each test pins down one
rule of geocoder.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.geo.geocoder import Geocoder, get_geocoder
from dashboard.model import Mention


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return get_geocoder()


def places_of(mentions: list[Mention], text: str) -> set[str]:
    """The place ids the mentions spelt ``text`` resolve to."""
    return {m.place.id for m in mentions if m.text.lower() == text.lower()}


def test_a_country_named_beside_village_namesakes_still_votes(geo: Geocoder) -> None:
    # "Canada" is also a handful of Mexican villages; it still says the story is Canadian,
    # so London is London, Ontario, not London, England
    text = (
        "A snowstorm closed schools in London on Tuesday. Canada's weather agency warned "
        "of more snow, and police in London urged drivers across Canada to stay home."
    )
    assert places_of(geo.places(text), "London") == {"city:6058560"}


def test_without_context_london_is_england(geo: Geocoder) -> None:
    text = "A snowstorm closed schools in London on Tuesday."
    assert places_of(geo.places(text), "London") == {"city:2643743"}


def test_a_qualified_name_keeps_its_reading_when_repeated(geo: Geocoder) -> None:
    # one article, one London: the dateline's "Ky." holds for the later bare mentions
    text = (
        "LONDON, Ky. (AP) - Two men were arrested after a chase. London police said the "
        "men had stolen a truck in London last week."
    )
    assert places_of(geo.places(text), "London") == {"city:4298960"}


def test_a_town_in_a_named_province_we_do_not_know_is_no_other_town(geo: Geocoder) -> None:
    # the only Churchills in the gazetteer are elsewhere; "Man." says this one is in Manitoba
    text = "A polar bear walked through Churchill, Man., on Sunday. Tourists in Churchill saw it."
    got = [m for m in geo.places(text) if m.text == "Churchill"]
    assert all(m.place.admin1 == ("CA-MB",) for m in got)


def test_words_that_are_only_small_towns_do_not_vote(geo: Geocoder) -> None:
    # "Crystal" and "Christmas" are small US towns; they must not make London a US town
    text = (
        "Crystal meth use is rising in London, police said. Crystal is cheap, and "
        "Christmas brings more overdoses in London."
    )
    assert places_of(geo.places(text), "London") == {"city:2643743"}


def test_a_big_citys_name_votes_despite_small_namesakes(geo: Geocoder) -> None:
    # Los Angeles (also villages in Chile and Spain) says the story is American, so the
    # state of California is not turned away as a common word
    text = "A tree fell on a wedding party in Los Angeles. California's drought had weakened it."
    assert places_of(geo.places(text), "California") == {"admin1:US-CA"}


def test_a_first_name_given_with_a_surname_is_that_person_later(geo: Geocoder) -> None:
    # "Georgia Mills" introduces a person; the lone "Georgia" after it is her, not the
    # country, since nothing else in the story is in Georgia (or in the US state)
    text = (
        "Ten-year-old Georgia Mills won the junior chess title in Red Deer, Alberta. "
        "Georgia began playing at five. To Georgia's surprise, said her coach, she won "
        'every game. "I love it," said Georgia.'
    )
    got = geo.places(text)
    assert not [m for m in got if m.text == "Georgia"]
    assert "admin1:CA-AB" in {m.place.id for m in got}


def test_the_country_is_kept_when_the_story_is_there(geo: Geocoder) -> None:
    text = (
        "Georgia Mills, a Tbilisi reporter, covered the vote. Georgia held elections on "
        "Saturday, and Georgian officials said turnout was high."
    )
    assert places_of(geo.places(text), "Georgia") == {"country:GE"}


@pytest.mark.parametrize(
    "text",
    [
        "The shop on Hertford Road, Edmonton, was burgled.",
        "A man was stabbed in Seaton Street on Friday.",
        "He lives at 12 Colton Way and works on Felixstowe Road.",
        "Fire crews were called to Church Street late on Sunday.",
    ],
)
def test_names_of_streets_are_not_the_towns(geo: Geocoder, text: str) -> None:
    names = {m.text for m in geo.places(text)}
    assert not names & {"Hertford", "Seaton", "Colton", "Felixstowe", "Church Street"}


def test_names_that_can_share_a_province_back_each_other(geo: Geocoder) -> None:
    # Edmonton alone is the Canadian city; beside Enfield it is the London district,
    # since both can lie in the borough of Enfield
    alone = "Pupils from a school in Edmonton planted a garden."
    assert places_of(geo.places(alone), "Edmonton") == {"city:5946768"}
    text = alone + " Enfield Council praised the pupils of Edmonton."
    got = geo.places(text)
    assert places_of(got, "Edmonton") == {"city:2650209"}
    assert places_of(got, "Enfield") <= {"admin1:GB-ENF", "city:2649997"}


@pytest.mark.parametrize(
    "text",
    [
        "The gunman shouted in Turkish, witnesses said.",
        "She speaks fluent French which will help her in Shanghai.",
    ],
)
def test_a_nationality_used_as_a_language_is_no_place(geo: Geocoder, text: str) -> None:
    assert not [m for m in geo.places(text) if m.text in ("Turkish", "French")]


def test_the_adjective_before_a_noun_is_still_the_country(geo: Geocoder) -> None:
    text = "Turkish troops crossed the border, and French officials protested in Paris."
    got = {m.text: m.place.id for m in geo.places(text)}
    assert got["Turkish"] == "country:TR" and got["French"] == "country:FR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elizabeth Crankshaw, a nurse, spoke at the meeting.", "Elizabeth"),
        ("Witnesses included Lynn Fodge and her husband.", "Lynn"),
    ],
)
def test_a_first_name_before_a_surname_is_a_person(geo: Geocoder, text: str, name: str) -> None:
    assert not [m for m in geo.places(text) if m.text == name]


def test_a_town_before_an_ordinary_word_stays_a_town(geo: Geocoder) -> None:
    text = "Enfield Council approved the plan for Edmonton."
    assert "Enfield" in {m.text for m in geo.places(text)}


def test_a_small_town_abroad_is_not_read_into_a_settled_story(geo: Geocoder) -> None:
    # Abay is the Ethiopian name of the Blue Nile and a town of 35,000 in Kazakhstan; a story
    # whose places are Ethiopian does not mean the town
    text = (
        "Gunmen hold the belt north of the Abay, officials in Asosa said. Fighting in "
        "Benishangul-Gumuz has spread towards Amhara, and Ethiopia's army has sent troops "
        "from Addis Ababa and Bahir Dar."
    )
    assert places_of(geo.places(text), "Abay") == set()
    # named with its country, or in a story about that country, the town is found
    for story in (
        "Police in Abay, Kazakhstan, detained two men.",
        "Kazakhstan's police detained two men in Abay and Karaganda.",
    ):
        assert places_of(geo.places(story), "Abay") == {"city:1526970"}, story


def test_a_towns_own_name_beats_a_foreign_towns_alternate(geo: Geocoder) -> None:
    # "El Callao" is the Venezuelan mining town's own name and an alternate of Peru's Callao
    # (Venezuela named once among its neighbours: Peru's Callao, a city of a million, won)
    text = (
        "Q: Who controls El Callao? A: The gangs. Gold goes to Brazil and Colombia, and the "
        "ELN sits in Arauca; Venezuela looks away."
    )
    assert places_of(geo.places(text), "El Callao") == {"city:3644022"}
    # in a story about Peru, the port
    text = "Dockers struck at the port of El Callao, Lima's neighbour, Peru's ministry said."
    assert places_of(geo.places(text), "El Callao") == {"city:3946083"}


def test_provinces_named_together_are_of_one_country(geo: Geocoder) -> None:
    # Bolívar and Amazonas are states of Venezuela and departments of Colombia
    text = (
        "The ELN has fighters in Bolívar and Amazonas, Venezuela's officials say; in "
        "Colombia's Arauca the army attacks them."
    )
    found = {m.text: m.place.id for m in geo.places(text)}
    assert (found["Bolívar"], found["Amazonas"]) == ("admin1:VE-F", "admin1:VE-Z")
    amazonas = next(m for m in geo.places(text) if m.text == "Amazonas")
    assert amazonas.place.alternatives  # the reading it replaced is kept as an alternative


def test_an_old_name_of_a_big_city_abroad_is_not_read_into_a_settled_story(geo: Geocoder) -> None:
    # GeoNames lists "Bagata" among Bogotá's alternate names; Bagata is also a Congolese town
    # the data lacks
    text = (
        "Mobondo militiamen attacked Bagata on Monday, officials in Kinshasa said. The army "
        "sent troops from Kikwit, Kenge and Bandundu, and Congo's governor appealed for calm "
        "in Mbandaka."
    )
    assert places_of(geo.places(text), "Bagata") == set()
    assert places_of(geo.places("Protesters marched in Bagata, Colombia."), "Bagata") == {
        "city:3688689"
    }


def test_a_small_towns_other_spelling_is_found_in_a_story_about_its_country(
    geo: Geocoder,
) -> None:
    # GeoNames spells them Dhuusamarreeb, Xuddur and Koysinceq; news writes them otherwise
    somalia = (
        "Al-Shabaab fighters moved into Dhusamareb on Monday, Somali officials said. "
        "Troops left Hudur in Bakool region the same day, and Somalia's army chief flew in."
    )
    mentions = geo.places(somalia)
    assert places_of(mentions, "Dhusamareb") == {"city:60928"}
    assert places_of(mentions, "Hudur") == {"city:49747"}
    iraq = "Iranian drones struck near Koysinjaq in Erbil province, Iraqi Kurdish officials said."
    assert places_of(geo.places(iraq), "Koysinjaq") == {"city:94220"}


def test_a_small_towns_other_spelling_is_not_read_abroad(geo: Geocoder) -> None:
    # "Nasir" is an old name of a suburb of Khartoum, not the river town of South Sudan's
    # Upper Nile (missing from the data): a story about South Sudan leaves it unresolved
    text = (
        "South Sudan's army flew reinforcements to its garrison in Nasir, in Upper Nile "
        "state, after clashes with the White Army. Juba blamed Sudan for arming the youths."
    )
    assert places_of(geo.places(text), "Nasir") == set()
    # nor in a story about nowhere in particular
    assert places_of(geo.places("Fighters were seen near Dhusamareb."), "Dhusamareb") == set()


def test_a_name_a_place_bears_as_its_own_is_not_a_villages_other_spelling(
    geo: Geocoder,
) -> None:
    text = (
        "Turkish-backed factions massed near Manbij as SDF units dug in, Syrian and "
        "Turkish sources said."
    )
    assert places_of(geo.places(text), "Manbij") == {"city:167357"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Syrian officials blamed Saraya Ansar al-Sunna, a Sunni militia, for the raid.", "Ansar"),
        ("In Somalia, the road from Ceel Dheer to the coast was cut by al-Shabaab.", "Ceel"),
        ("In Ecuador's Manabí province, the Chone Killers have 600 men.", "Chone"),
        ("Somali police told Garowe Online that the Puntland convoy was attacked.", "Garowe"),
    ],
)
def test_a_small_town_inside_a_longer_name_is_not_the_town(
    geo: Geocoder, text: str, name: str
) -> None:
    assert places_of(geo.places(text), name) == set()


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Around Djibo, in northern Burkina Faso, JNIM fighters blockade the roads.",
            "Djibo",
            "city:2361177",
        ),
        (
            "Somali officials say Garowe is calm; Puntland forces guard the town.",
            "Garowe",
            "city:58933",
        ),
        (
            "Libya's Africa Corps keeps 300 men at Brak al-Shati airbase in the Fezzan.",
            "Brak",
            "city:2218478",
        ),
    ],
)
def test_a_small_town_beside_a_sentence_opener_or_particle_stays_a_town(
    geo: Geocoder, text: str, name: str, place: str
) -> None:
    assert places_of(geo.places(text), name) == {place}


def test_a_towns_other_spelling_at_home_beats_a_foreign_city_and_a_village_abroad(
    geo: Geocoder,
) -> None:
    # "Jerez" is an old name of Jerez de la Frontera (Spain) and of Jerez de García Salinas
    # (Zacatecas), and the own name of a Guatemalan village; the story is Mexican
    text = (
        "Translated from the Spanish original. Mexico's defence ministry will send 1,000 "
        "soldiers to Jerez, in Zacatecas, where the CJNG and Sinaloa factions fight. "
        "Zacatecas police say Fresnillo is calmer."
    )
    mentions = geo.places(text)
    assert places_of(mentions, "Jerez") == {"city:4004024"}
    # a language after "translated from the" is no place
    assert places_of(mentions, "Spanish") == set()


def test_a_province_named_with_its_type_word_once_is_that_province_bare(geo: Geocoder) -> None:
    # "Pool" is an English word: bare, it is doubted; the article's "Pool department" vouches
    text = (
        "Fighting spread across the Pool again this year. Soldiers in the Pool department "
        "of the Republic of the Congo have been reinforced."
    )
    mentions = geo.places(text)
    assert [m.place.id for m in mentions if m.text == "Pool"] == ["admin1:CG-12"]
    # without the type word anywhere, the word stays a word
    assert (
        places_of(geo.places("Fighting spread across the Pool again this year."), "Pool") == set()
    )


def test_a_province_read_in_a_list_keeps_that_reading_where_it_recurs(geo: Geocoder) -> None:
    # the sixteenth blind set's interview: "Bolívar and Amazonas states" is Venezuela's pair;
    # a later bare "Amazonas" near the FARC dissidents had been read as Colombia's
    from dashboard.extract.reader import read_article

    path = (
        Path(__file__).parents[1] / "fixtures/articles/blind16/venezuela-mining-arc-interview.txt"
    )
    text = read_article(path.read_bytes(), filename=path.name).text
    assert {m.place.id for m in geo.places(text) if m.text == "Amazonas"} == {"admin1:VE-Z"}


def test_a_province_whose_name_other_countries_share_votes_where_the_story_is(
    geo: Geocoder,
) -> None:
    # "al-Jawf" is a governorate of Yemen and a region of Saudi Arabia: in a story about
    # Yemen it backs the al-Jawf town of al-Hazm over the Shabwa village of that name
    text = (
        "Houthi fighters in al-Jawf governorate moved east of al-Hazm this week. "
        "Reinforcements came from Shabwa and Marib, government officials in Sanaa said."
    )
    assert places_of(geo.places(text), "al-Hazm") == {"city:79455"}
    # a story that points to Saudi Arabia as much as to Yemen gives al-Jawf no vote
    even = (
        "Fighters in al-Jawf moved east of al-Hazm. Others came from Shabwa. "
        "Saudi Arabia and Riyadh were alarmed."
    )
    assert places_of(geo.places(even), "al-Hazm") == {"city:7931041"}


def test_a_province_beats_a_small_namesake_town_elsewhere_in_its_country(geo: Geocoder) -> None:
    # Colombia has a Córdoba department and a village of Córdoba in Bolívar; naming Bolívar
    # must not turn the department into the village
    text = (
        "The Clan del Golfo holds the passes where Antioquia meets Córdoba. "
        "The ELN keeps its base in the south of Bolívar, in Colombia."
    )
    assert places_of(geo.places(text), "Córdoba") == {"admin1:CO-COR"}


def test_spanish_y_joins_a_towns_name(geo: Geocoder) -> None:
    text = "Gunmen control Guadalupe y Calvo, in the Sierra Tarahumara of Chihuahua, Mexico."
    assert places_of(geo.places(text), "Guadalupe y Calvo") == {"city:4005370"}


def test_a_country_named_in_a_rivers_name_is_the_river(geo: Geocoder) -> None:
    for text in (
        "Soldiers went to Malanville, across the Niger river from Gaya.",
        "They crossed the River Niger at night.",
        "Militias patrol along the Congo River.",
    ):
        kinds = {m.place.kind for m in geo.places(text)}
        assert "country" not in kinds, text
    assert places_of(geo.places("Congo's army moved north."), "Congo") == {"country:CD"}


def test_arabic_names_in_the_spellings_news_uses(geo: Geocoder) -> None:
    # GeoNames has "Al Qamishli", "Ra's al 'Ayn" and "Tall Tamr"; news drops the article and
    # the apostrophes and writes "Tal"
    text = "SDF fighters hold Qamishli, Ras al-Ayn and Tal Tamr in north-eastern Syria."
    found = {m.text: m.place.id for m in geo.places(text)}
    assert found["Qamishli"] == "city:173377"
    assert found["Ras al-Ayn"] == "city:165509"
    assert found["Tal Tamr"] == "city:163434"
