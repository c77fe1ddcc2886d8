"""Claim rules for briefing-style writing: attributions with a place, list items headed by
a group, "the two provinces", figures in quotation marks, risks named as such."""

from __future__ import annotations

from dashboard.extract.claim_places import bare_borders
from dashboard.extract.claims import extract
from dashboard.geo.geocoder import get_geocoder
from dashboard.model import Claim


def estimates(text: str) -> list[Claim]:
    return [c for c in extract(text)[1] if c.kind == "estimate"]


def ids(c: Claim) -> list[str]:
    return [m.place.id for m in c.places]


def test_the_place_of_an_attribution_is_the_sources_not_the_figures() -> None:
    [c] = estimates(
        "The authorities have deployed roughly 1,000 security personnel to Kunar and "
        "Nuristan, according to provincial officials we met in Asadabad."
    )
    # Asadabad lies in Kunar: read as a place it would also have hidden Kunar
    assert ids(c) == ["admin1:AF-KNR", "admin1:AF-NUR"]
    assert c.speaker == "provincial officials"


def test_a_named_source_keeps_the_name_without_the_place() -> None:
    [c] = estimates("About 400 fighters are in Kunar, according to Ahmad Shah Durrani in Kabul.")
    assert c.speaker == "Ahmad Shah Durrani"
    assert ids(c) == ["admin1:AF-KNR"]


def test_a_vague_figure_in_quotation_marks_is_still_counted() -> None:
    [c] = estimates('Officials allege that "several hundred" TTP militants shelter in Kunar.')
    assert (c.qualifier, c.unit, c.group_canonical) == (
        "vague",
        "militants",
        "Tehrik-e Taliban Pakistan",
    )


def test_a_list_item_headed_by_a_group_counts_that_groups_forces() -> None:
    text = (
        "Armed actors\n\n"
        "- Taliban authorities. The de facto authorities have deployed roughly 1,000 more "
        "personnel to Kunar.\n"
        "- Other actors. Some 300 gunmen are active in Nuristan.\n"
    )
    first, second = estimates(text)
    assert first.group_canonical == "Taliban"
    assert second.group_canonical is None  # the heading's scope ends with its item


def test_a_sentence_with_a_verb_is_no_heading() -> None:
    text = "The Taliban control Kunduz.\nSome 2,000 men are in Takhar, officials said."
    [c] = estimates(text)
    assert c.group_canonical is None


def test_the_two_provinces_are_the_last_two_listed_however_far_back() -> None:
    text = (
        "Fighting spread across Kunar and Nuristan in May. A clinic closed in Kamdesh. "
        "A road was cut near Asadabad. Floods hit Chitral. Schools shut in Jalalabad. "
        "Markets reopened in Kabul. Aid resumed in Herat. If the clashes on the border "
        "continue, the Taliban may send as many as 2,000 more men to the two provinces."
    )
    [c] = estimates(text)
    assert ids(c) == ["admin1:AF-KNR", "admin1:AF-NUR"]


def test_both_provinces() -> None:
    [c] = estimates(
        "Fighting raged in Kunar and Nuristan last week. Up to 500 Taliban fighters are now "
        "stationed in both provinces."
    )
    assert ids(c) == ["admin1:AF-KNR", "admin1:AF-NUR"]


def test_a_generic_reference_after_the_figure_still_means_the_clauses_region() -> None:
    [c, _] = estimates(
        "Operation Mirador, launched to secure the north of Benin, has 3,000 soldiers "
        "deployed in the region. The army will recruit 5,000 more soldiers."
    )
    assert ids(c) == ["region:BJ-north"]


def test_a_high_risk_area_is_a_concern() -> None:
    found = extract("Partners should treat Nuristan as a high-risk area.")[1]
    assert [(c.kind, ids(c)) for c in found] == [("concern", ["admin1:AF-NUR"])]


def test_the_risk_of_an_escalation_is_a_concern_and_a_risk_of_rain_is_not() -> None:
    [c] = extract("Analysts warn of the risk of an escalation along the Mali-Niger border.")[1]
    assert (c.kind, ids(c)) == ("concern", ["border:ML-NE"])
    assert extract("There is a risk of rain in Nuristan this week.")[1] == []


def test_a_source_at_an_institution_in_a_city_is_neither_speaker_name_nor_place() -> None:
    [c] = estimates(
        "A researcher at the Centre for Public Integrity in Maputo told Lusa that the "
        "insurgents number between 300 and 500 fighters in Niassa."
    )
    assert c.speaker == "A researcher at the Centre for Public Integrity"
    assert ids(c) == ["admin1:MZ-A"]


def test_state_forces_take_no_group_from_an_anaphor_and_more_keeps_the_unit() -> None:
    first, second = estimates(
        "About 150 insurgents linked to the Islamic State crossed into Niassa. In Cabo "
        "Delgado, where the insurgency began, the Rwandan contingent totals some 4,000 "
        "soldiers, after Kigali sent 1,000 more."
    )[1:]
    assert (first.group_canonical, second.group_canonical) == (None, None)
    assert second.unit == "soldiers"


def test_a_group_resolved_by_the_group_is_what_the_insurgents_mean_later() -> None:
    text = (
        "About 150 insurgents linked to the Islamic State crossed into Niassa. The army sent "
        "a contingent of around 250 men to Marrupa. The group now fields some 200 "
        "fighters there. Analysts say the insurgents still number between 300 and 500 fighters."
    )
    assert [c.group_canonical for c in estimates(text)] == [
        "Islamic State",
        None,
        "Islamic State",
        "Islamic State",
    ]


def test_groups_named_after_the_group_as_subject_are_objects() -> None:
    text = (
        "AQAP fighters attacked a base in Abyan. The group has exploited the war between "
        "the Huthi rebels and the government. In Mudiyah they have about 400 men."
    )
    [c] = estimates(text)
    assert c.group_canonical == "al-Qaeda in the Arabian Peninsula"


def test_a_name_given_to_the_group_as_subject_is_the_group() -> None:
    text = (
        "Islamic State's Afghan affiliate is rebuilding. The group, known as Islamic State "
        "Khorasan Province, is based in Kunar. Around 1,500 of its fighters are in Kunar."
    )
    [c] = estimates(text)
    assert c.group_canonical == "Islamic State – Khorasan Province"


def test_a_figure_set_against_an_earlier_one_is_the_same_force_then() -> None:
    first, second = estimates(
        "Niger's minister said ISSP fighters number no more than 1,200 combatants on the "
        "Niger-Mali border, against some 2,000 two years ago."
    )
    assert (second.number_low, second.unit) == (2000, "combatants")
    assert ids(first) == ids(second) == ["border:ML-NE"]


def test_up_from_a_lower_figure() -> None:
    found = estimates(
        "An officer said about 1,200 soldiers were now inside the Malakal garrison, up from "
        "fewer than 500 at the start of the month."
    )
    assert [(c.number_high, c.unit) for c in found] == [(1200, "soldiers"), (500, "soldiers")]


def test_a_duration_is_still_no_force() -> None:
    assert estimates("About 1,200 soldiers were deployed to Malakal for two years.") != []
    found = estimates("About 1,200 soldiers guard Malakal, against 2 years of fighting.")
    assert [c.number_low for c in found] == [1200]


def test_a_contingent_sent_to_a_town_far_after_the_verb() -> None:
    [c] = estimates(
        "Mozambique's governor of Niassa said the army had sent \"a contingent of around 250 "
        'men" to Marrupa, and that more troops would follow "if the situation requires it".'
    )
    assert ids(c) == ["city:1040370"]
    assert c.modality == "asserted"  # the condition is the next reported clause's


def test_plans_to_recruit_is_planned() -> None:
    [c] = estimates("The government plans to recruit 5,000 volunteers in the Tillaberi region.")
    assert c.modality == "planned"


def test_unnamed_groups_affiliated_with_a_group_are_counted_as_it() -> None:
    [c] = estimates(
        'He added that the "armed terrorist groups" affiliated with JNIM were estimated at '
        "600 to 800 elements along the border with Burkina Faso."
    )
    assert c.group_canonical == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_residents_fearing_renewed_attacks_is_a_concern() -> None:
    text = "Residents of Ayorou in western Niger say they fear renewed attacks on the market."
    [c] = extract(text)[1]
    assert (c.kind, ids(c)) == ("concern", ["city:2447416"])


def test_a_border_that_only_locates_a_province_is_not_the_forces_place() -> None:
    [c] = estimates(
        "In Esmeraldas, on the border with Colombia, a gang known as Los Tiguerones has a few "
        "hundred gunmen, according to an Ecuadorian police report."
    )
    assert ids(c) == ["admin1:EC-E"]


def test_a_border_near_the_forces_stays_their_place() -> None:
    [c] = estimates(
        "Fighting goes on around Gao and Kidal in Mali. The Islamic State in the Greater "
        "Sahara has gathered up to 1,000 men near Menaka, close to the border with Niger."
    )
    assert sorted(ids(c)) == ["border:ML-NE", "city:2453514"]


def test_a_town_described_as_near_a_border_keeps_its_province_only() -> None:
    text = (
        "The army flew reinforcements to Nasir, a river town in Upper Nile state near the "
        "Ethiopian border, where the White Army surrounds the barracks. About 1,200 soldiers "
        "are now inside the garrison."
    )
    [c] = estimates(text)
    assert ids(c) == ["admin1:SS-NU"]


def test_the_southern_districts_of_a_city_are_the_city_and_its_south_too() -> None:
    text = (
        "Ecuador has deployed some 3,000 soldiers to the southern districts of Guayaquil. "
        "Rights groups say the situation in the city's south is alarming."
    )
    estimate, concern = extract(text)[1]
    assert ids(estimate) == ["city:3657509"]
    assert (concern.kind, ids(concern)) == ("concern", ["city:3657509"])


def test_known_locally_as_is_no_reference_to_a_place() -> None:
    text = (
        "Banditry grips the North-West of Nigeria.\n\n"
        "Armed gangs known locally as bandits have an estimated 30,000 fighters spread across "
        "Zamfara, Katsina and Sokoto states, a study says."
    )
    [c] = estimates(text)
    assert ids(c) == ["admin1:NG-ZA", "admin1:NG-KT", "admin1:NG-SO"]


def test_camps_a_force_is_spread_across_are_a_detail_of_its_place() -> None:
    [c] = estimates(
        "Reports put the number of bandits in Zamfara State alone at between 8,000 and 10,000, "
        "spread across 120 camps in Tsafe, Maru and Anka, Nigerian police said."
    )
    assert ids(c) == ["admin1:NG-ZA"]


def test_the_heaviest_concentration_is_a_detail_of_a_wider_place() -> None:
    [c] = estimates(
        "No fewer than 30,000 armed bandits are operating across Nigeria's North-West, with "
        "the heaviest concentration in Zamfara State."
    )
    assert ids(c) == ["region:NG-northwest"]


def test_gunmen_roaming_a_place_are_there() -> None:
    [c] = estimates("In Nigeria, 3,000 gunmen roam the forests of Zamfara State.")
    assert ids(c) == ["admin1:NG-ZA"]


def test_where_a_concerns_speakers_come_from_is_not_its_place() -> None:
    [c] = extract(
        "Stakeholders from Kaduna and Kano states described the situation in Zamfara State "
        "as alarming."
    )[1]
    assert (c.kind, ids(c)) == ("concern", ["admin1:NG-ZA"])


def test_its_northern_region_is_where_troops_were_sent() -> None:
    [c] = estimates("Togo has sent around 1,500 soldiers to its northern Savanes region.")
    assert ids(c) == ["admin1:TG-S"]


def test_a_cue_in_a_since_clause_dates_an_event_and_is_no_concern() -> None:
    text = (
        "Gunmen overran an army post near Dapaong in Togo, the deadliest assault since the "
        "violence spilled over in 2021."
    )
    assert extract(text)[1] == []


def test_the_situation_in_the_far_north_of_the_country() -> None:
    text = (
        "Togo has extended a state of emergency. Aid workers say the situation in the far north "
        "of the country remains deeply worrying, with clinics closed around Dapaong."
    )
    [c] = extract(text)[1]
    assert (c.kind, ids(c)) == ("concern", ["region:TG-north"])


def test_it_had_means_the_group_the_article_is_about() -> None:
    text = (
        "JNIM claimed the attack in Togo. On the other side of the border the group is far "
        "stronger. A diplomat estimated that it had up to 4,000 men in Burkina Faso."
    )
    [c] = estimates(text)
    assert c.group_canonical == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_it_has_after_a_state_subject_is_not_the_group() -> None:
    text = (
        "RSF fighters hold El Fasher in Sudan. The army says it has already trained some "
        "120,000 volunteers."
    )
    [c] = estimates(text)
    assert c.group_canonical is None


def test_the_size_of_a_cell_is_not_a_force_estimate() -> None:
    text = (
        "The group still has between 400 and 600 members in Iraq's Kirkuk province. The "
        "terrorists move in cells of five to 10 members and avoid clashes."
    )
    assert [c.number_low for c in estimates(text)] == [400]


def test_a_helper_named_in_brackets_is_not_what_the_group_means_later() -> None:
    text = (
        "Daesh still has 500 members in Iraq's Diyala province. Some 5,000 troops, backed by "
        "units of the Popular Mobilization Forces (Hashd al-Shaabi), began an operation. "
        "Around 200 of the group's militants operate in Diyala."
    )
    assert [c.group_canonical for c in estimates(text)] == ["Islamic State", None, "Islamic State"]


def test_the_provinces_of_a_country_named_by_its_adjective_are_the_place() -> None:
    [c] = estimates(
        "Daesh has 500 members in the Hamrin mountains, stretching across the Iraqi provinces "
        "of Kirkuk, Diyala and Salahuddin."
    )
    # the Hamrin mountains themselves lie mostly in Salahuddin (the landmarks table)
    assert sorted(ids(c)) == ["admin1:IQ-DI", "admin1:IQ-SD", "admin1:IQ-TS"]


def test_a_place_named_twice_counts_where_the_figure_puts_it() -> None:
    [c] = estimates(
        "At its peak it controlled a third of Iraq's territory and had as many as 30,000 "
        "fighters in Iraq and Syria."
    )
    assert ids(c) == ["country:IQ", "country:SY"]


def test_a_wadi_is_a_valley_not_a_town_in_india() -> None:
    [c] = estimates("Roughly 150 Daesh members are active in the Wadi al-Shay valley in Iraq.")
    assert "city:1253041" not in ids(c)


def test_a_colon_dateline_of_the_pakistani_press() -> None:
    article, _claims = extract(
        "BREAKING: PSX gains 1,100 points\n\nPESHAWAR: Security forces launched an operation."
    )
    assert article.dateline == "PESHAWAR"


def test_a_province_of_the_country_fighters_came_from_is_an_origin_too() -> None:
    [c] = estimates(
        "Around 300 TTP fighters have infiltrated Bajaur from Afghanistan's Kunar province, "
        "Pakistani officials said."
    )
    assert ids(c) == ["admin1:PK-TA"]


def test_a_further_reported_clause_keeps_its_places() -> None:
    text = (
        "TTP fighters infiltrated Bajaur in Pakistan. Some 1,600 personnel have been deployed "
        "to cordon off the area, the deputy commissioner said, adding that residents had moved "
        "to camps in Khar."
    )
    assert ids(estimates(text)[0]) == ["admin1:PK-TA"]


def test_a_stated_need_is_no_estimate_and_of_its_fighters_is_the_group() -> None:
    text = (
        "The TTP has 2,500 men in Khyber Pakhtunkhwa. Most of the TTP's leadership and several "
        "thousand of its fighters remain in Afghanistan, say officials, who accuse the Afghan "
        "Taliban of failing to act on Islamabad's concerns. The chief minister said the province "
        "needed at least 10,000 more police constables."
    )
    found = estimates(text)
    assert [c.number_text for c in found] == ["2,500", "several thousand"]
    assert found[1].group_canonical == "Tehrik-e Taliban Pakistan"
    assert ids(found[1]) == ["country:AF"]


def test_a_purpose_is_no_concern() -> None:
    text = "Uganda will station troops in Kasese district to prevent rebel infiltration."
    assert [c.kind for c in extract(text)[1]] == []


def test_military_and_police_personnel_is_one_force() -> None:
    [c] = estimates(
        "Forces in Peru's VRAEM now total approximately 6,500 military and police personnel "
        "in the regions of Ayacucho, Cusco and Junin."
    )
    assert (c.number_low, c.unit) == (6500, "personnel")


def test_of_whom_some_are_armed_combatants() -> None:
    found = estimates(
        "The remnants of Shining Path in Peru's Junin region have between 250 and 300 members, "
        "of whom no more than 80 are armed combatants."
    )
    assert [(c.number_high, c.unit) for c in found] == [(300, "members"), (80, "combatants")]


def test_casualties_by_a_participle_at_the_clause_end_and_lives_lost() -> None:
    text = (
        "The operations in Peru's Junin region resulted in 14 terrorists neutralised, 27 "
        "tonnes of drugs seized and 62 laboratories destroyed. Three members of our Armed "
        "Forces lost their lives."
    )
    assert estimates(text) == []


def test_the_next_sentence_says_where_the_counted_fighters_are() -> None:
    text = (
        "Fighting goes on in Peru. The Shining Path remnants have between 250 and 300 members. "
        "They operate mainly in the Junin region."
    )
    [c] = estimates(text)
    assert ids(c) == ["admin1:PE-JUN"]


def test_where_interviews_were_conducted_is_not_where_fighters_are() -> None:
    [c] = estimates(
        "Drawing on 90 interviews conducted in Bamako, Ouagadougou and Niamey, we estimate that "
        "JNIM fields 6,000 to 7,000 fighters across Mali, Burkina Faso and Niger."
    )
    assert ids(c) == ["country:ML", "country:BF", "country:NE"]


def test_a_share_of_them_counts_and_an_age_limit_does_not() -> None:
    text = (
        "JNIM fields 6,000 to 7,000 fighters across Mali. Its central branch, the Katiba "
        "Macina, accounts for an estimated 1,500 of them, concentrated in the Mopti region. "
        "Its fighters are young: roughly 60% are estimated to be under 25."
    )
    assert [c.number_text for c in estimates(text)] == ["6,000 to 7,000", "an estimated 1,500"]


def test_who_they_are_is_not_a_share_of_the_force() -> None:
    text = "About 7,000 fighters are in Idlib. Around 1,500 of them are Uzbek nationals."
    assert [c.number_low for c in estimates(text)] == [7000]


def test_the_subject_across_a_dash_and_its_footprint() -> None:
    text = (
        "In Mali, the Islamic State Sahel Province is smaller — between 1,000 and 1,500 "
        "fighters, most of them in the Menaka region. Russia's Africa Corps numbers around "
        "2,000 personnel in Mali. Its footprint in Niger remains limited to a few hundred "
        "instructors."
    )
    assert [c.group_canonical for c in estimates(text)] == [
        "Islamic State Sahel Province",
        "Africa Corps",
        "Africa Corps",
    ]


def test_capitals_cooperating_are_governments_not_places() -> None:
    text = (
        "The Benin-Niger border is the most worrying flashpoint in the region: cooperation "
        "between Cotonou and Niamey has collapsed."
    )
    [c] = extract(text)[1]
    assert ids(c) == ["border:BJ-NE"]


def test_the_same_part_of_two_countries() -> None:
    [c] = estimates("In northern Benin and Togo the group maintains several hundred fighters.")
    assert ids(c) == ["region:BJ-north", "region:TG-north"]


def test_a_group_in_an_aside_is_not_what_its_means_later() -> None:
    text = (
        "Russia's Africa Corps, which took over from the Wagner Group in Mali, is thought to "
        "number around 2,000 personnel in Mali. Its footprint in Niger remains limited to a "
        "few hundred instructors."
    )
    assert [c.group_canonical for c in estimates(text)] == ["Africa Corps", "Africa Corps"]


def test_a_concern_is_about_the_place_it_governs_not_a_detail_after_it() -> None:
    text = (
        "We are also concerned about the risk of JNIM expanding into northern Ghana, where "
        "communal conflict around Bawku offers an entry point."
    )
    [c] = extract(text)[1]
    assert ids(c) == ["region:GH-north"]


def test_a_rejection_in_another_clause_does_not_void_a_count() -> None:
    text = (
        "The ELN holds Arauca in Colombia. Its rivals, dissidents of the FARC's former 10th "
        "Front who rejected a 2016 peace deal, number fewer than 400 on the Colombian side."
    )
    [c] = estimates(text)
    assert (c.number_high, c.group_canonical) == (400, "FARC dissidents")


def test_a_province_on_a_border_is_the_place_not_the_border() -> None:
    [c] = estimates(
        "Colombia will send about 2,500 more soldiers to the eastern province of Arauca on the "
        "border with Venezuela, the defense ministry said."
    )
    assert ids(c) == ["admin1:CO-ARA"]
    assert c.modality == "planned"


def test_a_quoted_critical_situation_is_a_concern() -> None:
    [c] = extract('The ombudsman said the situation in Colombia\'s Arauca was "critical".')[1]
    assert (c.kind, ids(c)) == ("concern", ["admin1:CO-ARA"])


def test_forces_loyal_to_a_government_in_its_capital_are_not_in_the_capital() -> None:
    text = (
        "Fighting goes on in Syria's Deir ez-Zor province. The western bank is held by forces "
        "loyal to the new government in Damascus, up to 4,000 men."
    )
    assert "Damascus" not in [m.text for m in estimates(text)[0].places]


def test_will_cut_to_a_figure_is_planned() -> None:
    [c] = estimates(
        "Washington has said it will cut its military presence in Syria to fewer than 1,000 "
        "troops in the coming months."
    )
    assert c.modality == "planned"


def test_where_fighters_were_recruited_is_an_origin_and_the_next_sentence_places_them() -> None:
    text = (
        "Rohingya armed groups have recruited several hundred men in the refugee camps of "
        "Cox's Bazar, Bangladesh. Our sources say these fighters are now active along the "
        "Bangladesh-Myanmar border."
    )
    [c] = estimates(text)
    assert ids(c) == ["border:BD-MM"]


def test_a_compass_word_inside_a_list_of_places() -> None:
    [c] = estimates("The AA fields upwards of 40,000 troops across Rakhine and southern Chin.")
    assert ids(c) == ["admin1:MM-16", "admin1:MM-14"]


def test_a_where_clause_describes_the_concerns_place() -> None:
    text = (
        "We note fears of renewed fighting along the India-Myanmar border in Chin State, where "
        "some 30,000 people have crossed into Mizoram since 2021."
    )
    [c] = extract(text)[1]
    assert sorted(ids(c)) == ["admin1:MM-14", "border:IN-MM"]


def test_a_states_presence_is_its_role_not_a_place() -> None:
    text = (
        "Western capitals have expressed concern about Russia's growing military presence in "
        "southern Libya."
    )
    [c] = extract(text)[1]
    assert ids(c) == ["region:LY-south"]


def test_the_two_regions_named_in_different_sentences() -> None:
    text = (
        "In Cameroon, the governor of the South West Region has declared that fighters there "
        "number fewer than 2,000. Sources in the North West Region paint a darker picture. "
        "The army has deployed about 5,000 troops to the two regions."
    )
    assert sorted(ids(estimates(text)[-1])) == ["admin1:CM-NW", "admin1:CM-SW"]


def test_casualties_after_an_including_aside() -> None:
    text = (
        "Twenty-nine Maoists, including a zonal commander carrying a reward on his head, were "
        "killed in an encounter in India's Kanker district last month."
    )
    assert estimates(text) == []


def test_the_valleys_of_a_state_are_in_the_state() -> None:
    text = (
        "The Chapitos have roughly 2,000 gunmen in Culiacan. The Mayiza is thought to command "
        "as many as 3,000 in the mountains and farming valleys of Sinaloa state."
    )
    assert ids(estimates(text)[-1]) == ["admin1:MX-SIN"]


def test_more_held_in_reserve_and_a_grouping_that_could_grow() -> None:
    text = (
        "A commander said most of those forces were concentrated in Russia's Belgorod region, "
        "with between 8,000 and 10,000 more held in reserve further north in the Kursk region. "
        "He said the grouping could grow to 60,000 within weeks."
    )
    found = estimates(text)
    assert [c.number_high for c in found] == [10000, 60000]
    assert ids(found[0]) == ["admin1:RU-KRS"]


def test_a_push_towards_a_town_is_not_where_troops_are() -> None:
    text = (
        "Kharkiv is on alert. Russia has gathered 45,000 troops in its Belgorod region and may "
        "be preparing a push towards the town of Vovchansk."
    )
    assert ids(estimates(text)[0]) == ["admin1:RU-BEL"]


def test_the_country_of_a_speaking_capital() -> None:
    text = (
        "Ukraine says 5,000 Russian soldiers stayed in Belarus. Ukraine fears an attack. "
        "Minsk says no more than 1,000 Russian servicemen are in the country."
    )
    assert ids(estimates(text)[-1]) == ["country:BY"]


def test_a_strength_table_in_plain_text() -> None:
    text = (
        "Armed actors in South Kivu, DR Congo (network estimates)\n\n"
        "Actor                 | Estimated strength | Main areas\n"
        "----------------------|--------------------|------------------\n"
        "RED-Tabara            | 600-800            | South Kivu\n"
        "M23/AFC               | about 6,000        | Bukavu, Kabare\n"
    )
    found = estimates(text)
    assert [(c.number_low, c.number_high) for c in found] == [(600, 800), (6000, 6000)]
    assert ids(found[0]) == ["admin1:CD-SK"]
    assert ids(found[1]) == ["city:217831", "city:215605"]
    assert found[1].group_canonical == "M23"


def test_a_table_without_a_strength_header_is_not_a_force_table() -> None:
    text = (
        "Incidents in South Kivu, DR Congo\n\nDate    | Place  | Victims\n4 May   | Uvira  | 12\n"
    )
    assert estimates(text) == []


def test_a_share_of_them_in_a_place_and_named_units() -> None:
    text = (
        "Around 2,500 members of the PKK are still sheltering in northern Iraq. As many as 1,200 "
        "of them are in the Qandil mountains. In Dagestan, around 1,000 Russian National Guard "
        "(Rosgvardia) troops have been involved in the operation."
    )
    assert [c.number_low for c in estimates(text)] == [2500, 1200, 1000]


def test_which_numbers_a_core_of_and_a_deployment_that_could_reach() -> None:
    text = (
        "In Yemen, the Houthis' deployment on the coast could reach 10,000 by the summer. "
        "Tareq Saleh's National Resistance, which numbers about 20,000, faces them. "
        "Interviews suggest Jaish al-Adl has a core of several hundred in Sistan."
    )
    assert [c.number_text for c in estimates(text)] == ["10,000", "about 20,000", "several hundred"]


def test_the_head_of_a_compound_unit() -> None:
    [c] = estimates("The IRGC has kept some 10,000 ground force personnel in Iran's Sistan.")
    assert c.unit == "personnel"


def test_kashmir_an_aim_a_training_camp_and_the_centre() -> None:
    text = (
        "SRINAGAR: Around 120 terrorists are waiting at launch pads along the Line of Control "
        "to sneak into Jammu and Kashmir, an Army officer said. Most have been trained in "
        "camps in Muzaffarabad and Kotli. Some 25 to 30 are hiding in the forests of Kashmir. "
        "The Centre is sending an additional 3,000 personnel of the Central Armed Police "
        "Forces to Kashmir."
    )
    found = estimates(text)
    assert ids(found[0]) == ["border:IN-PK"]
    assert not any(i.startswith("city:") for i in ids(found[1]))  # not the training camps
    assert ids(found[2]) != [] and not ids(found[2])[0].startswith("region:")


def test_elements_estimated_at_and_thought_to_remain() -> None:
    text = (
        "In Cameroon's Far North, elements of ISWAP, estimated at several hundred, remain active "
        "on the islands of Lake Chad. In Ethiopia's Tigray, Eritrean units hold parts of Irob "
        "district, where several thousand are thought to remain."
    )
    assert [c.qualifier for c in estimates(text)] == ["vague", "vague"]


def test_the_size_of_a_commission_is_no_force() -> None:
    text = "PKK fighters remain in Iraq. A 51-member parliamentary commission in Ankara met."
    assert estimates(text) == []


def test_the_international_terrorist_organizations_underground_and_the_republic() -> None:
    text = (
        "Islamic State cells remain in Dagestan, Russia. Several dozen members of the "
        "international terrorist organization's underground operate across the North "
        'Caucasus. The head of Dagestan said the situation in the republic "remains '
        'complicated".'
    )
    claims = extract(text)[1]
    assert [c.group_canonical for c in claims if c.kind == "estimate"] == ["Islamic State"]
    assert [ids(c) for c in claims if c.kind == "concern"] == [["admin1:RU-DA"]]


def test_forces_given_by_their_change_and_rebels_who_disarmed() -> None:
    text = (
        "Senegal has deployed roughly 4,500 troops in the Ziguinchor region and will send "
        "another 600 to the Kolda region. About 1,200 former rebels have handed in their "
        "weapons since 2022. Serbia has reduced its forces near the boundary with Kosovo to "
        "around 4,000, after a peak of 8,000 in 2023. Moldova wants Russia to withdraw the "
        "roughly 1,500 troops it keeps in Transnistria."
    )
    assert [c.number_low for c in estimates(text)] == [4500, 600, 4000, 8000, 1500]


def test_more_of_a_force_counted_in_the_sentence_before() -> None:
    text = (
        "KFOR has some 4,600 troops in Kosovo. Its commander said the alliance could send up "
        "to 1,000 more if violence broke out again."
    )
    found = estimates(text)
    assert [(c.number_high, c.modality) for c in found] == [
        (4600, "asserted"),
        (1000, "conditional"),
    ]


def test_members_that_do_not_exceed_and_a_force_put_at() -> None:
    text = (
        "In Tunisia, the remaining members of Okba Ibn Nafaa do not exceed 30 individuals in "
        "the mountains of Kasserine. A Palestinian official put Hamas's armed members across "
        'the West Bank at "several hundred". The Israeli army could raise its West Bank '
        "deployment to 4,000. Brazil will send 300 agents of the National Force to Rio."
    )
    assert [c.number_text for c in estimates(text)][1:] == ["several hundred", "4,000", "300"]
    assert estimates(text)[0].number_high == 30


def test_a_rejection_of_one_figure_does_not_reach_a_new_statement() -> None:
    got = estimates(
        "The army said the figure was inflated and said that the rebels had moved 2,000 "
        "fighters into Ituri since May."
    )
    assert [(c.number_text, c.number_low) for c in got] == [("2,000", 2000)]
    # the rejected figure itself stays out
    assert not estimates("The army said the figure of 5,000 fighters was inflated.")


def test_a_rejected_claim_stays_rejected_past_a_quote() -> None:
    assert not estimates(
        'A spokesman dismissed as "propaganda" the movement\'s claim that it commands 4,000 '
        "fighters in the hills."
    )
    assert not estimates(
        'He rejected claims by the rebels that the army had "30,000 soldiers" in the region.'
    )
    # a figure the speaker states after rejecting another is still counted
    [c] = estimates(
        'The general dismissed the report as "fiction"; the rebels have some 800 fighters.'
    )
    assert c.number_low == 800


def test_of_them_after_displaced_people_counts_those_people() -> None:
    text = (
        "Some 2,000 militia fighters hold the hills. The fighting displaced an estimated "
        "90,000 people last year. Aid groups say about 30,000 of them have not returned."
    )
    assert [c.number_low for c in estimates(text)] == [2000]
    # after a force, "of them" is a share of that force
    text = (
        "The group has some 3,000 fighters in the region. About 1,000 of them are in the "
        "Qandil mountains."
    )
    assert [c.number_low for c in estimates(text)] == [3000, 1000]


def test_other_countries_type_words_before_a_list_of_divisions() -> None:
    [c] = estimates(
        "The task force keeps approximately 1,100 personnel in the departments of Concepción, "
        "San Pedro and Amambay in Paraguay."
    )
    assert ids(c) == ["admin1:PY-1", "admin1:PY-2", "admin1:PY-13"]
    [c] = estimates("Some 500 fighters are active in the governorates of Daraa and Suwayda.")
    assert ids(c) == ["admin1:SY-DR", "admin1:SY-SU"]


def test_the_province_is_not_the_speech_venue_of_its_sentence() -> None:
    got = estimates(
        "Angola has deployed some 1,200 soldiers to the enclave of Cabinda. The garrison, a "
        "senior officer speaking in Luanda said, numbers 6,000 troops across the province."
    )
    assert [ids(c) for c in got] == [["admin1:AO-CAB"], ["admin1:AO-CAB"]]


def test_a_figure_with_no_place_takes_where_the_last_sentence_put_things() -> None:
    got = estimates(
        "Moldova renewed its call for Russia to withdraw the roughly 1,500 troops it keeps in "
        "Transnistria, as the war in neighbouring Ukraine continues. Moscow says the force "
        "numbers fewer than 1,000 men."
    )
    # not Russia (asked to withdraw), nor Ukraine (the background war)
    assert [ids(c) for c in got] == [["admin1:MD-SN"], ["admin1:MD-SN"]]


def test_capitals_in_a_dispute_between_them_are_the_governments() -> None:
    [c] = estimates(
        "Eritrea has massed as many as 30,000 troops along its border with Ethiopia, as a war "
        "of words between Addis Ababa and Asmara threatens to turn into open conflict."
    )
    assert ids(c) == ["border:ER-ET"]


def test_a_figure_with_no_place_is_where_its_groups_name_says() -> None:
    [c] = estimates(
        "The army estimates that the Front for the Liberation of the Enclave of Cabinda "
        "(FLEC) has no more than 300 fighters."
    )
    assert ids(c) == ["admin1:AO-CAB"]
    # a place of its own comes first (the town, inside the province it names)
    [c] = estimates("FLEC has no more than 300 fighters near Buco-Zau, in Cabinda province.")
    assert ids(c) == ["city:2243458"]


def test_state_forces_after_a_groups_figure_are_not_the_groups() -> None:
    got = estimates(
        "La Familia Michoacana has up to 800 members in Guerrero, officials say, and a "
        "further 1,200 troops will arrive in the state next week."
    )
    assert [c.group_canonical for c in got] == ["La Familia Michoacana", None]
    got = estimates(
        "IPOB remains active in Imo. In Anambra, the state-backed Agunechemba security outfit "
        "now has two thousand operatives."
    )
    assert [c.group_canonical for c in got] == [None]
    # the group's own troops, with another figure before them, stay its
    [c] = [
        c
        for c in estimates(
            "The Arakan Army, which presented itself as a force of some 7,000 fighters in "
            "2023, is now believed to field upwards of 40,000 troops."
        )
        if c.number_low == 40000
    ]
    assert c.group_canonical == "Arakan Army"


def test_people_under_arms_named_by_what_else_they_are() -> None:
    [c] = estimates("Police say up to 500 armed herders roam the border area near Lodwar.")
    assert (c.number_low, c.unit) == (500, "herders")
    [c] = estimates("The NPA has been reduced to fewer than 80 armed regulars on Negros.")
    assert c.number_low == 80
    # things, and counts of groups, are not
    assert not estimates("The army seized 40 armed vehicles and 12 armed drones.")
    assert not estimates("Civilians are caught between at least four armed actors.")
    # without "armed", herders are civilians
    assert not estimates("Some 5,000 herders crossed into Uganda with their cattle.")


def test_the_port_of_a_town_is_the_town() -> None:
    [c] = estimates(
        "The army will station a 400-strong marine unit at the port of Cabinda by December."
    )
    assert ids(c) == ["city:2243271"]


def test_what_remains_of_a_counted_force_is_an_estimate() -> None:
    found = estimates(
        "The militia peaked at an estimated 8,000 fighters in 2023. Most left for Libya. "
        "Today fewer than 1,000 remain, mostly at the Kitgum camp."
    )
    assert [(c.number_text, c.qualifier) for c in found] == [
        ("an estimated 8,000", "approximate"),
        ("fewer than 1,000", "upper"),
    ]
    # people counted after the force are what remains
    assert [
        c.number_text
        for c in estimates(
            "Some 2,000 rebels attacked the town. About 8,000 residents fled. "
            "Fewer than 1,000 remain in the camp."
        )
    ] == ["Some 2,000"]


def test_there_are_perhaps_n_after_a_counted_force() -> None:
    found = estimates(
        "Our best estimate is between 6,000 and 8,000 armed fighters across Oromia. "
        "In West Wollega alone there are perhaps 2,500."
    )
    assert [(c.number_text, c.qualifier) for c in found][1] == ("perhaps 2,500", "approximate")
    # West Wollega is not in the data: the place comes from the sentence before
    assert ids(found[1]) == ["admin1:ET-OR"]


def test_legal_steps_thresholds_and_quoted_kills_count_no_force() -> None:
    text = (
        "Border guards recorded about 30,000 crossings, and 14 Belarusian officers have been "
        "placed under EU sanctions. Treat any increase above 6,000 troops in Gomel region as "
        'a warning. Officials said they had "neutralised" 10,000 OLA members.'
    )
    assert estimates(text) == []


def test_armed_people_in_a_rejected_claim_are_rejected() -> None:
    text = (
        "The army dismisses as false the claims circulating online that 10,000 armed herders "
        "have massed at the boundary between Nasarawa and Benue States."
    )
    assert estimates(text) == []
    assert [c.number_text for c in estimates("Up to 500 armed herders raided Agatu.")] == [
        "Up to 500"
    ]


def test_vague_amounts_in_the_thousands_and_hedged() -> None:
    found = estimates(
        "In Masisi, the Wazalendo militias now number in the thousands. The group has "
        "fighters in the hundreds on the coast. Perhaps a few dozen gunmen hold the pass."
    )
    assert [(c.number_text, c.qualifier) for c in found] == [
        ("in the thousands", "vague"),
        ("in the hundreds", "vague"),
        ("a few dozen", "vague"),
    ]


def test_a_vague_headline_amount_the_story_states_is_one_claim() -> None:
    text = (
        "Thousands of troops guard Kurram road\n\n"
        "PARACHINAR: Nearly 4,000 Frontier Corps personnel have been deployed along the road "
        "in Kurram, officials said on Sunday.\n"
    )
    assert [c.number_text for c in estimates(text)] == ["Nearly 4,000"]
    # a headline amount the story does not state stays
    text = text.replace("Nearly 4,000", "Nearly 400")
    assert [c.number_text for c in estimates(text)] == ["Thousands", "Nearly 400"]


def test_troops_in_a_province_along_a_border_are_on_the_border() -> None:
    [c] = estimates(
        "Minsk keeps between 4,000 and 6,000 troops in Gomel region along the Ukrainian "
        "border, rotating units every three months, Belarus said."
    )
    assert sorted(ids(c)) == ["admin1:BY-HO", "border:BY-UA"]


def test_state_troops_sent_in_answer_to_a_group_are_not_its() -> None:
    [c] = estimates(
        "Warsaw responded to the arrival of Wagner by moving some 10,000 soldiers to the "
        "Belarus border in 2023."
    )
    assert c.group_canonical is None


def test_an_answer_takes_the_group_its_question_asks_about() -> None:
    text = (
        "Q: How big is the OLA today?\n\n"
        "A: Nobody has a census. Our best estimate is between 6,000 and 8,000 armed fighters "
        "across Oromia. In West Wollega alone there are perhaps 2,500.\n"
    )
    assert [(c.number_text, c.group_canonical) for c in estimates(text)] == [
        ("between 6,000 and 8,000", "Oromo Liberation Army"),
        ("perhaps 2,500", "Oromo Liberation Army"),
    ]


def test_a_share_of_a_force_takes_its_group_unless_a_state_force_is_named() -> None:
    found = estimates(
        "Wagner's presence in Belarus peaked at an estimated 8,000 fighters. Most left for "
        "Africa. Today fewer than 1,000 remain, mostly at the Asipovichy camp."
    )
    assert [c.group_canonical for c in found] == ["Wagner Group", "Wagner Group"]
    found = estimates(
        "The TDF has about 20,000 fighters. Eritrean units never left Irob district, where "
        "several thousand are thought to remain."
    )
    assert found[-1].group_canonical is None


def test_the_country_is_the_one_the_sentence_is_about() -> None:
    text = (
        "In Niger, the situation in Tillabéri is deteriorating fast.\n\n"
        "Mali has turned to Russia's Africa Corps, which has about 2,500 personnel in the "
        "country, according to Western diplomats."
    )
    [c] = estimates(text)
    assert ids(c) == ["country:ML"]


def test_a_treaty_venue_is_not_where_the_troops_are() -> None:
    [c] = estimates(
        "Between 4,000 and 6,000 Rwandan soldiers are operating in North Kivu, days after "
        "the two countries signed a peace agreement in Washington."
    )
    assert ids(c) == ["admin1:CD-NK"]
    # nor where an accord was signed, said in the passive
    [c] = estimates(
        "In 1997, when the peace accord was signed in Moscow, the United Tajik Opposition "
        "still counted some 4,000 fighters in Karategin, Tajikistan."
    )
    assert "city:524901" not in ids(c)
    # nor where the money for them was promised
    [c] = estimates(
        "An additional 1,200 soldiers will be moved to Hermel, Lebanon, once the funds "
        "pledged in Paris are disbursed."
    )
    assert ids(c) == ["city:279997"]


def test_a_place_after_rural_is_still_where_the_men_are() -> None:
    [c] = estimates("In rural Jamundí, the dissidents have some 150 armed men.")
    assert ids(c) == ["city:3680387"]


def test_disbelief_unverified_reports_and_a_laugh_reject_a_figure() -> None:
    assert estimates("I do not believe the figure of 5,000 Tren de Aragua members in Brazil.") == []
    assert (
        estimates(
            "The Panel was unable to verify media reports that 4,000 Ugandan troops were "
            "operating in Jonglei."
        )
        == []
    )
    assert (
        estimates(
            "Asked about reports that the gang could field 1,000 fighters, the officer laughed."
        )
        == []
    )
    assert (
        estimates(
            'The spokesman dismissed as "fabricated" reports in resistance media that 5,000 '
            "PDF fighters had encircled Shwebo."
        )
        == []
    )


def test_casualty_forms_of_military_releases_and_left_dead() -> None:
    text = (
        "Resultantly, 16 khawarij were sent to hell. Clashes in January left 12 soldiers "
        "and at least 30 miners dead. An estimated 150 khawarij had taken shelter in Bajaur."
    )
    assert [(c.number_text, c.unit) for c in estimates(text)] == [("An estimated 150", "khawarij")]


def test_armed_men_a_settlement_is_home_to_are_a_force() -> None:
    [c] = estimates(
        "Kouri Bougoudi, a lawless mining settlement, is home to several thousand armed men, "
        "according to a report seen by AFP."
    )
    assert (c.number_text, c.unit) == ("several thousand", "men")


def test_a_mobilisation_that_could_reach_n_is_a_projected_force() -> None:
    [c] = estimates(
        "The Panel assesses that White Army mobilisation across Jonglei could reach 12,000 "
        "by early 2027."
    )
    assert (c.number_low, c.modality) == (12000, "projected")


def test_each_row_of_a_markdown_table_is_its_own_claim() -> None:
    md = (
        "# Marib\n\nOur estimates:\n\n"
        "| Force | Area | Estimated strength |\n|---|---|---|\n"
        "| Houthi forces | Sirwah front, west of Marib city | 15,000–20,000 |\n"
        "| Government army | Marib city | around 25,000 |\n"
    )
    found = [c for c in extract(md.encode(), filename="brief.md")[1] if c.kind == "estimate"]
    assert [(c.number_text, c.group_canonical) for c in found] == [
        ("15,000–20,000", "Houthis"),
        ("around 25,000", None),
    ]
    assert all(c.quote.count("|") == 4 for c in found)  # one row each


def test_a_garrison_named_by_its_town_is_there_and_a_budget_venue_is_not() -> None:
    found = estimates(
        "The U.N. mission has about 650 peacekeepers in Vakaga. Under budget cuts approved in "
        "New York, the mission plans to reduce its Birao contingent to fewer than 300."
    )
    assert [ids(c) for c in found] == [["admin1:CF-VK"], ["city:240210"]]


def test_an_aim_and_a_circumstance_are_not_where_the_men_are() -> None:
    [c] = estimates(
        "Around 300 khawarij have gathered in the Afghan provinces of Kunar and Nuristan, "
        "with the intent to carry out terrorist activities inside Pakistan."
    )
    assert ids(c) == ["admin1:AF-KNR", "admin1:AF-NUR"]
    assert c.group_canonical == "Tehrik-e Taliban Pakistan"  # the army's word for its men
    [c] = estimates(
        "Chad has moved nearly 4,000 soldiers into Tibesti province, military sources said, "
        "as rebels and gold-mining militias take advantage of chaos across the border in Libya."
    )
    assert ids(c) == ["admin1:TD-TI"]


def test_the_town_is_the_one_the_sentence_just_named() -> None:
    found = estimates(
        "The force keeps some 200 personnel at its base in Saint-Marc, Haiti. Residents of "
        "Verrettes say up to 150 gunmen now patrol the hills above the town at night."
    )
    assert [ids(c) for c in found] == [["city:3717588"], ["city:3716044"]]


def test_across_the_whole_province_is_where() -> None:
    [c] = estimates("Fewer than 100 police are on duty across the whole Artibonite, in Haiti.")
    assert ids(c) == ["admin1:HT-AR"]


def test_casualties_after_a_long_name_or_an_aside_and_rejections_after_the_figure() -> None:
    text = (
        "At least 28 members of the Volunteers for the Defence of the Homeland (VDP) were "
        "killed near Pama. Some 14 insurgents, some of them aged 15 or 16, surrendered in "
        "Ancuabe. The group claimed it had 5,000 fighters in Hiiraan, a figure the governor "
        'dismissed as "pure propaganda". The army would need "at least 10,000 troops" to '
        "hold the districts."
    )
    assert estimates(text) == []


def test_people_uprooted_are_no_force_whoever_estimates_them() -> None:
    text = (
        "More than 1.3 million people have been displaced since 2017, and the International "
        "Organization for Migration estimates that about 580,000 are still away from home."
    )
    assert estimates(text) == []


def test_a_claim_neither_confirmed_nor_denied_stays() -> None:
    [c] = estimates(
        "Elders say Puntland has moved at least 250 Darawish troops into the Sool plateau, a "
        "claim Garowe neither confirmed nor denied."
    )
    assert c.number_text == "at least 250"


def test_a_dismissed_claim_is_no_concern() -> None:
    claims = extract(
        "He dismissed messages circulating on social media claiming that 1,000 insurgents had "
        "massed outside Mueda in Mozambique."
    )[1]
    assert [c for c in claims if c.kind == "concern"] == []


def test_nationals_of_a_named_group_are_its_fighters() -> None:
    [c] = estimates(
        "On top of that you have a few hundred Uzbeks of Katibat Imam al-Bukhari in Idlib."
    )
    assert (c.number_text, c.group_canonical) == ("a few hundred", "Katibat Imam al-Bukhari")
    # nationals of no named group stay uncounted
    assert estimates("A few hundred Uzbeks of the diaspora live in Idlib.") == []


def test_a_states_own_troops_are_no_groups() -> None:
    found = estimates(
        "Boko Haram has 400 to 600 fighters around Bosso. Niger, which left the task force in "
        "March, now relies on roughly 1,800 of its own troops in the region."
    )
    assert [c.group_canonical for c in found] == ["Boko Haram", None]


def test_an_acronym_the_article_defines_beats_the_tables_reading() -> None:
    first, second = estimates(
        "The Ambazonia Defence Forces (ADF) keep about 300 fighters near Kumba, officials say. "
        "Another 150 ADF fighters were seen around Bamenda."
    )
    assert first.group_canonical == second.group_canonical == "Ambazonia Defence Forces"
    [congo] = estimates("The ADF has some 1,500 fighters around Beni, the army said.")
    assert congo.group_canonical == "Allied Democratic Forces"


def test_former_members_are_not_a_force() -> None:
    [c] = estimates(
        "Our sources, including two former members and a district official, put the "
        "Macina Liberation Front's strength at 1,500 to 2,500 fighters in Mopti."
    )
    assert (c.number_low, c.number_high) == (1500, 2500)
    assert c.group_canonical == "Macina Liberation Front"
    assert estimates("Some 2,000 former fighters of the group were seen in Mopti.") == []
    [again] = estimates("Some 300 former fighters have rearmed in Mopti, officials said.")
    assert again.number_low == 300


def test_a_claim_the_next_sentence_turns_down_gives_way_to_the_writers_figure() -> None:
    [c] = estimates(
        "Dan Na Ambassagou's leaders claim 5,000 members in Mopti. We do not consider this "
        "credible: we estimate fewer than 2,000 armed men on the Bandiagara plateau."
    )
    assert (c.number_high, c.group_canonical) == (2000, "Dan Na Ambassagou")
    kept = estimates(
        "Dan Na Ambassagou's leaders claim 5,000 members in Mopti. We consider this credible."
    )
    assert [c.number_low for c in kept] == [5000]


def test_the_gorge_is_the_gorge_the_article_named() -> None:
    first, second = estimates(
        "The report came from Birkiani, a village of the Pankisi Gorge in Akhmeta. "
        "Elders say between 30 and 40 men who had fought in Syria and, more recently, in "
        "Ukraine have returned to the gorge. In 2002 the gorge was said to shelter as many "
        "as 800 fighters."
    )
    assert ids(first) == ids(second) == ["admin1:GE-KA"]


def test_hills_the_article_never_named_are_no_reference() -> None:
    [c] = estimates(
        "Gran Grif holds the plains of the Artibonite. Residents of Verrettes say up to 150 "
        "gunmen now patrol the hills above the town at night."
    )
    assert ids(c) == ["city:3716044"]


def test_the_department_is_the_department_just_named() -> None:
    [_sent, total] = estimates(
        "POPAYÁN — The army has sent 2,500 more soldiers to Cauca since March, bringing its "
        "total strength in the department to nearly 9,000, yet the rebels still hold the "
        "mountains south-west of the city."
    )
    assert ids(total) == ["admin1:CO-CAU"]


def test_a_headline_figure_at_the_end_of_the_storys_range_is_one_claim() -> None:
    text = (
        "Shabaab masses 400 fighters opposite Mandera\n\n"
        "NAIROBI: Al-Shabaab has moved between 300 and 400 fighters into Somalia's Gedo "
        "region, officials said.\n"
    )
    assert [c.number_text for c in estimates(text)] == ["between 300 and 400"]
    # another group's headline figure stays
    other = text.replace("Shabaab masses", "ISIS masses")
    assert [c.number_text for c in estimates(other)] == ["400", "between 300 and 400"]


def test_denied_and_dismissed_figures_are_not_estimates() -> None:
    assert estimates('"There are not hundreds of militants in Pankisi," the minister said.') == []
    assert estimates("The group does not have 5,000 fighters in Kunar, officials said.") == []
    assert (
        estimates(
            'A senator\'s claim last month that "5,000 guerrillas" were massing near Leticia was '
            '"pure fantasy", the defence minister said.'
        )
        == []
    )
    [bound] = estimates("The group does not have more than 300 fighters in Kunar.")
    assert bound.number_low == 300


def test_people_killed_counted_in_an_aside_are_not_a_force() -> None:
    [c] = estimates(
        "Al-Shabaab has 400 fighters in Gedo. Eleven people, among them three police "
        "officers, have been killed in the attacks near Mandera."
    )
    assert c.number_low == 400


def test_a_towns_population_and_detained_people_are_not_forces() -> None:
    [c] = estimates(
        "Police estimate that up to 200 armed men operate around Caballococha, a river town "
        "of about 10,000 people in Loreto."
    )
    assert c.number_high == 200
    assert (
        estimates("Rights groups were alarmed by the detention of dozens of young men in Panjshir.")
        == []
    )


def test_units_restated_as_men_count_once() -> None:
    [c] = estimates(
        "The Army has approved the deployment of two more battalions, or about 1,000 "
        "soldiers, to Maguindanao del Sur before the elections."
    )
    assert (c.number_low, ids(c)) == (1000, ["admin1:PH-MAG"])


def test_we_in_an_interviews_answer_is_the_interviewees_group() -> None:
    text = (
        "The National Resistance Front (NRF) claims ambushes in Panjshir.\n\n"
        "We spoke to an NRF field commander by video link from Dushanbe.\n\n"
        "Q: How many men do you command?\n\n"
        "A: I will not give you my own unit. For the front as a whole, we have around 3,000 "
        "fighters inside Afghanistan, in Panjshir and Kapisa.\n"
    )
    [c] = estimates(text)
    assert c.group_canonical == "National Resistance Front of Afghanistan"
    assert "admin1:TJ-DU" not in ids(c)
    # outside an answer, "we" is the writer's
    [plain] = estimates(text.replace("A: I will", "I will"))
    assert plain.group_canonical is None


def test_the_province_is_one_named_as_itself_not_a_districts_stand_in() -> None:
    _first, second = estimates(
        "The NRF still has between 3,000 and 4,000 fighters in the mountains of Panjshir and "
        "neighbouring Andarab, its spokesman said.\n\nThe Taliban have deployed about 10,000 "
        "fighters to the province to crush the resistance, residents say."
    )
    assert ids(second) == ["admin1:AF-PAN"]


def test_along_a_frontier_with_a_length_is_the_border() -> None:
    [c] = estimates(
        "Kenya and Somalia share a long frontier. Along the 682-kilometre frontier, the army "
        "keeps about 2,000 troops, a defence source said."
    )
    assert ids(c) == ["border:KE-SO"]


def test_the_gang_is_the_gang_just_named() -> None:
    [c] = estimates(
        "The Gran Grif gang remains the master of the Artibonite department. A police officer "
        "said the gang now counts between 300 and 400 armed members in Liancourt."
    )
    assert c.group_canonical == "Gran Grif"


def test_a_groups_initials_stand_for_it() -> None:
    [c] = estimates(
        "The resistance has leaned on the Kachin Independence Army. According to officials, "
        "roughly 1,500 KIA troops are now deployed in Katha."
    )
    assert c.group_canonical == "Kachin Independence Army"


def test_a_national_army_sharing_a_groups_name_is_no_group() -> None:
    [c] = estimates(
        "The South Sudan People's Defence Forces (SSPDF) redeployed some 1,200 troops to "
        "Jonglei in February."
    )
    assert c.group_canonical is None


def test_a_compound_direction_and_a_total_over_the_groups_counted() -> None:
    found = estimates(
        "In Syria's Idlib, the Turkistan Islamic Party has between 3,000 and 4,000 fighters. "
        "You also have a few hundred Uzbeks of Katibat Imam al-Bukhari in Jabal al-Zawiya. "
        "Altogether, foreign fighters in the north-west number perhaps 5,000."
    )
    total = found[-1]
    assert (total.number_low, ids(total), total.group_canonical) == (
        5000,
        ["region:SY-northwest"],
        None,
    )


def test_they_are_mostly_in_places_the_figure_before() -> None:
    found = estimates(
        "Some 20,000 fighters now serve in Idlib and western Aleppo. And there is a core of "
        "hardliners, perhaps 1,000 to 1,500 men, who refused integration. They are mostly in "
        "Jisr al-Shughur."
    )
    assert ids(found[-1]) == ["city:169023"]  # Jisr ash-Shughur


def test_a_share_of_officers_counted_just_before() -> None:
    _all, posted = estimates(
        "In Haiti, the directorate has 140 officers for the entire department, the "
        "commissioner said, and fewer than 60 of them are posted in Mirebalais."
    )
    assert posted.number_high == 60 and "city:3720811" in ids(posted)


def test_a_place_in_a_passive_subject_is_where_the_force_is() -> None:
    [c] = estimates("The army's garrison in El Fasher was estimated at around 5,000 soldiers.")
    assert ids(c) == ["city:379555"]


def test_the_northern_departments_and_troops_sent_north() -> None:
    now, before, more = estimates(
        "Jihadists attack Benin from the W park. "
        "Benin's Operation Mirador now deploys roughly 3,000 soldiers across the northern "
        "departments, up from about 1,000 when it was launched. The government announced "
        "that a further 2,000 troops would be sent north by mid-2027."
    )
    assert ids(now) == ids(before) == ids(more) == ["region:BJ-north"]


def test_a_country_in_brackets_after_its_province_is_no_acronym() -> None:
    [c] = estimates(
        "| Area | Group | Fighters |\n|---|---|---|\n"
        "| Tillabéri (Niger) | IS Sahel Province | 100–200 |"
    )
    assert ids(c) == ["admin1:NE-6"]


def test_he_had_n_men_counts_the_commanders_group() -> None:
    [c] = estimates(
        "In East Gojjam we spent four days with a brigade of Fano. Its commander, a former "
        "teacher, said he had 1,200 men under arms around Debre Markos."
    )
    assert c.group_canonical == "Fano"


def test_a_figure_nobody_takes_seriously_or_a_misleading_claim() -> None:
    assert (
        estimates(
            "Fano's own spokesmen talk of 100,000 fighters in Amhara, a figure no diplomat we met "
            "takes seriously."
        )
        == []
    )
    assert (
        estimates(
            "The Government wishes to correct the misleading claim circulating on social media "
            'that "over 10,000 bandits" have taken over Maru in Zamfara.'
        )
        == []
    )
    # a figure that others dispute is still the speaker's estimate
    [c] = estimates(
        "The ministry says there are fewer than 500 ISIS fighters in Iraq, a figure Kurdish "
        "officials dispute."
    )
    assert c.number_high == 500


def test_a_named_corps_and_the_share_of_it_deployed() -> None:
    recruited, deployed = estimates(
        "The Zamfara State Government has recruited 2,645 Community Protection Guards, out of "
        "which 1,100 are presently deployed in Maru, Anka and Tsafe."
    )
    assert (recruited.unit, deployed.number_low) == ("guards", 1100)


def test_a_boast_the_next_sentence_laughs_at_or_finds_not_credible() -> None:
    found = estimates(
        'A coalition spokesman boasted that "more than 2,000 soldiers of Viv Ansanm" were ready '
        "to march on Hinche. Décéus laughed at the figure. Police say Viv Ansanm keeps between "
        "250 and 300 armed men near Mirebalais."
    )
    assert [c.number_low for c in found] == [250]
    [c] = estimates(
        'In Rakhine, the leadership has talked about "more than 50,000 troops". I don\'t find '
        "that credible; my own estimate is between 35,000 and 40,000 Arakan Army fighters "
        "across Rakhine."
    )
    assert c.number_low == 35000


def test_the_rohingya_solidarity_organisation_is_a_group() -> None:
    [c] = estimates(
        "The Rohingya Solidarity Organisation has been recruiting in the camps, and I would "
        "estimate it has around 1,500 armed men along the Bangladesh border with Myanmar."
    )
    assert c.group_canonical == "Rohingya Solidarity Organisation"


def test_a_nationality_before_its_noun_is_no_list_item() -> None:
    [c] = estimates(
        "In the Gaza Strip, Israeli military intelligence assessed in August that Hamas had "
        "rebuilt its ranks to around 20,000 fighters."
    )
    assert ids(c) == ["admin1:PS-GZZ"]


def test_a_places_deployment_is_where_the_troops_are() -> None:
    [c] = estimates(
        "The Israeli army has said it could raise its West Bank deployment to 4,000 if attacks "
        "on settlements continue."
    )
    assert ids(c) == ["admin1:PS-WBK"]


def test_former_members_of_a_group_now_in_the_army_are_not_the_groups() -> None:
    [c] = estimates(
        "Formally, some 20,000 former HTS fighters now wear army uniform in Idlib and western "
        "Aleppo."
    )
    assert (c.number_low, c.group_canonical) == (20000, None)


def test_the_armed_wing_of_a_movement_is_the_movement() -> None:
    [c] = estimates(
        "Military analysts estimate the armed wing of FLEC at no more than 300 fighters in Cabinda."
    )
    assert c.group_canonical == "Front for the Liberation of the Enclave of Cabinda"


def test_a_tables_incidents_column_is_not_its_fighters_column() -> None:
    found = estimates(
        "| Province | Estimated RKK fighters | Incidents, Jan–Oct 2026 | Trend |\n"
        "|---|---|---|---|\n"
        "| Narathiwat | 1,200–1,500 | 214 | rising |\n"
        "| Yala | 800–1,000 | 131 | stable |\n"
    )
    assert [(c.number_low, c.number_high) for c in found] == [(1200, 1500), (800, 1000)]


def test_figures_turned_down_in_the_next_clause_or_sentence() -> None:
    assert (
        estimates(
            "A collective in Uvira has put the number of fighters in South Kivu at 15,000; the "
            'Burundian government rejected that number as "pure fabrication".'
        )
        == []
    )
    assert (
        estimates(
            'A pamphlet claims the party has "5,000 people\'s fighters" in Chhattisgarh. This '
            "claim is baseless."
        )
        == []
    )
    assert (
        estimates(
            "The Defence Ministry says only around 60 fighters remain in Junín. "
            "That is far too low."
        )
        == []
    )
    assert (
        estimates(
            'A Houthi spokesman said "100,000 fighters" stood ready to take Taiz, a figure local '
            "commanders and foreign diplomats treat as bluster."
        )
        == []
    )
    [real] = estimates(
        "At their peak the self-defence groups of Michoacán claimed 20,000 members; researchers "
        "put the real number closer to 5,000."
    )
    assert real.number_low == 5000


def test_sources_casualties_and_bands_are_not_forces() -> None:
    [c] = estimates(
        "The Houthis have massed an estimated 5,000 fighters around Taiz, according to two "
        "officers in the government's Taiz Military Axis."
    )
    assert c.number_low == 5000
    assert (
        estimates(
            "Gunmen overran an army post at Djibasso in Kossi province, killing 23 soldiers and 11 "
            "auxiliaries."
        )
        == []
    )
    assert (
        estimates(
            "The bodies of 12 uniformed Maoist cadres were recovered in Bijapur, Chhattisgarh."
        )
        == []
    )
    assert (
        estimates(
            'Seven border guards and two Basij members "attained martyrdom" near Saravan, Iran.'
        )
        == []
    )
    assert (
        estimates("In the VRAEM of Peru they still manage ambushes with 30 or 40 men at a time.")
        == []
    )
    assert estimates("In Peru's Ayacucho some generals talk of needing 10,000 men.") == []
    assert (  # a load per vehicle
        estimates("They came on 30 motorbikes, three men on each, to Tibiri in Niger.") == []
    )
    assert (
        estimates(
            "Attacks forced the evacuation of at least 60 rangers and staff of the Niassa reserve "
            "in Mozambique."
        )
        == []
    )


def test_counts_named_by_a_verb_or_a_corps_word() -> None:
    [nrf] = estimates(
        "In Yemen, the National Resistance Forces of Tareq Saleh, which number around 10,000 "
        "around Mokha, have been put on alert."
    )
    assert nrf.number_low == 10000
    [attackers] = estimates(
        "JNIM attacked Djibasso in Burkina Faso. Residents estimated the attackers at about 200."
    )
    assert attackers.number_low == 200
    [rangers] = estimates(
        "The army will add 2,000 rangers along the Malaysian border in Narathiwat by March."
    )
    assert rangers.unit == "rangers"
    [vdp] = estimates("Some 2,500 VDP now serve in the Boucle du Mouhoun region of Burkina Faso.")
    assert vdp.unit == "VDP"


def test_a_table_row_takes_the_group_its_header_names() -> None:
    found = estimates(
        "| Province | Estimated RKK fighters | Trend |\n|---|---|---|\n"
        "| Narathiwat | 1,200–1,500 | rising |\n| Yala | 800–1,000 | stable |\n"
    )
    assert [c.group_canonical for c in found] == ["Barisan Revolusi Nasional"] * 2


def test_promised_added_and_redeployed_troops_are_planned() -> None:
    kept, promised = estimates(
        "Some 11,000 soldiers are now deployed in Michoacán, and the president promised "
        "another 2,000 in October."
    )
    assert (kept.modality, promised.modality) == ("asserted", "planned")
    [added] = estimates("The army said it will add 2,000 rangers in Narathiwat by March.")
    assert added.modality == "planned"
    # a contrast clause keeps its own frame
    [kept] = estimates(
        "The Army keeps about 6,000 soldiers in Sulu and Basilan, although two battalions are "
        "expected to be redeployed to Luzon by June."
    )
    assert kept.modality == "asserted"


def test_the_region_is_the_region_not_a_province_named_as_one() -> None:
    text = (
        "Fighters linked to al Qaeda have pushed deeper into Burkina Faso's Boucle du Mouhoun "
        "region. JNIM now has between 600 and 800 fighters spread across the Kossi and Sourou "
        "provinces, a security official said. A diplomat put the number lower, at a few hundred "
        "across the whole region."
    )
    assert ids(estimates(text)[-1]) == ["region:BF-01"]


def test_a_place_fought_or_left_is_not_the_state_referred_to() -> None:
    found = estimates(
        "An assessment puts the CJNG's strength in Michoacán at some 1,500 gunmen, most of them "
        "rotated in from Jalisco. Cárteles Unidos fights Jalisco as often as it fights itself. "
        "Some 11,000 soldiers are now deployed in the state."
    )
    assert ids(found[-1]) == ["admin1:MX-MIC"]


def test_items_under_a_watch_list_heading_are_hotspots() -> None:
    text = (
        "# Benin's north\n\nJNIM has 400 to 600 fighters in the W park in Alibori.\n\n"
        "## Points of concern\n\n"
        "- Malanville. The border town on the Niger river is the hinge of trade.\n"
        "- Borgou and the Nigerian border. Herders report armed men crossing.\n\n"
        "Contact: the Observatory, Cotonou.\n"
    )
    concerns = [c for c in extract(text, filename="brief.md")[1] if c.kind == "concern"]
    assert [ids(c) for c in concerns] == [["city:2392837"], ["admin1:BJ-BO", "border:BJ-NG"]]


def test_on_the_x_side_keeps_that_countrys_places() -> None:
    _eln, rivals = estimates(
        "The ELN has an estimated 2,500 to 3,000 combatants in Arauca and across the river in "
        "Venezuela's Apure state. Its rivals, dissidents of the former 10th Front, number "
        "fewer than 400 on the Colombian side, the military estimates."
    )
    assert ids(rivals) == ["admin1:CO-ARA"]


def test_more_ways_a_figure_is_turned_down() -> None:
    assert (
        estimates(
            'The minister said the gangs of Guayaquil had "no more than a few hundred real '
            'soldiers". "That is absurd," said a sociologist.'
        )
        == []
    )
    assert (
        estimates(
            "Q: The Defence Ministry says some 15,000 troops are protecting the arc in Bolívar.\n\n"
            "A: That number exists on paper. The rest guard installations."
        )
        == []
    )
    assert (
        estimates(
            'The spokesman said the TPNPB had "40,000 soldiers" in Papua. Neither the police, nor '
            "researchers, give that number any credence."
        )
        == []
    )
    assert (
        estimates(
            "The forum rejected as baseless propaganda the claim, circulated by accounts linked to "
            'the khawarij, that "30,000 mujahideen" were present in Bannu.'
        )
        == []
    )
    assert (
        estimates(
            "A sociologist in Guayaquil who has interviewed more than 200 gang members disagrees."
        )
        == []
    )


def test_the_whole_armed_wing_is_the_group_named_before() -> None:
    found = estimates(
        "The TPNPB claims attacks across Papua. In 2018 the army put the whole armed wing at "
        "no more than 500."
    )
    assert [c.group_canonical for c in found] == ["Free Papua Movement"]


def test_a_place_the_data_lacks_takes_the_province_of_the_town_before() -> None:
    text = (
        "Troops will secure the roads around Sugapa, officials in Papua said. "
        "In Intan Jaya, the rebels are thought to number between 150 and 200 men. "
        "Across the Central Highlands they have some 1,500 fighters."
    )
    found = estimates(text)
    # Intan Jaya regency and the Central Highlands are not in the data: the province of
    # the town named before (Papua), not the town itself
    assert [ids(c) for c in found] == [["admin1:ID-PA"], ["admin1:ID-PA"]]
    # with no unknown place named, the figure keeps the town it refers back to
    [c] = estimates(
        "Troops will secure the roads around Sugapa, officials in Papua said. "
        "The rebels are thought to number between 150 and 200 men."
    )
    assert ids(c) == ["city:11011788"]


def test_more_ways_a_place_is_said_to_be_at_risk() -> None:
    sentences = {
        "Residents of Ocaña, Colombia, say they fear the war is moving closer.": "city:3673662",
        "In Bol, Chad, traders expect to be next.": "city:2434979",
        "The islands off Bol, Chad, are the likeliest staging ground for an offensive.": (
            "city:2434979"
        ),
        "Fishing villages in Ituri, Congo, have become a new target for raids.": "admin1:CD-OR",
        "Lahij, Yemen, is now the most exposed stretch of the southern front.": "admin1:YE-LA",
        "Cuts would leave Mandera county, Kenya, exposed.": "admin1:KE-500",
        "Guards in Hasakah, Syria, fear a mass breakout.": "admin1:SY-HA",
    }
    for sentence, place in sentences.items():
        found = [c for c in extract(sentence)[1] if c.kind == "concern"]
        assert [ids(c) for c in found] == [[place]], sentence
    # a target of policy, not of fighters: no concern
    text = "The next target of the government in Kenya is inflation."
    assert [c for c in extract(text)[1] if c.kind == "concern"] == []


def test_more_ways_a_strength_is_given_without_a_unit() -> None:
    cases = {
        # a named group "thought to number"
        "Before the truce the KNLA was thought to number about 5,000.": ("about 5,000", None),
        # "estimated by one of them at"
        "RSF forces around the town were estimated by one diplomat at about 3,000.": (
            "about 3,000",
            None,
        ),
        # "put <group> fighters <somewhere> at"
        "Local sources put Mahmuda fighters inside the park in Kwara at 300–400.": (
            "300–400",
            None,
        ),
        "I'd put those OLA units in Kamashi at around 300.": ("around 300", None),
    }
    for text, (number, unit) in cases.items():
        found = estimates(text)
        assert [(c.number_text, c.unit) for c in found] == [(number, unit)], text
    # a share of the force counted before, said to operate somewhere
    found = estimates(
        "The Arrow Boys have 1,000 men in Western Equatoria. Of these, about 400 operate "
        "along the Uganda border."
    )
    assert [c.number_text for c in found] == ["1,000", "about 400"]
    # not forces: the displaced, and a count with no force before it
    assert estimates("The displaced were thought to number about 5,000 in Kunar.") == []
    assert estimates("Some 400 operate in Kunar, the NGO forum said.") == []


def test_more_ways_the_next_sentence_turns_a_figure_down() -> None:
    turned_down = [
        'State media said "more than 20,000 rebels" were massing around Myawaddy. '
        "We regard that figure as propaganda.",
        'The RSF claimed to have "40,000 fighters" in Kordofan. The claim was not '
        "corroborated by any source consulted by the Panel.",
        'A banner claimed that "5,000 soldiers of the Northeast" held Nuevo Laredo. The state '
        'security spokesperson, Raúl Villarreal, called it "pure intimidation".',
        'A video claims "5,000 mujahideen" are camped in Kwara. The police spokesman called it '
        '"fake and mischievous".',
        'The communiqué speaks of "14,000 men in arms" in Antioquia. Nobody I spoke to believes '
        "it.",
        "HON. MEMBER: The NAS said they have fifteen thousand men under arms in Yei.\n\n"
        "MINISTER: Madam Speaker, that is a fabrication meant for foreign audiences.",
        # a stated need in quotation marks
        'A general said clearing Bajo Cauca would take "15,000 soldiers for five years".',
    ]
    for text in turned_down:
        assert estimates(text) == [], text
    # a next sentence that says something else keeps the figure
    [c] = estimates("The EGC has 9,000 men in Antioquia. Officials called it a success.")
    assert c.number_text == "9,000"


def test_a_group_keeps_its_figure_across_an_aside_between_dashes() -> None:
    [c] = estimates(
        "The Karen National Army - the militia formerly known as the Border Guard Force, "
        "which broke with the military in 2024 - retains an estimated 4,000 to 5,000 men."
    )
    assert c.group_canonical == "Karen National Army"
    [c] = estimates("Boko Haram — which ISWAP split from — has 1,500 fighters in Borno.")
    assert c.group_canonical == "Boko Haram"  # not ISWAP, named inside the aside


def test_groups_added_with_the_seventeenth_set() -> None:
    cases = {
        "The GPDM has between 2,000 and 3,000 fighters in Metekel.": (
            "Gumuz People's Democratic Movement"
        ),
        "Mahmuda fighters number some 300 in Kwara.": "Mahmuda",
        "The NAS has about 1,500 fighters around Yei.": "National Salvation Front",
        "The Arrow Boys have perhaps 1,000 men in Western Equatoria.": "Arrow Boys",
        "The CDN has some 800 gunmen in Nuevo Laredo.": "Cártel del Noreste",
    }
    for text, group in cases.items():
        [c] = estimates(text)
        assert c.group_canonical == group, text


def test_troops_for_a_place_are_sent_there() -> None:
    [c] = estimates("The government has promised another 3,000 troops for Los Ríos and El Oro.")
    assert ids(c) == ["admin1:EC-R", "admin1:EC-O"]
    # fighting for a place is no deployment there
    [c] = estimates("Some 2,000 fighters in Kunar are fighting for Kabul, officials said.")
    assert ids(c) == ["admin1:AF-KNR"]


def test_white_paper_forms_of_a_strength_and_of_a_denial() -> None:
    # a South Asian word for armed robbers counts them
    [c] = estimates(
        "The Department estimates that between 600 and 800 armed dacoits operate in Sindh."
    )
    assert (c.number_text, c.unit) == ("between 600 and 800", "dacoits")
    # a share that is "concentrated" somewhere, and a strength "assessed at"
    found = estimates(
        "Some 700 dacoits operate in Sindh. Of these, about 250 are concentrated in Ghotki."
    )
    assert [c.number_text for c in found] == ["Some 700", "about 250"]
    [c] = estimates("In 2013 the strength of the gangs in Sindh was assessed at fewer than 400.")
    assert c.number_text == "fewer than 400"
    # vehicles, and figures the next sentence or the clause says have no foundation
    [c] = estimates(
        "The Sindh Police has deployed 3,200 personnel in Ghotki, supported by 46 armoured "
        "personnel carriers."
    )
    assert c.number_text == "3,200"
    assert (
        estimates(
            'Figures of "5,000 dacoits" in Sindh have circulated online. The Department wishes to '
            "state clearly that such figures have no basis in any assessment."
        )
        == []
    )
    assert (
        estimates(
            'Reports that the TTP had sent "hundreds of militants" to Sindh were examined and '
            "found to be without foundation."
        )
        == []
    )


def test_still_more_ways_a_figure_is_turned_down() -> None:
    turned_down = [
        "Local radio said 2,000 Azande fighters are massing near Zemio. SPOKESPERSON: I cannot "
        "confirm that figure.",
        'The radio claimed "ten thousand mujahideen" stood ready in the Ogaden. Dool called the '
        'figure "a fairy tale for their recruiters".',
        "CORRECTION: An earlier version of this story said about 3,000 Liyu police had been "
        "moved into Afder zone.",
        'The police spoke of "more than 20,000 gang members" in Honduras. The OHSC has called '
        "that figure double counting.",
        'A channel is pushing "20,000 armed separatists in northern Iraq". That is not remotely '
        "credible.",
        'A politician said 5,000 bandits roam Tiaty. "That number is reckless and false," the '
        "commissioner said.",
        'An RSF statement claims "50,000 fighters are ready to enter Sennar." Analysts we spoke '
        "to dismiss the figure as propaganda.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text
    [c] = estimates("The KDPI still has ~800 armed peshmerga at its camps around Koya, Iraq.")
    assert (c.number_low, c.unit) == (800, "peshmerga")


def test_promised_and_approved_reinforcements_are_planned() -> None:
    found = estimates("Iraq has 2,500 guards on the frontier with Iran, with 1,000 more promised.")
    assert [(c.number_text, c.modality) for c in found] == [
        ("2,500", "asserted"),
        ("1,000", "planned"),
    ]
    [c] = estimates(
        "Sindh has approved the recruitment and deployment of 1,000 additional constables to "
        "Ghotki district by June."
    )
    assert c.modality == "planned"
    [c] = estimates("Some 1,000 more fighters are in Kunar.")
    assert c.modality == "asserted"


def test_nineteenth_set_forms() -> None:
    # a need with an aside before its verb
    assert (
        estimates(
            "Securing the frontier in Sucumbíos would, in the estimate of one retired general, "
            "need at least 8,000 troops."
        )
        == []
    )
    # a share of the force before, opening its sentence with "Of those"
    found = estimates(
        "The group has between 400 and 500 armed men in Putumayo. Of those, roughly 120 cross "
        "regularly into Sucumbíos."
    )
    assert [c.number_text for c in found] == ["between 400 and 500", "roughly 120"]
    # turned down "in our assessment", or called "a joke"
    assert (
        estimates(
            "The payroll still lists some 15,000 men in Hadramawt. In our assessment that "
            "figure is a fiction kept alive for salaries."
        )
        == []
    )
    assert (
        estimates(
            "The radio said 7,000 mujahideen had gathered in Galguduud. The officer called the "
            'figure "a joke meant for the diaspora".'
        )
        == []
    )
    # a speaker's "If I may add" is no condition, nor "may add" a plan
    [c] = estimates("If I may add, at its peak the ULFA had an estimated 3,000 cadres in Assam.")
    assert c.modality == "asserted"
    [c] = estimates("The ministry will add 500 troops in Assam.")
    assert c.modality == "planned"


def test_a_place_named_the_main_concern_or_the_next_front() -> None:
    sentences = {
        "The road from Ngaoundéré to Meiganga, Cameroon, remains the main concern of "
        "transporters.": "city:2224827",
        "Yuriria, in Guanajuato, is becoming the next front as the CJNG moves north.": (
            "city:3979855"
        ),
        "The mountain villages of Latakia province, Syria, remain the most likely scene of new "
        "clashes.": "admin1:SY-LA",
        "The desert road in Hadramawt, Yemen, is the area of greatest concern.": "admin1:YE-HD",
        "Leaders in Orellana, Ecuador, say the mining camps are turning into strongholds of "
        "Los Lobos.": "admin1:EC-D",
    }
    for sentence, place in sentences.items():
        found = [c for c in extract(sentence)[1] if c.kind == "concern"]
        assert found and place in ids(found[0]), sentence
    # a band's next front man is no front line
    text = "Singer Ana Lopez in Celaya, Mexico, became the next front man of the band."
    assert [c for c in extract(text)[1] if c.kind == "concern"] == []


def test_a_strength_table_headed_estimate_beside_a_force_column() -> None:
    text = (
        "## Current estimates\n\n"
        "| Force | Area | Estimate | Confidence |\n"
        "|---|---|---|---|\n"
        "| KIA (all brigades) | Kachin State | 9,000–11,000 | medium |\n"
        "| Military and allied militia | Myitkyina | about 3,500 | low |\n"
    )
    found = estimates(text)
    assert [(c.number_low, c.number_high) for c in found] == [(9000, 11000), (3500, 3500)]
    assert ids(found[1]) == ["city:1307741"]
    # an estimate column beside no force column counts something else
    table = "| Camp | Estimate |\n|---|---|\n| Mae La | about 3,500 |\n"
    assert estimates(table) == []


def test_a_figure_dismissed_as_this_or_taken_seriously_by_nobody() -> None:
    turned_down = [
        'A junta spokesman says "no more than 300 bandits" are left around Bhamo, Myanmar. '
        "Every contact we spoke to dismissed this; we do not use it.",
        'Q: The military said there were "only 200 terrorists" left in Kayah State.\n\n'
        "A: Nobody here takes that seriously.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text
    # a denial by those the figure accuses leaves it a claim
    [c] = estimates(
        'Officials allege that "several hundred" TTP militants shelter in Kunar, Afghanistan. '
        "The de facto authorities deny this."
    )
    assert c.qualifier == "vague"


def test_a_strength_under_arms_or_at_another_time_of_the_force_counted_last() -> None:
    [c] = estimates("The Karenni Army, the armed wing of the KNPP, has perhaps 1,200 under arms.")
    assert (c.number_low, c.group_canonical) == (1200, "Karenni Army")
    found = estimates(
        "By our count the KNDF has about 6,000 fighters across Kayah State, Myanmar. When it "
        "was formed in 2021 it had fewer than 500, most of them young people."
    )
    assert [(c.number_low, c.qualifier) for c in found] == [(6000, "approximate"), (500, "upper")]
    # a condition's "if they had" is no strength
    text = (
        "The gangs have 300 men in Mirebalais, Haiti. If they had two thousand, they would "
        "already be here."
    )
    assert [c.number_low for c in estimates(text)] == [300]


def test_travel_advice_is_a_concern_and_its_exception_no_place() -> None:
    text = (
        "The FCDO continues to advise against all but essential travel to Bayelsa, Delta and "
        "Rivers states, except the city of Port Harcourt."
    )
    [c] = [c for c in extract(text)[1] if c.kind == "concern"]
    assert ids(c) == ["admin1:NG-BY", "admin1:NG-DE", "admin1:NG-RI"]
    # "Rivers states" is the noun, not a speaker called Rivers stating something
    assert c.speaker is None
    [e] = estimates("About 300 militants are in Bayelsa and Rivers states, Nigeria.")
    assert e.speaker is None


def test_a_group_reduced_to_a_handful_and_a_rate_fallen_to_nothing() -> None:
    [c] = estimates(
        "PALU — The East Indonesia Mujahidin (MIT) has been reduced to “fewer than 10 people” "
        "in the forests of Poso regency, Indonesia, the police chief said."
    )
    assert (c.number_low, c.qualifier, c.group_canonical) == (
        10,
        "upper",
        "East Indonesia Mujahideen",
    )
    # a rate that has fallen names no group
    text = "The homicide rate in Honduras has since fallen to about 25 per 100,000."
    assert estimates(text) == []


def test_surrenders_after_an_age_aside_and_a_need_after_the_quote() -> None:
    assert (
        estimates(
            "Police in Poso, Indonesia, said two of them, aged 34 and 41, had surrendered to a "
            "village head."
        )
        == []
    )
    text = (
        "An additional 200 Brimob officers will arrive in Palu next week. A retired general "
        "argued that “1,000 more soldiers” would be needed to seal the forests for good."
    )
    assert [c.number_low for c in estimates(text)] == [200]


def test_what_locates_an_origin_is_an_origin_too() -> None:
    [c] = estimates(
        "At its peak the MIT fielded some 40 armed fighters in the Poso mountains, Indonesia, "
        "and drew sympathisers from Bima in West Nusa Tenggara."
    )
    assert ids(c) == ["city:1630723"]


def test_figures_not_retained_not_corroborated_or_called_fantasy() -> None:
    turned_down = [
        'The governor\'s adviser said "only 50 bandits" were still operating around Nyunzu, '
        "DR Congo. Several partners disagreed; the chair noted the disagreement and the "
        "figure was not retained.",
        'A channel claims "a thousand mujahideen" are waiting in Kabardino-Balkaria, Russia; '
        'the site\'s own analyst calls this "pure fantasy".',
        'Claims by a pro-JNIM channel that "thousands of mujahideen" were ready to enter '
        "northern Côte d'Ivoire have not been corroborated.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text
    # the missing are no force
    text = "Families in Zacatecas, Mexico, count 3,200 missing people."
    assert estimates(text) == []


def test_a_force_that_could_grow_to_a_figure() -> None:
    [c] = estimates(
        "The researcher warns that the armed men in the Pool department of the Republic of "
        "the Congo could grow to 1,500 if the elections are contested."
    )
    assert (c.number_low, c.modality) == (1500, "conditional")
    # a price or a share that could grow is no force
    text = "In the Pool department of Congo, prices could grow to 1,500 francs a sack."
    assert estimates(text) == []


def test_a_summary_box_and_a_fact_checks_claim_line_are_not_claims_of_their_own() -> None:
    text = (
        "2. MORE FEDERAL FORCES FOR CAJEME\n\nSummary:\n"
        "• The army already has about 3,200 troops in Sonora.\n\n"
        "Officials in Hermosillo said the army already has about 3,200 troops in Sonora, Mexico."
    )
    assert [c.number_low for c in estimates(text)] == [3200]
    checked = (
        'CLAIM 1: "There are 3,000 armed men in Tumaco alone." (a senator) VERDICT: FALSE. '
        "The most recent early-warning report estimates about 900 armed men in Tumaco, Colombia."
    )
    assert [c.number_low for c in estimates(checked)] == [900]


def test_claims_circulated_and_fake_news() -> None:
    turned_down = [
        'Claims circulated on social media that the SPLA-IO has "3,000 men under arms" in '
        "Western Bahr el Ghazal, South Sudan, are false propaganda.",
        "HOST: Some people on Facebook say there are 500 ISIS fighters hiding in the mountains "
        "of Basilan, Philippines. COL. TUAZON: That page is fake news, Dindo.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text


def test_armed_youths_of_a_people_and_a_force_that_numbers() -> None:
    [c] = estimates("Some 600 armed Murle youths crossed into Gambella, Ethiopia, in October.")
    assert c.number_low == 600
    [c] = estimates(
        "In Petén, Guatemala, people working for Sinaloa-linked traffickers number some 200."
    )
    assert (c.number_low, ids(c)) == (200, ["admin1:GT-PE"])
    # a count of anything else that numbers is no force
    assert estimates("In Petén, Guatemala, the clandestine airstrips number some 40.") == []


def test_near_the_border_is_the_one_border_the_article_names() -> None:
    text = (
        "Mauritania has reinforced the Mali border, officials in Nouakchott said. "
        "Gendarmes at Adel Bagrou, near the border, report dozens of armed men crossing at night."
    )
    [c] = estimates(text)
    assert "border:ML-MR" in ids(c)
    # an article that names two borders leaves the bare phrase to the sentence before
    two = (
        "Mauritania has reinforced the Mali border and the Senegal border. "
        "Gendarmes at Adel Bagrou, near the border, report dozens of armed men crossing at night."
    )
    assert bare_borders(two, get_geocoder().places(two)) == []
    assert [m.text for m in bare_borders(text, get_geocoder().places(text))] == ["border"]


def test_places_flagged_at_risk_top_concerns_and_expected_attacks() -> None:
    sentences = {
        "The Ombudsman has flagged Policarpa, in Nariño, Colombia, as being at "
        '"extreme risk".': "city:3671961",
        "Several members flagged Manono town, in Tanganyika, DR Congo, as a growing risk.": (
            "city:209598"
        ),
        "Caborca, in Sonora, Mexico, remains our top concern for clients moving goods.": (
            "city:4004887"
        ),
        'He called Sumisip, in Basilan, Philippines, "still a concern".': "city:1685296",
        "Both papers single out Baksan, in Kabardino-Balkaria, Russia, as the place where a "
        "new attack is most likely.": "city:579574",
    }
    for sentence, place in sentences.items():
        found = [c for c in extract(sentence)[1] if c.kind == "concern"]
        assert found and place in ids(found[0]), sentence
    # an attack that happened, or one called unlikely, is no concern
    for text in (
        "The army launched an attack in Kayah State, Myanmar, yesterday.",
        "Analysts say an attack on Goma, Congo, is unlikely.",
    ):
        assert [c for c in extract(text)[1] if c.kind == "concern"] == [], text


def test_the_place_of_an_event_the_claim_follows_is_not_the_claims() -> None:
    found = estimates(
        "Some 11,000 soldiers are deployed in Michoacán, Mexico, and the president promised "
        "another 2,000 in October after the killing of a popular mayor in Uruapan."
    )
    assert [ids(c) for c in found] == [["admin1:MX-MIC"], ["admin1:MX-MIC"]]


def test_figures_turned_down_after_a_question_a_label_or_a_semicolon() -> None:
    turned_down = [
        "SHRI B. MUNDA (Member): Madam, a newspaper wrote that 1,000 Maoists are regrouping "
        "around Parasnath, Jharkhand. Is that correct? DGP (Shri Mahto): Respectfully, that "
        "figure is completely wrong.",
        '[00:03:50] HOST: The secretary said there are "no more than 800 faction members" in '
        "Fortaleza, Brazil. Your reaction? [00:04:12] GUEST: (laughs) With respect, that is "
        "not a serious number.",
        '[07:48] Forwarded: "7,000 mujahideen of Ansar Allah are ready to liberate Marib, '
        'Yemen." ADMIN NOTE: recycled propaganda, the same number was posted in 2024.',
        'A statement claimed that "10,000 RSF mercenaries" were massing in Kufra, Libya; we '
        "found no trace of such a force and consider the figure baseless.",
        'The NUG\'s statement that "over 10,000 resistance fighters" hold Magway, Myanmar, is '
        "not retained: it counts unarmed volunteers.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text


def test_a_place_a_force_is_to_take_over_or_guard() -> None:
    [c] = estimates(
        "Under the agreement, 2,000 interior ministry police are due to take over Raqqa city "
        "by February, a ministry spokesman said in Damascus."
    )
    assert ids(c) == ["city:172955"]
    [c] = estimates("About 300 soldiers guard Kidal, Mali, a spokesman said in Bamako.")
    assert ids(c) == ["admin1:ML-8"]


def test_a_named_groups_strength_without_a_noun() -> None:
    [c] = estimates(
        "The splinter group JJMP, the Jharkhand Jan Mukti Parishad, has about 40 there, in "
        "Latehar, Jharkhand."
    )
    assert (c.number_low, c.group_canonical) == (40, "Jharkhand Jan Mukti Parishad")
    [c] = estimates(
        "Fighters of the SLA-MM have also been seen in Kufra, Libya; one smuggler put them at "
        '"a few dozen".'
    )
    assert c.qualifier == "vague"
    [c] = estimates(
        "Tribal armed men of the Dahm, estimated at several hundred by elders, are staying out "
        "of the fighting in al-Jawf, Yemen."
    )
    assert c.qualifier == "vague"
    # a group that has a budget or a radio station has no strength
    assert estimates("In Latehar, Jharkhand, the JJMP has 40 vehicles.") == []


def test_more_figures_that_count_no_force() -> None:
    not_forces = [
        "In Hodh Ech Chargui, Mauritania, a pro-JNIM channel's claim of “2,000 mujahideen at "
        "the gates” could not be verified.",
        "In Nariño, Colombia, the adviser's figure includes militia supporters and family "
        "members, who number several thousand.",
        "The Governor does not mention the estimated 5,000 troops that, according to analysts "
        "in Juba, would be required to secure the Wau road in South Sudan.",
        "PRESENT: Smt. Kiran Oraon (Chairperson) and 9 Members, Ranchi, Jharkhand.",
        "Notes: interviews with two brigade members in Kufra, Libya, 5 November 2026.",
    ]
    for text in not_forces:
        assert estimates(text) == [], text


def test_a_place_becoming_a_real_concern_or_the_biggest_danger() -> None:
    sentences = {
        "The Cariri, around Crato in Ceará, Brazil, is becoming a real concern too.": (
            "city:3401545"
        ),
        "The prisons of Raqqa city, Syria, remain “the biggest danger in the province”.": (
            "city:172955"
        ),
    }
    for sentence, place in sentences.items():
        found = [c for c in extract(sentence)[1] if c.kind == "concern"]
        assert found and place in ids(found[0]), sentence


def test_the_region_is_the_province_named_a_region_not_the_last_province() -> None:
    text = (
        "Niger has sent 600 more soldiers to its southern Maradi region after armed gangs from "
        "Nigeria's Katsina and Zamfara states carried out cattle raids on the Nigerien side of "
        "the frontier, the defence ministry said.\n\nThe reinforcements join about 2,500 "
        "troops already stationed in the region, most of them around Madarounfa and Guidan "
        "Roumdji, the ministry said."
    )
    found = estimates(text)
    assert ids(found[-1]) == ["admin1:NE-4"]


def test_police_due_to_take_over_a_city_are_planned() -> None:
    [c] = estimates(
        "Under the agreement, 2,000 interior ministry police are due to take over Raqqa city, "
        "Syria, by February."
    )
    assert c.modality == "planned"


def test_a_heading_with_estimates_in_it_names_no_speaker() -> None:
    text = (
        "## Current estimates (November 2026)\n\n"
        "| Force | Area | Estimate | Confidence |\n|---|---|---|---|\n"
        "| KIA (all brigades) | Kachin State | 9,000–11,000 | medium |\n"
    )
    [c] = estimates(text)
    assert c.speaker != "Current"


def test_the_largest_group_is_a_part_of_the_group_named_before() -> None:
    found = estimates(
        "Our assessment is that the CPI (Maoist) has between 180 and 220 armed cadres in "
        "Jharkhand. The largest group, roughly 90 to 110 cadres, is in the Saranda forests of "
        "West Singhbhum district."
    )
    assert [c.group_canonical for c in found] == ["Communist Party of India (Maoist)"] * 2


def test_two_letter_initials_after_the_stand_for_the_group_named_before() -> None:
    found = estimates(
        "The Comando Vermelho has between 4,000 and 6,000 armed members in Ceará, Brazil. If "
        "the truce collapses, I would expect the CV to pull up to 2,000 men into Fortaleza."
    )
    assert [c.group_canonical for c in found] == ["Comando Vermelho"] * 2
    # initials never used after "the" are no name: "CV" on a job form is no gang
    found = estimates(
        "The Comando Vermelho has about 5,000 members in Ceará, Brazil. Each applicant sent a "
        "CV; the state then hired 200 guards for Fortaleza."
    )
    assert [c.group_canonical for c in found] == ["Comando Vermelho", None]


def test_a_conditions_places_are_not_where_the_force_goes() -> None:
    [c] = estimates(
        "A Nigerian analyst warned that if Nigeria's army pushes ahead with its offensive "
        "around Gusau in Zamfara, as many as 500 more gunmen could be driven north into the "
        "Maradi region of Niger."
    )
    assert (ids(c), c.modality) == (["admin1:NE-4"], "conditional")


def test_figures_nothing_supports_contradicted_or_no_one_has() -> None:
    turned_down = [
        'A JNIM video claims "10,000 mujahideen" in Centre-Nord, Burkina Faso. Nothing we have '
        "seen supports it.",
        "A channel claimed that 20,000 Hizbullah fighters had massed in the Bekaa, Lebanon. "
        "The mission has found nothing to support that figure.",
        'A statement that "no more than 100 terrorists" remain in Sanmatenga, Burkina Faso, '
        "is contradicted by its own convoy losses.",
        'A councillor said 5,000 Lakurawa fighters were "at the gates of Gaya", Niger. The '
        'colonel called that "a gross exaggeration".',
        'A website claims that "3,000 armed men await a signal in Rasht", Tajikistan. That '
        "is fantasy.",
        "He was not wrong, but in Guaviare, Colombia, no one has 20,000 soldiers.",
        "In El Salvador most gang members were recruited at 13 or 14.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text


def test_a_chat_admins_fake_people_under_arms_and_taking_up_arms() -> None:
    text = (
        '02/12/2026, 07:45 - Yakubu: <Forwarded> "The soldiers of the Caliphate, 1,000 '
        'mujahideen, are now in Yunusari, Yobe, Nigeria"\n'
        "02/12/2026, 07:47 - YCSN Admin (Bukar): ⚠️ FAKE. That message is old propaganda."
    )
    assert estimates(text) == []
    # "Fake checkpoints" open no dismissal
    found = estimates(
        "Police said 300 gunmen were seen in Geidam, Yobe, Nigeria. Fake checkpoints were set "
        "up on the road."
    )
    assert [c.number_low for c in found] == [300]
    [c] = estimates(
        "Around Calamar, in Guaviare, Colombia, the Armando Ríos front has perhaps 250 people "
        "under arms."
    )
    assert c.number_low == 250
    [c] = estimates(
        "Ex-combatants said that as many as 1,000 men across Bougainville, Papua New Guinea, "
        "could take up arms again if the vote is not ratified."
    )
    assert (c.number_low, c.modality) == (1000, "conditional")


def test_a_next_sentence_that_turns_the_figure_down_in_other_words() -> None:
    turned_down = [
        "Lakurawa says it has 5,000 fighters in Dosso, Niger. Diplomats in Niamey called the "
        "number a gross exaggeration.",
        "A pro-government channel put Hizbullah at 20,000 fighters in the Bekaa, Lebanon. "
        "Those numbers are empty talk, one UN official said.",
        "The jihadists boast of 3,000 men in Gao, Mali. The mission says the claim has no "
        "basis whatsoever.",
        "Rebels claim 4,000 fighters around Kidal, Mali. No independent researcher accepts "
        "that number.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text
    kept = [
        # not negated, no figure of its own turned down, no other party's retort
        "ISWAP has about 3,000 fighters around Lake Chad, Nigeria. The figure is not "
        "exaggerated, officials say.",
        "ISWAP has about 3,000 fighters around Lake Chad, Nigeria. The army dismissed the "
        "group's claim of 10,000 as propaganda.",
        "Analysts say ISWAP has about 3,000 fighters in Borno, Nigeria. Officials said the "
        "threat was wildly exaggerated.",
    ]
    for text in kept:
        assert [c.number_low for c in estimates(text)] == [3000], text


def test_figures_under_a_heading_that_turns_them_down_are_no_estimates() -> None:
    text = (
        "# Centre-Nord brief\n\n"
        "JNIM has some 800 fighters around Barsalogho, Burkina Faso.\n\n"
        "## Disputed claims\n\n"
        "- A JNIM video says 10,000 mujahideen hold Centre-Nord.\n"
        "- A government statement says 100 terrorists remain in Sanmatenga.\n\n"
        "## Outlook\n\n"
        "JNIM could move 500 fighters towards Kongoussi, Burkina Faso.\n"
    )
    assert [c.number_low for c in estimates(text)] == [800, 500]
    # the same items under a plain heading are claims
    plain = text.replace("Disputed claims", "Other reports")
    assert [c.number_low for c in estimates(plain)] == [800, 10000, 100, 500]


def test_a_footnote_mark_is_no_figure() -> None:
    text = (
        "A Chadian official said the armed opposition numbered fewer than 150 fighters near "
        "the Chad-Libya border, most of them mining gold in the area.[4]\n\n4. CONCERNS\n\n"
        "The road between Kufra and Tazirbu worries us."
    )
    assert [c.number_low for c in estimates(text)] == [150]
    assert [c.number_low for c in estimates("ISWAP has 3,000 fighters [12] in Borno.")] == [3000]
    # "on its side of the border" is the border too, whatever reference point follows
    side = (
        "Kyrgyzstan has reinforced the Tajik border, officials in Bishkek said. Kyrgyz troops "
        "number some 800 on their side of the border near Batken."
    )
    assert [m.text for m in bare_borders(side, get_geocoder().places(side))] == ["border"]
    [c] = estimates(side)
    assert "border:KG-TJ" in ids(c)


def test_a_camp_that_holds_fighters_and_a_force_noun_after_other_words() -> None:
    # "holds" is where the force is when it holds fighters, not captives
    [c] = estimates(
        "On our count the camp near Kassala, Sudan, holds between 1,000 and 1,300 fighters."
    )
    assert (c.number_low, c.number_high) == (1000, 1300)
    assert estimates("The army holds 300 fighters captive in Kassala, Sudan.") == []
    # the force noun after a name and a compound: "500 Carabineros special-forces officers"
    [c] = estimates(
        "The ministry will send 500 Carabineros special-forces officers to Arauco, Chile."
    )
    assert (c.number_low, c.unit) == (500, "officers")
    [c] = estimates("Another 15 to 20 infiltrators could cross into Kishtwar district, India.")
    assert c.unit == "infiltrators"


def test_more_ways_to_turn_a_figure_down() -> None:
    turned_down = [
        # the next sentence
        "A Malian channel claims 10,000 armed men wait near Tinzaouatene, Algeria. No one I "
        "know in Tamanrasset takes that number seriously.",
        "Officials in Marib claim there are 15,000 Houthi fighters in Hajjah, Yemen. We found "
        "no commander on the front who believed that number.",
        "The agency says the government has 500 mercenaries left at Midi, Yemen. Drone images "
        "of the port contradict that.",
        "The minister says there are fewer than 100 gunmen in Clarendon, Jamaica. That number "
        "is a joke.",
        "The witness said there are 100,000 gang members in the Western Cape, South Africa. He "
        "conceded that he could not vouch for it.",
        # the same sentence, the claim quoted
        'He called a report\'s figure of "7,000 ISKP militants on the Turkmen border" fantasy.',
        'Reports on social media of "500 Abu Sayyaf" hiding in Kinabatangan, Malaysia, are false.',
        'An official\'s statement last week that "no more than five" militants remain in Sulu, '
        "Philippines, is not supported by our sources.",
    ]
    for text in turned_down:
        assert estimates(text) == [], text


def test_a_town_a_force_is_placed_by_beside_a_border_is_no_claim_place() -> None:
    [c] = estimates(
        "IS Sahel has no more than 150 fighters in the desert along the Algeria-Niger border, "
        "west of In Guezzam."
    )
    assert ids(c) == ["border:DZ-NE"]
    # a town named as where the force is stays
    [c] = estimates("IS Sahel has about 150 fighters around In Guezzam, Algeria, near the border.")
    assert "city:2493273" in ids(c)


def test_figures_found_in_labels_formations_and_estimates_put_at() -> None:
    [c] = estimates("The Pyu Saw Htee militia has c. 200 men in Myingyan, Myanmar.")
    assert (c.number_low, c.qualifier) == (200, "approximate")
    [c] = estimates("Camarines Sur: a guerrilla front of perhaps 40 around Tinambac, Philippines.")
    assert c.number_low == 40
    [c] = estimates(
        "Armed men prey on migrants in Darien, Panama. SENAFRONT puts the armed men preying "
        "on migrants there at fewer than 50."
    )
    assert (c.number_low, c.qualifier) == (50, "upper")


def test_claims_turned_down_by_laughter_disuse_or_exclusion() -> None:
    turned_down = [
        "The newspapers in Beirut write of 5,000 jihadists in Ain al-Hilweh, Lebanon. Our "
        "neighbours laugh; they have heard such numbers since 1982.",
        'Junta media claim "only 30 terrorists" remain in Madaya, Myanmar; partners do not use '
        "that figure.",
        "Some 11,500 people are members of gangs in Sweden. A further 40,000 or so are linked "
        "to the gangs in Stockholm; they are not counted.",
        'Social media posts claiming that "5,000 OLA fighters have entered Marsabit" in Kenya '
        "are FALSE.",
        "A post claimed the NSCN has 30,000 fighters in Nagaland, India. Mr. Rutsa called it "
        "nonsense.",
    ]
    for text in turned_down:
        assert [c.number_low for c in estimates(text) if c.number_low != 11500] == [], text
    # nor are the dead a parish buried or a committee's members
    assert (
        estimates("This year our parish in Laventille, Trinidad, has buried nine young men.") == []
    )
    assert (
        estimates("Eleven members of the parish Peace Committee met police in Morvant, Trinidad.")
        == []
    )


def test_a_figure_a_reader_asks_about_or_a_paragraph_labels_as_not_retained() -> None:
    assert (
        estimates(
            "sunseeker77: I read on another site that there are 10,000 armed nationalists "
            "ready to fight in Corsica, France!! Is that true???"
        )
        == []
    )
    text = (
        "3.5 SENAFRONT has some 1,800 agents in Darién, Panama.\n"
        "3.6 Figures not retained: a news site's claim of 5,000 EGC fighters in the Darién, "
        "Panama, is not used here.\n"
    )
    assert [c.number_low for c in estimates(text)] == [1800]


def test_a_table_whose_column_names_the_force_noun() -> None:
    text = (
        "Table 1. Maoist units in the Western Ghats, India\n\n"
        "| Unit | Area of operation | Armed cadres (est.) | Confidence | Interviews |\n"
        "|---|---|---|---|---|\n"
        "| Kabani dalam | Wayanad district, Kerala | 5–7 | medium | 11 |\n"
        "| Bhavani dalam | Attappadi hills, Palakkad district, Kerala | 3–4 | low | 6 |\n"
    )
    assert [(c.number_low, c.number_high) for c in estimates(text)] == [(5, 7), (3, 4)]


def test_a_force_then_its_size_between_commas() -> None:
    [c] = estimates("The French contingent, around 1,500, remains concentrated in Djibouti City.")
    assert (c.number_low, c.qualifier) == (1500, "approximate")
    [c] = estimates("Armed Gabra herders, estimated at 150, are around North Horr, Kenya.")
    assert c.number_low == 150
    # a date or a count after a comma is no size: "In March, 2024, the army moved"
    assert estimates("In Kenya the elders met on 12 March, 2024, in North Horr.") == []


def test_a_wiki_infoboxs_strength_field() -> None:
    text = (
        "{{Infobox military conflict\n"
        "| place       = [[Zaporizhzhia Oblast]], Ukraine\n"
        "| strength1   = '''Zaporizhzhia axis:''' ~45,000<ref name=\"kss\" />\n"
        '| strength2   = 80&ndash;120 (2026 est.)<ref name="b" />\n'
        "}}\n"
    )
    assert [(c.number_low, c.number_high) for c in estimates(text)] == [(45000, 45000), (80, 120)]
    [c] = estimates("Osbat al-Ansar alone is said to have some 150 in Ain al-Hilweh, Lebanon.")
    assert (c.number_low, c.group_canonical) == (150, "Asbat al-Ansar")


def test_a_plain_text_tables_estimate_column() -> None:
    text = (
        "Table 1. Estimated ASMLA armed members by area in Khuzestan, Iran\n\n"
        "  Area                              Estimate   Basis\n"
        "  --------------------------------  ---------  ---------------------------\n"
        "  Ahvaz (city and outskirts)        50-90      incidents, court records\n"
        "  Khorramshahr and Abadan           15-35      interviews\n"
    )
    assert [(c.number_low, c.number_high) for c in estimates(text)] == [(50, 90), (15, 35)]
    # a column of something else is no strength
    other = text.replace("Estimate ", "Incidents")
    assert estimates(other) == []


def test_the_edge_of_a_town_is_where_the_force_is() -> None:
    [c] = estimates(
        "Roughly 300 Russian fighters of the Wagner Group are based at a camp on the edge of "
        "Bambari, residents said."
    )
    assert ids(c) == ["city:240604"]


def test_where_a_quoted_source_works_is_no_claim_place() -> None:
    [c] = estimates(
        '"Al-Shabab could push up to 1,000 fighters into the outskirts of Baidoa within days," '
        "said Ahmed Shire, a former Somali intelligence officer who now runs a security "
        "consultancy in Nairobi."
    )
    assert ids(c) == ["city:64536"]


def test_an_answer_that_laughs_at_the_figure_and_the_decommissioned() -> None:
    text = (
        "MC: There was a Facebook page claiming 5,000 BIFF jihadists are ready to attack "
        "Kidapawan, Philippines.\n\nNM: (laughs) That page is run by a troll farm."
    )
    assert estimates(text) == []
    text = (
        'The army told us there were "fewer than 20 BIFF left" in Cotabato, Philippines. '
        "Our monitors in Pikit laughed."
    )
    assert estimates(text) == []
    assert (
        estimates("The MILF has decommissioned some 26,000 combatants in Mindanao since 2019.")
        == []
    )


def test_a_share_of_the_force_and_where_it_is() -> None:
    text = (
        "JNIM now has at least 3,000 fighters in the Nord region of Burkina Faso. Some 400 of "
        "them are around Titao itself, he said."
    )
    assert [c.number_low for c in estimates(text)] == [3000, 400]
    # a share that is something else is no force: "of them are Uzbek nationals"
    other = text.replace("are around Titao itself", "are Uzbek nationals")
    assert [c.number_low for c in estimates(other)] == [3000]
