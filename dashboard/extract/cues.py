"""Word lists the claims builder reads: hotspot (concern) cues, modality cues, back-references
and the frames that make a named place *not* the place of a claim.

Kept apart from the matching code so analysts can read and extend them. Every entry is a
regular-expression fragment matched case-insensitively on word boundaries. An entry that
starts with a new word needs that word in its matcher's openers too (``CONCERN_OPENERS``,
``PLANNED_OPENERS``, ...; tests/extract/test_gates.py fails until it is there).
"""

from __future__ import annotations

#: A statement that the situation at a place is alarming, deteriorating, tense or a threat.
CONCERN = (
    r"alarm(?:ing|ed)?",
    r"deteriorat(?:e|es|ed|ing|ion)",
    r"worsen(?:s|ed|ing)?",
    r"tense",
    r"tensions?",
    r"threat(?:s|en|ens|ened|ening)?",
    r"(?:causes?|causing|caused|raises?|raising|raised|of|cause\s+for|sources?\s+of|"
    r"serious|grave|growing|great|certain|particular|deep|major|main|principal|chief|biggest|"
    r"primary|greatest|gravest|greater|top|key|real)\s+concerns?",
    # "is becoming a real concern too", "the biggest danger in the province"
    r"(?:becoming|become|becomes|became)\s+(?:a\s+)?(?:real\s+|serious\s+|major\s+|growing\s+)?"
    r"concern",
    r"(?:biggest|greatest|main|chief|principal|major|real)\s+dangers?",
    # "Sayaxché is our main worry", "called it 'still a concern'"
    r"(?:main|top|biggest|greatest|chief|principal|primary|key)\s+worr(?:y|ies)",
    r"still\s+a\s+(?:concern|worry|risk)",
    # "flagged as being at 'extreme risk'", "flagged Manono town as a growing risk"
    r"at\s+[\"“']?(?:extreme|high|serious|grave|great|particular|heightened|severe)\s+risk",
    r"as\s+(?:a\s+)?(?:growing|serious|major|high|real|rising)\s+risk",
    # "the place where a new attack is most likely"; "where the KNDF expects a counterattack"
    r"(?:attacks?|offensives?|assaults?|incursions?|counter-?attacks?)\s+(?:is|are|seems?|"
    r"appears?)\s+(?:most\s+|more\s+|highly\s+)?likely",
    r"expects?\s+(?:a|an)\s+(?:new\s+|fresh\s+|major\s+|imminent\s+)?(?:counter-?attack|attack|"
    r"offensive|assault|incursion)",
    # "are becoming the next front", "the most likely scene of new clashes", "turning into
    # strongholds of Los Lobos"
    r"next\s+front(?:\s+line)?(?!\s+(?:man|men|woman|women|page|door|row|desk|seat)\b)",
    r"(?:most\s+)?likely\s+(?:scene|theatre|theater|target)\s+(?:of|for)",
    r"(?:turning|turned|turn|becoming|become|became)\s+into\s+(?:an?\s+)?strongholds?",
    r"concern(?:s|ed)?\s+(?:about|over|by|at|that|regarding)",
    r"(?:is|are|remains?|was|were)\s+(?:a\s+)?(?:matter\s+of\s+)?concern(?:ing)?",
    r"worr(?:y|ies|ied|ying)",
    r"apprehensions?",
    r"fears?\s+(?:that|of|over|about)",
    # "residents say they fear renewed attacks on the market"
    r"(?:fear|fears|feared|fearing)\s+(?:(?:renewed|new|further|more|fresh|an?|the|possible|"
    r"imminent)\s+)?(?:attacks?|violence|fighting|clashes|raids|reprisals|incursions?|"
    r"offensives?|escalation|infiltration)",
    # "residents say they fear the war is moving closer", "officials fear a mass breakout"
    r"(?:fear|fears|feared|fearing)\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?:mass\s+)?"
    r"(?:war|fighting|violence|conflict|breakout|jailbreak)\b",
    r"(?:expect|expects|expected|fear|fears|feared)\s+to\s+be\s+next",
    # "the most likely staging ground for the next offensive"
    r"staging\s+(?:ground|area|post|point)s?\s+for",
    # travel advice: "advise against all but essential travel to Bayelsa"
    r"advis(?:e|es|ed|ing)\s+against\s+(?:all\s+(?:but\s+essential\s+)?)?travel\s+to",
    # "fishing villages had become a new target for raids"
    r"(?:new|next|main|prime|likely|easy)\s+targets?\s+for",
    # "the most exposed stretch of the front", "would leave border settlements exposed"
    r"(?:most|increasingly|particularly|dangerously)\s+exposed",
    r"(?:leave|leaves|left|leaving)\s+(?:[\w,]+\s+){0,4}?exposed",
    r"volatile",
    r"unstable",
    r"instability",
    r"insecurity",
    r"escalat(?:e|es|ed|ing|ion)",
    r"dangerous",
    r"danger\s+(?:of|that|to)",
    r"precarious",
    r"flashpoints?",
    r"hotbeds?",
    # "the Suwałki gap remains the most vulnerable point on the eastern frontier"
    r"(?:most\s+|particularly\s+|highly\s+)?vulnerable\s+(?:point|spot|flank|link|stretch|"
    r"section|corridor|area)s?",
    r"weak(?:est)?\s+(?:point|spot|link|flank)s?",
    r"(?:militants|fighters|extremists|insurgents|gunmen|jihadists|terrorists)"
    r"(?:\s+\w+){0,2}\s+(?:are\s+|were\s+|being\s+)?(?:concentrated|massing|massed|amassing|"
    r"regrouping|gathering)",
    r"concentrations?\s+of",
    r"build-?up\s+of",
    r"massing\s+of",
    r"(?:may|might|could|will|would)\s+(?:try|attempt|seek)\s+to\s+(?:expand|spread|move|"
    r"push|infiltrate|penetrate|break\s+through|cross)",
    r"spill(?:s|ed|ing)?\s+over",
    r"spillover",
    r"infiltrat(?:e|es|ed|ing|ion)",
    r"break\s+through",
    r"resurgen(?:ce|t)",
    r"regroup(?:s|ed|ing)?",
    r"gain(?:s|ed|ing)?\s+(?:a\s+)?(?:ground|foothold)",
    r"safe\s+havens?",
    # a risk named as such: "treat northern Nuristan as a high-risk area", "the risk of an
    # escalation along the border"
    r"high[\s-]risk\s+(?:area|zone|region|district|province|locality)s?",
    r"(?:serious|grave|growing|high|real)\s+risk\s+of",
    r"risk\s+of\s+(?:an?\s+|further\s+|renewed\s+|new\s+)?(?:escalation|attacks?|spill-?over|"
    r"fighting|violence|clashes|incursions?|infiltration|offensive)",
    r"hot\s?spots?",
    # "the humanitarian situation in Catatumbo is critical"
    r"situation\b[^.;]{0,80}?\b(?:is|are|was|were|remains?|remained|becomes?|became)\s+"
    r"(?:\w+\s+)?[\"“']?(?:critical|catastrophic|dire|grave|explosive|dramatic|complicated|"
    r"difficult|unstable)",
)

#: Words just before a cue that deny it ("not alarming", "no threat", "no cause for concern").
NEGATION = r"(?:not|no|never|nor|without|hardly|neither|little|lessened|eased|reduced)"
#: Cue look-alikes that are not concern ("as far as X is concerned", "concerning" = about).
CONCERN_FALSE = (
    r"as\s+far\s+as\s+[^,.;]{1,40}\s+(?:is|are|was|were)\s+concerned",
    r"(?:the|all|those)\s+(?:parties|sides|countries|agencies|authorities|ministries|"
    r"officials|states)\s+concerned",
    r"concerned\s+(?:parties|authorities|agencies|ministries|officials|states)",
    # a ranking of a group, not a situation: "the most dangerous branch of the network"
    # a purpose, not a statement about the situation: "stationed there to prevent infiltration"
    r"(?:prevent|stop|curb|counter|block|deter|halt|thwart|foil)\s+(?:\w+\s+){0,2}?"
    r"(?:infiltration|spill-?over|incursions?|attacks?|escalation)",
    r"(?:most|more|very|particularly)\s+dangerous\s+(?:\w+\s+)?(?:branch|group|affiliate|"
    r"organi[sz]ation|faction|wing|militants?|terrorists?|jihadists?|men|leaders?|networks?)",
)

#: Conditional frames: the claim holds only if something happens.
CONDITIONAL = (
    r"in\s+case",
    r"in\s+the\s+event",
    # not "if any", "if not", nor a speaker's "If I may add"
    r"(?<!\bas\s)(?<!\basked\s)(?<!\beven\s)(?<!\bwhat\s)if(?!\s+(?:any|not|so|only|I\s+may|"
    r"I\s+might|I\s+can|I\s+could|you\s+like|you\s+will)\b)",
    r"should\s+(?:the|it|they|this|that)\s+(?:situation|militants|fighters|group)?",
    r"unless",
    r"provided\s+(?:that\s+)?the",
)
#: Planned deployments: "could send", "plans to deploy", "will dispatch".
PLANNED = (
    r"(?:plan|plans|planned|planning|intends?|intended|intending|prepar(?:e|es|ed|ing)|"
    r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|agreed|decided|offer(?:s|ed)?|propos(?:e|es|ed)|"
    r"ready|set|is|are|was|were|expected|due|going)\s+to\s+(?:send|deploy|dispatch|station|"
    r"transfer|airlift|commit|contribute|redeploy|reinforce|move|boost|recruit|train|"
    r"mobili[sz]e|raise|hire|enlist|take\s+over)",
    r"(?:could|would|will|may|might|shall|can)\s+(?:also\s+|soon\s+|quickly\s+)?(?:send|deploy|"
    r"dispatch|station|transfer|airlift|commit|contribute|redeploy|move\s+in|recruit|train|"
    r"mobili[sz]e|raise|hire|fly|"
    # "the army would move another 1,200 troops to Daynile"
    r"move(?=\s+(?:another|a\s+further|an\s+(?:additional|extra)|some|about|around|up\s+to|"
    r"as\s+many\s+as|\d)))",
    # "will add 500 troops" (not a speaker's "if I may add")
    r"(?<!\bI\s)(?:could|would|will|may|might|shall|can)\s+(?:also\s+|soon\s+)?add",
    # "the president promised another 2,000 in October"
    r"(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\s+(?:another|a\s+further|an\s+(?:additional|"
    r"extra)|additional|more|[\d,]+\s+(?:more|additional|extra))",
    r"(?:could|would|will|may|might)\s+be\s+(?:cut|reduced|increased|raised|boosted|"
    r"brought\s+down)\s+to",
    r"(?:to\s+be|will\s+be|would\s+be|could\s+be|are\s+being)\s+(?:sent|deployed|dispatched|"
    r"stationed|transferred|airlifted|assigned|posted|inducted|redeployed|recruited|trained|"
    r"hired|mobili[sz]ed|flown)",
    # "approved the deployment of an additional 1,000 police personnel"
    r"(?:approv(?:e|es|ed|ing)|order(?:s|ed)?|authori[sz](?:e|es|ed)|sanction(?:s|ed))\s+"
    r"(?:the\s+)?(?:recruitment\s+and\s+|training\s+and\s+)?(?:deployment|dispatch|movement|"
    r"transfer|redeployment|induction|recruitment)\s+of",
    # "2,500 guards on the frontier, with 1,000 more promised by spring"
    r"(?:more|additional|extra|further)\s+(?:\w+\s+)?(?:promised|pledged|planned)",
    # "a further 1,200 troops will arrive in Guerrero next week"
    r"(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+due\s+to)\s+(?:arrive|go\s+to)",
    r"planned\s+(?:deployment|dispatch|reinforcement)",
    # "Washington will cut its military presence in Syria to fewer than 1,000 troops"
    r"(?:will|would|is\s+to|plans\s+to|intends\s+to|aims\s+to)\s+(?:cut|reduce|lower|"
    r"increase|raise|boost|bring\s+down|scale\s+(?:back|down)|draw\s+down)\s+"
    r"(?:[\w'’\-]+\s+){0,6}?to",
    r"(?:was|were|is|are)\s+planned\s+as",
    r"(?:brigades?|battalions?|units?|force|contingent|mission|division|task\s+force)\s+"
    r"(?:will|would|is\s+to|are\s+to|shall)\s+(?:have|comprise|include|number|consist)",
    # "they would assign 1,200 men to the pipeline", "a further 1,500 troops will join the
    # Haradh front", "a further 1,500 are to follow"
    # (not "would join roughly 4,000 troops already stationed there": the force joined)
    r"(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+|soon\s+)?(?:assign|post|follow|join"
    r"(?!\s+(?:(?:roughly|about|some|around|nearly|almost|an\s+estimated|the)\s+)?\d))",
    # "announced on 19 November a further 400 personnel for Semporna", "has approved three
    # more mobile squads, about 150 men, for Tari"
    r"(?:announc(?:e|es|ed|ing)|approv(?:e|es|ed|ing))\s+(?:[\w'’\-]+\s+){0,4}?(?:a\s+further|"
    r"another|an?\s+(?:additional|extra)|additional|extra|(?:\w+\s+)?more)\b",
)
#: Projections: the figure may grow or reach a level ("may rise sharply", "could reach").
PROJECTED = (
    r"(?:may|might|could|can|will|would|shall)\s+(?:\w+ly\s+)?(?:soon\s+|still\s+|further\s+|even\s+)?"
    r"(?:rise|grow|increase|reach|swell|double|triple|expand|climb|surge|jump|exceed|top|hit|"
    r"balloon|multiply|number|soar|go\s+up|be\s+higher|become)",
    r"(?:is|are|was|were)?\s*(?:expected|projected|forecast|predicted|likely|set|poised|"
    r"feared|tipped)\s+to\s+(?:\w+ly\s+)?(?:rise|grow|increase|reach|swell|double|triple|"
    r"expand|climb|surge|jump|exceed|top|hit|number|soar|go\s+up|be)",
    r"(?:may|might|could|will|would)\s+(?:try|attempt|seek)\s+to",
    r"(?:may|might|could|will)\s+spill\s+over",
    r"(?:growth|increase|rise)\s+in\s+(?:the\s+)?(?:number|numbers|strength)\s+[^.;]{0,60}"
    r"cannot\s+be\s+ruled\s+out",
)

#: Back-references to places named earlier, with the kind of place they ask for:
#: ``"any"`` keeps the earlier places as they are; ``"admin1"``, ``"region"`` and ``"border"``
#: want the last place of that kind; ``"country"`` the country the article is about;
#: ``"direction"`` a part of that country ("in the north", "the northern districts").
BACK_REFERENCES: tuple[tuple[str, str], ...] = (
    (
        r"there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|seems?|"
        r"appears?|remains?|exists?|must|should|being|been)\b)",
        "any",
    ),
    # not "the country's biggest drug-trafficking organization": a description, not a place
    (
        r"(?:the|this|that)\s+country(?:['’]s(?!\s+(?:\w+est|most|main|only|leading|top|"
        r"second|third)\b))?(?!['’]s)",
        "country",
    ),
    # a government raising its own forces means its country: "The government has
    # recruited 50,000 auxiliaries" (not "..., the government said")
    (
        r"the\s+(?:government|junta|authorities|army|military)(?=\s+(?:(?:has|have|had|would|"
        r"will|plans\s+to|says\s+it\s+has|said\s+it\s+had)\s+)?(?:already\s+)?"
        r"(?:recruit|deploy|mobili[sz]|train|arm|raise|enlist)(?:s|ed|ing|e|ed)?\b)",
        "government",  # the country, unless another reference follows ("... to the north")
    ),
    (
        # "in the whole state", "across the entire province"
        r"(?:the|this|that)\s+(?:(?:whole|entire)\s+)?(?:province|state|governorate|prefecture|"
        r"republic|oblast|krai|department)(?!\s+capital\b)"
        r"(?:['’]s)?",
        "admin1",
    ),
    # "the two provinces", "both regions": the divisions just listed together
    (
        r"(?:the|these|those)\s+(?:two|three|four|five)\s+(?:provinces|states|regions|"
        r"governorates)|both\s+(?:provinces|states|regions|governorates)",
        "listed",
    ),
    (r"(?:the|this|that)\s+(?:whole\s+|entire\s+|wider\s+|broader\s+)?region(?:['’]s)?", "region"),
    # "the gorge", "the valley": the last place the article named by that word ("Pankisi
    # Gorge", "the Panjshir valley"), else the places before
    (
        r"(?:the|this|that)\s+(?:gorge|valley|plateau|peninsula|delta|enclave|forest|"
        r"mountains|hills|highlands|desert|corridor)(?!\s+of\s+[A-Z])(?!['’]s)",
        "feature",
    ),
    (
        r"(?:the|these|those)\s+(?:provinces|states|governorates|regions|districts|areas|"
        r"territor(?:y|ies)|localit(?:y|ies)|zones?|villages|towns|cities|parts|"
        r"forests|valleys)|(?:this|that|the)\s+(?:district|area|zone|locality|village)"
        r"(?!\s+of\s+[A-Z])",
        "any",
    ),
    (
        r"(?:this|that|the)\s+(?:city|town)(?!\s+of\s+[A-Z])(?!['’]s)"
        # "the situation in the city's south": a part of the town is still the town
        r"|(?:this|that|the)\s+(?:city|town)['’]s\s+(?:(?:north|south|east|west)(?:[\s-]?(?:east|"
        r"west))?(?:ern\s+\w+)?|(?:old\s+|main\s+|poorer\s+|eastern\s+|western\s+)?(?:outskirts|"
        r"cent(?:re|er)|suburbs|districts|neighbou?rhoods|port|souks?|markets?|slums?|quarters?|"
        r"streets|medina|old\s+town))\b"
        # "in and around the state capital": the town the story is about
        r"|(?:the|its)\s+(?:state|regional|provincial|departmental)\s+capital\b",
        "city",
    ),
    (
        r"(?:the\s+)?(?:opposite|other|far|same)\s+side\s+of\s+the\s+(?:border|frontier|river|"
        r"line)|(?:across|along|near|on|at|from|to|beyond|towards?)\s+the\s+"
        # "along the 682-kilometre frontier", "near the porous border"
        r"(?-i:[a-z0-9][\w\-]*\s+)?(?:border|frontier)"
        r"|(?:its|their|his|our)\s+(?:own\s+)?side\s+of\s+the\s+(?:[\w,\-]+\s+){0,2}?"
        r"(?:border|frontier)"
        # "along that stretch of the border", "this section of the frontier"
        r"|(?:this|that|the)\s+(?:stretch|section|part|segment|length)\s+of\s+the\s+"
        r"(?:border|frontier)",
        "border",
    ),
    (
        # compound directions first: "the north-west" is not "the north"
        r"the\s+(?:(?:far|extreme)\s+)?(?:north[\s-]?east|north[\s-]?west|south[\s-]?east|"
        r"south[\s-]?west|north|south|east|west|centre|center)"
        r"(?!\s+of\b(?!\s+(?:the|this|that)\s+country\b)|['’]s\b)"
        # not "the Southeast Command", "the Eastern Front": a formation's name
        r"(?!\s+(?:command|front|corps|division|army|fleet|brigade|military\s+district)\b)"
        r"|the\s+(?:north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west|north|south|"
        r"east|west|central)(?:ern)?\s+(?:provinces|districts|regions|areas|parts|states|"
        r"departments|counties|prefectures|"
        # not "the southern districts of Guayaquil": a part of a named place, not the country
        r"governorates)(?!\s+of\s+(?:the\s+)?[A-Z])",
        "direction",
    ),
    # a bare direction after a movement: "2,000 troops would be sent north"
    (
        r"(?:sent|send|sends|sending|deployed|deploy|moved|move|redeployed|dispatched)\s+"
        r"(?:north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west|north|south|east|"
        r"west)(?![\w-])(?!\s+of\b)",
        "direction",
    ),
    # the second of two parts: "the east and south of the country"
    (
        r"(?:and|or)\s+(?:the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
        r"(?=\s+of\s+(?:the|this|that)\s+country\b)",
        "direction",
    ),
    (
        r"(?:the\s+)?same\s+(?:area|region|place|province|district)"
        r"|(?<!known\s)locally(?!\s+(?:as|known|called|named|made|produced|sourced|grown))",
        "any",
    ),
    (r"nationwide|countrywide|across\s+the\s+(?:whole\s+)?country", "country"),
)

#: Nouns after a nationality adjective that make it a place ("Afghan territory").
GEO_NOUNS = (
    r"territor(?:y|ies)",
    r"soil",
    r"lands?",
    r"provinces?",
    r"regions?",
    r"districts?",
    r"border(?:s|lands)?(?:\s+areas?)?",
    r"frontier",
    r"countryside",
    r"side\s+of\s+the\s+(?:border|frontier)",
    r"mountains",
    r"hinterland",
    r"interior",
    r"capital",
    r"(?:north|south|east|west)(?:ern)?\s+(?:provinces|regions|areas|parts)",
)

#: "<say verb or event> ... in|at <place>": where words were spoken, not where fighters are.
VENUE_BEFORE = (
    r"(?:told|tells|telling|briefed|briefing|addressed|addressing)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|reporters|journalists|lawmakers|parliament|senators|"
    r"(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?|on\s+\w+|late\s+\w+|earlier|today|yesterday)){0,3}"
    r",?\s+(?:in|at)\s+(?:the\s+)?",
    r"(?:said|says|speaking|spoke|speaks|saying|added|stated|remarks|testif(?:y|ied|ying))"
    r"(?:\s+(?:[A-Z][a-z][\w'’-]*|on\s+\w+|late\s+\w+|earlier|today|yesterday|here|"
    r"to\s+(?:reporters|journalists|the\s+press))){0,3}"
    r",?\s+(?:in|at)\s+(?:the\s+)?",
    r"(?:press|news)\s+(?:conference|briefing)s?\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?",
    # where a speaker was reached: "by video link from Dushanbe", "by telephone from Nairobi"
    r"(?:by|via|over)\s+(?:a\s+)?(?:video\s*link|videoconference|video\s+call|(?:tele|satellite\s+)?"
    r"phone|telephone|zoom|skype)\s+(?:from|in)\s+(?:the\s+)?",
    r"(?:briefing|interview|summit|meeting|forum|conference|talks|visit|session|hearing|"
    r"symposium|gathering)\s+(?:held\s+|taking\s+place\s+)?(?:in|at)\s+(?:the\s+)?",
    # where an agreement was signed or a budget approved: "signed a U.S.-brokered peace
    # agreement in Washington", "under budget cuts approved in New York"
    r"(?:signed|initialled|sealed|concluded)\s+(?:(?:an?|the)\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:agreement|accord|deal|treaty|ceasefire|truce|pact|memorandum)\s+(?:in|at)\s+(?:the\s+)?",
    # where money was promised: "once the funds pledged in Paris are disbursed"
    r"(?:approved|adopted|pledged|promised|raised|donated)\s+(?:[\w-]+\s+)?in\s+(?:the\s+)?",
    # "the agreement reached in Doha", "when the peace accord was signed in Moscow"
    r"(?:agreement|accord|deal|treaty|ceasefire|truce)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:signed\s+|reached\s+|brokered\s+|agreed\s+)?(?:in|at)\s+(?:the\s+)?",
    # where research was done: "90 interviews conducted in Bamako, Ouagadougou and Niamey"
    r"(?:interviews|surveys|fieldwork|research|focus\s+groups)\s+(?:\w+\s+)?(?:conducted|"
    r"carried\s+out|held|done|gathered)\s+(?:in|at)\s+(?:the\s+)?",
    # a seat of government: "forces loyal to the new government in Damascus"
    r"(?:government|authorities|regime|junta|leadership|administration)\s+(?:based\s+)?"
    r"in\s+(?:the\s+)?",
    # capitals as governments: "cooperation between Cotonou and Niamey has collapsed"
    r"(?:cooperation|relations|ties|talks|dialogue|coordination|rapprochement|war\s+of\s+words|"
    r"disputes?|tensions?|rivalry|feud|stand-?off|spat|row|rift)\s+between\s+(?:the\s+)?",
)

#: Legal notes: "(a terrorist organisation outlawed in Russia)".
LEGAL_BEFORE = (
    r"(?:outlawed|banned|prohibited|proscribed|illegal|forbidden|(?:designated|listed)(?:\s+"
    r"(?:as\s+)?(?:an?\s+)?(?:foreign\s+)?terrorist(?:\s+(?:organi[sz]ation|group|entity))?)?"
    r"|recogni[sz]ed\s+as\s+(?:a\s+)?(?:terrorist|extremist))"
    r"(?:\s+and\s+(?:outlawed|banned|prohibited))?\s+(?:in|by)\s+(?:the\s+)?",
)

#: Offices whose place is a job title, not a location ("envoy to Afghanistan").
OFFICE_BEFORE = (
    r"(?:envoy|ambassador|representative|emissary|consul|embassy|attach[eé])"
    r"(?:\s+\w+)?\s+(?:to|for|in|of)\s+(?:the\s+)?",
    r"(?:foreign|defen[cs]e|interior)\s+minist(?:er|ry)\s+of\s+(?:the\s+)?",
)

#: Origins: "fighters from Tajikistan", "break through from the Afghan territory".
ORIGIN_BEFORE = (
    r"(?:fighters|militants|gunmen|recruits|jihadists|mercenaries|volunteers|extremists|"
    r"terrorists|insurgents|nationals|citizens|members|men|youths?|natives|returnees|"
    r"sympathi[sz]ers|supporters|followers)[”\"’']?"
    # not "fighters deployed south of the Litani": a compass word makes "of" a location
    # nor "gunmen works out of Rosarito": where they are based
    r"(?:\s+(?!(?:north|south|east|west)\w*\s+of\b|(?:works?|worked|working|operat\w+|runs?|ran|"
    r"running)\s+out\s+of\b)\w+){0,2}\s+(?:from|of)\s+(?:the\s+)?",
    r"(?:hail(?:s|ed|ing)?|come|comes|came|coming|originat(?:e|es|ed|ing)|recruited|"
    r"arriv(?:e|es|ed|ing)|crossed|infiltrated|broke\s+through|break\s+through|relocated|"
    r"moved|fled|returned|rotated|brought|drawn|drafted|transferred)\s+(?:[\w'’\-]+\s+){0,4}?from\s+"
    r"(?:the\s+)?",
    # where fighters were recruited or trained: "recruited several hundred men in the refugee
    # camps of", "have been trained in camps in Muzaffarabad"
    r"(?:recruited|trained)\s+(?:[\w'’,\-]+\s+){0,6}?(?:in|among|from|at)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:of\s+|in\s+)?",
    # where they fought before: "men who had fought in Syria and, more recently, in Ukraine
    # have returned to the gorge" (the theatres listed, not only the first)
    r"(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:fought|served|battled)\s+(?:(?:in|for|with|"
    r"alongside)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*,?\s+(?:and|or)?,?\s*"
    r"(?:(?:more\s+)?recently|later|then|also)?,?\s*)*(?:in|alongside)\s+(?:the\s+)?",
    # "moved 800 men into Catatumbo from its strongholds in Arauca"
    r"from\s+(?:its|their|his|the\s+group['’]s)\s+(?:\w+\s+)?(?:strongholds?|bases?|camps?|"
    r"hideouts?|heartlands?|sanctuar(?:y|ies)|rear\s+bases?)\s+(?:in|on|across)\s+(?:the\s+)?",
)

#: A war or crisis named as the background of a claim: "saying their presence posed a risk
#: as the war in neighbouring Ukraine continues", "amid the conflict in Sudan".
BACKGROUND_BEFORE = (
    r"(?:as|amid|amidst|since|during|after|before|following|because\s+of|due\s+to)\s+"
    r"(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?(?:war|conflict|crisis|invasion|civil\s+war)\s+in\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?",
    # an event the claim follows: "promised another 2,000 in October after the killing of a
    # popular mayor in Uruapan"
    r"(?:after|following|since|before)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:killing|murder|assassination|bombing|massacre|ambush|kidnapping|abduction|death)s?\s+"
    r"(?:of\s+(?:[\w'’\-]+\s+){1,5}?)?(?:in|at|near)\s+(?:the\s+)?",
    # what the men are there to stop: "to stop fighters and guns from crossing into Kitgum"
    r"(?:stop|prevent|block|keep|deter)\s+(?:[\w'’\-]+\s+){0,6}?(?:from\s+)?(?:crossing|"
    r"entering|reaching|getting|moving|spilling)\s+(?:back\s+|over\s+)?(?:into|to|in|towards)\s+"
    r"(?:the\s+)?",
    # an aim, not where the men are: "gathered in Kunar with the intent to carry out
    # terrorist activities inside Pakistan"
    r"(?:with\s+the\s+(?:intent|intention|aim|goal|objective)\s+(?:to|of)|in\s+order\s+to|"
    r"plotting\s+to|planning\s+to)\s+(?:[\w'’\-]+\s+){0,4}?(?:in|inside|into|against)\s+"
    r"(?:the\s+)?",
)

#: "<preposition> [the] [up to three words]" right before a place: where the fighters *are*.
#: Estimates keep only such places; "Moscow could send", "backed by Rwanda", "bordering
#: Tajikistan" name actors and neighbours, not locations.
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in", "at", "near", "around", "along", "across", "on", "inside", "within", "throughout",
        "into", "outside", "between", "off", "beyond", "through",
    }
)  # fmt: skip
#: Two-word prepositions, by their last word: "close to", "not far from".
LOCATIVE_PAIRS = frozenset(
    {
        ("close", "to"),
        ("next", "to"),
        ("adjacent", "to"),
        ("far", "from"),
        ("away", "from"),
        # "due to take over Raqqa city": the place the force is to hold
        ("take", "over"),
        ("took", "over"),
        ("taking", "over"),
        ("taken", "over"),
    }
)
#: "sent 1,000 troops to X": a movement verb up to six words before "to".
MOVEMENT_VERBS = frozenset(
    {
        "sent", "send", "sending", "deploy", "deployed", "deploying", "move", "moved", "moving",
        "dispatch", "dispatched", "dispatching", "reinforce", "reinforced", "travelled",
        "traveled", "went", "gone", "relocated", "headed", "heading", "returned", "flown",
        "airlifted", "stationed", "transferred", "based", "redeployed", "fled", "crossed",
        "sends", "deploys", "moves", "dispatches", "despatched", "deployment", "redeployment",
        "transfer", "posted", "assigned", "rushed", "brought", "fly", "flew", "airlift", "go",
        "goes",
    }
)  # fmt: skip
#: "withdrew its last 2,400 troops from X": X is where they were.
WITHDRAWAL_VERBS = frozenset(
    {"withdraw", "withdrew", "withdrawn", "withdrawing", "out", "expelled", "ousted"}
)
#: "<noun> of X" that names a part of X: "the province of Badakhshan", "the north of Mali".
TYPE_OF_NOUNS = frozenset(
    {
        "province", "provinces", "region", "regions", "area", "areas", "territory",
        "territories", "countries", "outskirts", "part", "parts", "much", "most", "rest",
        "whole", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west", "mountains",
        "forest", "forests", "desert", "deserts", "island", "islands", "shore", "shores",
        "countryside", "district", "districts", "state", "states", "borderland", "borderlands",
        "border", "borders", "side", "sides", "capital", "city", "town", "village", "villages",
        "valley", "bank", "banks", "coast", "heart", "zone", "zones", "belt", "basin",
        "park", "parks", "reserve", "reserves", "hills", "towns", "cities", "camps", "swamps",
        "plains", "highlands", "lowlands", "townships", "municipalities", "counties",
        "valleys", "jungles", "jungle", "mountain", "ranges", "range", "hinterland", "interior",
        "suburbs", "neighbourhoods", "neighborhoods", "slums", "creeks", "delta", "lake",
        # the type words of divisions other countries use: "the departments of Concepción
        # and Amambay", "the governorates of Daraa and Suwayda"
        "department", "departments", "governorate", "governorates", "oblast", "oblasts",
        "prefecture", "prefectures", "county", "regency", "regencies", "municipality",
        "commune", "communes", "wilaya", "wilayas", "upazila", "upazilas", "tehsil", "tehsils",
        "enclave", "exclave", "peninsula", "archipelago", "strip", "corridor", "plateau",
        "port", "harbour", "harbor", "edge", "edges", "fringes", "outskirt", "centre", "center",
        "environs", "vicinity",
    }
)  # fmt: skip
#: Words allowed between a locative preposition and the place: "in Pakistan's southwestern
#: Balochistan", "in the restive north-western"; not "in the Afghan provinces bordering".
#: Capitalised words and compass adjectives ("-ern", "north-east") are allowed too.
LOCATIVE_FILLERS = frozenset(
    {
        "restive", "remote", "rugged", "coastal", "tribal", "mountainous", "neighbouring",
        "neighboring", "disputed", "border", "central", "far", "upper", "lower", "greater",
        "troubled", "volatile", "oil-rich", "embattled", "northernmost", "southernmost",
        "deep-sea", "port", "town", "city", "village", "province", "region", "state",
        "district", "area", "its", "their", "his", "her", "our", "department", "governorate",
        "oblast", "prefecture", "county", "rural", "urban", "suburban", "western-most",
        "easternmost", "westernmost", "landlocked", "lawless", "impoverished", "territory",
        "whole", "entire",
    }
)  # fmt: skip

#: A subset after a figure: "..., most of them in the Hamrin mountains". Places after these
#: are kept only when the claim names nothing broader.
SUBSET = (
    r"most(?:ly)?\s+of\s+(?:them|whom)",
    r"many\s+of\s+(?:them|whom)",
    r"some\s+of\s+(?:them|whom)",
    r"mostly",
    r"mainly",
    r"largely",
    r"primarily",
    r"chiefly",
    r"including",
    r"notably",
    r"especially",
    r"particularly",
    # "in Zamfara alone ..., spread across 120 camps in Tsafe, Maru and Anka": the detail
    r"spread\s+(?:out\s+)?(?:across|over|among|between|through)",
    r"scattered\s+(?:across|over|among|between|through|in)",
    r"with\s+(?:the\s+)?(?:heaviest|highest|largest|biggest|greatest|main|densest)\s+"
    r"concentrations?",
)

#: Nouns after a country that make the country an actor or an attribute, not a location:
#: "U.S. forces", "Mali's ruling junta", "Pakistan Army".
ATTRIBUTIVE_NOUNS = (
    r"forces?",
    r"troops",
    r"soldiers",
    r"military",
    r"army",
    r"navy",
    r"air\s+force",
    r"officials?",
    r"government",
    r"authorities",
    r"ministry",
    r"minister",
    r"president",
    r"junta",
    r"police",
    r"intelligence",
    r"diplomats?",
    r"embassy",
    r"envoy",
    r"leaders?",
    r"security\s+forces",
    r"state\s+media",
    r"media",
    r"parliament",
    r"lawmakers",
    r"side",
    r"counterparts?",
    r"delegation",
    r"nationals",
    r"citizens",
    r"contingent",
    r"base",
    # a state's role, not a place: "concern about Russia's growing military presence"
    r"(?:(?:growing|expanding|increasing|increased|own)\s+)?(?:military\s+)?(?:presence|role|"
    r"influence|involvement|footprint)",
    # a capital's stance, not a location: "failing to act on Islamabad's concerns"
    r"concerns",
    r"demands?",
    r"requests?",
    r"position",
    r"policy",
    r"stance",
    r"objections?",
    r"(?:ruling|military|interim|transitional|federal|central|national|armed|security|"
    r"special|regional|local|provincial|state|defen[cs]e|foreign|interior)\s+\w+",
)
#: Verbs after a place that make it an actor: "Moscow could send", "Kenya plans to deploy".
ACTOR_VERBS = (
    r"(?:has|have|had|will|would|could|may|might|is|was|also|now|then|on\s+\w+day)?\s*"
    r"(?:said|says|say|warns?|warned|sent|sends?|deploy(?:s|ed)?|plans?|planned|announced|"
    r"accused|accuses|denied|denies|agreed|decided|asked|wants|launched|mobili[sz]ed|"
    r"keeps(?!\s+\w+ing\b)|"  # "Moscow keeps 7,000 troops", not "Kunduz keeps deteriorating"
    r"stands\s+ready|turned|claims?|claimed|insists?|insisted|pledged|promised|offered|"
    r"dispatched|signed|urged|called|blamed|believes?|estimates?|estimated|reported|reports|"
    r"invest(?:s|ed)?|funds|funded|financed|backs|backed|supplies|supplied|arms|armed|"
    r"expressed|voiced|condemned|welcomed)",
)
