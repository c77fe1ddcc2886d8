"""Which of a sentence's place mentions are the places a claim is *about*.

The geocoder finds every place a text names; a claim only wants where the fighters are
or where the situation is. Dropped here, each for a reason an analyst would give:

* datelines ("MOSCOW, February 9./TASS/.") and speech venues ("told TASS in Moscow",
  "at a press conference in Kabul"), the home of a source ("a UN source in Bamako", "a
  Bishkek-based think tank");
* nationalities and origins of fighters ("Afghan youth", "Uzbek fighters", "fighters from
  Tajikistan", "break through from the Afghan territory"); a nationality adjective stays a
  place only before a geographic noun ("Afghan territory", "the Afghan provinces");
* legal notes ("a terrorist organisation outlawed in Russia"), job titles ("envoy to
  Afghanistan"), places inside organisation names (geocoder role ``in-name``, or a name
  followed by a group's acronym: "Tehreek-i-Taliban Pakistan (TTP)");
* countries as actors or attributes ("Moscow could send", "U.S. forces", "Mali's junta");
* lists that only spell out a region just named ("Central Asia (Tajikistan, ...)").

A place right after another in a list ("troops from Nigeria, Niger and Chad") shares its
fate. Estimates further keep only *locative* places (after "in", "near", "along", "the
province of" ...): "backed by Rwanda" or "bordering Tajikistan" do not say where fighters
are. :func:`most_precise` keeps the finest of nested places; :func:`back_reference` and
:func:`referred_places` follow "there", "the country", "these districts" to earlier places.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.extract._text import guarded, has_any
from dashboard.extract.cues import (
    ACTOR_VERBS,
    ATTRIBUTIVE_NOUNS,
    BACK_REFERENCES,
    BACKGROUND_BEFORE,
    GEO_NOUNS,
    LEGAL_BEFORE,
    LOCATIVE_FILLERS,
    LOCATIVE_PAIRS,
    LOCATIVE_PREPOSITIONS,
    MOVEMENT_VERBS,
    OFFICE_BEFORE,
    ORIGIN_BEFORE,
    SUBSET,
    TYPE_OF_NOUNS,
    VENUE_BEFORE,
    WITHDRAWAL_VERBS,
)
from dashboard.extract.groups import find_groups
from dashboard.model import Mention, Place

__all__ = [
    "SentencePlaces",
    "back_reference",
    "concern_places",
    "direction_references",
    "is_nationality",
    "most_precise",
    "referred_places",
    "sentence_places",
    "subset_start",
]

#: The word every :data:`_NOT_HERE` branch ends with (before an optional "the").
_NOT_HERE_LAST = frozenset(
    {
        "in",
        "at",
        "by",
        "to",
        "for",
        "of",
        "from",
        "between",
        "neighbouring",
        "neighboring",
        "inside",
        "into",
        "against",
    }
)
#: How far before a mention the words that qualify it are looked for.
_WINDOW = 90
_SOURCE_HOME = (
    r"(?:sources?|officials?|diplomats?|spokes(?:man|woman|person)|analysts?|experts?|"
    r"correspondents?|journalists?|researchers?|observers?|officers?|commanders?|envoys?|"
    r"agency|think[\s-]tank|monitors?|group|"
    # "said Ricardo Amaral, a researcher at the ... Observatory, a nonprofit in Belém"
    r"nonprofit|non-profit|charity|NGO|foundation|observatory|institute|consultancy)\s+"
    # "a researcher at the Centre for Public Integrity in Maputo"
    r"(?:(?:at|with|of|from)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+|(?:for|of|on|and|the)\s+){1,8})?"
    # "an officer who now runs a security consultancy in Nairobi"
    r"(?:who\s+(?:now\s+)?(?:runs|heads|leads|manages|directs|founded|teaches|works)\s+"
    r"(?:(?:at|for)\s+)?(?:an?|the|his|her)\s+(?:[\w'’\-]+\s+){0,3})?"
    r"(?:based\s+)?in\s+(?:the\s+)?"
)
#: Everything that, right before a place, says it is not where the claim is: one pattern,
#: one scan of the words before each mention. The venue branches are case-sensitive
#: ("told TASS in Moscow", "said Kabulov in Moscow").
#: The words every :data:`_NOT_HERE` branch starts with.
_NOT_HERE_FIRST = (
    "told", "tell", "brief", "address", "said", "says", "speak", "spoke", "saying", "added",
    "stated", "remarks", "testif", "press", "news", "interview", "summit", "meeting", "forum",
    "conference", "talks", "visit", "session", "hearing", "symposium", "gathering", "outlawed",
    "banned", "prohibited", "proscribed", "illegal", "forbidden", "designated", "recogni",
    "envoy", "ambassador", "representative", "emissary", "consul", "embassy", "attach",
    "foreign", "defen", "interior", "fighters", "militants", "gunmen", "recruits", "jihadists",
    "mercenaries", "volunteers", "extremists", "terrorists", "insurgents", "nationals",
    "citizens", "members", "men", "youth", "natives", "returnees", "hail", "come", "came",
    "coming", "originat", "recruited", "trained", "arriv", "crossed", "infiltrated", "broke",
    "break", "relocated", "moved", "fled", "returned", "source", "official", "diplomat", "spokes",
    "analyst", "expert", "correspondent", "journalist", "researcher", "observer", "officer",
    "commander", "agency", "think", "monitor", "group", "listed", "from", "interviews",
    "surveys", "fieldwork", "research", "focus", "cooperation", "relations", "ties", "dialogue",
    "coordination", "rapprochement", "government", "authorities", "regime", "junta",
    "leadership", "administration", "as", "amid", "since", "during", "after", "before",
    "following", "because", "due", "war", "dispute", "tension", "rivalry", "feud", "stand",
    "spat", "row", "rift", "signed", "initialled", "sealed", "concluded", "agreement", "accord",
    "deal", "treaty", "ceasefire", "truce", "approved", "adopted", "pledged", "promised",
    "raised", "donated", "with", "in", "plotting",
    "planning", "who", "that", "by", "via", "over", "rotated", "brought", "drawn", "drafted",
    "transferred", "sympathi", "supporters", "followers", "nonprofit", "non-profit", "charity",
    "ngo", "foundation", "observatory", "institute", "consultancy", "stop", "prevent", "block",
    "keep", "deter",
)  # fmt: skip
_NOT_HERE = guarded(
    r"\b(?:(?P<venue>"
    + "|".join(VENUE_BEFORE[:2])
    + r")|(?i:"
    + "|".join(
        (
            *VENUE_BEFORE[2:],
            *LEGAL_BEFORE,
            *OFFICE_BEFORE,
            *ORIGIN_BEFORE,
            _SOURCE_HOME,
            *BACKGROUND_BEFORE,
        )
    )
    + r"))$",
    _NOT_HERE_FIRST,
)
#: Inside an attribution: "according to provincial officials we met in Asadabad".
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\b[^,;:()\"“”]*$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: Every match of :data:`_GROUP_BASED_BEFORE` holds one of these, whatever its case.
_GROUP_BASED_STEMS = ("ased", "orn", "ounded", "ormed", "reated", "eadquartered")
#: Words between a place and a place inside it: " coast around ", " hills near ".
_WITHIN_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,2}?(?:around|near|outside|at)\s+")
#: Officers counted by a figure, not a source: "1,500 soldiers and military police officers
#: in Yoro".
_COUNTED_STAFF = re.compile(
    r"\d[\d,.]*\s+(?:[\w'’\-]+\s+){0,6}?(?:officers|commanders|monitors|observers|agents|"
    r"personnel)\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Where a group is based or was born, in the words that describe it: "a dissident faction
#: based in", "a gang born in".
_GROUP_BASED_BEFORE = re.compile(
    r"\b(?:faction|group|militia|gang|movement|organi[sz]ation|cartel|outfit|network|splinter)\s+"
    r"(?:\w+\s+){0,2}?(?:based|born|founded|formed|created)\s+(?:in|on)\s+(?:the\s+)?$|"
    # "The army's 6 Brigade, headquartered in Jalingo, has about 2,500 troops in Taraba"
    r",\s+(?:which\s+is\s+)?headquartered\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_EXCEPT_STEMS = ("xcep", "ther than", "part from", "xclud")
#: A place named as an exception to the claim: "except the city of Port Harcourt".
_EXCEPT_BEFORE = re.compile(
    r"\b(?:except|excepting|excluding|other\s+than|apart\s+from)\s+(?:for\s+)?"
    r"(?:(?:the\s+)?(?:city|town|province|state|region|capital|district)\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)
_GEO_NOUN = re.compile(r"[\s\-]*(?:" + "|".join(GEO_NOUNS) + r")\b", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"(?:['’]s)?\s+(?:" + "|".join(ATTRIBUTIVE_NOUNS) + r")\b",
    re.IGNORECASE,
)
_ACTOR = re.compile(r"\s+(?:" + "|".join(ACTOR_VERBS) + r")\b", re.IGNORECASE)
#: A passive after the place: "the garrison in El Fasher was estimated at 5,000" (El Fasher
#: estimates nothing).
_PASSIVE = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:estimated|believed|reported|said|"
    r"thought|armed|backed|funded|financed|supplied)\b",
    re.IGNORECASE,
)
_OWN_FORCES = re.compile(
    r"['’]s\s+(?:own\s+)?(?:national\s+|regular\s+|federal\s+)?(?:police|army|military|armed\s+"
    r"forces|security\s+forces|defen[cs]e\s+forces|national\s+guard|gendarmerie|troops|"
    r"soldiers|navy|air\s+force)\b",
    re.IGNORECASE,
)
_FORCES_AFTER = re.compile(
    r"\s+(?:gangs?|militias?|militants|rebels|insurgents|jihadists|fighters|troops|army|police)\b",
    re.IGNORECASE,
)
_BASED = re.compile(r"[\-‐‑]\s*(?:based|born|backed|run|led|funded|allied)\b", re.IGNORECASE)
_GLUED = re.compile(r"[\w@]")
#: A place as the object of fighting is the side named after it: "they fight Jalisco".
_FOUGHT_BEFORE = re.compile(r"\b(?:fight|fights|fighting|fought|against|versus|vs\.?)\s+$", re.I)
#: The longest word ``_FOUGHT_BEFORE`` ends with ("fighting"): the search starts that far
#: before the blanks that end the text, not at each of the window's characters.
_FOUGHT_WIDTH = 8
_NOUN_NEXT = re.compile(r" [a-z]")
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&|as\s+well\s+as)\s+)(?:(?:even|also)\s+)?(?:the\s+)?"
    # "across Rakhine and southern Chin State", "in Kosti and neighbouring Rabak"
    r"(?:(?:north|south|east|west|central)[a-z\-]*\s+|neighbou?ring\s+|nearby\s+|adjacent\s+)?"
)
#: "along the Deir Hafer–Maskanah line": two places joined by a dash are the ends of one
#: front line and stand where the first does (a road's ends are not where its guards are).
_DASH_GAP = re.compile(r"\s*[–—]\s*|-")
_LINE_NOUN = re.compile(r"\s+(?:front\s*)?(?:line|axis|front)s?\b", re.IGNORECASE)
#: A place opening an organisation's or outlet's name: "Garowe Online", "Kabul University".
_NAME_AFTER = re.compile(
    r"[\s\-]+(?:Online|Times|Post|News|Radio|TV|Television|Tribune|Herald|Daily|Today|Express|"
    r"Observer|Monitor|Gazette|Journal|Agency|Press|Media|University|Airlines|Airways|Bank|"
    r"Institute|Centre|Center|Foundation|Ligado|Club|Council|Committee|Company|Agreement|"
    r"Accords?|Declaration|Convention|Protocol|Process|Format|Peace\s+Talks)\b"
)
_LEGAL_PAREN = re.compile(
    r"\b(?:outlawed|banned|prohibited|proscribed|terrorist\s+(?:organi[sz]ation|group))\b",
    re.IGNORECASE,
)
#: An acronym in brackets after a name (two capitals at least): "Tehreek-i-Taliban Pakistan
#: (TTP)"; not a country in brackets after its province, "Tillabéri (Niger)".
_ACRONYM_PAREN = re.compile(r"\s*\(\s*[A-Z][\w\-]*[A-Z][\w\-]*\s*\)")
_ALSO_CLAIMED = guarded(
    r"\b(?:elsewhere\s+in|the\s+rest\s+of|other\s+parts\s+of|across|throughout|all\s+over|"
    r"the\s+whole\s+of)\s+(?:the\s+)?$",
    ("elsewhere", "the", "other", "across", "throughout", "all"),
    re.IGNORECASE,
)
_SITUATION = guarded(
    r"\b(?:situation|security|tensions?|threat|violence|fighting|unrest)\b[^.;,]{0,30}$",
    ("situation", "security", "tension", "threat", "violence", "fighting", "unrest"),
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z][\w'’.\-]*")
_COMPASS = re.compile(r"[a-z\-]*(?:ern|east|west|north|south)")
#: The words every :data:`~dashboard.extract.cues.SUBSET` cue starts with.
_SUBSET_FIRST = (
    "most", "many", "some", "mainly", "largely", "primarily", "chiefly", "including", "notably",
    "especially", "particularly", "spread", "scattered", "with",
)  # fmt: skip
_SUBSET = guarded(r"\b(?:" + "|".join(SUBSET) + r")\b", _SUBSET_FIRST, re.IGNORECASE)
_BACK_REFS = tuple(
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), kind) for pattern, kind in BACK_REFERENCES
)
#: The words every back-reference starts with.
_BACK_REF_FIRST = (
    "there", "the", "this", "that", "these", "those", "opposite", "other", "far", "same",
    "across", "along", "near", "on", "at", "from", "to", "beyond", "toward", "locally", "its",
    "their", "his", "our", "and", "or", "nationwide", "countrywide", "both", "sent", "send",
    "deploy", "moved", "move", "redeployed", "dispatched",
)  # fmt: skip
#: All back-references in one pattern, one named group per entry of BACK_REFERENCES.
_ANY_BACK_REF = guarded(
    "|".join(rf"(?P<r{i}>\b(?:{pattern})\b)" for i, (pattern, _kind) in enumerate(BACK_REFERENCES)),
    _BACK_REF_FIRST,
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    """A sentence's usable mentions: ``all`` may carry a hotspot statement or a later
    back-reference; ``locative`` (a subset) may carry a force estimate."""

    all: list[Mention]
    locative: list[Mention]
    #: countries named as owners of their own forces ("Haiti's national police"): where
    #: those forces are when the sentence names no other place
    home: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=4096)
def is_nationality(word: str) -> bool:
    """True when the gazetteer reads ``word`` as a nationality ("Afghan", "Uzbek", "Somali")
    rather than as the name of a country."""
    from dashboard.geo.geocoder import get_geocoder
    from dashboard.geo.names import fold

    kinds = {c.kind for c in get_geocoder().gaz.lookup(fold(word))}
    return "demonym" in kinds and "country" not in kinds


#: Verbs whose object is where a force is: "a 3,000-strong contingent holds Sinjar town".
_HOLDING = frozenset(
    {
        "holds", "held", "controls", "controlled", "occupies", "occupied", "garrisons",
        "garrisoned", "patrols", "patrolled", "defends", "defended", "besieges", "besieged",
        "roam", "roams", "roamed", "roaming", "infest", "infests", "terrorise", "terrorize",
        "terrorises", "terrorizes", "infiltrated", "entered", "reached", "guard", "guards",
        "guarding", "guarded", "secure", "secures", "securing",
    }
)  # fmt: skip


def _is_locative(before: str) -> bool:
    """True when ``before`` ends with a locative preposition and at most three fillers:
    "in ", "in Pakistan's southwestern ", "sent 2,000 troops to ", "the province of "."""
    words = before.split()[-16:]
    if not words or before[-1:] not in (" ", "\t", "\n"):
        return False
    i = len(words) - 1
    if words[i].lower() == "the":
        i -= 1
    fillers = 0
    while i >= 0 and fillers < 3:
        bare = words[i].removesuffix("'s").removesuffix("’s")
        low = bare.lower()
        if low in LOCATIVE_PREPOSITIONS or not (
            _CAPITALISED.fullmatch(bare) or _COMPASS.fullmatch(bare) or low in LOCATIVE_FILLERS
        ):
            break
        fillers += 1
        i -= 1
    if i >= 0 and words[i].lower() == "the":
        i -= 1
    if i < 0:
        return False
    word = words[i].lower()
    prev = words[i - 1].lower() if i else ""
    if word == "into" and i >= 2 and words[i - 2].lower() == "to":
        return False  # "waiting at launch pads to sneak into Kashmir": an aim, not a place
    if word in LOCATIVE_PREPOSITIONS or (prev, word) in LOCATIVE_PAIRS or word in _HOLDING:
        return True
    if word == "of" and prev == "out":
        # "a cell of about 60 gunmen works out of Rosarito": where it is based, not whence
        return i >= 2 and words[i - 2].lower() in _BASED_OUT
    if word == "of":  # "the province of", "south of the Litani", "north-east of Kabul"
        # but not "a push towards the town of Vovchansk": where forces head, not are
        head = [w.lower() for w in words[max(0, i - 3) : i - 1]]
        if any(w in ("towards", "toward", "from") for w in head):
            return False
        return prev in TYPE_OF_NOUNS or _COMPASS.fullmatch(prev) is not None
    if word == "to":
        # 'had sent "a contingent of around 250 men" to Marrupa', "deployed about 1,200 soldiers
        # and Volunteers for the Defence of the Homeland (VDP) to Bittou"
        return any(w.lower() in MOVEMENT_VERBS for w in words[max(0, i - 16) : i])
    if word == "from":
        return any(w.lower() in WITHDRAWAL_VERBS for w in words[max(0, i - 6) : i])
    if word in ("towards", "toward"):
        # "could move up to 10,000 more troops towards Druzhkivka": where they are sent; not
        # "moving captagon pills and weapons towards the Gulf"
        lo = max(0, i - 12)
        verbs = [j for j in range(lo, i) if words[j].lower() in _TOWARD_VERBS]
        if not verbs:
            return False
        moved = [w.lower().strip(",;:") for w in words[verbs[-1] + 1 : i]]
        # the forces named after the verb ("push 8,000 more troops toward"), or before it as
        # its subject ("up to 400 JNIM fighters could push towards Kidira")
        subject = [w.lower().strip(",;:") for w in words[max(0, verbs[-1] - 6) : verbs[-1]]]
        forces = _names_forces(moved) or (not moved and _names_forces(subject))
        # "push 8,000 more troops toward Pavlohrad", not "to block any Houthi push towards Aden"
        return forces or (not moved and words[verbs[-1]].lower() not in _PUSH)
    if word == "for":  # "another 3,000 troops for Los Ríos": where they are to serve
        return prev in _SENT_FORCES
    return False


#: Verbs before "out of" that say where a force is based: "operates out of Rosarito".
_BASED_OUT = frozenset(
    {
        "works", "work", "worked", "working", "operates", "operate", "operated", "operating",
        "runs", "run", "ran", "running",
    }
)  # fmt: skip
#: Verbs (or nouns) of a push that sends forces only when the forces are named after them.
_PUSH = frozenset({"push", "pushed", "pushing", "pushes", "bring", "bringing", "brings"})
#: A retreat or an advance towards a place: "could fall back towards Camatagua".
_FALL_BACK = frozenset(
    {"back", "retreat", "retreated", "retreating", "advance", "advanced", "advancing", "head",
     "heads"}
)  # fmt: skip
_TOWARD_VERBS = MOVEMENT_VERBS | _PUSH | _FALL_BACK


def _names_forces(words: list[str]) -> bool:
    """True when the lower-cased ``words`` count or name a force ("8,000", "troops", "them")."""
    return any(
        w in _SENT_FORCES or w in ("them", "it") or any(c.isdigit() for c in w) for w in words
    )


#: Forces that "for" sends somewhere: "3,000 troops for Los Ríos" (not "fighting for Kabul").
_SENT_FORCES = frozenset(
    {
        "troops", "soldiers", "police", "policemen", "officers", "personnel", "reinforcements",
        "men", "fighters", "units", "battalions", "guards", "gendarmes", "marines", "forces",
    }
)  # fmt: skip


#: A town placed by: "west of In Guezzam", "opposite Gallabat" (after a comma or a border).
_REFERENCE_BEFORE = re.compile(
    r"(?:,|\b(?:border|frontier|line|side|river|road|highway))\s+(?:\w+\s+){0,2}?"
    r"(?:(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of|opposite|across\s+from)\s+$",
    re.IGNORECASE,
)


#: An appositive that places the town named before it: ", the beach town south of ".
_APPOSITIVE_REFERENCE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


_HAVE_AFTER = re.compile(r"\s+have\s")
_ON_ROAD_GAP = re.compile(r",\s+(?:on|along|off)\s+the\s+")
_ROAD_AFTER = re.compile(
    r"(?:\s*[–—]\s*|-)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s+(?:highway|road|expressway|"
    r"motorway|route)\b",
    re.IGNORECASE,
)
_GATEWAY_TO = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,5}?(?:crossing|gateway|route|road|highway|corridor)\s+"
    r"(?:into|to|towards|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _reference_point(text: str, lo: int, m: Mention) -> bool:
    """True for a town named as a reference point after a comma or a border word."""
    return m.place.kind == "city" and (
        _REFERENCE_BEFORE.search(text, max(lo, m.start - 50), m.start) is not None
    )


def _paren_before(text: str, lo: int, pos: int) -> int:
    """Offset of the "(" still open at ``pos`` within ``text[lo:pos]``, or -1."""
    i = text.rfind("(", lo, pos)
    return i if i >= 0 and text.find(")", i, pos) < 0 else -1


def not_claim_place(text: str, m: Mention, lo: int) -> bool:
    """True when a mention inside a claim sentence is not a place of the claim: a speech
    venue, a source's home, an origin, a name inside a name ... (``lo``: where its sentence
    starts)."""
    if m.role != "location" or _GLUED.match(text, m.end):
        return True  # "Kurdistan24" is an outlet, not Kurdistan
    before = text[max(lo, m.start - _WINDOW) : m.start]
    is_country = m.place.kind == "country"
    geo_noun = _GEO_NOUN.match(text, m.end) is not None
    if is_country and is_nationality(m.text) and (not geo_noun or _FROM.search(before)):
        return True
    if _BASED.match(text, m.end) or _NAME_AFTER.match(text, m.end):
        return True
    if _FOUGHT_BEFORE.search(before, max(0, len(before.rstrip()) - _FOUGHT_WIDTH)):
        return True  # "as often as they fight Jalisco": the cartel, not the state
    if "ccording" in before and _ACCORDING_BEFORE.search(before):
        return True
    if has_any(before, _EXCEPT_STEMS) and _EXCEPT_BEFORE.search(before):
        return True  # "travel to Bayelsa, Delta and Rivers states, except Port Harcourt"
    if _ACRONYM_PAREN.match(text, m.end) and not _is_locative(before):
        return True  # "Tehreek-i-Taliban Pakistan (TTP)", not "the mission in Mozambique (SAMIM)"
    last = before.split()[-2:]
    if last and last[-1].lower() == "the":
        last = last[:-1]
    not_here = (
        _NOT_HERE.search(before, max(0, len(before) - 70))
        if last and last[-1].lower() in _NOT_HERE_LAST
        else None
    )
    if not_here is not None and _COUNTED_STAFF.search(before):
        not_here = None  # "1,500 soldiers and military police officers in Yoro": the counted
    if not_here is not None:  # but "said IS in Afghanistan" names a group, not a venue
        venue = not_here.group("venue")
        if not (venue and find_groups(venue)):
            return True
    if m.place.kind in ("city", "admin1") and _GARRISON_AFTER.match(text, m.end) is not None:
        return False  # "its Birao contingent": where the contingent is (a country's is whose)
    actor = (
        _ACTOR.match(text, m.end) is not None
        and _PASSIVE.match(text, m.end) is None
        # not "Rival armed groups in Libya's western city of Zawiya have mobilised": a plural
        # verb's subject is the groups the place locates
        and not (_HAVE_AFTER.match(text, m.end) is not None and _is_locative(before))
    )
    if not geo_noun and (actor or _ATTRIBUTIVE.match(text, m.end)):
        return True
    paren = _paren_before(text, lo, m.start)
    return paren >= 0 and _LEGAL_PAREN.search(text, paren, m.start) is not None


def _contains(outer: Place, inner: Place) -> bool:
    """True when ``inner`` lies within ``outer`` (a province in its country, ...)."""
    if outer.id == inner.id or (inner.kind == "country" and outer.kind != "region"):
        return False
    if outer.kind == "country":
        return outer.countries[0] in inner.countries and (
            len(inner.countries) == 1 or inner.kind == "border"
        )
    if outer.kind == "region":
        if outer.admin1:
            return bool(inner.admin1) and set(inner.admin1) <= set(outer.admin1)
        return bool(inner.countries) and set(inner.countries) <= set(outer.countries)
    if outer.kind == "admin1":
        return inner.kind == "city" and bool(inner.admin1) and inner.admin1[0] in outer.admin1
    return False


def _elaborates(text: str, region: Mention, m: Mention) -> bool:
    """True for "Central Asia (Tajikistan, ...)": ``m`` only spells out ``region``."""
    if not region.end <= m.start or not set(m.place.countries) <= set(region.place.countries):
        return False
    paren = _paren_before(text, region.end, m.start)
    return paren >= 0 and not text[region.end : paren].strip()


#: An appositive that only locates a place named before it: ", on the border with Colombia,"
#: after Esmeraldas; ", a river town in Upper Nile state near the Ethiopian border,".
_DESCRIPTION = re.compile(
    r",\s*(?P<noun>an?\s+(?:[\w\-]+\s+){0,3}?(?:town|city|village|port|province|region|"
    r"district|county|state|area|hub|base|garrison|department|municipality|governorate|"
    r"prefecture|zone|territory|valley)\b[^,;()]*?\s+)?(?P<prep>on|near|along|"
    r"close\s+to|by|next\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE_END = re.compile(r"\s*[,;)]")
#: "the province of Arauca on the border": where the province lies; but "troops in Gomel
#: region along the Ukrainian border" are along the border too.
_GARRISON_AFTER = re.compile(
    r"\s+(?:contingent|garrison|detachment|battalion|base|outpost|deployment)s?\b",
    re.IGNORECASE,
)
_ON_THE = re.compile(r"\s+on\s+(?:the\s+)?")
#: A place that a force holds, named as the subject of a passive: "Baidoa is defended by
#: about 2,000 Ethiopian troops", "the town was held by some 300 fighters".
_HELD_BY_AFTER = re.compile(
    r"\s+(?:is|was|are|were|remains?|remained|has\s+been|had\s+been)\s+(?:\w+ly\s+|still\s+|now\s+)?"
    r"(?:defended|held|garrisoned|guarded|protected|patrolled|controlled|occupied|secured|"
    r"surrounded|besieged|encircled|ringed|manned|policed|infested|overrun|run)\s+by\b",
    re.IGNORECASE,
)


def _describes(text: str, lo: int, before: Mention | None, m: Mention) -> bool:
    """True when border ``m`` only says where the place named before it lies."""
    if m.place.kind != "border" or _APPOSITIVE_END.match(text, m.end) is None:
        return False
    if (  # "to the eastern province of Arauca on the border with Venezuela,"
        before is not None
        and before.place.kind == "admin1"
        and _ON_THE.fullmatch(text, before.end, m.start) is not None
    ):
        return True
    comma = text.rfind(",", lo, m.start)
    found = _DESCRIPTION.fullmatch(text, comma, m.start) if comma >= 0 else None
    if found is None:
        return False
    if found.group("noun"):  # "Nasir, a river town in ... near the border,"
        return True
    # "In Esmeraldas, on the border with Colombia,": a province's position; but "near
    # Menaka, close to the border with Niger," says where the men are
    return (
        found.group("prep").lower() in ("on", "along")
        and before is not None
        and before.place.kind in ("city", "admin1")
        and not text[before.end : comma].strip()
    )


def sentence_places(text: str, mentions: list[Mention], start: int, end: int) -> SentencePlaces:
    """The mentions of ``text[start:end]`` that can be a claim's places, in text order, each
    place once. ``mentions`` are the sentence's geocoder mentions sorted by offset."""
    kept: list[Mention] = []
    locative: set[int] = set()
    home: list[Mention] = []
    prev: Mention | None = None
    prev_verdict = (False, False)  # (excluded, locative) of the previous mention
    # a table row ("M23/AFC | about 6,000 | Bukavu, Kabare and Kalehe"): its places are
    # where its figure is, whatever words stand before them
    table_row = "|" in text[start:end]
    for m in mentions:
        listed = (
            prev is not None
            and (
                _LIST_GAP.fullmatch(text, prev.end, m.start) is not None
                or (
                    _DASH_GAP.fullmatch(text, prev.end, m.start) is not None
                    and _LINE_NOUN.match(text, m.end) is not None
                )
            )
            # not "In the Gaza Strip, Israeli military intelligence": an adjective
            and not (
                m.place.kind == "country"
                and _NOUN_NEXT.match(text, m.end)
                and is_nationality(m.text)
            )
        )
        # "from Afghanistan's Kunar province": an origin's province is an origin too
        owned_origin = (
            prev is not None
            and text[prev.end : m.start] in ("'s ", "’s ")
            and _FROM.search(text, max(start, prev.start - 40), prev.start) is not None
        )
        # "sympathisers from Bima in West Nusa Tenggara": what locates an excluded place is
        # excluded with it
        locates_excluded = (
            (
                prev is not None
                and prev_verdict[0]
                # "from Bima in West Nusa Tenggara", "from the Jalisco coast around Cihuatlán"
                and (
                    text[prev.end : m.start] in (" in ", ", ")
                    or _WITHIN_GAP.fullmatch(text, prev.end, m.start) is not None
                )
                and (_contains(m.place, prev.place) or _contains(prev.place, m.place))
            )
            or (
                # "a faction based in Colombia's Catatumbo": the place an excluded one owns
                prev is not None and prev_verdict[0] and text[prev.end : m.start] in ("'s ", "’s ")
            )
        )
        based = False
        if (listed and m.role == "location") or owned_origin or locates_excluded:
            excluded, is_locative = prev_verdict
            based = bool(home) and home[-1] is prev and prev_verdict[0]
        else:
            excluded = not_claim_place(text, m, start)
            before = text[max(start, m.start - _WINDOW) : m.start]
            # "the Frente 33, a FARC dissident faction based in Colombia's Catatumbo, operate
            # around La Fría": the group's base, a place of the claim only if none other is
            based = (
                has_any(before, _GROUP_BASED_STEMS)
                and _GROUP_BASED_BEFORE.search(before) is not None
            )
            excluded = excluded or based
            # a border phrase is a location by itself ("to reinforce its border with X"), and
            # so is a town or province naming a garrison ("reduce its Birao contingent")
            is_locative = (
                _is_locative(before)
                or m.place.kind == "border"
                or table_row
                or (
                    m.place.kind in ("city", "admin1")
                    and _GARRISON_AFTER.match(text, m.end) is not None
                )
                or (m.place.kind != "country" and _HELD_BY_AFTER.match(text, m.end) is not None)
            )
        prev, prev_verdict = m, (excluded, is_locative)
        if based and m.role == "location":
            home.append(m)
        if m.place.kind == "country" and m.role == "location":
            own = _OWN_FORCES.match(text, m.end)
            bare = not is_nationality(m.text) and _FORCES_AFTER.match(text, m.end)
            if own or bare:  # "Haiti's national police", "Haiti gangs"
                home.append(m)
        if not excluded:
            kept.append(m)
            if is_locative:
                locative.add(id(m))
    kept = [m for m in kept if not any(_elaborates(text, r, m) for r in kept if r is not m)]
    if any(m.place.kind != "city" for m in kept):
        # "along the Algeria-Niger border, west of In Guezzam", "on the Ethiopian side of the
        # border opposite Gallabat": a town the force is placed by, beside where it is
        kept = [m for m in kept if not _reference_point(text, start, m)]
    described: list[Mention] = []
    dropped: Mention | None = None
    for i, m in enumerate(kept):
        prior = kept[i - 1] if i else None
        drop = (
            _describes(text, start, prior, m)
            or (
                # "works out of Rosarito, the beach town south of Tijuana": Tijuana places
                # Rosarito
                prior is not None
                and m.place.kind == "city"
                and _APPOSITIVE_REFERENCE.fullmatch(text, prior.end, m.start) is not None
            )
            # "towards Cinkansé, the main crossing into Togo", "Druzhkivka, the next town on
            # the road to Kramatorsk and Sloviansk": where the town leads, not where men are
            or (prior is not None and _GATEWAY_TO.fullmatch(text, prior.end, m.start) is not None)
            # "near Koton Karfe, on the Lokoja–Abuja highway": the road the town is on
            or (
                prior is not None
                and prior.place.kind == "city"
                and _ON_ROAD_GAP.fullmatch(text, prior.end, m.start) is not None
                and _ROAD_AFTER.match(text, m.end) is not None
            )
            or (
                dropped is not None
                and dropped is prior
                and (
                    _LIST_GAP.fullmatch(text, prior.end, m.start) is not None
                    or _DASH_GAP.fullmatch(text, prior.end, m.start) is not None
                )
            )
        )
        if drop:
            dropped = m
        else:
            described.append(m)
    kept = described
    first: dict[str, int] = {}
    unique: list[Mention] = []
    for m in kept:
        at = first.get(m.place.id)
        if at is None:
            first[m.place.id] = len(unique)
            unique.append(m)
        elif id(m) in locative and id(unique[at]) not in locative:
            # "a third of Iraq's territory ... fighters in Iraq and Syria": the place where
            # something is, not the earlier mention of the same place
            unique[at] = m
    return SentencePlaces(unique, [m for m in unique if id(m) in locative], home)


def concern_places(
    text: str, places: list[Mention], start: int, cue_at: int | None = None
) -> list[Mention]:
    """The places of a hotspot statement, finest first except where the text says what the
    situation is about: "the security situation in the Hiiraan region remained tense after
    an attack near Beledweyne" is about Hiiraan (the town inside it is a detail), while
    "fighters could move to northern Afghanistan if the situation in Idlib deteriorates"
    keeps both."""
    about: list[Mention] = []
    for m in places:
        before = text[max(start, m.start - _WINDOW) : m.start]
        named = _is_locative(before) and _SITUATION.search(before) is not None
        if named or (about and _LIST_GAP.fullmatch(text, about[-1].end, m.start)):
            about.append(m)
    situation_named = bool(about)
    if not about and cue_at is not None:
        # "concerned about the risk of JNIM expanding into northern Ghana, where ... around
        # Bawku": the first place the concern itself governs
        stop = _CUE_SCOPE_END.search(text, cue_at)
        limit = stop.start() if stop else len(text)
        governed = [
            m
            for m in places
            if cue_at <= m.start < limit
            and _is_locative(text[max(start, m.start - _WINDOW) : m.start])
        ]
        for m in places:  # the first, and the places listed with it
            if (not about and governed and m is governed[0]) or (
                about and _LIST_GAP.fullmatch(text, about[-1].end, m.start)
            ):
                about.append(m)
    if not about:
        return most_precise(text, places)
    # besides the place whose situation it names, only places the sentence puts something
    # in: not "stakeholders from the seven North-West states described the situation in ..."
    # "fears of fighting along the India-Myanmar border in Chin State, where 30,000 people
    # have crossed into Mizoram": what follows "where" describes the place, it adds none
    where = _WHERE.search(text, about[-1].end)
    detail_from = where.start() if where else len(text)
    rest = [
        m
        for m in places
        if m not in about
        and m.start < detail_from
        and not any(_contains(a.place, m.place) for a in about)
        and (not situation_named or _is_locative(text[max(start, m.start - _WINDOW) : m.start]))
    ]
    return most_precise(text, about + rest)


_WHERE = re.compile(r",\s*where\b")
_CUE_SCOPE_END = re.compile(r"[;:.]|,\s*(?:where|which|as|while|but|and)\b|\s[—–]\s")


def towns_as_provinces(mentions: list[Mention]) -> list[Mention]:
    """Each town as the province containing it (other places as they are), once each: what a
    figure takes from an earlier sentence when its own place is one the data lacks."""
    from dashboard.geo.gazetteer import make_place

    out: dict[str, Mention] = {}
    for m in mentions:
        province = None
        if m.place.kind == "city" and len(m.place.admin1) == 1:
            province = make_place("admin1", m.place.admin1[0])
        if province is not None:
            m = Mention(province, m.text, m.start, m.end, m.role)
        out.setdefault(m.place.id, m)
    return list(out.values())


def subset_start(text: str, lo: int, hi: int) -> int:
    """Offset of the first subset cue ("mostly", "most of them") in ``text[lo:hi]``, or ``hi``."""
    m = _SUBSET.search(text, lo, hi)
    return m.start() if m else hi


def most_precise(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a place that merely contains another of the list ("Afghanistan" when
    "Kunduz" is named), unless the text claims it too ("and elsewhere in Afghanistan")."""
    out: list[Mention] = []
    for m in mentions:
        wider = any(_contains(m.place, o.place) for o in mentions if o is not m)
        # "across Nigeria's North-West" claims the North-West, not all Nigeria
        owner = text.startswith(("'s ", "’s "), m.end) or (  # "the Iraqi provinces of"
            m.place.kind == "country" and is_nationality(m.text)
        )
        if wider and (owner or not _ALSO_CLAIMED.search(text, max(0, m.start - 40), m.start)):
            continue
        if all(o.place.id != m.place.id for o in out):
            out.append(m)
    return out


def _implied_border(focus: str | None, countries: Mapping[str, int]) -> Place | None:
    """The border of the article's country with the neighbour it names most, when no
    border has been named: what "the border" means in a story about two neighbours."""
    if focus is None:
        return None
    from dashboard.geo import features
    from dashboard.geo.gazetteer import make_place

    near = features.neighbour_map().get(focus, frozenset())
    named = [(n, cc) for cc, n in countries.items() if cc in near]
    if not named:
        return None
    _n, other = max(named)
    return make_place("border", features.border_id(focus, other))


def direction_references(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every "the north", "the eastern provinces" in ``text[start:end]`` ("towards the south
    and the east" names two parts)."""
    return [
        m
        for pattern, kind in _BACK_REFS
        if kind == "direction"
        for m in pattern.finditer(text, start, end)
        if not _GOVERNMENT_CENTRE.search(m.group())
    ]


_GOVERNMENT_CENTRE = re.compile(r"\bCent(?:re|er)\b")


def back_reference(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The first back-reference in ``text[start:end]`` and the kind of place it wants."""
    m = _ANY_BACK_REF.search(text, start, end)
    while m is not None and _GOVERNMENT_CENTRE.search(m.group()):
        m = _ANY_BACK_REF.search(text, m.end(), end)  # "The Centre is sending": New Delhi
    if m is None or m.lastgroup is None:
        return None
    pattern, kind = _BACK_REFS[int(m.lastgroup[1:])]
    if kind == "government":  # "the army deployed 6,000 troops to the northwest": the north-west
        later = back_reference(text, m.end(), end)
        if later is not None:
            return later
        kind = "country"
    return kind, pattern.match(text, m.start(), end) or m


def referred_places(
    earlier: list[Mention],
    kind: str,
    phrase: re.Match[str] | None,
    *,
    focus: str | None = None,
    last: dict[str, Mention] | None = None,
    countries: Mapping[str, int] | None = None,
) -> list[Mention]:
    """The places a back-reference of ``kind`` (see :data:`~dashboard.extract.cues.BACK_REFERENCES`)
    means.

    "the country" is the country the article has named most so far (``focus``) and "in the
    north" a part of it, each as a mention of the phrase itself; "the province", "the region"
    and "the opposite side of the border" are the last place of that kind (``last``).
    Anything else ("there", "these districts") keeps the earlier places.
    """
    last = last or {}
    if kind == "border" and "border" not in last and phrase is not None:
        implied = _implied_border(focus, countries or {})
        if implied is not None:  # "near the border" in an article about Lebanon and Israel
            return [Mention(implied, phrase.group(), phrase.start(), phrase.end(), "location")]
    if kind in ("admin1", "border", "region"):
        found = last.get(kind) or (last.get("admin1") if kind == "region" else None)
        if (
            kind == "region"
            and "admin1-region" in last
            and ("region" not in last or "region" not in last["region"].text.lower())
        ):
            # "the Maradi region ... raids from Katsina and Zamfara states ... the region":
            # the province named a region, not the last province, nor a part of the country
            # named without the word ("Koulikoro region ... northern Mali ... the region")
            found = last["admin1-region"]
        province = last.get("admin1")
        # "the Bari region of Puntland … in the region": the province inside the region, when
        # named after it ("in Kossi province ... in the Boucle du Mouhoun ... in the region" is
        # the Boucle du Mouhoun)
        if (
            kind == "region"
            and found is not None
            and province is not None
            and set(province.place.admin1) <= set(found.place.admin1)
            and (province.start > found.start or "region" in province.text.lower())
            and "province" not in province.text.lower()  # "Kossi province" is no region
        ):
            found = province
        return [found] if found is not None else earlier
    if kind not in ("country", "direction"):
        return earlier
    codes = {cc for m in earlier for cc in m.place.countries}
    code = focus or (codes.pop() if len(codes) == 1 else None)
    if code is None or phrase is None:
        return earlier
    from dashboard.geo.gazetteer import make_place

    if kind == "direction":
        from dashboard.geo.regions import direction_key

        words = phrase.group().lower().split()
        # the direction word: "the north", "the eastern provinces", "and the south"
        direction = next((d for w in words[1:] if (d := direction_key(w))), None)
        if any(w in ("centre", "center") for w in words[1:2]):
            direction = "central"
        place = make_place("region", f"{code}-{direction}") if direction else None
    else:
        same = [m for m in earlier if m.place.kind == "country" and m.place.countries == (code,)]
        if same:
            return same[:1]
        place = make_place("country", code)
    if place is None:
        return earlier
    return [Mention(place, phrase.group(), phrase.start(), phrase.end(), "location")]


#: "near the border", "along the frontier": a border the sentence does not name.
_BARE_BORDER = re.compile(
    # "on its side of the border": the border, whatever reference point follows
    r"\b(?:on|from)\s+(?:its|their|our|his|this|that|either|both|the\s+[\w'’\-]+)\s+sides?\s+"
    r"of\s+the\s+(border|frontier)\b(?!\s+(?:with|between|of)\b|-)|"
    r"\b(?:near|along|close\s+to)\s+the\s+(border|frontier)\b"
    r"(?!\s+(?:with|between|of|region|regions|areas?|zones?|guards?|police|posts?|crossings?|"
    r"towns?|villages?|districts?|provinces?|states?|wall|fence|line)\b|-)"
    # not where a place follows ("near the border in Kunar"): that place says where
    r"(?!,?\s+(?:in|at|of|around|near)\s+(?:the\s+)?[A-Z])"
)


def bare_borders(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions for "near the border" in an article that names one border and no other: the
    border it names ("the Mali border ... Gendarmes at Adel Bagrou, near the border").
    Articles naming two borders or none leave the phrase unresolved."""
    if "border" not in text and "frontier" not in text:
        return []
    borders = {m.place.id: m.place for m in mentions if m.place.kind == "border"}
    if len(borders) != 1:
        return []
    (place,) = borders.values()
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for b in _BARE_BORDER.finditer(text):
        word = 1 if b.start(1) >= 0 else 2
        start, end = b.start(word), b.end(word)
        if not any(s < end and start < e for s, e in taken):
            out.append(Mention(place, text[start:end], start, end, "location"))
    return out
