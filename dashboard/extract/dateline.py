"""News-agency datelines ("MOSCOW, February 9./TASS/.", "KABUL, March 3 (Reuters) -").

Shared by the reader (metadata) and the sentence splitter (a dateline is its own span, so a
claim's quote starts at the first word of the story, not at the agency slug).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: Month names and the abbreviations agencies use, mapped to month numbers.
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Agency names as they appear in datelines and bylines, mapped to the name we store.
OUTLETS: dict[str, str] = {
    "tass": "TASS",
    "itar-tass": "TASS",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "aa": "Anadolu",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "rfe/rl": "RFE/RL",
    "radio free europe/radio liberty": "RFE/RL",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "dpa": "dpa",
    "efe": "EFE",
    "upi": "UPI",
    "kyodo": "Kyodo",
    "pti": "PTI",
    "ians": "IANS",
    "app": "APP",
    "irna": "IRNA",
    "al jazeera": "Al Jazeera",
    "bbc": "BBC",
    "voa": "VOA",
    "voice of america": "VOA",
    "asia-plus": "Asia-Plus",
    "akipress": "AKIpress",
    "pajhwok": "Pajhwok",
    "tolonews": "TOLOnews",
    "khaama press": "Khaama Press",
    "dawn": "Dawn",
    "premium times": "Premium Times",
    "garowe online": "Garowe Online",
}

#: Days per month in a leap year: "February 29" is a valid day-month without a year.
DAYS_IN_MONTH = {
    1: 31,
    2: 29,
    3: 31,
    4: 30,
    5: 31,
    6: 30,
    7: 31,
    8: 31,
    9: 30,
    10: 31,
    11: 30,
    12: 31,
}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
#: "February 9", "9 February", "12 May 2019", "March 3, 2021".
DATE_RE = (
    rf"(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?(?!\d)"
)

_PLACE = (
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-][A-Z][A-Z'’.\-]*){0,3}(?![a-z])"  # MOSCOW, DAR ES SALAAM
    r"|[A-Z][a-z'’\-]+(?:[ \-](?:[A-Z][a-z'’\-]+|es|al|el)){0,3})"  # Dushanbe, Dar es Salaam
)
_DATELINE = re.compile(
    rf"^[ \t]*{_PLACE}"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z'’.\-]+(?:[ \t][A-Z][A-Za-z'’.\-]+){0,2}))?"
    rf"(?:,?[ \t]*(?P<date>{DATE_RE}))?"
    r"[ \t]*"
    r"(?:(?P<slash>\.?[ \t]*/[ \t]*(?P<o1>[A-Za-z][\w\-]{1,20})[ \t]*/[ \t]*\.?)"
    r"|\((?P<o2>[A-Za-z][\w/.\- ]{0,40})\)[ \t]*(?:-{1,2}|[–—:])?"
    r"|(?P<dash>-{1,2}|[–—])"
    r"|(?P<colon>:(?=[ \t]+[A-Z]))"  # Pakistani and Indian papers: "PESHAWAR: Security ..."
    r"|(?P<eol>\.?(?=[ \t]*\n))"  # a line of its own: "NAIROBI, 11th June 2024"
    r"|(?P<stop>\.(?=[ \t]+[A-Z])))",  # press releases: "Lima, 19 August 2025. The ..."
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where, when and by whom a story was filed; ``text[start:end]`` is the dateline."""

    start: int
    end: int
    place: str
    outlet: str | None
    month: int | None
    day: int | None
    year: int | None


def month_number(name: str) -> int | None:
    """Month number of a month name or abbreviation ("Feb." -> 2), else None."""
    return MONTHS.get(name.rstrip(".").lower())


def outlet_name(raw: str) -> str | None:
    """The stored name of a known news agency ("ITAR-TASS" -> "TASS"), else None."""
    return OUTLETS.get(" ".join(raw.split()).lower())


@lru_cache(maxsize=8)
def find_dateline(text: str, *, limit: int = 3000) -> Dateline | None:
    """The first dateline at the start of a paragraph within ``limit`` characters.

    A Title-case place ("Dushanbe, 5 June 2020 —") needs a date, so an ordinary sentence
    that starts with a capitalised word and a dash is not taken for a dateline. Cached: the
    reader and the claims builder both ask for the same article.
    """
    for m in _line_matches(text, min(len(text), limit)):
        start = m.start("place")
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            continue
        found = _from_match(m)
        if found is not None:
            return found
    return None


def _line_matches(text: str, stop: int) -> Iterator[re.Match[str]]:
    """What ``_DATELINE.finditer(text, 0, stop)`` finds. The pattern opens with "^", so it
    is tried at the start of each line only, not at every character."""
    pos = 0
    while pos < stop:
        m = _DATELINE.match(text, pos, stop)
        if m is not None:
            yield m
            pos = m.end()
            if pos > 0 and text[pos - 1] == "\n":
                continue  # a line starts right there
        newline = text.find("\n", pos, stop)
        if newline < 0:
            return
        pos = newline + 1


def dateline_at(text: str, pos: int, endpos: int | None = None) -> Dateline | None:
    """A dateline starting exactly at ``pos`` (the start of a paragraph), else None."""
    m = _DATELINE.match(text, pos, len(text) if endpos is None else endpos)
    return None if m is None else _from_match(m)


#: Capitalised labels before a colon that are not places ("BREAKING: ...").
_LABELS = frozenset(
    {
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "NOTE", "ANALYSIS",
        "OPINION", "EDITORIAL", "COMMENT", "CORRECTION", "READ", "ALSO", "RELATED", "FACTBOX",
        "EXPLAINER", "PHOTOS", "VIDEO", "NEWS", "SECURITY", "WORLD", "TOPICS", "TAGS", "SOURCE",
        "SOURCES", "CONTACT", "ADVERTISEMENT", "SPONSORED", "MORE", "LATEST", "TRENDING",
    }
)  # fmt: skip


#: The rest of a line that is a section's name, not a story: a few words and no full stop.
_SECTION_LABEL = re.compile(r"[ \t]*[A-Z][\w&'’ \t/-]{0,30}[ \t]*(?:\n|$)")


def _from_match(m: re.Match[str]) -> Dateline | None:
    place = m.group("place")
    if m.group("colon") is not None and (
        not place.isupper() or m.group("date") or place.rstrip(".") in _LABELS
    ):
        return None  # "PESHAWAR: ..." only: a place in capitals, nothing else
    if m.group("region"):
        place = f"{place}, {m.group('region')}"
    has_date = m.group("date") is not None
    if not m.group("place").isupper() and not has_date:
        return None
    if not m.group("place").isupper() and "," not in m.string[m.end("place") : m.start("date")]:
        return None  # "Covering 1 July - 31 August" is no "Dushanbe, 5 June -"
    if m.group("eol") is not None and not (has_date and m.group("place").isupper()):
        return None  # a line of its own is a dateline only as "PLACE, date"
    if m.group("stop") is not None and not (has_date and m.group("year")):
        return None  # "Place, day month year." opening a paragraph
    raw_outlet = m.group("o1") or m.group("o2")
    outlet = None
    if raw_outlet is not None:
        outlet = outlet_name(raw_outlet)
        if outlet is None and m.group("o2") is not None and not has_date and not m.group("region"):
            return None  # "KABUL (unknown) —" without a date is too weak to be a dateline
        if outlet is None:
            outlet = raw_outlet.strip()
    elif not has_date and m.group("dash") is None and m.group("colon") is None:
        return None
    elif not has_date and m.group("dash") is not None and _SECTION_LABEL.match(m.string, m.end()):
        return None  # a masthead's "FRONTEIRA NORTE - Interviews": outlet and section
    month = day = year = None
    if has_date:
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("year")) if m.group("year") else None
        if month is None or not 1 <= day <= DAYS_IN_MONTH[month]:
            month = day = year = None
    return Dateline(m.start("place"), m.end(), place, outlet, month, day, year)
