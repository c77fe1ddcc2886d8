"""Word lists that say what a figure counts.

Kept apart from the matching code so analysts can read and extend them; every set holds
lower-case words as they appear right after a figure ("1,000 gunmen", "500 rifles").
"""

from __future__ import annotations

#: Nouns for people under arms: a figure counting these can be a force estimate.
FIGHTERS = frozenset(
    {
        "fighters", "militants", "gunmen", "troops", "soldiers", "members", "supporters", "men",
        "recruits", "cadres", "insurgents", "extremists", "terrorists", "combatants", "jihadists",
        "jihadis", "rebels", "mercenaries", "guerrillas", "guerillas", "militiamen", "militia",
        "militias", "personnel", "servicemen", "operatives", "followers", "loyalists", "volunteers",
        "islamists", "radicals", "warriors", "mujahideen", "mujahedeen", "mujahidin",
        "paramilitaries", "commandos", "contractors", "bandits", "partisans", "adherents",
        "affiliates", "regulars", "reinforcements", "vigilantes", "reservists", "conscripts",
        # the Pakistani military's word for TTP fighters ("an estimated 150 khawarij")
        "khawarij", "khwarij", "kharijis",
        # armed robber gangs of South Asia ("between 600 and 800 armed dacoits")
        "dacoits",
        # Kurdish fighters, of Iraq's Kurdistan Region or of Iranian Kurdish parties
        "peshmerga",
    }
)  # fmt: skip
#: Force nouns the figures lexicon lacks: counted people under arms all the same.
EXTRA_FORCE_UNITS = frozenset(
    {
        "reservists", "instructors", "auxiliaries", "peacekeepers", "paratroopers", "marines",
        "policemen", "gendarmes", "guards", "conscripts", "sympathizers", "sympathisers",
        "defenders", "snipers", "trainers", "advisers", "advisors", "sailors", "airmen",
        "officers", "police", "bodyguards", "vigilantes", "jihadis", "fedayeen", "shabaab",
        "elements", "tribesmen", "separatists", "maoists", "naxalites", "naxals", "constables",
        "gangsters", "sicarios", "cartel members", "gang members", "secessionists", "agents",
        "rangers", "attackers", "assailants", "forces", "infiltrators", "raiders", "marauders",
        "hitmen",
        # Madagascar's armed cattle rustlers ("some 3,000 dahalo")
        "dahalo",
        # Burkina Faso's Volunteers for the Defence of the Homeland (state auxiliaries)
        "vdp",
        # a corps named in the singular: "3,000 District Reserve Guard (DRG) personnel"
        "guard",
        # Papua New Guinea's armed criminal gangs ("a few dozen armed raskols")
        "raskols",
    }
)  # fmt: skip

#: Generic people nouns: a force estimate only in a strength context ("strength ... 3,500 people").
PEOPLE = frozenset({"people", "persons", "individuals", "others"})
#: Formations a figure may size ("a 3,000-strong force", "a force of 3,000").
FORMATIONS = frozenset(
    {"force", "forces", "army", "contingent", "unit", "group", "battalion", "front", "column"}
)

#: Why a figure is not a force estimate, by the noun it counts.
NOT_FORCE: dict[str, frozenset[str]] = {
    "civilians": frozenset(
        {
            "civilians",
            "villagers",
            "women",
            "children",
            "students",
            "pilgrims",
            "worshippers",
            "passengers",
            "schoolchildren",
            "schoolgirls",
            "farmers",
            "herders",
            "miners",
            "workers",
            "journalists",
            "teachers",
            "shoppers",
            "bystanders",
            "non-combatants",
        }
    ),
    "refugees": frozenset(
        {
            "refugees",
            "migrants",
            "asylum-seekers",
            "idps",
            "displaced",
            "evacuees",
            "returnees",
            "deportees",
        }
    ),
    "population": frozenset(
        {"inhabitants", "residents", "population", "citizens", "voters", "households"}
    ),
    "weapons": frozenset(
        {
            "rifles",
            "guns",
            "weapons",
            "firearms",
            "rounds",
            "bullets",
            "cartridges",
            "grenades",
            "missiles",
            "rockets",
            "mines",
            "landmines",
            "tanks",
            "vehicles",
            "drones",
            "artillery",
            "pieces",
            "munitions",
            "ammunition",
            "bombs",
            "ieds",
            "mortars",
            "shells",
            "launchers",
            "kalashnikovs",
            "pistols",
            "helicopters",
            "aircraft",
            "jets",
            "trucks",
            "pickups",
            "technicals",
            "vessels",
            "boats",
            "explosives",
        }
    ),
    "casualties": frozenset(
        {"casualties", "deaths", "fatalities", "bodies", "dead", "victims", "corpses"}
    ),
    "detainees": frozenset({"detainees", "prisoners", "inmates", "captives", "hostages", "pows"}),
    "arrests": frozenset({"arrests", "suspects"}),
    "count-of-countries": frozenset({"countries", "states", "nations"}),
    "count-of-places": frozenset(
        {
            "provinces",
            "districts",
            "regions",
            "villages",
            "towns",
            "cities",
            "municipalities",
            "areas",
            "locations",
            "sites",
            "bases",
            "checkpoints",
            "outposts",
            "camps",
        }
    ),
    "count-of-groups": frozenset(
        {
            "groups",
            "organizations",
            "organisations",
            "factions",
            "movements",
            "cells",
            "units",
            "battalions",
            "brigades",
            "companies",
            "platoons",
            "divisions",
            "regiments",
            "formations",
            "networks",
            "clans",
            "tribes",
            "gangs",
            "outfits",
        }
    ),
    "count-of-events": frozenset(
        {
            "attacks",
            "incidents",
            "operations",
            "raids",
            "strikes",
            "airstrikes",
            "clashes",
            "bombings",
            "ambushes",
            "assaults",
            "offensives",
            "battles",
            "explosions",
            "killings",
            "kidnappings",
            "abductions",
            "executions",
            "times",
        }
    ),
    "money": frozenset(
        {
            "dollars",
            "euros",
            "pounds",
            "rubles",
            "roubles",
            "afghanis",
            "naira",
            "rupees",
            "yuan",
            "somoni",
            "tenge",
            "shillings",
            "francs",
            "dinars",
            "riyals",
            "lira",
            "usd",
            "eur",
        }
    ),
    "distance": frozenset(
        {
            "km",
            "kms",
            "kilometres",
            "kilometers",
            "kilometre",
            "kilometer",
            "miles",
            "mile",
            "metres",
            "meters",
            "metre",
            "meter",
            "feet",
            "ft",
            "hectares",
            "acres",
        }
    ),
    "duration": frozenset(
        {
            "years",
            "months",
            "weeks",
            "days",
            "hours",
            "minutes",
            "decades",
            "centuries",
            "nights",
            "year",
            "month",
            "week",
            "day",
            "hour",
            "decade",
        }
    ),
    "percentage": frozenset({"percent", "pct"}),
}

#: Every noun above: ``unit_after`` stops at the first of these it meets.
KNOWN_UNITS = FIGHTERS | PEOPLE | FORMATIONS | frozenset().union(*NOT_FORCE.values())

#: Words that end the noun phrase after a figure.
STOP_WORDS = frozenset(
    {
        "of", "in", "on", "at", "from", "to", "with", "by", "for", "into", "across", "near",
        "along", "under", "over", "and", "or", "but", "who", "which", "that", "were", "was",
        "are", "is", "have", "has", "had", "be", "been", "will", "would", "may", "might", "can",
        "could", "should", "said", "says", "as", "than", "per", "each", "a", "an", "the", "this",
        "these", "those", "their", "its", "his", "her", "our", "them", "they", "he", "she", "it",
        "we", "you", "i", "there", "here", "while", "when", "after", "before", "during", "since",
        "until", "against", "between", "among", "including", "according", "more", "less",
        "about", "around", "some", "not", "no", "if", "so", "then", "now", "also", "only",
        "still", "already", "just", "all", "both", "out", "up", "down", "off",
    }
)  # fmt: skip
