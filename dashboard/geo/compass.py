"""Divisions named for a point of the compass, written in English ("Cameroon's East region",
"the North-West region of Haiti", "Burkina Faso's Centre-North region").

Many countries name first-order divisions in French, Spanish or Portuguese after a point of
the compass (Est, Nord-Ouest, Extrême-Nord, Centre-Nord, Norte); English-language news
translates the name and keeps the type word. The gazetteer holds the names as the
countries write them, so the English form is translated back here and looked up in the
country the text qualifies (a possessive before, "of X" after) or, failing that, the
article's focus. Only capitalised forms with a type word count: "the east region" is a
part of a country (see regions.py), "the East region" a division.
"""

from __future__ import annotations

import re

from dashboard.geo.gazetteer import Gazetteer, make_place
from dashboard.geo.matcher import Span, facts_of
from dashboard.geo.names import fold
from dashboard.geo.wordlists import PROVINCE_TYPE_WORDS
from dashboard.model import Place

_POINT = r"(?:North|South|East|West)"
#: One compass name: "East", "North-West", "Northwest", "Far North", "Centre-North".
_NAME = (
    rf"(?:Far[- ]North|(?:Centre|Center|Central)[- ]{_POINT}"
    rf"|{_POINT}(?:[- ]?(?:east|west|East|West)|ern)?|Centre|Center|Central)"
)
_TYPE = rf"(?i:{'|'.join(PROVINCE_TYPE_WORDS)})"
#: One name or a list of them before the type word: "the East Region", "the East and North
#: regions", "the North-West, South-West and Littoral regions" (names not of the compass
#: are found by the gazetteer; only the compass names here are read)
_COMPASS_DIVISION = re.compile(
    rf"\b({_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:{_NAME}|[A-Z][\w-]+))*)\s+{_TYPE}s?\b"
)
_ONE_NAME = re.compile(rf"\b{_NAME}\b")

_TYPE_STEMS = ("egion", "rovince", "epartment", "overnorate", "tate", "ounty", "refecture")

#: English compass points and their spellings in the countries' own languages.
_SPELLINGS = {
    "north": ("nord", "norte", "northern"),
    "south": ("sud", "sur", "sul", "southern"),
    "east": ("est", "este", "leste", "eastern"),
    "west": ("ouest", "oeste", "western"),
    "centre": ("centre", "centro", "central"),
    "far north": ("extreme-nord", "extreme nord"),
    "north-east": ("nord-est", "nordeste", "noreste", "north-east"),
    "north-west": ("nord-ouest", "noroeste", "north-west"),
    "south-east": ("sud-est", "sudeste", "sureste", "south-east"),
    "south-west": ("sud-ouest", "sudoeste", "suroeste", "south-west"),
    "centre-north": ("centre-nord", "centro-norte"),
    "centre-south": ("centre-sud", "centro-sur"),
    "centre-east": ("centre-est",),
    "centre-west": ("centre-ouest",),
}


def _key(words: str) -> str:
    """ "North West", "Northwest", "North-West", "Center North" → "north-west", "centre-north"."""
    key = words.lower().replace("center", "centre").replace("central", "centre")
    key = key.removesuffix("ern")
    key = re.sub(r"(north|south|centre)[- ]?(east|west|north|south)", r"\1-\2", key)
    return "far north" if key.startswith("far") else key


def compass_divisions(
    text: str, spans: list[Span], focus: str | None, gaz: Gazetteer
) -> list[Span]:
    """Spans for the compass-named divisions in ``text`` that no name already covers."""
    if not any(word in text for word in _TYPE_STEMS):
        return []  # most articles: no type word, no regex
    out: list[Span] = []
    for m in _COMPASS_DIVISION.finditer(text):
        country = _qualifier(text, spans, m.start(), m.end()) or focus
        if country is None:
            continue
        for n in _ONE_NAME.finditer(text, m.start(1), m.end(1)):
            start, end = n.start(), m.end() if n.end() == m.end(1) else n.end()
            inside = [s for s in spans if s.start < end and start < s.end]
            if any(s.start < start or s.end > end for s in inside):
                continue  # "Far North region", "North-West and South-West regions": known
            place = _division(gaz, _key(n.group()), country)
            if place is None:
                continue
            for s in inside:  # "Centre" (Burkina Faso's region) in "Centre-North region"
                s.absorbed = True
            out.append(Span(start, end, text[start:end], (), -1, -1, force=place))
    return out


def _division(gaz: Gazetteer, key: str, country: str) -> Place | None:
    """The one division or region of ``country`` a compass name spells, if just one."""
    found = {
        (c.kind, c.ref)
        for spelling in _SPELLINGS.get(key, ())
        for c in gaz.lookup(fold(spelling))
        if c.kind in ("admin1", "region") and c.country == country
    }
    return make_place(*found.pop()) if len(found) == 1 else None


def _qualifier(text: str, spans: list[Span], start: int, end: int) -> str | None:
    """The country a possessive before ("Cameroon's") or "of X" after names, if any."""
    before = [s for s in spans if s.end <= start]
    if before and before[-1].possessive and start - before[-1].end <= 3:
        return _country(before[-1])
    after = next((s for s in spans if s.start >= end), None)
    if after is not None and text[end : after.start].strip() in ("of", "in", ","):
        return _country(after)
    return None


def _country(s: Span) -> str | None:
    codes = facts_of(s).country_codes
    return codes[0] if codes else None
