"""Claim rules on short texts: modality, back-references, places that are not the claim's,
vague amounts, group anaphora, nested places."""

from __future__ import annotations

import pytest

from dashboard.extract.claims import extract
from dashboard.model import Claim


def claims(text: str) -> list[Claim]:
    return extract(text)[1]


def only(text: str, kind: str = "estimate") -> Claim:
    found = [c for c in claims(text) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.number_text) for c in claims(text)]
    return found[0]


def ids(c: Claim) -> list[str]:
    return [m.place.id for m in c.places]


# --- modality ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Around 3,000 ISWAP fighters are based in Borno state, the army said.", "asserted"),
        ("The Taliban said they would assign 1,200 men to guard the road near Herat.", "planned"),
        ("A further 1,500 troops are to follow to Lebap province by March.", "planned"),
        ("Police announced a further 400 personnel for Semporna, Malaysia.", "planned"),
        ("The governor said another 900 VDP would be recruited in Ziro province.", "planned"),
        ("The minister said another 600 police officers would arrive in Soledad.", "planned"),
        ("Kinshasa has promised 1,000 more soldiers for Kananga.", "planned"),
        ("The army would move another 1,200 troops to Daynile district.", "planned"),
        ("Another 500 soldiers will go to Kapoeta before Christmas, the officer said.", "planned"),
        (
            "Some 1,200 soldiers are already deployed in Colón, said the ministry, which said "
            "new units would arrive before Christmas.",
            "asserted",
        ),
        (
            "The reinforcements would join roughly 4,000 troops already stationed in Moroto, "
            "Uganda.",
            "asserted",
        ),
        (
            "The number of ISWAP fighters in Borno may rise to 5,000 by the end of the year.",
            "projected",
        ),
        (
            "Analysts warned that TTP strength in Afghanistan could reach 10,000 fighters.",
            "projected",
        ),
        (
            "The ranks of the insurgents in Cabo Delgado are expected to grow to 1,000 fighters.",
            "projected",
        ),
        (
            "If the situation in Badakhshan deteriorates, up to 2,000 militants could cross "
            "into Tajikistan, officials said.",
            "conditional",
        ),
        (
            "In case the border situation deteriorates, Russia could deploy 5,000 troops to "
            "Tajikistan.",
            "conditional",
        ),
        ("Moscow could send 500 more instructors to Mali, diplomats said.", "planned"),
        ("Kenya plans to deploy 1,000 soldiers along its border with Somalia.", "planned"),
        ("The European Union will dispatch 300 trainers to Mozambique next year.", "planned"),
        ("Each brigade will have around 2,000 soldiers.", "planned"),
        (
            "The ministry approved the deployment of an extra 600 gendarmes to Kidal.",
            "planned",
        ),
        ("Another 900 marines will arrive in Basilan next month, the navy said.", "planned"),
        ("Some 400 soldiers will be assigned to the northern sector of Darfur.", "planned"),
        # a deployment that happened is no plan
        ("About 600 gendarmes arrived in Kidal last week, the ministry said.", "asserted"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    assert only(text).modality == modality


def test_a_frame_before_the_next_figure_is_that_figures_own() -> None:
    got = claims(
        "Some 1,000 Russian contractors are deployed in Mali, diplomats say, and Moscow "
        "could send 500 more instructors in the coming months."
    )
    assert [(c.number_text, c.modality) for c in got] == [
        ("Some 1,000", "asserted"),
        ("500", "planned"),
    ]


# --- back-references ---------------------------------------------------------------------


def test_there_means_the_places_of_the_sentence_before() -> None:
    c = only(
        "Officials named Kunduz province as the main base of the militants. About 1,500 "
        "Taliban fighters are active there, a police spokesman said."
    )
    assert ids(c) == ["admin1:AF-KDZ"]


def test_the_country_means_the_country_the_article_is_about() -> None:
    c = only(
        "Mozambique's Cabo Delgado province has been hit by an insurgency since 2017. Rwanda "
        "now has about 2,500 troops in the country, officials said."
    )
    assert ids(c) == ["country:MZ"]


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # the government raising its own forces: the whole country
        ("The government has recruited some 20,000 auxiliaries to help the army.", ["country:BF"]),
        # the government only as the source: the places of the sentence before
        (
            "ISWAP has some 2,000 fighters left, the government said.",
            ["region:BF-08", "border:BF-BJ"],
        ),
    ],
)
def test_a_government_raising_forces_means_its_country(last: str, expected: list[str]) -> None:
    c = only(
        "Burkina Faso's army lost a base in Ouagadougou's outskirts on Monday. Jihadists were "
        "also seen in the Est region, near the border with Benin. " + last
    )
    assert ids(c) == expected


def test_the_country_after_a_province_is_its_country_named_by_the_phrase() -> None:
    c = only(
        "Fighting has spread in Cabo Delgado province since 2017. Rwanda now has about 2,500 "
        "troops in the country, officials said."
    )
    assert ids(c) == ["country:MZ"]
    assert c.places[0].text == "the country"


def test_these_provinces_mean_the_provinces_named_before() -> None:
    c = only(
        "The militants are based in Kunar province and in Nuristan province. Some 800 "
        "fighters are now in these provinces, the governor said."
    )
    assert ids(c) == ["admin1:AF-KNR", "admin1:AF-NUR"]


def test_the_opposite_side_of_the_border_is_the_last_border_named() -> None:
    c = only(
        "Tajik border guards reported a build-up of fighters near the Tajik-Afghan border. "
        "Around 1,000 militants were seen on the opposite side of the border, they said."
    )
    assert ids(c) == ["border:AF-TJ"]


def test_the_region_is_the_last_region_or_province_named() -> None:
    c = only(
        "The Bari region of Puntland is the stronghold of the Islamic State in Somalia. The "
        "group has up to 600 fighters in the region."
    )
    assert ids(c) == ["admin1:SO-BR"]
    assert c.group_canonical == "Islamic State Somalia Province"


def test_the_northern_districts_are_a_part_of_the_country() -> None:
    c = only(
        "Insurgents have spread across Mozambique since 2017. Some 1,500 militia members will "
        "be deployed in the northern districts, the government said."
    )
    assert ids(c) == ["region:MZ-north"]


def test_a_figure_without_place_takes_the_last_place_of_its_group() -> None:
    text = (
        "The Balochistan Liberation Army has up to 1,000 fighters in Balochistan province. "
        "It operates from hideouts across the border in Iran. The BLA's suicide squad has "
        "a few dozen members."
    )
    assert [ids(c) for c in claims(text)] == [["admin1:PK-BA"], ["admin1:PK-BA"]]


# --- places that are not the claim's -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 2,000 ISKP fighters are in Nangarhar, the governor told reporters in Kabul.",
            ["admin1:AF-NAN"],
        ),
        (
            "About 10,000 militants are in northern Afghanistan, Anna Veselova told TASS in "
            "Moscow.",
            ["region:AF-north"],
        ),
        (
            "Up to 3,000 fighters are in Menaka, the colonel told a press conference in Bamako.",
            ["city:2453514"],
        ),
        (
            "KABUL, March 3 (Reuters) - Islamic State has about 2,000 fighters in Nangarhar "
            "province, officials said.",
            ["admin1:AF-NAN"],
        ),
        ("KABUL (Reuters) - The group has about 2,000 fighters, officials said.", []),
        ("About 500 Uzbek fighters are based in Faryab province.", ["admin1:AF-FYB"]),
        ("Some 1,000 Afghan and Pakistani militants are active in Kunar.", ["admin1:AF-KNR"]),
        (
            "Several hundred fighters from Tajikistan are active in Afghanistan's Badakhshan "
            "province.",
            ["admin1:AF-BDS"],
        ),
        (
            "Some 2,000 militants of the Islamic State (a terrorist organization banned in "
            "Russia) are in northern Afghanistan.",
            ["region:AF-north"],
        ),
        (
            "About 1,500 fighters of the Islamic Movement of Uzbekistan are in Faryab.",
            ["admin1:AF-FYB"],
        ),
        ("Moscow could send 500 instructors to Mali.", ["country:ML"]),
        (
            "Up to 1,000 fighters are near Menaka, according to a UN source in Bamako.",
            ["city:2453514"],
        ),
        (
            "About 500 fighters are in Idlib province, according to a Bishkek-based think tank.",
            ["admin1:SY-ID"],
        ),
        (
            "Kenya has 3,000 troops in Somalia, backed by Uganda and Burundi.",
            ["country:SO"],
        ),
    ],
)
def test_excluded_places(text: str, expected: list[str]) -> None:
    assert ids(only(text)) == expected


def test_a_region_spelled_out_in_brackets_stays_one_place() -> None:
    c = only(
        "There are fears the militants may try to expand into Central Asia (Tajikistan, "
        "Turkmenistan, Uzbekistan and Kyrgyzstan).",
        kind="concern",
    )
    assert ids(c) == ["region:central-asia"]


# --- nested places -----------------------------------------------------------------------


def test_the_most_precise_of_nested_places() -> None:
    c = only("In Afghanistan, some 2,000 ISKP fighters are in Nangarhar province.")
    assert ids(c) == ["admin1:AF-NAN"]


def test_a_wider_place_the_text_also_claims_is_kept() -> None:
    c = only("ISKP has about 300 fighters in Nangarhar and elsewhere in Afghanistan.")
    assert ids(c) == ["admin1:AF-NAN", "country:AF"]


def test_a_subset_after_the_figure_does_not_replace_the_broader_place() -> None:
    c = only(
        "In Iraq, the number of Islamic State fighters is estimated at no more than 1,000, "
        "most of them hiding in the deserts of Anbar."
    )
    assert ids(c) == ["country:IQ"]


def test_each_figure_gets_its_own_places_and_group() -> None:
    got = claims("In Borno, ISWAP has 3,000 fighters and JAS about 1,500.")
    assert [(c.number_low, c.group_canonical, ids(c)) for c in got] == [
        (3000, "Islamic State West Africa Province", ["admin1:NG-BO"]),
        (1500, "Boko Haram", ["admin1:NG-BO"]),
    ]


# --- vague amounts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        ("Several hundred al-Shabaab fighters are in Lower Shabelle.", "Several hundred"),
        ("Thousands of Boko Haram fighters remain in Borno.", "Thousands"),
        ("A few dozen ADF rebels were seen near Beni.", "A few dozen"),
    ],
)
def test_vague_amounts_are_estimates_without_numbers(text: str, number_text: str) -> None:
    c = only(text)
    assert (c.number_text, c.number_low, c.number_high, c.qualifier) == (
        number_text,
        None,
        None,
        "vague",
    )
    assert c.group_canonical is not None


def test_vague_casualties_are_not_estimates() -> None:
    assert claims("Dozens of militants were killed in Borno on Sunday.") == []


# --- groups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "ISWAP controls several islands in Borno. The group has about 3,000 fighters, the "
            "army said.",
            "Islamic State West Africa Province",
        ),
        (
            "Al-Shabaab lost several towns this year. Around 7,000 of its fighters remain in "
            "central Somalia.",
            "al-Shabaab",
        ),
        (
            "ISKP fighters have retreated to Kunar. They now number about 1,500, officials say.",
            "Islamic State – Khorasan Province",
        ),
        (
            "Boko Haram attacked Bama on Sunday. The militants number about 1,500 in Borno, the "
            "army said.",
            "Boko Haram",
        ),
        ("Around 15,000 extremists are in northern Afghanistan.", None),
        ("The Taliban control Kunduz. Some 2,000 militants are in Takhar, officials said.", None),
        ("Kenya has 3,000 troops in Somalia to fight al-Shabaab.", None),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's Sahel affiliate, has "
            "roughly 6,000 fighters in Mali.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        (
            "The banned Tehreek-i-Taliban Pakistan (TTP) has up to 6,500 fighters in Afghanistan.",
            "Tehrik-e Taliban Pakistan",
        ),
        (
            "Boko Haram, the group from which ISWAP split in 2016, still has an estimated 1,500 "
            "fighters in Borno.",
            "Boko Haram",
        ),
        (
            "Up to 7,000 foreign fighters are in northern Afghanistan, including fighters of the "
            "Islamic Movement of Uzbekistan.",
            None,
        ),
    ],
)
def test_group_of_a_figure(text: str, group: str | None) -> None:
    assert only(text).group_canonical == group


def test_the_militants_after_a_generic_count_name_no_group() -> None:
    text = (
        "Islamic State has about 3,000 fighters in Kunar. The total strength of extremists in "
        "northern Afghanistan is around 15,000 men. There are fears the militants may try to "
        "expand into Central Asia."
    )
    concern = only(text, kind="concern")
    assert concern.group_canonical is None


def test_group_as_written_and_canonical() -> None:
    c = only("Some 1,000 gunmen of ISIS are in Afghanistan's north-western provinces.")
    assert (c.group, c.group_canonical, c.unit) == ("ISIS", "Islamic State", "gunmen")


# --- figures the claims builder adds to or removes from classify_figure -------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 around 1,400 militants and their family members surrendered in Nangarhar.",
        "Police say 281 of their personnel were martyred in Khyber Pakhtunkhwa last year.",
        "The mission is due to withdraw 4,000 of them from Somalia by the end of the year.",
        "The monitors said the figure of 30,000 fighters in Iraq was not credible.",
        "He said ISWAP was probably closer to 5,000 than 3,000 fighters in Borno.",
    ],
)
def test_not_force_estimates(text: str) -> None:
    assert all(c.number_low not in (1400, 281, 4000, 30000, 3000) for c in claims(text))


@pytest.mark.parametrize(
    ("text", "low"),
    [
        (
            "The Taliban, who have an estimated 60,000 fighters in Afghanistan, deny that ISKP "
            "controls any territory.",
            60000,
        ),
        ("Kenya plans to deploy 1,000 more soldiers along its border with Somalia.", 1000),
        ("Some 200 of those fighters are in Kunar, the report said.", 200),
        ("Tajikistan has sent 20,000 reservists to its border with Afghanistan.", 20000),
        ("ISKP's numbers in Afghanistan could reach 10,000 within two years.", 10000),
        ("A few years ago in Puntland they were no more than 200.", 200),
    ],
)
def test_force_estimates_the_figure_rules_missed(text: str, low: int) -> None:
    assert [c.number_low for c in claims(text)] == [low]


# --- concerns ----------------------------------------------------------------------------


def test_a_concern_needs_a_place() -> None:
    assert claims("The situation is alarming, the minister said.") == []


def test_a_denied_concern_is_no_concern() -> None:
    assert claims("The situation in Kunduz is not alarming, the governor said.") == []


def test_a_concern_is_about_the_place_whose_situation_it_names() -> None:
    c = only(
        "He said the security situation in the Hiiraan region remained tense after an attack "
        "near Beledweyne.",
        kind="concern",
    )
    assert ids(c) == ["admin1:SO-HI"]


def test_a_sentence_with_a_figure_is_an_estimate_not_a_concern() -> None:
    got = claims("The situation in Kunduz is alarming: about 2,000 Taliban fighters are there.")
    assert [c.kind for c in got] == ["estimate"]


def test_headline_repeated_in_the_story_is_one_claim() -> None:
    text = (
        "Up to 3,000 ISWAP fighters on Lake Chad islands\n\n"
        "MAIDUGURI, Nigeria (AP) — ISWAP has up to 3,000 fighters on the islands of Lake "
        "Chad, the army said."
    )
    got = claims(text)
    assert len(got) == 1 and got[0].quote.startswith("ISWAP has")


# --- where the article last put a group -------------------------------------------------


def test_a_group_named_in_another_groups_figure_does_not_take_its_places() -> None:
    text = (
        "ISWAP has about 3,000 fighters on the islands of Lake Chad, the army said. "
        "Boko Haram, the group from which ISWAP split, still has 1,500 fighters in the "
        "Sambisa Forest. A researcher said ISWAP's strength was closer to 5,000 fighters."
    )
    found = {c.number_text: c for c in claims(text) if c.kind == "estimate"}
    assert ids(found["1,500"]) == ["admin1:NG-BO"]  # Sambisa lies in Borno
    assert ids(found["5,000"]) == ids(found["about 3,000"]) != ["admin1:NG-BO"]


# --- rules found on the second blind set -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's own forces are in that country when nothing else is named
        (
            "Nairobi pledged officers. Haiti's national police has about 9,000 officers.",
            ["country:HT"],
        ),
        # the army recruiting: its country, even after a sentence that named a province
        (
            "The RSF keeps 500 fighters in North Kordofan. The military would recruit 40,000 "
            "more volunteers, the army chief said in Sudan.",
            ["country:SD"],
        ),
        # ... unless the sentence says where the troops went
        (
            "Bandits roam Nigeria. The army said it had deployed 6,000 troops to the northwest.",
            ["region:NG-northwest"],
        ),
        # a compass word makes "of" a location, not an origin
        (
            "Hezbollah once had about 2,500 fighters deployed south of the Litani in Lebanon.",
            ["region:LB-south"],
        ),
    ],
)
def test_whose_forces_and_where_they_are(text: str, expected: list[str]) -> None:
    assert ids(claims(text)[-1]) == expected


def test_strongholds_an_estimate_came_from_are_not_its_place() -> None:
    c = only("The ELN moved some 800 men into Catatumbo from its strongholds in Arauca.")
    assert ids(c) == ["admin1:CO-NSA"]  # Catatumbo lies in Norte de Santander


def test_the_countrys_biggest_is_a_description_not_a_place() -> None:
    c = only(
        "Colombia's army is stretched. Further west, the Clan del Golfo, the country's biggest "
        "cartel, has as many as 9,000 members, most of them in Antioquia and Choco."
    )
    assert ids(c) == ["admin1:CO-ANT", "admin1:CO-CHO"]


def test_a_terrorist_designation_names_no_place() -> None:
    found = claims(
        "Israel and Lebanon agreed a truce. Hezbollah, which is designated a terrorist "
        "organization by the United States, is active in Lebanon. Several thousand Hezbollah "
        "fighters remained in villages near the border, an Israeli official said."
    )
    assert ids(found[-1]) == ["border:IL-LB"]  # the border of the story's two neighbours


def test_two_parts_of_the_country_joined_by_and() -> None:
    found = claims(
        "Libya is split. The LNA, which controls the east and south of the country, numbers "
        "about 70,000 men under arms."
    )
    assert ids(found[-1]) == ["region:LY-east", "region:LY-south"]


def test_parks_of_a_region_are_in_that_region_and_linked_fighters_are_the_groups() -> None:
    c = only(
        "Jihadist fighters linked to the JNIM group now number between 1,000 and 1,500 in the "
        "W and Pendjari national parks of northern Benin, the army said."
    )
    assert ids(c) == ["region:BJ-north"]
    assert c.group_canonical == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_a_group_linked_to_another_is_not_that_group() -> None:
    c = only("Lakurawa, a group linked to Islamic State, has several hundred fighters in Sokoto.")
    assert c.group_canonical == "Lakurawa"


def test_an_investor_country_is_not_where_the_troops_are() -> None:
    c = only(
        "The military holds the port of Kyaukphyu, where China has invested heavily. Our "
        "sources put the garrison there at no more than 4,000 soldiers."
    )
    assert ids(c) == ["city:1316752"]


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        ("UN: Haiti gangs now number up to 12,000 as the capital slips away", "up to 12,000"),
        (
            "IS remnants in the hills of Diyala are estimated at between 150 and 200, an "
            "officer said.",
            "estimated at between 150 and 200",
        ),
    ],
)
def test_a_force_counted_by_its_verb_needs_no_noun_after_the_figure(
    text: str, number_text: str
) -> None:
    assert only(text).number_text == number_text


def test_a_count_of_casualties_by_its_verb_is_not_a_force() -> None:
    assert [
        c.number_text for c in claims("Civilians displaced by the fighting number 30,000.")
    ] == []


def test_the_city_is_the_town_the_story_is_about() -> None:
    found = claims(
        "RSF masses around El Fasher. The RSF has gathered fighters around El Fasher, the last "
        "city in Darfur held by the army. Reinforcements came from Nyala. There are between "
        "6,000 and 8,000 RSF troops "
        "on the edges of the city, a source said."
    )
    assert ids(found[-1]) == ["city:379555"]  # El Fasher, named twice; not Nyala


def test_its_side_of_the_border() -> None:
    found = claims(
        "The ELN holds the border with Venezuela, Colombian officials said. Venezuela's "
        "government said it had deployed 12,000 troops along its side of the 2,200-kilometer "
        "border."
    )
    assert ids(found[-1]) == ["border:CO-VE"]


def test_a_country_named_before_its_gangs_is_where_they_are() -> None:
    assert ids(only("UN: Haiti gangs now number up to 12,000 as capital slips away")) == [
        "country:HT"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL - Officials met. The situation in Kunduz keeps deteriorating.", ["admin1:AF-KDZ"]),
        ("BOGOTA - The humanitarian situation in Catatumbo is critical.", ["admin1:CO-NSA"]),
    ],
)
def test_situation_statements_beyond_alarm_words(text: str, expected: list[str]) -> None:
    assert ids(only("Title\n\n" + text, kind="concern")) == expected


def test_a_ranking_of_a_group_is_not_a_concern() -> None:
    text = (
        "AQAP, which Washington considers the most dangerous branch of al-Qaeda, exploited the war."
    )
    assert [c for c in claims(text) if c.kind == "concern" and "city:4140963" in ids(c)] == []


# --- rules found on the third blind set ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Some 1,000 to 1,500 elements remain in Rafah, the source said.", "elements"),
        ("Between 3,000 and 3,500 armed separatists operate in the North West.", "separatists"),
        ("Some 150 to 200 Maoists are active in Bastar, police said.", "maoists"),
        ("The county will hire 10,000 police constables, the minister said.", "constables"),
    ],
)
def test_more_force_nouns(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_a_strength_setup_before_does_not_exceed() -> None:
    c = only("The number of terrorist elements in North Sinai does not exceed 100, he said.")
    assert (c.number_text, c.number_high) == ("does not exceed 100", 100)


def test_compass_words_inside_a_named_place_are_no_reference() -> None:
    c = only(
        "BUEA - The Governor of the South West Region has declared that separatist fighters "
        "in the region now number fewer than 2,000."
    )
    assert ids(c) == ["admin1:CM-SW"]  # the region named, not "the south" of Cameroon


def test_phone_numbers_are_not_estimates() -> None:
    assert claims("Report suspicious persons through the toll-free number 112 or police.") == []


def test_the_northeast_of_the_country() -> None:
    found = claims(
        "Syria is split. An SDF spokesman said the force numbers about 100,000 fighters "
        "across the northeast of the country."
    )
    assert ids(found[-1]) == ["region:SY-northeast"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The SDF, which took the city from the Islamic State in 2016, has some 4,000 "
            "fighters in Manbij.",
            "Syrian Democratic Forces",
        ),
        ("The YBS, formed with the help of the PKK, has 2,000 fighters in Sinjar.", None),
    ],
)
def test_groups_taken_from_or_helping_are_not_the_subject(text: str, group: str | None) -> None:
    assert only(text).group_canonical == group


def test_a_mountain_named_once_does_not_make_its_town_a_surname() -> None:
    found = claims(
        "The PMF field an estimated 1,500 men on the southern side of Mount Sinjar. A roughly "
        "3,000-strong army contingent holds Sinjar town and the road to Mosul, 120 km to the "
        "east."
    )
    # "holds" puts the force in the town; "120 km to the east" is a bearing, not a region
    assert ids(found[-1]) == ["city:448149"]


def test_the_acronym_of_a_helping_group_is_not_the_subject() -> None:
    c = only(
        "The Sinjar Resistance Units, formed with the help of the Kurdistan Workers' Party "
        "(PKK), number between 2,000 and 4,000 fighters in Sinjar."
    )
    assert c.group_canonical is None


def test_in_the_country_next_to_the_figure_beats_a_later_clause() -> None:
    found = claims(
        "The Central African Republic held elections. MINUSCA, which has some 14,000 uniformed "
        "personnel in the country, said the situation in Ouham-Pende remained worrying."
    )
    estimates = [c for c in found if c.kind == "estimate"]
    assert ids(estimates[0]) == ["country:CF"]


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        (
            "These terrorists come from Niger. Around 300 of them operate along the border "
            "with Niger, the general said.",
            "Around 300",
        ),
        ("Perhaps a few dozen are sheltering across the border in Malaysia.", "a few dozen"),
        ("The Mayiza is thought to command as many as 3,000 in Sinaloa.", "as many as 3,000"),
    ],
)
def test_counts_of_a_force_without_its_noun(text: str, number_text: str) -> None:
    assert [c.number_text for c in claims(text)][-1] == number_text


@pytest.mark.parametrize(
    "text", ["Around 300 of them are women and children.", "The company fields 30 products."]
)
def test_other_counts_without_a_noun_stay_out(text: str) -> None:
    assert claims(text) == []


def test_the_region_after_a_list_of_provinces_is_all_of_them() -> None:
    found = claims(
        "The BRN has an estimated 3,000 fighters across the three southernmost provinces of "
        "Pattani, Yala and Narathiwat. A hard core of 300 militants operates in Narathiwat. "
        "The army keeps roughly 60,000 soldiers in the region, he said."
    )
    assert ids(found[-1]) == ["admin1:TH-94", "admin1:TH-95", "admin1:TH-96"]


@pytest.mark.parametrize(
    "text",
    [
        "The 84 Russian paramilitaries killed in an ambush near Tinzaouaten were buried.",
        "Niger mourns the 12 soldiers who fell at Tassia.",
    ],
)
def test_casualties_named_by_a_participle_or_who_fell(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "estimate"] == []


def test_nationwide_is_the_country() -> None:
    found = claims("Ecuador is at war. Police say gangs have more than 8,000 members nationwide.")
    assert ids(found[-1]) == ["country:EC"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place a force holds, as the subject of a passive
        ("Somalia is tense. Kismayo is defended by about 900 Kenyan troops.", ["city:55671"]),
        (
            "Somalia is tense. Beledweyne was held by some 400 al-Shabaab fighters.",
            ["city:64460"],
        ),
        # based "out of" a town, placed by an appositive
        (
            "Mexico's cartels are growing. A cell of about 80 gunmen operates out of Ensenada, "
            "the port town south of Tijuana.",
            ["city:4006702"],
        ),
        # sent "towards" a town: where the men go; not goods moved towards a place
        (
            "Ukraine is worried. Russia could move up to 5,000 more troops towards Kramatorsk.",
            ["city:704508"],
        ),
    ],
)
def test_where_a_force_is_held_based_or_sent(text: str, expected: list[str]) -> None:
    assert ids(only(text)) == expected


def test_goods_moved_towards_a_place_do_not_place_the_men() -> None:
    found = only(
        "Up to 600 armed smugglers operate along the Jordan-Syria border, moving pills and "
        "weapons towards the Gulf."
    )
    assert ids(found) == ["border:JO-SY"]


def test_a_force_holding_a_town_is_found() -> None:
    found = only("Beledweyne is held by about 2,000 al-Shabaab fighters, officials said.")
    assert (found.number_low, found.group_canonical) == (2000, "al-Shabaab")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan is at war. The army has more than 8,000 troops in Kosti and neighbouring "
            "Rabak, officials said.",
            ["city:371760", "city:368277"],
        ),
        (
            "Syria is tense. The army has massed about 6,000 troops along the Deir Hafer–Maskanah "
            "line.",
            ["city:170785", "city:167080"],
        ),
    ],
)
def test_a_neighbouring_place_and_the_ends_of_a_front_line(text: str, expected: list[str]) -> None:
    assert ids(only(text)) == expected


@pytest.mark.parametrize(
    ("text", "distractor"),
    [
        # some of the dead, named after them
        ("A bomb in Kandahar killed 14 people, including three police officers, on Monday.", 3),
        # a people counted
        (
            "Elders of the Yanomami people, who number about 30,000, fear the miners in Roraima.",
            30000,
        ),
        # goods seized, counted with "of them"
        (
            "The rebels, estimated at 200, buy fuel and trucks near Birao; 30 of them were "
            "seized in a raid.",
            30,
        ),
        # a boast turned down in the next sentence
        (
            "A gang video boasted of having 20,000 soldiers in Amazonas. The governor called it "
            "bravado.",
            20000,
        ),
        (
            '"We have 5,000 mujahideen in the east," the audio message said. "Pure fantasy," '
            "said the mayor.",
            5000,
        ),
    ],
)
def test_not_a_force_casualties_people_goods_and_boasts(text: str, distractor: int) -> None:
    assert distractor not in [c.number_low for c in claims(text) if c.kind == "estimate"]


def test_of_them_after_a_question_about_a_group_is_a_count_of_its_men() -> None:
    text = (
        "RADIO SUR: Where is the ELN strongest now?\n\n"
        "MAYOR: Along the gold roads of Bolívar. There are maybe 150 of them in Santa Rosa del "
        "Sur alone."
    )
    assert only(text).number_low == 150


def test_a_number_inside_a_group_name_counts_nobody() -> None:
    found = claims(
        "MS-13 has about 150 members in Tocoa, while its rival Barrio 18 has fewer than 80 in "
        "Trujillo. The 400 Mawozo gang has some 1,000 members in Croix-des-Bouquets."
    )
    assert [(c.number_text, c.group_canonical) for c in found if c.kind == "estimate"] == [
        ("about 150", "MS-13"),
        ("fewer than 80", "Barrio 18"),
        ("some 1,000", "400 Mawozo"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The movement said it had "10,000 men ready" in Maniema. A U.N. official said nobody '
        "took that number seriously.",
        'State media said "fewer than 200 extremists" remained in North Shewa. None of the '
        "diplomats, aid workers or residents we met accepted that figure.",
        "A gang video claimed the gang had 20,000 soldiers ready for war. “A bluff,” the "
        "minister said.",
        "Videos on TikTok claimed that 1,000 gunmen had arrived in Tocoa. Police said the videos "
        'were old footage and "completely false".',
        'The HNLC claimed to have "1,000 trained cadres" in Shillong. The officer described the '
        'figure as "a bluff to push up extortion".',
    ],
)
def test_a_claim_the_next_sentence_turns_down(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "estimate"] == []


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        # a share of the force the sentence counted
        (
            "JNIM has about 1,800 fighters in the Timbuktu region, a source said, including about "
            "250 around Niafunké.",
            "about 250",
        ),
        # a force that numbers so many
        ("Police in Bannu district number some 1,900, he said.", "some 1,900"),
        # "there are N now"
        (
            "The PKK keeps some 2,000 fighters in Duhok. On Gara mountain there are no more than "
            "200 now.",
            "no more than 200",
        ),
    ],
)
def test_shares_and_counts_without_a_noun(text: str, number_text: str) -> None:
    assert number_text in [c.number_text for c in claims(text) if c.kind == "estimate"]


@pytest.mark.parametrize(
    "text",
    [
        "Banners signed by the CJNG claimed that 3,000 of its men were ready in Colima. "
        "“That is theater, meant to frighten people,” the analyst said.",
        'A Telegram channel claimed that 10,000 "revolutionary fighters" were active in Mon '
        'State. The researcher called that "a recruiting slogan, not a number".',
        "The Joint Military Commission, made up of five officers from each side, met in Sirte.",
    ],
)
def test_theatre_slogans_and_commission_members_are_no_forces(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "estimate"] == []


def test_a_dismissal_of_the_next_sentences_own_figure_spares_this_one() -> None:
    found = claims(
        "An official said between 150 and 250 IS fighters are active south of Ma'dan. A channel "
        "claimed that “a thousand soldiers” were around Tabqa; the official called it “fiction”."
    )
    assert [c.number_text for c in found if c.kind == "estimate"] == ["between 150 and 250"]


def test_neither_figure_turns_down_the_two_before_it() -> None:
    text = (
        'Rebel radio claimed that "a million fighters" stand ready in the north. Government '
        'outlets said the group has "only 2,000 fighters left in Saada". Neither figure is '
        "taken seriously by the analysts we interviewed."
    )
    assert [c for c in claims(text) if c.kind == "estimate"] == []


def test_armed_youths_of_a_named_people_are_a_force() -> None:
    found = only("In Mayom county, between 600 and 800 armed Bul Nuer youths have mobilised.")
    assert (found.number_low, found.number_high, found.unit) == (600, 800, "youths")


def test_rebels_returned_to_the_fold_are_no_force() -> None:
    assert claims("The army says 2,300 rebels have returned to the fold since 2019.") == []


def test_shares_named_by_where_they_are_in_an_answer() -> None:
    text = (
        "A: In 2016 the three provinces had about 1,200 armed regulars.\n\n"
        "Q: Where are they now?\n\n"
        "A: Scattered. Perhaps 60 around Monkayo, in the old mining areas. Between 30 and 40 "
        "move along the boundary between Baganga and Cateel. And a few dozen remain in the "
        "forests above Kapalong."
    )
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == [
        "about 1,200",
        "Perhaps 60",
        "Between 30 and 40",
        "a few dozen",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department described by its border, then the town where the men are
        (
            "Honduras is tense. In Olancho, a vast cattle-ranching department on the border with "
            "Nicaragua, as many as 200 gunmen operate around Catacamas, the observatory says.",
            ["city:3613974"],
        ),
        # a town named by where it leads
        (
            "Burkina Faso is tense. As many as 200 fighters could move towards Cinkansé, the "
            "main crossing into Togo.",
            ["city:12640343"],
        ),
        # a group's base, described inside its name's appositive
        (
            "Venezuela is tense. Some 150 fighters of the Frente 33, a FARC dissident faction "
            "based in Colombia's Catatumbo, operate around La Fría.",
            ["city:3795152"],
        ),
        # ... which is the claim's place when the sentence names no other
        (
            "Pakistan is tense. The assessment puts the strength of the Hafiz Gul Bahadur group, "
            "a militant faction based in North Waziristan, at roughly 800.",
            ["admin1:PK-TA"],
        ),
    ],
)
def test_descriptions_and_a_groups_base_are_not_where_the_men_are(
    text: str, expected: list[str]
) -> None:
    assert ids(only(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a gang was born describes it
        (
            "Brazil is tense. The Comando Vermelho, a gang born in Rio de Janeiro's prisons, now "
            "has some 3,000 members in Belém.",
            ["city:3405870"],
        ),
        # "posted to"
        (
            "Brazil is tense. The governor said another 400 military police will be posted to "
            "Altamira and Santarém.",
            ["city:3407882", "city:3389353"],
        ),
        # a long name between the verb and "to"
        (
            "Burkina Faso is tense. The army has deployed about 900 soldiers and Volunteers for "
            "the Defence of the Homeland (VDP) to Tenkodogo since August.",
            ["city:2354675"],
        ),
        # a town named by the road it stands on, and the towns that road leads to
        (
            "Ukraine is worried. Russia could move up to 6,000 more troops towards Druzhkivka, "
            "the next town on the road to Kramatorsk and Sloviansk.",
            ["city:616743"],
        ),
    ],
)
def test_where_forces_are_sent_or_a_gang_was_born(text: str, expected: list[str]) -> None:
    assert ids(only(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a circumstance after the report is another clause's
        (
            "Congo's army has sent about 1,500 soldiers to Kindu, officials said, as M23 rebels "
            "consolidate in neighbouring South Kivu.",
            ["city:212902"],
        ),
        # a source's organisation and where it is
        (
            "Brazil is tense. In 2018 the gang had maybe 1,000 members in Pará, said Ana Souza, "
            "a researcher at the Amazon Observatory, a nonprofit in Belém.",
            ["admin1:BR-PA"],
        ),
        # "the whole state"
        (
            "Pará state is tense. The CV has 4,000 members in Belém. Its rival, the PCC, has "
            "fewer than 500 in the whole state.",
            ["admin1:BR-PA"],
        ),
        # flown in
        (
            "South Sudan is at war. He said the army would fly 1,200 more troops to Leer.",
            ["city:371466"],
        ),
        # an origin, and the town inside it
        (
            "Mexico is tense. The CJNG could move as many as 400 gunmen from the Jalisco coast "
            "around Cihuatlán down into Tecomán.",
            ["city:3982213"],
        ),
        # pushed towards a town, the forces named
        (
            "Ukraine is worried. Russia could push as many as 8,000 more troops toward "
            "Pavlohrad within a month.",
            ["city:697889"],
        ),
        # the road a town is on
        (
            "Nigeria is tense. ISWAP has no more than 50 fighters near Koton Karfe, on the "
            "Lokoja–Abuja highway.",
            ["city:2333884"],
        ),
    ],
)
def test_clauses_sources_origins_and_roads(text: str, expected: list[str]) -> None:
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == expected


def test_a_push_towards_a_place_by_others_does_not_place_the_men() -> None:
    found = only(
        "Yemen is at war. The Giants Brigades have sent some 3,000 fighters into Lahij to block "
        "any Houthi push towards Aden."
    )
    assert "city:415189" not in ids(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time clause's places are not the figure's
        (
            "India is tense. He recalled that in 2008, when Maoists looted the police armoury at "
            "Nayagarh, the party had an estimated 1,200 armed cadres in Odisha.",
            ["admin1:IN-OR"],
        ),
        # forces brought towards a town
        (
            "Syria is tense. The SDF could bring up to 3,000 fighters across the Euphrates from "
            "Tabqa towards Deir Hafer within a day.",
            ["city:170785"],
        ),
        # a circumstance after the report
        (
            "Mexico has sent about 3,500 soldiers to Baja California, the ministry said, as a "
            "cartel war drove killings in Tijuana to a record.",
            ["admin1:MX-BCN"],
        ),
        # a plural verb's subject is the groups, not the place that locates them
        (
            "Libya is tense. Rival armed groups in Libya's western city of Zawiya have mobilised "
            "several hundred fighters.",
            ["city:2218970"],
        ),
    ],
)
def test_time_clauses_circumstances_and_plural_subjects(text: str, expected: list[str]) -> None:
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == expected


def test_the_state_is_the_one_holding_the_towns_named_after_it() -> None:
    text = (
        "The war in Michoacán is spreading. The general said the cartel had “between 600 and "
        "800 gunmen in the state, most of them in Manzanillo and Tecomán.”"
    )
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == ["admin1:MX-COL"]


def test_an_origin_after_a_quoted_force() -> None:
    found = only(
        "Mexico is tense. The CJNG could move “as many as 400 gunmen” from the Jalisco coast "
        "around Cihuatlán down into Tecomán."
    )
    assert ids(found) == ["city:3982213"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # units restated as men: the men are the figure
        (
            "The Centre will send two more CRPF battalions, about 2,000 personnel, to Kandhamal.",
            ["about 2,000"],
        ),
        (
            "In Pikit, two MILF base commands with maybe 300 armed members are fighting.",
            ["maybe 300"],
        ),
        # a share of the killings, not of a force counted before
        (
            "The cartel has 2,000 gunmen in Baja California. The state recorded 1,870 homicides "
            "this year, 1,320 of them in Tijuana.",
            ["2,000"],
        ),
        # members, of whom some are armed: the armed are the force
        (
            "The vigilante group says it has 1,200 registered members in Birnin Gwari, about 300 "
            "of whom are armed.",
            ["about 300"],
        ),
        # men lost
        ("In 2024 Kata'ib Hezbollah lost a handful of men in the strikes near Jurf.", []),
    ],
)
def test_units_restated_killings_shared_members_armed_and_men_lost(
    text: str, kept: list[str]
) -> None:
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == kept


@pytest.mark.parametrize(
    "text",
    [
        'A channel claimed that "20,000 SDF fighters" were hiding in Aleppo. It is a figure no '
        "diplomat or analyst we met takes seriously.",
        "The ACSN claimed to have “5,000 men in uniform”. No official or independent source "
        "backs that number.",
        'The governor said there were "barely 50 bandits" left in the bush. None of the analysts '
        "we spoke to considered the figure credible.",
        "The group claimed 3,000 fighters in the hills. The observatory called it “a boast, "
        "nothing more”.",
    ],
)
def test_more_ways_the_next_sentence_turns_a_figure_down(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "estimate"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name joined by a slash, then the force noun
        (
            "An estimated 2,000 AFC/M23 fighters are now in Shabunda territory.",
            ["An estimated 2,000"],
        ),
        # a further share of the force and where it is
        (
            "The CV has about 2,500 armed members in greater Salvador, the assessment says, and "
            "some 600 in Camaçari.",
            ["about 2,500", "some 600"],
        ),
        (
            "About 5,000 VDP have been recruited across the Nord region, an official said, and a "
            "further 800 are to be trained for Gourcy.",
            ["About 5,000", "800"],
        ),
        # moved somewhere: still the force
        (
            "The army has 3,000 troops in Kaduna state; 600 of them were moved to Kauru last "
            "month.",
            ["3,000", "600"],
        ),
        # thought to have, the number was: the force counted before
        (
            "Bonde do Maluco has some 8,000 members in Bahia. In 2015 the faction was thought to "
            "have about 1,500.",
            ["some 8,000", "about 1,500"],
        ),
        (
            "Police count about 400 gang members around Kwekwe. In Zvishavane, she said, the "
            "number was “no more than 60”.",
            ["about 400", "no more than 60"],
        ),
        # a group's size after a dash
        (
            "The Hassan group is small — fewer than 30 people, around Isulan.",
            ["fewer than 30"],
        ),
    ],
)
def test_shares_continuations_and_sizes(text: str, found: list[str]) -> None:
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == found


@pytest.mark.parametrize(
    "text",
    [
        'A minister said "only a few dozen terrorists" were active in Yatenga. A humanitarian '
        "worker in Ouahigouya laughed when we read her the quote.",
        "Q: The government says fewer than 100 OLA fighters remain in Guji.\n\n"
        "Tesfaye Dhaba: That is not serious. Nobody believes it.",
    ],
)
def test_a_laugh_or_not_serious_turns_the_figure_down(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "estimate"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the region" is the province named a region, not a part of the country named before
        (
            "Mali is at war. JNIM has moved into the Koulikoro region, officials say. Its units "
            "in northern Mali are stronger. Mali's army has about 3,000 soldiers deployed across "
            "the region, a defence ministry official said.",
            ["admin1:ML-2"],
        ),
        # where a command is headquartered is not where its men are, when they are named
        (
            "Nigeria is tense. The army's 6 Brigade, headquartered in Jalingo, has about 2,500 "
            "troops in Taraba, a spokesman said.",
            ["admin1:NG-TA"],
        ),
        # "the state capital" is the town the story is about
        (
            "Mawlamyine is calm. The Southeast Command has about 3,000 troops in and around the "
            "state capital, former officers say.",
            ["city:1308465"],
        ),
    ],
)
def test_the_region_a_headquarters_and_the_state_capital(text: str, expected: list[str]) -> None:
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what is not needed, and what would be enough
        (
            '"They do not need 5,000 men to frighten people. Two hundred on the right road is '
            'enough," he said.',
            [],
        ),
        # a corps named in the singular
        (
            "Chhattisgarh has deployed roughly 3,000 District Reserve Guard (DRG) and CoBRA "
            "personnel on its side of the border.",
            ["roughly 3,000"],
        ),
    ],
)
def test_needs_denied_enough_and_a_corps(text: str, kept: list[str]) -> None:
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a new subject's death is not the men's
        (
            "At his peak, El Picure commanded perhaps 300 gunmen across Guárico before he was "
            "killed by security forces.",
            ["perhaps 300"],
        ),
        ("Three men were found shot dead beside the road in October.", []),
        # a counterfactual
        ("If they had 200 fighters in Apayao, we would be fighting every week.", []),
        # one event shared by the clause after it
        (
            "Since 2020, 67 NPA members have surrendered to our brigade, and more than 400 "
            "supporters from the mass organizations.",
            [],
        ),
        # dismissed as intimidation, the broadcast dismissed as propaganda
        (
            'A JNIM commander claimed that 5,000 fighters were "ready to cross" into Senegal. A '
            "Senegalese officer dismissed it as intimidation.",
            [],
        ),
        (
            "The group's radio claimed that 10,000 mujahideen were surrounding the capital. "
            "Officials dismissed the broadcast as propaganda.",
            [],
        ),
        # an answer's share, after a comma
        (
            "CS: The NPA has about 150 fighters in the region.\n\nCS: How many on the Cagayan "
            "side?\n\nBD: Maybe 20, in the Sierra Madre foothills of Peñablanca.",
            ["about 150", "Maybe 20"],
        ),
    ],
)
def test_new_subjects_counterfactuals_shared_events_and_dismissals(
    text: str, kept: list[str]
) -> None:
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # through a place
        (
            "CAR is tense. Several hundred armed men escort the herds through Bamingui-Bangoran "
            "each season.",
            ["admin1:CF-BB"],
        ),
        # the forces before the verb of a push
        (
            "Senegal is tense. Up to 400 JNIM fighters could push towards Kidira if Diboli falls.",
            ["city:2249892"],
        ),
        # "go to"
        (
            "South Sudan is tense. Another 500 soldiers will go to Kapoeta before Christmas.",
            ["city:372884"],
        ),
        # falling back towards a town, described by the state it lies in
        (
            "Venezuela is tense. As many as 100 gunmen could fall back towards Camatagua, across "
            "the state line in Aragua.",
            ["city:3647382"],
        ),
        # what the troops are there to stop is not where they are
        (
            "Uganda keeps roughly 1,000 troops along its border with South Sudan to stop fighters "
            "from crossing into Kitgum.",
            ["border:SS-UG"],
        ),
    ],
)
def test_routes_pushes_retreats_and_aims(text: str, expected: list[str]) -> None:
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == expected


def test_a_second_force_joined_by_as_well_as_is_where_the_first_is() -> None:
    found = claims(
        "Across the border, Mali's army has some 1,500 soldiers in and around Kayes, as well as "
        "perhaps 200 fighters of Russia's Africa Corps, a diplomat said."
    )
    assert [ids(c) for c in found if c.kind == "estimate"] == [["admin1:ML-1"], ["admin1:ML-1"]]


def test_the_state_is_the_one_the_story_names_throughout() -> None:
    text = (
        "Guárico is the new front. Gangs in Guárico extort ranchers. Guárico's governor has "
        "asked for help. El Picure once hid in Aragua. The government has deployed some 3,000 "
        "soldiers in the state."
    )
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == ["admin1:VE-J"]


def test_officers_counted_by_a_figure_are_not_a_source() -> None:
    found = only(
        "Honduras is tense. The army has deployed roughly 1,500 soldiers and military police "
        "officers in Yoro under a state of exception."
    )
    assert ids(found) == ["admin1:HN-YO"]


def test_thats_fantasy_turns_the_figure_down() -> None:
    text = (
        'MO: An Islamic State channel claimed it had "1,000 mujahideen" in Barqa.\n\n'
        "AL-OBEIDI: That's fantasy. Nobody in the east takes it seriously."
    )
    assert [c for c in claims(text) if c.kind == "estimate"] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The OLA has some 1,500 fighters in Arsi. Around Dodola there are no more than 200, "
            "but they are the ones who stop the buses.",
            ["some 1,500", "no more than 200"],
        ),
        (
            "Bandits number about 400 in the south. A separate gang of about 70 operates in the "
            "hills around Ningi.",
            ["about 400", "about 70"],
        ),
        (
            "About 300 Junta fighters hide around Gorongosa. Some 40 more operate in the bush "
            "near Nhamatanda.",
            ["About 300", "Some 40"],
        ),
        ("There are a few dozen armed raskols in Mount Hagen, police say.", ["a few dozen"]),
        (
            "A roadside bomb in Tarinkot killed a district police chief and four of his guards.",
            [],
        ),
        (
            "Thousands of former Renamo guerrillas were disarmed and demobilised under the accord.",
            [],
        ),
        (
            'The governor said "not even 20 Daesh men" remained in the province, a figure an '
            'analyst described as "wishful thinking".',
            [],
        ),
        (
            'The minister said the gangs had been "reduced to fewer than 100 members". Church '
            "groups ridiculed the figure.",
            [],
        ),
        (
            "The party had 1,500 armed cadres in Bihar, and 22 of the State's 38 districts were "
            "listed as affected. Today only three remain on that list.",
            ["1,500"],
        ),
    ],
)
def test_more_counts_and_more_figures_turned_down(text: str, kept: list[str]) -> None:
    assert [c.number_text for c in claims(text) if c.kind == "estimate"] == kept


def test_the_district_is_the_one_the_story_is_about() -> None:
    text = (
        "Militancy is rising in Mohmand. Police posts in Mohmand were attacked. Elders in Mohmand "
        "are worried. Between 300 and 400 militants are active in Mohmand. A further 150 TTP "
        "fighters operate from Afghanistan's Kunar province, crossing the Durand Line through "
        "passes. ISKP has no more than 50 militants in the district."
    )
    found = [c for c in claims(text) if c.kind == "estimate"]
    assert ids(found[-1]) == ["admin1:PK-TA"]
