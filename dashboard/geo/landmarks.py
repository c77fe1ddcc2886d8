"""Names of conflict geography the bundled layers lack, resolved to the place containing them.

News about armed groups names mountains, forests, valleys, gorges, breakaway and historical
regions, and divisions newer than Natural Earth's boundaries. None of them is a Natural Earth
province or a GeoNames town, so without this table the geocoder finds nothing, or worse, a
namesake ("Tana River" read as Antananarivo, "Inner Niger Delta" as Nigeria's Niger State).
Features spanning several divisions are curated regions (regions.MULTI: the Mandara
Mountains, the Jubba Valley, Mindanao ...), named there.
Each entry resolves to the bundled division or curated region that contains the feature:
a coarser but true answer, the convention already used for DR Congo's newer provinces.

Facts only, each with where it can be checked; names are the spellings wire copy uses.
"""

from __future__ import annotations

#: Physical features and customary regions → the division or region containing them.
LANDMARKS: dict[str, str] = {
    # Europe: the Suwałki gap is the Poland–Lithuania border strip between Belarus and
    # Russia's Kaliningrad exclave
    **dict.fromkeys(
        ("Suwałki gap", "Suwałki Gap", "Suwalki gap", "Suwalki Gap", "Suwałki corridor"),
        "border:LT-PL",
    ),
    # Caucasus and the Black Sea
    **dict.fromkeys(
        ("Transnistria", "Transdniestria", "Trans-Dniester", "Transdnistria", "Pridnestrovie"),
        "admin1:MD-SN",  # Natural Earth's left-bank unit (Stînga Nistrului)
    ),
    # South Ossetia lies mostly in Shida Kartli (Georgia's administrative map)
    **dict.fromkeys(("South Ossetia", "Tskhinvali region"), "admin1:GE-SK"),
    **dict.fromkeys(("Pankisi Gorge", "Pankisi Valley", "Pankisi"), "admin1:GE-KA"),
    **dict.fromkeys(("Kodori Gorge", "Kodori Valley"), "admin1:GE-AB"),
    # Middle East
    **dict.fromkeys(("Golan Heights", "Golan"), "admin1:SY-QU"),  # Quneitra governorate
    **dict.fromkeys(("Mount Sinjar", "Sinjar Mountains", "Jabal Sinjar"), "admin1:IQ-NI"),
    **dict.fromkeys(("Hamrin Mountains", "Hamrin mountains"), "admin1:IQ-SD"),
    **dict.fromkeys(
        ("Qandil Mountains", "Qandil mountains", "Mount Qandil", "Qandil"),
        "region:kurdistan-region",  # on the Iranian border of Erbil and Sulaymaniyah
    ),
    **dict.fromkeys(("Jabal al-Zawiya", "Jabal Zawiya", "Jebel Zawiya"), "admin1:SY-ID"),
    **dict.fromkeys(("Jabal al-Akrad", "Jabal al-Turkman"), "admin1:SY-LA"),
    **dict.fromkeys(("Eastern Ghouta", "East Ghouta"), "admin1:SY-RD"),  # Rif Dimashq
    **dict.fromkeys(("al-Tanf", "Al-Tanf", "al-Tanf garrison"), "admin1:SY-HI"),  # Homs
    **dict.fromkeys(("Jabal Halal", "Jebel Halal"), "admin1:EG-SIN"),  # North Sinai
    **dict.fromkeys(
        ("Hadramout", "Hadhramaut", "Hadramaut", "Hadramawt"), "admin1:YE-HD"
    ),  # governorate; the bare name is the governorate in Yemeni news
    **dict.fromkeys(("Shabwa", "Shabwah", "Shabwa province"), "admin1:YE-SH"),
    **dict.fromkeys(("Dhale", "al-Dhale", "Al-Dhale", "Dhalea", "al-Dhalea"), "admin1:YE-DA"),
    **dict.fromkeys(("Lahj", "Lahij"), "admin1:YE-LA"),
    # Central and South Asia
    **dict.fromkeys(("Tora Bora",), "admin1:AF-NAN"),
    **dict.fromkeys(("Pech Valley", "Korengal Valley", "Korengal"), "admin1:AF-KNR"),
    **dict.fromkeys(("Andarab Valley", "Andarab"), "admin1:AF-BGL"),  # a Baghlan district
    **dict.fromkeys(("Wakhan Corridor", "Wakhan"), "admin1:AF-BDS"),
    **dict.fromkeys(("Tirah Valley", "Tirah"), "admin1:PK-TA"),  # Khyber agency (FATA)
    **dict.fromkeys(("Swat Valley",), "admin1:PK-KP"),
    **dict.fromkeys(("Baluchistan", "Baluchistan province"), "admin1:PK-BA"),
    **dict.fromkeys(("Rasht Valley",), "admin1:TJ-RA"),  # Districts of Republican Subordination
    **dict.fromkeys(("Chittagong Hill Tracts",), "admin1:BD-B"),  # Chittagong division
    **dict.fromkeys(("Wa State", "Wa Self-Administered Division", "Kokang"), "admin1:MM-17"),
    # Africa
    **dict.fromkeys(("Ogaden",), "admin1:ET-SO"),  # Ethiopia's Somali Region
    **dict.fromkeys(("Oromia", "Oromia region", "Oromia Region"), "admin1:ET-OR"),
    **dict.fromkeys(("Nuba Mountains", "Nuba mountains"), "admin1:SD-KS"),
    **dict.fromkeys(("Jebel Marra", "Jabal Marra"), "admin1:SD-DE"),  # Central Darfur
    **dict.fromkeys(("Boni Forest", "Boni forest"), "admin1:KE-300"),  # Lamu, Coast
    **dict.fromkeys(("Cal Madow", "Cal Miskaad"), "admin1:SO-BR"),  # Bari
    # Somalia's north-western regions (ISO 3166-2:SO), one unit, Somaliland, in Natural Earth
    **dict.fromkeys(
        (
            "Sool",
            "Sool region",
            "Sanaag",
            "Sanaag region",
            "Togdheer",
            "Togdheer region",
            "Awdal",
            "Awdal region",
            "Woqooyi Galbeed",
            "Maroodi Jeex",
            "Sahil region",
        ),
        "admin1:SO-SOL00",
    ),
    **dict.fromkeys(("Azawad",), "region:ML-north"),  # the rebels' name for northern Mali
    **dict.fromkeys(("Macina", "Massina", "Inner Niger Delta"), "admin1:ML-5"),  # Mopti
    **dict.fromkeys(("Pendjari", "Pendjari National Park", "Pendjari park"), "admin1:BJ-AK"),
    # Arly National Park lies in Burkina Faso's Est region (Tapoa and Kompienga provinces)
    **dict.fromkeys(("Arly National Park", "Arly park", "Arly Park"), "region:BF-08"),
    # Libya's historical provinces, the halves and corners news still names
    **dict.fromkeys(("Cyrenaica",), "region:LY-east"),
    **dict.fromkeys(("Tripolitania",), "region:LY-northwest"),
    **dict.fromkeys(("Fezzan", "Fazzan"), "region:LY-southwest"),
    # Asia-Pacific and the Americas
    **dict.fromkeys(("Marawi",), "city:1701053"),  # GeoNames: Marawi City
    **dict.fromkeys(("Bajo Cauca",), "admin1:CO-ANT"),  # Antioquia's lower Cauca
    **dict.fromkeys(("Chapare", "Chapare region", "Trópico de Cochabamba"), "admin1:BO-C"),
    # town spellings wire copy uses and the bundled GeoNames names lack
    **dict.fromkeys(("Khorog",), "city:1221328"),  # GeoNames: Khorugh (Gorno-Badakhshan)
    **dict.fromkeys(("Lachin", "Lachin corridor", "Lachin road"), "city:147625"),  # Laçın
    **dict.fromkeys(("Asipovichy", "Osipovichy"), "city:624034"),  # GeoNames: Osipovichi
    # spellings of provinces news uses and Natural Earth lacks
    **dict.fromkeys(("Lugansk", "Luhansk oblast", "Luhansk region"), "admin1:UA-09"),
    **dict.fromkeys(("Donetsk oblast", "Donetsk region"), "admin1:UA-14"),
    **dict.fromkeys(("Zaporozhye", "Zaporizhia", "Zaporizhzhia region"), "admin1:UA-23"),
    **dict.fromkeys(("Mykolaiv region", "Mykolaiv oblast"), "admin1:UA-48"),
    **dict.fromkeys(("Ingushetia",), "admin1:RU-IN"),
    # provinces split after Natural Earth drew them: Maguindanao became Maguindanao del Norte
    # and del Sur in 2022 (Republic Act No. 11550)
    **dict.fromkeys(("Maguindanao del Sur", "Maguindanao del Norte"), "admin1:PH-MAG"),
    # Ituri's Mambasa territory and town, inside Natural Earth's former Orientale province
    **dict.fromkeys(("Mambasa",), "admin1:CD-OR"),
}

#: Kenya's 47 counties (Constitution of Kenya 2010, First Schedule) inside the eight former
#: provinces the bundled boundaries draw: each county is one or more districts of a
#: province. Only "<name> County": the bare name is usually the county's town.
_KENYA_COUNTIES: dict[str, tuple[str, ...]] = {
    "KE-110": ("Nairobi",),
    "KE-200": ("Nyandarua", "Nyeri", "Kirinyaga", "Murang'a", "Muranga", "Kiambu"),
    "KE-300": ("Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita-Taveta", "Taita Taveta"),
    "KE-400": (
        "Marsabit", "Isiolo", "Meru", "Tharaka-Nithi", "Tharaka Nithi", "Embu", "Kitui",
        "Machakos", "Makueni",
    ),
    "KE-500": ("Garissa", "Wajir", "Mandera"),
    "KE-600": ("Siaya", "Kisumu", "Homa Bay", "Migori", "Kisii", "Nyamira"),
    "KE-700": (
        "Turkana", "West Pokot", "Samburu", "Trans-Nzoia", "Trans Nzoia", "Uasin Gishu",
        "Elgeyo-Marakwet", "Elgeyo Marakwet", "Nandi", "Baringo", "Laikipia", "Nakuru",
        "Narok", "Kajiado", "Kericho", "Bomet",
    ),
    "KE-800": ("Kakamega", "Vihiga", "Bungoma", "Busia"),
}  # fmt: skip

#: Ghana's regions of 2018-2019 (Constitutional Instruments 105-112) inside the ten earlier
#: ones the bundled boundaries draw.
_GHANA_REGIONS: dict[str, tuple[str, ...]] = {
    "GH-NP": ("Savannah Region", "North East Region", "North East region", "Savannah region"),
    "GH-TV": ("Oti Region", "Oti region"),
    "GH-BA": ("Bono East", "Bono Region", "Ahafo Region", "Bono region", "Ahafo region"),
    "GH-WP": ("Western North Region", "Western North region", "Western North"),
}

#: Ethiopia's regions carved out of the Southern Nations, Nationalities and Peoples' Region
#: (Sidama 2020, South West Ethiopia 2021, South and Central Ethiopia 2023).
_ETHIOPIA_REGIONS: dict[str, tuple[str, ...]] = {
    "ET-SN": (
        "SNNPR", "Southern Nations", "Sidama", "Sidama Region", "South West Ethiopia",
        "South West Ethiopia Peoples' Region", "South Ethiopia Region",
        "Central Ethiopia Region",
    ),
}  # fmt: skip

#: Sudan's states as named since 2012-2013: Central and East Darfur were carved out of West
#: and South Darfur (Natural Earth keeps "West Darfur" as an alternate name of both West and
#: Central Darfur, so the state itself needs its name). West Kordofan, re-established in
#: 2013 from parts of both North and South Kordofan, is drawn as the Kordofan region that
#: contains it (gazetteer.ALIASES).
_SUDAN_STATES: dict[str, tuple[str, ...]] = {
    "SD-DW": ("West Darfur", "West Darfur state"),
    "SD-DS": ("East Darfur", "East Darfur state"),
}

#: Divisions newer than the bundled boundaries → the bundled division containing them.
NEWER_DIVISIONS: dict[str, str] = {
    **{
        f"{name} County": f"admin1:{code}"
        for code, names in _KENYA_COUNTIES.items()
        for name in names
    },
    **{
        name: f"admin1:{code}"
        for table in (_GHANA_REGIONS, _ETHIOPIA_REGIONS, _SUDAN_STATES)
        for code, names in table.items()
        for name in names
    },
}
