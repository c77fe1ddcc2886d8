"""Find the places an article names and resolve each to the geometry the text means.

Three passes over the text:

1. *Names*: word n-grams (up to six words, joined across spaces and hyphens) are looked up
   in the gazetteer; the longest match wins, so "Central Asia" never yields "Asia".
2. *Phrases*: around the names, patterns turn "Tajik-Afghan border" into the border line,
   "northern Afghanistan" / "the north-western provinces" into a part of a country,
   "X's southern border" into the border segments on that side, "Kunduz province" into the
   province, and spans inside organisation names into role "in-name".
3. *Resolution*: an article-level context (how often each country is named, the dateline,
   explicit qualifiers such as "Afghan Badakhshan", type words) scores the candidates of
   every ambiguous name; each mention keeps its score and the alternatives it beat.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace
from functools import cache

from dashboard.geo import data, regions
from dashboard.geo.gazetteer import (
    ABBREVIATION_KEYS,
    Candidate,
    Gazetteer,
    city_prior,
    gazetteer,
    make_place,
)
from dashboard.geo.names import fold
from dashboard.model import Alternative, Mention, Place, Role

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z\u00C0-\u00DE][^\W\d_]*(?:['’][^\W\d_]+)*)"
_LOWER_JOIN = (
    r"(?:of|and|the|de|del|al|el|la|ad|as|an|ash|ar|az|es|ul|ur|da|do|dos|das|i|e|basin|"
    r"region|valley|peninsula|belt|areas)"
)
_GAP = r"(?:[ \t]{1,2}|[ \t]?[-‐‑–][ \t]?)"
#: A run of capitalised words, joined by spaces or hyphens, with the lower-case words
#: names may contain ("Bosnia and Herzegovina", "Lake Chad basin"): names live inside runs.
_RUN = re.compile(rf"(?<![\w'’]){_CAP}(?:{_GAP}(?:{_CAP}|{_LOWER_JOIN}\b))*")
_TITLE_HINT = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Prof|Rev|President|Minister|"
    r"Senator|Governor|General|Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh|Mullah|Imam|"
    r"Commander|Chancellor|Ambassador|Secretary)\b"
)
_Tok = tuple[int, int, str]
#: Words any phrase pattern needs nearby; spans with none of them skip the phrase checks.
_HINT_WORDS = [
    "border",
    "frontier",
    "boundary",
    "north",
    "south",
    "east",
    "west",
    "upper",
    "lower",
    "central",
    "centre",
    "center",
    "province",
    "region",
    "state",
    "oblast",
    "governorate",
    "wilayat",
    "velayat",
    "viloyat",
    "department",
    "city",
    "town",
    "village",
    "capital",
    "movement",
    "front",
    "army",
    "emirate",
    "party",
    "union",
    "council",
    "brigade",
    "battalion",
    "force",
    "organi",
    "group",
    "alliance",
    "taliban",
    "mujahideen",
    "jama",
    "congress",
    "ministry",
    "embassy",
    "university",
    "bank",
    "airlines",
    "times",
    "post",
    "news",
    "institute",
    "agency",
    "company",
    "corporation",
    "liberation",
    "revolutionary",
    "democratic",
    "patriotic",
    "national",
    "people",
    "united",
]


def _hint_positions(text: str) -> list[int]:
    """Sorted offsets of the phrase keywords (str.find in C beats a big regex alternation)."""
    low = text.lower()
    out: list[int] = []
    for word in _HINT_WORDS:
        i = low.find(word)
        while i != -1:
            out.append(i)
            i = low.find(word, i + 1)
    out.sort()
    return out


#: Words that are names of places somewhere but, standing alone, are English words.
COMMON = frozenset(
    fold(w)
    for w in [
        "a",
        "about",
        "above",
        "across",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "august",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "central",
        "city",
        "coast",
        "could",
        "day",
        "did",
        "do",
        "does",
        "down",
        "during",
        "each",
        "east",
        "eastern",
        "even",
        "every",
        "few",
        "for",
        "from",
        "further",
        "general",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "last",
        "later",
        "like",
        "made",
        "man",
        "many",
        "march",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "near",
        "new",
        "next",
        "no",
        "north",
        "northern",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "per",
        "police",
        "president",
        "said",
        "same",
        "say",
        "says",
        "see",
        "she",
        "should",
        "since",
        "so",
        "some",
        "south",
        "southern",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "well",
        "were",
        "west",
        "western",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "would",
        "you",
        "your",
        "mrs",
        "mr",
        "ms",
        "dr",
        "st",
        "mt",
        "ft",
        "gov",
        "sen",
        "rep",
        "rev",
        "gen",
        "col",
        "capt",
        "nov",
        "dec",
        "oct",
        "sept",
        "aug",
        "jan",
        "feb",
        "det",
        "sgt",
        "lt",
        "cpl",
        "pte",
        "maj",
        "insp",
        "supt",
        "const",
        "cmdr",
        "adm",
        "hon",
        "white",
        "house",
        "kremlin",
        "pentagon",
        "capitol",
        "xinhua",
        "reuters",
        "tass",
        "interfax",
        "anadolu",
        "sputnik",
        "ahram",
        "irna",
        "isna",
        "afp",
        "bernama",
        "yonhap",
        "kyodo",
        "tolo",
        "pajhwok",
        "mobile",
        "victoria",
        "hope",
        "union",
        "liberty",
        "independence",
        "unity",
        "progress",
        "reading",
        "bath",
        "deal",
        "split",
        "nice",
        "bar",
        "most",
        "male",
        "female",
        "sale",
        "orange",
        "lincoln",
        "jackson",
        "washington",
        "houston",
        "austin",
        "regina",
        "florence",
        "sydney",
        "adelaide",
        "chelsea",
        "charlotte",
        "georgetown",
        "mission",
        "paradise",
        "eden",
        "goodwill",
        "golden",
        "justice",
        "salvation",
        "freedom",
        "republic",
        "kingdom",
        "state",
        "states",
        "province",
        "provinces",
        "region",
        "regions",
        "district",
        "districts",
        "capital",
        "minister",
        "ministry",
        "army",
        "navy",
        "police",
        "border",
        "borders",
        "friday",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "january",
        "february",
        "april",
        "june",
        "july",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "parliament",
        "government",
        "security",
        "defense",
        "defence",
        "interior",
        "foreign",
        "affairs",
        "news",
        "press",
        "agency",
        "council",
        "assembly",
        "national",
        "international",
        "federal",
        "islamic",
        "islam",
        "muslim",
        "christian",
        "media",
        "world",
        "global",
        "trade",
        "forces",
        "force",
        "group",
        "groups",
        "militants",
        "fighters",
        "troops",
        "soldiers",
        "commander",
        "commanders",
        "president",
        "premier",
        "prime",
        "chief",
        "director",
        "department",
        "office",
        "court",
        "supreme",
        "high",
        "asia",
        "africa",
        "europe",
        "oceania",
        "middle",
    ]
)
#: Multi-word names that are institutions or landmarks, not the towns of the same name.
BLOCKED = frozenset(
    fold(w)
    for w in (
        "White House",
        "Capitol Hill",
        "Wall Street",
        "Downing Street",
        "Scotland Yard",
        "New York Times",
        "Red Cross",
        "Red Crescent",
        "Security Council",
        "Foggy Bottom",
        "Silicon Valley",
        "Hollywood",
    )
)
#: Given names that are also places: skipped when a capitalised surname follows.
GIVEN_NAMES = frozenset(
    fold(w)
    for w in [
        "chad",
        "jordan",
        "georgia",
        "israel",
        "kenya",
        "victoria",
        "paris",
        "florence",
        "austin",
        "lincoln",
        "jackson",
        "houston",
        "sydney",
        "adelaide",
        "chelsea",
        "charlotte",
        "regina",
        "india",
        "china",
        "tyler",
        "dakota",
        "savannah",
        "sierra",
        "asia",
        "africa",
        "america",
        "trinidad",
    ]
)
#: Words after a name that make it a place, not part of a person's or organisation's name.
GEO_WORDS = frozenset(
    [
        "province",
        "provinces",
        "region",
        "regions",
        "state",
        "oblast",
        "governorate",
        "district",
        "districts",
        "city",
        "town",
        "village",
        "valley",
        "river",
        "border",
        "frontier",
        "line",
        "area",
        "areas",
        "territory",
        "territories",
        "county",
        "prefecture",
        "department",
        "division",
        "zone",
        "mountains",
    ]
)
_ADMIN_WORDS = (
    "province|provinces|region|state|oblast|governorate|wilayat|velayat|viloyat|department"
)
_CITY_WORDS = "city|town|village|capital"
_DIR = (
    r"(?:north|south|east|west|upper|lower)(?:[\s-]?(?:east|west))?(?:ern)?|central|centre|center"
)
_DIR_BEFORE = re.compile(rf"(?i)\b(?:the\s+)?({_DIR})(?:\s+parts?\s+of|\s+of)?\s+$")
_DIR_THE_OF = re.compile(rf"(?i)\bthe\s+({_DIR})\s+of\s+$")
_DIR_AFTER = re.compile(
    rf"(?i)^['’]s\s+({_DIR})(?:\s+(provinces?|regions?|parts?|areas?|districts?|territor(?:y|ies)|border))?\b"
)
_DIR_STANDALONE = re.compile(
    rf"(?i)\bthe\s+({_DIR})\s+(provinces|regions|areas|parts|districts|territories)\b"
)
_BORDER_WORD = re.compile(r"(?i)^\s*(?:border|borders|frontier|boundary)\b")
_BORDER_JOIN = re.compile(r"^\s*(?:[-‐‑–—/]|and)\s*$", re.IGNORECASE)
_BORDER_BETWEEN = re.compile(r"(?i)\b(?:border|frontier|boundary)\s+(?:between|of)\s+$")
_BORDER_WITH_AFTER = re.compile(
    r"(?i)^['’]s\s+(?:(?:common|shared|porous|long)\s+)?(?:border|frontier)\s+with\s+$"
)
_BORDER_WITH = re.compile(
    r"(?i)\b(?:the|its|their|our)\s+(?:(?:common|shared|porous|long)\s+)?(?:border|frontier)\s+with\s+$"
)
_ADMIN_AFTER = re.compile(rf"(?i)^\s+(?:{_ADMIN_WORDS})\b")
_ADMIN_BEFORE = re.compile(rf"(?i)\b(?:{_ADMIN_WORDS})\s+of\s+$")
_CITY_BEFORE = re.compile(rf"(?i)\b(?:{_CITY_WORDS})\s+of\s+$")
_CITY_AFTER = re.compile(r"(?i)^\s+city\b")
_TITLE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Prof|Rev|President|Minister|"
    r"Senator|Governor|General|Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh|Mullah|Imam|"
    r"Commander|Chancellor|Ambassador|Secretary)\.?\s+(?:([A-Z][a-z]+)\s+)?([A-Z][\w'’-]+)"
)
_NAMED_LINES = {
    "durand line": "AF-PK",
    "line of control": "IN-PK",
    "loc": "IN-PK",
    "blue line": "IL-LB",
}
_NAMED_LINE_RE = re.compile(r"\b(Durand Line|Line of Control|Blue Line)\b")
#: Organisation-name frames: a place after these words is part of a name, not a location.
_ORG_BEFORE = re.compile(
    r"(?:Islamic|Liberation|Revolutionary|Democratic|Patriotic|National|People['’]s|United)?\s*"
    r"(?:Movement|Front|Army|State|Emirate|Party|Union|Council|Brigades?|Battalions?|Force|Forces|"
    r"Organi[sz]ation|Group|Alliance|Taliban|Mujahideen|Jamaat|Jama['’]at|Congress|Ministry|"
    r"Embassy|University|Bank|Airlines|Times|Post|News|Institute|Agency|Company|Corporation)"
    r"\s+(?:of|in|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+(?:the\s+)?)?)*$"
)
_ORG_AFTER = re.compile(
    r"^[\s-]+(?:Province|Wilayat)\b(?=\s*(?:\(|,|\.|\s+(?:of|branch|group|militants|fighters|affiliate)\b))"
)


@dataclass(slots=True)
class _Span:
    """A raw match of a name before resolution."""

    start: int
    end: int
    text: str
    cands: list[Candidate]
    first_token: int
    last_token: int
    possessive: bool = False
    role: Role = "location"
    force: Place | None = None  # phrase passes set the place directly
    prefer: str | None = None  # "admin1" | "city" from type words
    country_hint: str | None = None  # from "Afghan Badakhshan" / "Tajikistan's Badakhshan"
    absorbed: bool = False  # part of a longer phrase mention
    extra: list[str] = field(default_factory=list)


class Geocoder:
    """Offline geoparser over the bundled gazetteer. Build once (``get_geocoder()``)."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self._provinces: dict[str, float] = {}

    # ---- public interface --------------------------------------------------------------
    def places(self, text: str) -> list[Mention]:
        """Every place mention in ``text``, resolved; never raises on any input string."""
        if not isinstance(text, str) or not text:
            return []
        try:
            return self._places(text)
        except RecursionError:  # pragma: no cover - pathological input
            return []

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        """The best match for a place name or phrase ("Tajik-Afghan border", "Kunduz")."""
        if not query or not query.strip():
            return None
        row = data.country(country) if country else None
        context = f"{row['name']}. " if row is not None else ""
        mentions = self._places(context + query, focus=country.upper() if country else None)
        mentions = [m for m in mentions if m.start >= len(context)]
        if not mentions:
            return None
        # the mention covering most of the query is what the user asked for
        best = max(mentions, key=lambda m: (m.end - m.start, m.place.score))
        return best.place

    # ---- pass 1: names -----------------------------------------------------------------
    def _names(self, text: str) -> list[_Span]:
        """Pass 1: longest gazetteer names within runs of capitalised words."""
        surnames: set[str] = set()
        people: set[str] = set()
        if _TITLE_HINT.search(text):
            for m in _TITLE_NAME.finditer(text):
                surnames.add(fold(m.group(2)))
                people.update(fold(x) for x in m.groups() if x)
        spans: list[_Span] = []
        gaz = self.gaz
        for run in _RUN.finditer(text):
            tokens = [
                (t.start(), t.end(), t.group())
                for t in _TOKEN.finditer(text, run.start(), run.end())
            ]
            i, n = 0, len(tokens)
            while i < n:
                best = self._longest(text, tokens, i)
                if best is None:
                    i += 1
                    continue
                key = fold(best.text)
                single = best.first_token == best.last_token
                skip = key in BLOCKED or (
                    single
                    and (
                        (key in people and not _is_country_name(gaz.lookup(key)))
                        or (key in surnames and _small_towns_only(gaz.lookup(key)))
                    )
                )
                if not skip and self._acceptable(best, text, tokens, surnames):
                    best.cands = gaz.lookup(fold(best.text))
                    if best.cands:
                        spans.append(best)
                        i = best.last_token + 1
                        continue
                i = best.last_token + 1 if skip else i + 1
        return spans

    def _longest(self, text: str, tokens: list[_Tok], i: int) -> _Span | None:
        """The longest name starting at token ``i`` (capitalised first and last word)."""
        gaz = self.gaz
        start = tokens[i][0]
        if not tokens[i][2][:1].isupper():
            return None
        best: _Span | None = None
        parts: list[str] = []
        for j in range(i, min(len(tokens), i + gaz.max_words)):
            _s, e, w = tokens[j]
            poss = w.endswith(("'s", "’s", "'S", "’S"))
            if poss:
                w = w[:-2]
                e -= 2
            parts.append(fold(w))
            key = " ".join(parts)
            if key in gaz and (j == i or w[:1].isupper() or gaz.is_region_name(key)):
                best = _Span(start, e, text[start:e], [], i, j, poss)
            if poss or not gaz.may_continue(key):
                break
        return best

    def _acceptable(self, span: _Span, text: str, tokens: list[_Tok], surnames: set[str]) -> bool:
        """Reject common words, lone letters and first names standing in for places."""
        key = fold(span.text)
        single = span.first_token == span.last_token
        raw = span.text
        if key in ABBREVIATION_KEYS:
            dotted = "." in raw or text.startswith(".", span.end)
            if dotted and not text.startswith(".", span.end - 1):
                span.end += 1
                span.text = text[span.start : span.end]
            return dotted
        if len(key) < 2 or (single and len(key) < 3 and not raw.isupper()):
            return False
        if single and raw.isupper() and "." not in raw:
            # all-caps words are acronyms (NATO, TASS, IS) unless the line is in capitals
            # (a headline), the word opens a dateline ("MOSCOW, ..."), or it is a known code
            if key in ACRONYMS:
                return True
            if not (_shouting(text, span.start) or _dateline(text, span.start, span.end)):
                return False
        if single and key in COMMON:
            return False
        if not single:
            return True
        if span.first_token > 0 and _small_towns_only(self.gaz.lookup(key)):
            p_start, p_end, p_word = tokens[span.first_token - 1]
            pkey = fold(p_word)
            if (
                text[p_end : span.start] == " "
                and not (_sentence_start(text, p_start) and pkey in COMMON)
                and (
                    pkey in GIVEN_NAMES
                    or self.gaz.is_person_name(pkey)
                    or pkey not in self._place_words(p_word)
                )
            ):
                surnames.add(key)  # later "Smith said" is the same person
                return False  # "Chad Smith", "Zamir Kabulov": a surname, not a town
        if key in GIVEN_NAMES and span.last_token + 1 < len(tokens):
            n_start, _n_end, n_word = tokens[span.last_token + 1]
            if text[span.end : n_start] == " " and fold(n_word) not in GEO_WORDS:
                return False  # "Chad Smith", "Jordan Henderson"
        return True

    def _place_words(self, word: str) -> set[str]:
        """The folded word when it is itself a place name or adjective, else empty."""
        key = fold(_POSSESSIVE.sub("", word))
        return {key} if key in self.gaz or regions.direction_key(word) else set()

    # ---- pass 2: phrases ---------------------------------------------------------------
    def _phrases(
        self, text: str, spans: list[_Span], focus: str | None, ctx: dict[str, float]
    ) -> list[_Span]:
        out: list[_Span] = []
        # named lines ("Durand Line")
        for m in _NAMED_LINE_RE.finditer(text):
            place = make_place("border", _NAMED_LINES[fold(m.group(1))])
            if place:
                out.append(_Span(m.start(), m.end(), m.group(), [], -1, -1, force=place))
        hints = _hint_positions(text)
        k = 0
        while k < len(spans):
            s = spans[k]
            countries = _country_codes(s)
            if not _near(hints, s.start - 120, s.end + 60):
                _qualify(text, spans, k, countries)  # no keyword nearby: no phrase to find
                k += 1
                continue
            before = text[max(0, s.start - 60) : s.start]
            after = text[s.end : s.end + 60]
            # "X-Y border", "X and Y border"
            if countries and k + 1 < len(spans):
                nxt = spans[k + 1]
                ncountries = _country_codes(nxt)
                gap = text[s.end : nxt.start]
                if ncountries and _BORDER_JOIN.match(gap):
                    bm = _BORDER_WORD.match(text[nxt.end : nxt.end + 20])
                    pair = _pick_border(countries, ncountries)
                    if bm and pair:
                        end = nxt.end + bm.end()
                        place = make_place("border", data.border_code(*pair))
                        if place:
                            s.absorbed = nxt.absorbed = True
                            out.append(
                                _Span(s.start, end, text[s.start : end], [], -1, -1, force=place)
                            )
                            k += 2
                            continue
            # "the border between X and Y", "the border of X with Y"
            bb = _BORDER_BETWEEN.search(before)
            if countries and bb and k + 1 < len(spans):
                nxt = spans[k + 1]
                pair = _pick_border(countries, _country_codes(nxt))
                if pair and re.fullmatch(
                    r"\s*(?:and|with|[-–/])\s*(?:the\s+)?", text[s.end : nxt.start], re.I
                ):
                    place = make_place("border", data.border_code(*pair))
                    if place:
                        start = s.start - (len(before) - bb.start())
                        s.absorbed = nxt.absorbed = True
                        out.append(
                            _Span(start, nxt.end, text[start : nxt.end], [], -1, -1, force=place)
                        )
                        k += 2
                        continue
            # "X's border with Y"
            if countries and s.possessive and k + 1 < len(spans):
                nxt = spans[k + 1]
                between = text[s.end : nxt.start]
                if _BORDER_WITH_AFTER.match(between):
                    pair = _pick_border(countries, _country_codes(nxt))
                    if pair:
                        place = make_place("border", data.border_code(*pair))
                        if place:
                            s.absorbed = nxt.absorbed = True
                            out.append(
                                _Span(
                                    s.start,
                                    nxt.end,
                                    text[s.start : nxt.end],
                                    [],
                                    -1,
                                    -1,
                                    force=place,
                                )
                            )
                            k += 2
                            continue
            # "the border with Y" (X is the article's focus country)
            bw = _BORDER_WITH.search(before)
            home = _focus_other_than(ctx, countries) if bw and countries else None
            if countries and bw and home:
                pair = _pick_border([home], countries)
                if pair and pair[0] != pair[1]:
                    place = make_place("border", data.border_code(*pair))
                    if place:
                        start = s.start - (len(before) - bw.start())
                        s.absorbed = True
                        out.append(
                            _Span(start, s.end, text[start : s.end], [], -1, -1, force=place)
                        )
                        k += 1
                        continue
            # "X's southern border" / "X's north-western provinces" / "X's north"
            da = (
                _DIR_AFTER.match(text[s.end : s.end + 60])
                if s.possessive or after[:2] in ("'s", "’s")
                else None
            )
            if countries and da:
                direction = regions.direction_key(da.group(1))
                noun = (da.group(2) or "").lower()
                cc = countries[0]
                if direction and noun == "border":
                    place = (
                        make_place("border", f"{cc}-{direction}")
                        if direction in regions.AXES
                        else None
                    )
                else:
                    reg = regions.part(cc, direction) if direction else None
                    place = make_place("region", reg.key) if reg else None
                if place:
                    end = s.end + da.end()
                    s.absorbed = True
                    out.append(_Span(s.start, end, text[s.start : end], [], -1, -1, force=place))
                    k += 1
                    continue
            # "northern Afghanistan", "the north of Afghanistan", "north-eastern Nigeria"
            db = _DIR_BEFORE.search(before) or _DIR_THE_OF.search(before)
            if countries and db and _is_country_like(s):
                direction = regions.direction_key(db.group(1))
                reg = regions.part(countries[0], direction) if direction else None
                place = make_place("region", reg.key) if reg else None
                if place:
                    start = s.start - (len(before) - db.start())
                    end = s.end
                    am = re.match(r"(?i)\s+(provinces|regions|areas|parts|districts)\b", after)
                    if am:
                        end += am.end()
                    s.absorbed = True
                    out.append(_Span(start, end, text[start:end], [], -1, -1, force=place))
                    k += 1
                    continue
            # type words and qualifiers narrow the candidates
            if _ADMIN_AFTER.match(after) or _ADMIN_BEFORE.search(before):
                s.prefer = "admin1"
                am = _ADMIN_AFTER.match(after)
                if am and any(c.kind == "admin1" for c in s.cands):
                    s.end += am.end()
                    s.text = text[s.start : s.end]
            elif _CITY_BEFORE.search(before) or _CITY_AFTER.match(after):
                s.prefer = "city"
            _qualify(text, spans, k, countries)
            # organisation names: "Islamic Movement of Uzbekistan", "Khorasan Province"
            if _ORG_BEFORE.search(text[max(0, s.start - 120) : s.start]) or _ORG_AFTER.match(after):
                s.role = "in-name"
            k += 1
        # "the north-western provinces" with no country named: the article's focus country
        if focus:
            taken = [(o.start, o.end) for o in out] + [(s.start, s.end) for s in spans]
            for m in _DIR_STANDALONE.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                direction = regions.direction_key(m.group(1))
                reg = regions.part(focus, direction) if direction else None
                place = make_place("region", reg.key) if reg else None
                if place:
                    out.append(_Span(m.start(), m.end(), m.group(), [], -1, -1, force=place))
        return out

    # ---- pass 3: resolution ------------------------------------------------------------
    def _context(self, text: str, spans: list[_Span]) -> tuple[dict[str, float], str | None]:
        ctx: dict[str, float] = {}
        provinces: dict[str, float] = {}
        for s in spans:
            if s.role == "in-name":
                continue
            adm = {c.admin1 for c in s.cands if c.kind == "admin1"}
            if len(adm) == 1 and len(s.text) > 3:
                code = next(iter(adm))
                provinces[code] = provinces.get(code, 0.0) + 1.0
            countries = {c.country for c in s.cands}  # "" for a multi-country region
            if "" in countries or len(countries) != 1:
                continue
            cc = next(iter(countries))
            ctx[cc] = ctx.get(cc, 0.0) + _context_weight(s.cands)
        self._provinces = provinces
        head = text[:120]
        dm = re.match(r"\s*([A-Z][A-Za-z' -]{2,30}?),", head)
        if dm:
            for c in self.gaz.lookup(fold(dm.group(1))):
                if c.kind == "city" and c.population > 100_000:
                    ctx[c.country] = ctx.get(c.country, 0.0) + 0.5
        focus = max(ctx, key=lambda cc: ctx[cc]) if ctx else None
        return ctx, focus

    def _resolve(self, s: _Span, ctx: dict[str, float], focus: str | None) -> Place | None:
        if s.force is not None:
            return replace(s.force, score=1.0)
        total = sum(ctx.values()) or 1.0
        neighbours = set()
        if focus:
            neighbours = set(data._neighbour_map().get(focus, ()))
        scored: list[tuple[float, Candidate]] = []
        single = " " not in s.text.strip() and "-" not in s.text
        key = fold(s.text)
        zipf = self.gaz.zipf(key) if single else 0.0
        person = single and self.gaz.is_person_name(key)
        for c in s.cands:
            if c.kind in ("country", "demonym"):
                base = 1.0
            elif c.kind == "region":
                base = 1.1
            elif c.kind == "admin1":
                base = 0.75
            else:
                base = city_prior(c.population)
            share = ctx.get(c.country, 0.0) / total if c.country else 0.0
            score = base + 1.5 * share
            if c.country and c.country in neighbours:
                score += 0.15
            if s.country_hint:
                score += 2.0 if c.country == s.country_hint else -2.0
            if s.prefer == c.kind or (s.prefer == "admin1" and c.kind == "region"):
                score += 1.0
            if c.kind == "city" and c.admin1 and self._provinces.get(c.admin1):
                score += 0.8  # "London" in an article that names Ontario
            if c.kind == "city" and c.population < 100_000 and s.prefer != "city" and single:
                # a small town needs more than its name when the name is also a common
                # word or a person's name ("Street", "Olympic", "Murphy", "Steele")
                if zipf >= 4.0 or (person and not self._provinces.get(c.admin1)):
                    continue
                if c.alt and zipf >= 3.0:
                    continue
            if (
                c.kind == "admin1"
                and single
                and share == 0
                and s.prefer != "admin1"
                and (zipf >= 4.0 or (c.alt and zipf >= 3.0))
            ):
                continue  # "Centre", "Unite", "County" in an article about elsewhere
            if c.alt and c.kind in ("city", "admin1") and share == 0:
                score -= 0.4  # an alternate name in an article about somewhere else
            if c.kind == "city":
                if share == 0 and c.population < 15_000:
                    score -= 1.0 if single else 0.5
                if share == 0 and c.population < 100_000:
                    score -= 0.2
                if zipf >= 4.0 and c.population < 1_000_000 and s.prefer != "city":
                    score -= 0.8 * (zipf - 3.5)  # "Christmas", "Street", "University"
                if person and c.population < 500_000 and s.prefer != "city":
                    score -= 0.6  # "Clinton", "Murphy"
            elif c.kind == "admin1" and person and share == 0 and s.prefer != "admin1":
                score -= 0.6  # "Vladimir", "Paul"
            scored.append((score, c))
        if not scored:
            return None
        # a province and its same-named capital ("Kunduz", "Quebec", "New York"): the
        # province, unless a type word asked for the city
        provinces_named = {c.ref for _, c in scored if c.kind == "admin1"}
        if s.prefer != "city":
            scored = [
                (sc - (0.6 if c.kind == "city" and c.admin1 in provinces_named else 0.0), c)
                for sc, c in scored
            ]
        # a city-state's city and country share a name: the country wins ("Singapore")
        countries_named = {c.ref for _, c in scored if c.kind in ("country", "demonym")}
        scored = [
            (sc - (0.5 if c.kind == "city" and c.country in countries_named else 0.0), c)
            for sc, c in scored
        ]
        scored.sort(key=lambda sc: (-sc[0], _kind_rank(sc[1].kind), -sc[1].population, sc[1].ref))
        # one alternative per place id (a province and its demonym are the same country)
        seen: set[str] = set()
        uniq: list[tuple[float, Candidate]] = []
        for sc, c in scored:
            if c.place_id not in seen:
                seen.add(c.place_id)
                uniq.append((sc, c))
        best_score, best = uniq[0]
        if best.kind == "city" and best_score < 0.3:
            return None
        if best.kind == "admin1" and best_score < 0.3:
            return None
        exps = [math.exp(2.0 * (sc - best_score)) for sc, _ in uniq]
        norm = sum(exps)
        place = make_place(best.kind, best.ref)
        if place is None:
            return None
        alts = []
        for (_sc, c), e in zip(uniq[1:6], exps[1:6], strict=False):
            alt_place = make_place(c.kind, c.ref)
            if alt_place is not None:
                alts.append(Alternative(alt_place.id, alt_place.name, round(e / norm, 3)))
        return replace(place, score=round(exps[0] / norm, 3), alternatives=tuple(alts))

    def _places(self, text: str, focus: str | None = None) -> list[Mention]:
        spans = self._names(text)
        spans = _mark_group_names(text, spans)
        ctx, ctx_focus = self._context(text, spans)
        focus = focus or ctx_focus
        phrases = self._phrases(text, spans, focus, ctx)
        mentions: list[Mention] = []
        for s in [*spans, *phrases]:
            if s.absorbed:
                continue
            place = self._resolve(s, ctx, focus)
            if place is not None:
                mentions.append(Mention(place, text[s.start : s.end], s.start, s.end, s.role))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return _drop_nested(mentions)


def _mark_group_names(text: str, spans: list[_Span]) -> list[_Span]:
    """Names inside armed-group names: "in-name" (Uzbekistan in IMU) or dropped (Taliban)."""
    from dashboard.extract.groups import find_groups

    groups = [(g.start, g.end) for g in find_groups(text)]
    if not groups:
        return spans
    out = []
    for s in spans:
        inside = next(((a, b) for a, b in groups if a <= s.start and s.end <= b), None)
        if inside is None:
            out.append(s)
        elif (s.start, s.end) != inside:
            s.role = "in-name"
            out.append(s)
    return out


def _near(hints: list[int], lo: int, hi: int) -> bool:
    """True when a phrase keyword starts between ``lo`` and ``hi``."""
    i = bisect.bisect_left(hints, lo)
    return i < len(hints) and hints[i] <= hi


def _qualify(text: str, spans: list[_Span], k: int, countries: list[str]) -> None:
    """A country named right before a province narrows it: "Afghan Badakhshan"."""
    s = spans[k]
    if k == 0 or not s.cands or countries:
        return
    prev = spans[k - 1]
    gap = text[prev.end : s.start]
    pcs = _country_codes(prev)
    qualified = gap == " " or (prev.possessive and gap.startswith(("'s ", "’s ")))
    if pcs and qualified and any(c.country in pcs for c in s.cands):
        s.country_hint = pcs[0]


def _is_country_name(cands: list[Candidate]) -> bool:
    return any(c.kind in ("country", "demonym") for c in cands)


def _allowed_lower_join(word: str) -> bool:
    """Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina")."""
    return word in {
        "basin",
        "region",
        "valley",
        "peninsula",
        "belt",
        "areas",
        "of",
        "and",
        "the",
        "de",
        "del",
        "al",
        "el",
        "e",
        "i",
        "la",
        "ad",
        "as",
        "an",
        "ash",
        "ar",
        "az",
        "es",
        "ul",
        "ur",
        "da",
        "do",
        "dos",
        "das",
    }


#: All-caps abbreviations that do stand for places.
ACRONYMS = frozenset({"us", "uk", "uae", "drc", "usa", "gbao", "loc", "krg", "fata"})


def _dateline(text: str, start: int, end: int) -> bool:
    """True for the place word that opens a dateline: "MOSCOW, February 9" / "KABUL (Reuters)"."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(
        re.match(r"\s*[,(/—–-]", text[end : end + 3])
    )


def _sentence_start(text: str, at: int) -> bool:
    """True when only punctuation, quotes or a line break separate ``at`` from the last sentence."""
    before = text[max(0, at - 4) : at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:;"


_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_UPPER = re.compile(r"[^A-Z\u00C0-\u00DE]+")


def _shouting(text: str, at: int) -> bool:
    """True when the line around ``at`` is written in capitals (a headline or a label)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    letters = _NOT_LETTER.sub("", line)
    return bool(letters) and len(_NOT_UPPER.sub("", letters)) / len(letters) > 0.8


def _country_codes(s: _Span) -> list[str]:
    """Countries a name can stand for as a country (name or adjective), best first."""
    return list(dict.fromkeys(c.ref for c in s.cands if c.kind in ("country", "demonym")))


def _is_country_like(s: _Span) -> bool:
    return any(c.kind in ("country", "demonym") for c in s.cands) and not any(
        c.kind == "admin1" and fold(s.text) == fold(c.ref) for c in s.cands
    )


def _capitalised_name_follows(text: str, end: int, nxt: re.Match[str]) -> bool:
    """A capitalised word that is not a place-type word follows after one space ("Chad Smith")."""
    word = nxt.group()
    return word[:1].isupper() and text[end : nxt.start()] == " " and fold(word) not in GEO_WORDS


def _context_weight(cands: list[Candidate]) -> float:
    """How much a name that can only be in one country says about the article's country."""
    kinds = {c.kind for c in cands}
    if kinds <= {"country", "demonym"}:
        return 1.0
    if kinds == {"city"} and max(c.population for c in cands) < 100_000:
        return 0.25  # a small town's name is weak evidence (it may be a surname)
    return 0.75


def _small_towns_only(cands: list[Candidate]) -> bool:
    """True when a name can only be a town of under 100,000 people (surname territory)."""
    return bool(cands) and all(c.kind == "city" and c.population < 100_000 for c in cands)


def _focus_other_than(ctx: dict[str, float], exclude: list[str]) -> str | None:
    """The most-named country of the article that shares a border with one of ``exclude``."""
    for cc in sorted(ctx, key=lambda k: -ctx[k]):
        if cc not in exclude and any(data.touches(cc, x) for x in exclude):
            return cc
    return None


def _pick_border(a: list[str], b: list[str]) -> tuple[str, str] | None:
    """The first pair of candidate countries that really share a border."""
    for x in a:
        for y in b:
            if x != y and data.touches(x, y):
                return x, y
    return None


def _kind_rank(kind: str) -> int:
    return {"region": 0, "country": 1, "demonym": 1, "admin1": 2, "city": 3}.get(kind, 4)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the outer of overlapping mentions (a border phrase over its country names)."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            prev = out[-1]
            if (m.end - m.start) > (prev.end - prev.start):
                out[-1] = m
            continue
        out.append(m)
    return out


@cache
def get_geocoder() -> Geocoder:
    """The process-wide geocoder (loading takes well under a second)."""
    return Geocoder()
