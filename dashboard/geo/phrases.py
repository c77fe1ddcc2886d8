"""Pass 2 of the geocoder: phrases around the names.

"Tajik-Afghan border" becomes the border line, "northern Afghanistan" and "the
north-western provinces" a part of a country, "X's southern border" the border segments
on that side, "Kunduz province" the province; a country right before a province narrows
it ("Afghan Badakhshan"); names inside organisation names get role "in-name".
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from dashboard.geo import features, regions
from dashboard.geo.facts import NameFacts
from dashboard.geo.gazetteer import ABBREVIATION_KEYS, Candidate, gazetteer, make_place
from dashboard.geo.hints import HintIndex
from dashboard.geo.matcher import Span, facts_of
from dashboard.geo.names import fold
from dashboard.geo.wordlists import PROVINCE_TYPE_WORDS
from dashboard.model import Place

#: Type words of one division ("the province of Badakhshan"; "the regions of Mali" are the
#: country's, so the plural only after a name: "Takhar provinces", "Zaporizhzhia oblasts").
_ADMIN_ONE = "province|region|state|oblast|governorate|wilayat|velayat|viloyat|department"
_ADMIN_WORDS = (
    "provinces?|regions?|state|oblasts?|governorates?|wilayat|velayat|viloyat|departments?"
)
#: "Mandera County", "Lamu and Garissa counties": only a curated county (Kenya's) is read
#: with its type word; other counties (the United States') leave the name as it was.
_COUNTY_AFTER = re.compile(r"(?i)^\s+count(?:y|ies)\b")
_CITY_WORDS = "city|town|village|capital|port|harbou?r"
_DIR = (
    r"(?:north|south|east|west|upper|lower)(?:[\s-]?(?:east|west))?(?:ern)?|central|centre|center"
)
_DIR_LOWER = r"(?:north|south|east|west|upper|lower)(?:[\s-]?(?:east|west))?(?:ern)?|central"
_DIR_BEFORE = re.compile(rf"(?i)\b(?:the\s+)?({_DIR})(?:\s+parts?\s+of|\s+of)?\s+$")
_DIR_THE_OF = re.compile(rf"(?i)\bthe\s+({_DIR})\s+of\s+$")
_TRI_BORDER = re.compile(r"(?i)\b(?:tri|three)[- ]?borders? (?:area|region|zone)\b")
_DIR_HINT = re.compile(r"north|south|east|west|central|centre|center|upper|lower")
#: Capitalised words one of which _ORG_BEFORE needs in its window (one search in C).
_ORG_WORD_LIST = (
    "Movement", "Front", "Army", "State", "Emirate", "Party", "Union", "Council", "Brigade",
    "Battalion", "Force", "Organi", "Group", "Alliance", "Taliban", "Mujahideen", "Jama",
    "Congress", "Ministry", "Embassy", "University", "Bank", "Airlines", "Institute", "Agency",
    "Company", "Corporation",
)  # fmt: skip
_ORG_WORDS = re.compile("|".join(_ORG_WORD_LIST))
_LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s*/\s*")
_DIR_AFTER = re.compile(  # lower case: "Burkina Faso's Centre-Nord" is a name, not a part
    rf"^['’]s\s+({_DIR_LOWER})"
    r"(?:\s+(provinces?|regions?|parts?|areas?|districts?|territor(?:y|ies)|border))?\b"
)
_DIR_STANDALONE = re.compile(
    rf"(?i)\bthe\s+({_DIR})\s+(provinces|regions|areas|parts|districts|territories)\b"
)
#: _DIR_STANDALONE without its case flag and word boundaries, run on the lower-cased text: it
#: matches wherever _DIR_STANDALONE can, and its literal "the" lets the engine skip ahead.
_DIR_STANDALONE_LOW = re.compile(
    rf"the\s+(?:{_DIR})\s+(?:provinces|regions|areas|parts|districts|territories)"
)
#: What str.lower() leaves of the characters (?i) matches to an ASCII "i" or "s" but lower()
#: does not turn into one: dotless ı, long ſ, and the dot above that İ leaves after its "i".
_ODD_CASE = "\u0131\u017f\u0307"
#: Keyword positions; spans with no keyword nearby skip the phrase checks.
_HINTS = HintIndex()
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
#: Combining forms of country names in compounds ("Sino-Indian", "Indo-Pakistani",
#: "Pak-Afghan", "Russo-Ukrainian"): never names on their own.
_COMBINING_FORMS = {"Pak": "PK", "Sino": "CN", "Indo": "IN", "Russo": "RU", "Turco": "TR"}
_COMBINING_BEFORE = re.compile(r"\b(" + "|".join(_COMBINING_FORMS) + r")-$")
_BORDER_WORD = re.compile(
    # "the Ethiopian side of the border" is the focus country's border with Ethiopia too
    r"(?i)^\s*(?:side\s+of\s+the\s+)?(?:border|borders|frontier|boundary)\b"
)
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)
#: The next country of a list after "the borders with": "with Mali and Niger".
_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_BORDER_JOIN = re.compile(r"^\s*(?:[-‐‑–—/]|and)\s*$", re.IGNORECASE)
_BORDER_BETWEEN = re.compile(r"(?i)\b(?:border|frontier|boundary)\s+(?:between|of)\s+$")
_BORDER_WITH_AFTER = re.compile(
    r"(?i)^['’]s\s+(?:(?:common|shared|porous|long)\s+)?(?:border|frontier|boundary)\s+with\s+$"
)
_BORDER_WITH = re.compile(
    r"(?i)\b(?:the|its|their|our|his|her|a|an)\s+"
    # the words between are no determiner: the phrase starts at the last one ("its forces
    # near the border with X" is "the border with X")
    r"(?:(?!(?:the|its|their|our|his|her|a|an)\s)[\w,.-]+\s+){0,3}?(?:border|frontier|boundary)"
    r"(?P<plural>s|ies)?\s+with\s+"
    r"(?:the\s+)?$"  # "the border with the Gaza Strip"
)
#: "the Cameroonian border", "along the Afghan frontier": the focus country's border with it
#: (lower-case words between: "its 144-kilometre Afghan frontier", "the long Afghan border")
_THE_X_BORDER_BEFORE = re.compile(r"\b(?i:the|its|their)\s+(?:[a-z0-9][\w\-]*\s+){0,2}$")
_TERRAIN_AFTER = re.compile(
    r"(?i)^\s+(?:mountains|countryside|hills|highlands|desert|rural\s+areas)\b"
)
_ADMIN_AFTER = re.compile(rf"(?i)^\s+(?:{_ADMIN_WORDS})\b")
#: A part of a province named after its capital: "eastern Homs", "north-western Hama",
#: "rural Idlib" (lower case: "East Jerusalem" is a name of its own).
_PART_OF_PROVINCE = re.compile(
    r"(?<![\w-])(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|rural) $"
)
_ADMIN_BEFORE = re.compile(rf"(?i)\b(?:{_ADMIN_ONE})\s+of\s+$")
#: The first names of a list sharing one plural type word: "Menaka and Gao regions".
_ADMIN_LIST_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"\s+(?:(province|region|state|governorate|oblast|department)s|counties)\b"
)
#: Second-order division words in the plural: "the Bijapur and Sukma districts", "Maru,
#: Anka and Tsafe LGAs".
_DISTRICTS = (
    r"districts|territories|prefectures|regencies|upazilas|townships|tehsils|woredas|LGAs|"
    r"local\s+government\s+areas"
)
_DISTRICT_LIST_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    rf"\s+(?:{_DISTRICTS})\b"
)
_CITY_BEFORE = re.compile(rf"(?i)\b(?:{_CITY_WORDS})\s+of\s+$")
_CITY_AFTER = re.compile(r"(?i)^\s+(?:city|town)\b")  # "Kidal town", "Sinjar town"
#: Second-order divisions, which the bundled layers lack: "Rutshuru territory", "Panjgur
#: district", "the Bokkos local government area". News names most after their seat town.
#: (Not "municipality": Latin American news means the town by "Jamundí municipality".)
_DISTRICT_AFTER = re.compile(
    r"(?i)^\s+(?:district|territory|prefecture|regency|upazila|township|tehsil|woreda"
    rf"|sub-county|local\s+government\s+area|LGA|{_DISTRICTS})\b"
)
#: Matches wherever _ADMIN_AFTER, _CITY_AFTER, _DISTRICT_AFTER, _TERRAIN_AFTER, _ORG_AFTER
#: (its "militia" and "faction" too) or _BORDER_WORD match (a looser form of them all):
#: most names are followed by none of these words (_ADMIN_LIST_AFTER is gated on its "and").
_WORD_AFTER_WORDS = (
    rf"[\s-]*(?:{_ADMIN_WORDS}|city|town|mountains|countryside|hills|highlands|desert|rural|"
    r"border|frontier|boundary|militia|faction|county|counties|district|territory|prefecture|"
    r"regency|upazila|township|tehsil|woreda|sub-county|local|lga|side\s+of\s+the)"
)
_WORD_AFTER = re.compile(f"(?i){_WORD_AFTER_WORDS}")
#: _WORD_AFTER without its case flag, for the lower case of an aligned text (see _aligned):
#: the engine is twice as fast without it.
_WORD_AFTER_LOW = re.compile(_WORD_AFTER_WORDS)
_BORDER_ANY = re.compile("border|frontier|boundary")
_BETWEEN_JOIN = re.compile(r"\s*(?:and|with|[-–/])\s*(?:the\s+)?", re.I)
_PARTS_AFTER = re.compile(r"(?i)\s+(provinces|regions|areas|parts|districts)\b")
_NAMED_LINES = {
    "durand line": "AF-PK",
    "line of control": "IN-PK",
    "loc": "IN-PK",
    "blue line": "IL-LB",
}
_NAMED_LINE_RE = re.compile(r"\b(Durand Line|Line of Control|Blue Line)\b")
#: Organisation-name frames: a place after these words is part of a name, not a location.
_ORG_BEFORE = re.compile(
    r"(?:(?:Islamic|Liberation|Revolutionary|Democratic|Patriotic|National|People['’]s|United)?\s*"
    r"(?:Movement|Front|Army|State|Emirate|Party|Union|Council|Brigades?|Battalions?|Force|Forces|"
    r"Organi[sz]ation|Group|Alliance|Taliban|Mujahideen|Jamaat|Jama['’]at|Congress)"
    r"\s+(?:of|in|for)"
    # institutions are named after a place with "of" ("Ministry of Defence of Tajikistan");
    # "the embassy in Moscow" is where the embassy is
    r"|(?:Ministry|Embassy|University|Bank|Airlines|Institute|Agency|Company|Corporation)\s+of)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+(?:the\s+)?)?)*$"
)
#: True wherever _ORG_BEFORE matches (a match may always start at the organisation word:
#: the optional adjective before it is left out), written as one flat alternation of
#: capitalised words so the regex engine skips to capitals instead of trying every position.
_ORG_NAMED_WORDS = (
    "Movement", "Front", "Army", "State", "Emirate", "Party", "Union", "Council", "Brigades?",
    "Battalions?", "Force", "Forces", "Organi[sz]ation", "Group", "Alliance", "Taliban",
    "Mujahideen", "Jamaat", "Jama['’]at", "Congress",
)  # fmt: skip
_INSTITUTION_WORDS = (
    "Ministry", "Embassy", "University", "Bank", "Airlines", "Institute", "Agency", "Company",
    "Corporation",
)  # fmt: skip
_ORG_FRAME_ALTS = "|".join(
    [rf"{w}\s+(?:of|in|for)" for w in _ORG_NAMED_WORDS] + [rf"{w}\s+of" for w in _INSTITUTION_WORDS]
)
_ORG_BEFORE_ANY = re.compile(
    rf"(?:{_ORG_FRAME_ALTS})\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+(?:the\s+)?)?)*$"
)
_ORG_AFTER = re.compile(
    r"^[\s-]+(?:Province|Wilayat)\b(?=\s*(?:\(|,|\.|\s+(?:of|branch|group|militants|fighters|affiliate)\b))"
    r"|^\s+militia\b"  # "the Zaire militia" (Hema); "South Kivu militias" are located
    r"|^\s+faction\b"  # "the Bakura faction": its leader's name, not the town
)


def find_phrases(
    text: str, spans: list[Span], focus: str | None, ctx: dict[str, float]
) -> list[Span]:
    """Phrase mentions (borders, parts of countries); marks qualifiers on ``spans``."""
    out: list[Span] = []
    low = text.lower()
    # "the tri-border area of Burkina Faso, Mali and Niger": the Central Sahel
    # every match holds "border" and "three" or "tri" (its "i" may be a dotless "ı" to the
    # case-blind pattern; a dotted "İ" lower-cases to "i" and a combining dot)
    tri = "three" in low or "tri" in low or "trı" in low
    for m in _TRI_BORDER.finditer(text) if tri and "border" in low else ():
        listed = [s for s in spans if m.end() <= s.start < m.end() + 60 and _country_codes(s)]
        place = make_place("region", "central-sahel")
        if {"BF", "ML", "NE"} <= {cc for s in listed for cc in _country_codes(s)}:
            if place:
                for s in listed:  # the countries spell out the area: one mention, not four
                    s.absorbed = True
                end = max(s.end for s in listed)
                out.append(Span(m.start(), end, text[m.start() : end], (), -1, -1, force=place))
        elif place and len({"BF", "ML", "NE"} & {c for s in spans for c in _country_codes(s)}) >= 2:
            # "the tri-border area" in a story about the Sahel: Liptako-Gourma
            out.append(Span(m.start(), m.end(), m.group(), (), -1, -1, force=place))
    # named lines ("Durand Line")
    for m in _NAMED_LINE_RE.finditer(text) if "Line" in text else ():
        place = make_place("border", _NAMED_LINES[fold(m.group(1))])
        if place:
            out.append(Span(m.start(), m.end(), m.group(), (), -1, -1, force=place))
    if "-" in text:
        _unknown_compounds(text, spans)
    aligned = _aligned(text, low)
    nearby = _Nearby(low, aligned)
    eager = not nearby.lazy
    leaders: set[str] = set()  # names a faction bears ("the Bakura faction")
    k = 0
    while k < len(spans):
        s = spans[k]
        countries = facts_of(s).country_codes
        if eager and not nearby.near(s):
            _qualify(text, spans, k, countries)  # no keyword nearby: no phrase to find
            k += 1
            continue
        before = text[max(0, s.start - 60) : s.start]
        after = text[s.end : s.end + 60]
        # one test for the five patterns that read the words right after the name
        word_after = (
            _WORD_AFTER_LOW.match(low, s.end, s.end + 60) if aligned else _WORD_AFTER.match(after)
        ) is not None
        # "its border with Transnistria": the border with the province's country
        if not countries and (province_border := _province_border(ctx, s, before)) is not None:
            place, start = province_border
            s.absorbed = True
            out.append(Span(start, s.end, text[start : s.end], (), -1, -1, force=place))
            k += 1
            continue
        # "Kunar's border with Pakistan", "the Kurdistan Region's frontier with Iran": the
        # border of the province's country, the province kept as a place of its own
        if not countries and s.possessive and k + 1 < len(spans):
            nxt = spans[k + 1]
            bm = _BORDER_WITH_AFTER.match(text[s.end : nxt.start])
            own = sorted({c.country for c in s.cands if c.country}) if bm else []
            pair = _pick_border(own, _country_codes(nxt)) if len(own) == 1 else None
            place = make_place("border", features.border_id(*pair)) if pair else None
            if bm is not None and place is not None:
                nxt.absorbed = True
                start = s.end + bm.start() + 2  # after the "'s"
                start += len(text[start : nxt.start]) - len(text[start : nxt.start].lstrip())
                out.append(Span(start, nxt.end, text[start : nxt.end], (), -1, -1, force=place))
                k += 2
                continue
        # borders and parts of countries: only names of countries take these rules
        if countries:
            low_before = before.lower()
            border_before = _BORDER_ANY.search(low_before) is not None
            # "X-Y border", "X and Y border"
            if k + 1 < len(spans):
                nxt = spans[k + 1]
                ncountries = _country_codes(nxt)
                gap = text[s.end : nxt.start]
                if ncountries and _BORDER_JOIN.match(gap):
                    bm = _BORDER_WORD.match(text[nxt.end : nxt.end + 20])
                    if bm and gap.strip() == "and" and bm.group().endswith("s"):
                        # "the Polish and Lithuanian borders": the focus country's two borders
                        two = _two_borders(ctx, countries, ncountries)
                        if two is not None:
                            end = nxt.end + bm.end()
                            s.absorbed = nxt.absorbed = True
                            words = text[nxt.start : end]
                            out.append(Span(s.start, s.end, s.text, (), -1, -1, force=two[0]))
                            out.append(Span(nxt.start, end, words, (), -1, -1, force=two[1]))
                            k += 2
                            continue
                    pair = _pick_border(countries, ncountries)
                    if bm and pair and nearby.near(s):
                        end = nxt.end + bm.end()
                        place = make_place("border", features.border_id(*pair))
                        if place:
                            s.absorbed = nxt.absorbed = True
                            out.append(
                                Span(s.start, end, text[s.start : end], (), -1, -1, force=place)
                            )
                            k += 2
                            continue
            # "the Pak-Afghan border", "the Sino-Indian border": a combining form that is no
            # name on its own ("Pak" is also a surname) before the second country
            cf = _COMBINING_BEFORE.search(before) if before.endswith(("-", "-\n")) else None
            first = _COMBINING_FORMS.get(cf.group(1)) if cf else None
            if first is not None and first not in countries:
                bm = _BORDER_WORD.match(after)
                pair = _pick_border([first], countries)
                place = make_place("border", features.border_id(*pair)) if bm and pair else None
                if cf and bm and place:
                    start, end = s.start - len(cf.group()), s.end + bm.end()
                    s.absorbed = True
                    out.append(Span(start, end, text[start:end], (), -1, -1, force=place))
                    k += 1
                    continue
            # "the border between X and Y", "the border of X with Y"
            bb = _BORDER_BETWEEN.search(before) if border_before else None
            if bb and k + 1 < len(spans):
                nxt = spans[k + 1]
                pair = _pick_border(countries, _country_codes(nxt))
                if pair and _BETWEEN_JOIN.fullmatch(text[s.end : nxt.start]):
                    place = make_place("border", features.border_id(*pair))
                    if place:
                        start = s.start - (len(before) - bb.start())
                        s.absorbed = nxt.absorbed = True
                        out.append(
                            Span(start, nxt.end, text[start : nxt.end], (), -1, -1, force=place)
                        )
                        k += 2
                        continue
            # "X's border with Y"
            if s.possessive and k + 1 < len(spans):
                nxt = spans[k + 1]
                between = text[s.end : nxt.start]
                if _BORDER_WITH_AFTER.match(between):
                    pair = _pick_border(countries, _country_codes(nxt))
                    if pair and nearby.near(s):
                        place = make_place("border", features.border_id(*pair))
                        if place:
                            s.absorbed = nxt.absorbed = True
                            out.append(
                                Span(
                                    s.start,
                                    nxt.end,
                                    text[s.start : nxt.end],
                                    (),
                                    -1,
                                    -1,
                                    force=place,
                                )
                            )
                            k += 2
                            continue
            # "the border with Y" (X is the article's focus country)
            bw = _BORDER_WITH.search(before) if border_before else None
            home = _focus_other_than(ctx, countries) if bw else None
            if bw and home:
                pair = _pick_border([home], countries)
                if pair and pair[0] != pair[1]:
                    place = make_place("border", features.border_id(*pair))
                    if place:
                        start = s.start - (len(before) - bw.start())
                        s.absorbed = True
                        out.append(Span(start, s.end, text[start : s.end], (), -1, -1, force=place))
                        k += 1
                        # "the borders with Mali and Niger": one border per country listed
                        while bw.group("plural") and k < len(spans):
                            nxt = spans[k]
                            gap = text[spans[k - 1].end : nxt.start]
                            border_pair = _pick_border([home], _country_codes(nxt))
                            if not _NEXT_IN_LIST.fullmatch(gap) or not border_pair:
                                break
                            second = make_place("border", features.border_id(*border_pair))
                            if second is None or border_pair[0] == border_pair[1]:
                                break
                            nxt.absorbed = True
                            out.append(Span(nxt.start, nxt.end, nxt.text, (), -1, -1, force=second))
                            k += 1
                        continue
            # "the Cameroonian border" (seen from the article's focus country)
            tb = _BORDER_WORD.match(after) if not s.possessive and word_after else None
            if tb and _WITH_AFTER.match(after, tb.end()):
                tb = None  # "the Niger side of the border with Mali": the border named next
            if tb and _THE_X_BORDER_BEFORE.search(before):
                home = _focus_other_than(ctx, countries)
                pair = _pick_border([home], countries) if home else None
                place = make_place("border", features.border_id(*pair)) if pair else None
                if place:
                    s.absorbed = True
                    end = s.end + tb.end()
                    out.append(Span(s.start, end, text[s.start : end], (), -1, -1, force=place))
                    k += 1
                    continue
            # "X's southern border" / "X's north-western provinces" / "X's north"
            da = (
                _DIR_AFTER.match(text[s.end : s.end + 60])
                if s.possessive or after[:2] in ("'s", "’s")
                else None
            )
            if da and not da.group(2) and _NAME_NEXT.match(text, s.end + da.end()):
                da = None  # "Ukraine's northeastern Kharkiv region": the province, not a part
            if da:
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
                    out.append(Span(s.start, end, text[s.start : end], (), -1, -1, force=place))
                    k += 1
                    continue
            # "northern Afghanistan", "the north of Afghanistan", "north-eastern Nigeria"
            db = (
                _DIR_BEFORE.search(before) or _DIR_THE_OF.search(before)
                if _DIR_HINT.search(low_before, max(0, len(low_before) - 40))
                else None
            )
            if db and _is_country_like(s):
                direction = regions.direction_key(db.group(1))
                reg = regions.part(countries[0], direction) if direction else None
                place = make_place("region", reg.key) if reg else None
                if place:
                    start = s.start - (len(before) - db.start())
                    end = s.end
                    am = _PARTS_AFTER.match(after)
                    if am:
                        end += am.end()
                    s.absorbed = True
                    out.append(Span(start, end, text[start:end], (), -1, -1, force=place))
                    k += 1
                    # "in northern Benin and Togo": the same part of the second country
                    also = spans[k] if k < len(spans) and not am else None
                    also_codes = _country_codes(also) if also is not None else []
                    if also is not None and also_codes and text[s.end : also.start] == " and ":
                        other = regions.part(also_codes[0], direction) if direction else None
                        second = make_place("region", other.key) if other else None
                        if second is not None and _is_country_like(also):
                            also.absorbed = True
                            out.append(
                                Span(also.start, also.end, also.text, (), -1, -1, force=second)
                            )
                            k += 1
                    continue
        # type words and qualifiers narrow the candidates
        # " of " in the last 40 characters, and "of" + white space at the very end
        of_before = text.find(" of ", max(0, s.start - 40), s.start) != -1 and _ends_with_of(before)
        am = _ADMIN_AFTER.match(after) if word_after else None
        type_word = ""
        bm = _ADMIN_BEFORE.search(before) if of_before and not am else None
        if (typed_by := am or bm) is not None:
            s.prefer = "admin1"
            # "the Menaka region", "the Gao and Menaka regions": a newer division named with
            # its type word (the curated names have it in the singular)
            typed = fold(text[s.start : s.end + am.end()]).removesuffix("s") if am else ""
            curated = gazetteer().lookup(typed) if am else []
            if curated:
                s.cands = tuple(curated)
            type_word = typed_by.group().split()[0]  # "state", "department of"
            if am and (curated or any(c.kind == "admin1" for c in s.cands)):
                s.end += am.end()
                s.text = text[s.start : s.end]
        elif (of_before and _CITY_BEFORE.search(before)) or (
            word_after and _CITY_AFTER.match(after)
        ):
            s.prefer = "city"
        elif word_after and not countries and (dm := _DISTRICT_AFTER.match(after)):
            # the district's seat town locates it; the province containing it draws it
            s.district, s.tail = True, dm.end()
        elif word_after and (cm := _COUNTY_AFTER.match(after)):
            curated = gazetteer().lookup(fold(f"{s.text} county"))
            if curated:
                s.prefer, s.cands = "admin1", tuple(curated)
                s.end += cm.end()
                s.text = text[s.start : s.end]
        elif "and" in after and not countries and _DISTRICT_LIST_AFTER.match(after):
            s.district = True  # "the Bijapur and Sukma districts"
        elif "and" in after and (lm := _ADMIN_LIST_AFTER.match(after)):
            # "the Menaka and Gao regions", "Lamu and Garissa counties"
            curated = gazetteer().lookup(fold(f"{s.text} {lm.group(1) or 'county'}"))
            if curated or lm.group(1):
                s.prefer = "admin1"
                s.cands = tuple(curated) or s.cands
        elif (
            word_after and _TERRAIN_AFTER.match(after) and any(c.kind == "admin1" for c in s.cands)
        ):
            s.prefer = "admin1"  # "the Latakia mountains", "the Idlib countryside"
        elif (
            before.endswith(("ern ", "rural "))
            and _PART_OF_PROVINCE.search(before)
            and _province_and_town(s.cands)
        ):
            s.prefer = "admin1"  # "eastern Homs", "northern Hama", "rural Idlib"
        _qualify(text, spans, k, countries)
        if type_word and not s.country_hint:  # a country named before it outranks the word
            s.cands = _of_type(s.cands, type_word)
        # organisation names: "Islamic Movement of Uzbekistan", "Khorasan Province"
        lo = max(0, s.start - 120)
        org_before = _ORG_WORDS.search(text, lo, s.start) and _ORG_BEFORE_ANY.search(
            text[lo : s.start]
        )
        if org_before or (word_after and (om := _ORG_AFTER.match(after))):
            s.role = "in-name"
            if not org_before and om and om.group().endswith("faction"):
                leaders.add(s.text)
        k += 1
    if leaders:
        # "the Bakura faction ... Bakura's boats": the faction's leader, not the town, unless
        # the text puts someone "in" or "near" the place
        for s in spans:
            if s.text in leaders and not s.locative:
                s.role = "in-name"
    if _may_match(low, _DIR_STANDALONE_LOW):
        _standalone_parts(text, spans, out, focus)
    return out


#: Words after "A-B" that make it two places joined ("the Kabul-Jalalabad highway", "the
#: Dallas-Fort Worth area" is handled by the sizeable-city test instead).
_JOINED_BY = re.compile(
    r"(?i)[\s-]*(?:border|frontier|boundary|road|highway|motorway|axis|corridor|route|railway"
    r"|line|pipeline|war|conflict|talks|ceasefire|relations|ties|crossing|bridge|front|flights?"
    r"|trade|bus|convoy"
    # an area two towns bound ("the Kashmore-Kandhkot riverine belt", "the Goma-Rutshuru
    # area"): one adjective may come between
    r"|(?:[a-z]+\s+)?(?:belt|area|zone|stretch|triangle|sector|pocket|enclave|axis))\b"
)


def _unknown_compounds(text: str, spans: list[Span]) -> None:
    """Mark the parts of a hyphened name we do not know as absorbed: "Mayo-Sava" and
    "Mayo-Tsanaga" (Cameroon's departments) are neither Ireland's Mayo nor Madagascar's
    Sava. Kept: countries and nationalities ("Tajik-Afghan"), two places a road, a border
    or a war joins, and big cities ("Minneapolis-St. Paul")."""
    for a, b in itertools.pairwise(spans):
        if b.start != a.end + 1 or text[a.end] != "-" or a.possessive:
            continue
        if text[a.start - 1 : a.start] == "-" or text[b.end : b.end + 1] == "-":
            continue  # a longer chain: "Mayo-Kebbi-Est" is read as a whole elsewhere
        if _country_codes(a) or _country_codes(b) or _JOINED_BY.match(text, b.end):
            continue
        if any(_big(c) for c in a.cands) and any(_big(c) for c in b.cands):
            continue
        a.absorbed = b.absorbed = True


def _big(c: Candidate) -> bool:
    return c.kind == "city" and c.population >= 100_000


def _of_type(cands: tuple[Candidate, ...], word: str) -> tuple[Candidate, ...]:
    """Drop the same-named provinces of other countries that the type word does not fit:
    "Bolívar state" is Venezuela's, "Bolívar department" Colombia's, "Punjab province"
    Pakistan's. Kept as they were when the word fits all of them or none."""
    provinces = [c for c in cands if c.kind == "admin1"]
    if len({c.country for c in provinces}) < 2:
        return cands
    misfits = {c.ref for c in provinces if features.answers_type_word(c.ref, word) is False}
    if not misfits or len(misfits) == len({c.ref for c in provinces}):
        return cands
    return tuple(c for c in cands if not (c.kind == "admin1" and c.ref in misfits))


def _standalone_parts(text: str, spans: list[Span], out: list[Span], focus: str | None) -> None:
    """Parts named without their country ("the north-western provinces"): the focus
    country's, or that of the name after "of" ("the northern provinces of Afghanistan")."""
    taken = [(o.start, o.end) for o in out] + [(s.start, s.end) for s in spans]
    starts = {s.start: s for s in spans}
    for m in _DIR_STANDALONE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # "the northern provinces of Afghanistan": that country, not the focus
        of = _OF.match(text, m.end())
        named = starts.get(of.end()) if of else None
        if named is not None and not _country_codes(named):
            continue  # "the southern districts of Guayaquil": part of a town, not a country
        country = _country_codes(named)[0] if named is not None else focus
        end = named.end if named is not None else m.end()
        direction = regions.direction_key(m.group(1))
        reg = regions.part(country, direction) if direction and country else None
        place = make_place("region", reg.key) if reg else None
        if place:
            if named is not None:
                named.absorbed = True
            out.append(Span(m.start(), end, text[m.start() : end], (), -1, -1, force=place))


# ---- pass 3: resolution ------------------------------------------------------------


def _ends_with_of(before: str) -> bool:
    """True when ``before`` ends in white space, "of" (any case) and white space: what
    _ADMIN_BEFORE and _CITY_BEFORE need, tested without scanning the string."""
    stripped = before.rstrip()
    return (
        len(stripped) < len(before) and stripped[-2:].lower() == "of" and stripped[-3:-2].isspace()
    )


def _may_match(low: str, plain: re.Pattern[str]) -> bool:
    """False only when a case-blind pattern cannot match the text ``low`` is the lower case
    of; ``plain`` is that pattern in lower case, without its flag and word boundaries."""
    if plain.search(low) is not None:
        return True
    return not low.isascii() and any(ch in low for ch in _ODD_CASE)


class _Nearby:
    """Whether a phrase keyword (HINT_WORDS) starts in the 120 characters before a name or
    the 60 after it: names with none are spared the phrase rules.

    Every rule but two needs one of its keywords inside that window to match, so the test
    only decides "X-Y border" and "X's border with Y", which may reach further across long
    gaps. Finding the keywords costs more than the rules it would spare, though, so in an
    aligned text (see _aligned: a keyword a rule matches is one in the lower case, at the
    same offset) every name runs the rules, and the keywords are looked up only when one of
    those two is about to match. Other texts keep the test up front.
    """

    def __init__(self, low: str, aligned: bool) -> None:
        self._low = low
        #: True when the rules run for every name (see above); else only names near()
        self.lazy = aligned
        self._hints: list[int] | None = None if aligned else _HINTS.positions(low)

    def near(self, s: Span) -> bool:
        """True when a keyword starts near ``s``."""
        if self._hints is None:
            self._hints = _HINTS.positions(self._low)
        return _near(self._hints, s.start - 120, s.end + 60)


def _aligned(text: str, low: str) -> bool:
    """True when ``low``, the lower case of ``text``, kept its length (offsets in one are
    offsets in the other) and has no dotless i or long s, which (?i) matches to "i" and "s"
    but lower() leaves alone: then a case-blind pattern matches ``text`` wherever its lower
    case form matches ``low``."""
    return len(low) == len(text) and "\u0131" not in low and "\u017f" not in low


def _near(hints: list[int], lo: int, hi: int) -> bool:
    """True when a phrase keyword starts between ``lo`` and ``hi``."""
    i = bisect.bisect_left(hints, lo)
    return i < len(hints) and hints[i] <= hi


def _in_country_list(
    text: str, spans: list[Span], k: int, prev_facts: NameFacts | None = None
) -> bool:
    """True when a name sits in a list next to a country: "Nigeria, Niger and Chad"
    (``prev_facts``: those of the name before, when the caller has them)."""
    s = spans[k]
    if k > 0:
        prev = spans[k - 1]
        if prev_facts is None:
            prev_facts = facts_of(prev)
        if prev_facts.countries_only and _LIST_GAP.fullmatch(text, prev.end, s.start):
            return True
    if k + 1 < len(spans):
        nxt = spans[k + 1]
        facts = facts_of(nxt)
        # not "the Gaza Strip, Israeli officers said": a nationality before its noun
        adjective = facts.kinds <= {"demonym"} and _NOUN_NEXT.match(text, nxt.end) is not None
        if facts.countries_only and not adjective and _LIST_GAP.fullmatch(text, s.end, nxt.start):
            return True
    return False


_NOUN_NEXT = re.compile(r" [a-z]")


def _qualify(text: str, spans: list[Span], k: int, countries: Sequence[str]) -> None:
    """A country named right before a province narrows it ("Afghan Badakhshan"); a province
    or country right after a comma narrows a town ("Paris, Texas", "Regina, Sask.")."""
    s = spans[k]
    # the name before keeps its candidates through this call: its facts are read once
    prev_facts = facts_of(spans[k - 1]) if k > 0 else None
    s.in_country_list = _in_country_list(text, spans, k, prev_facts)
    if prev_facts is not None and spans[k - 1].possessive and not countries:
        owner = prev_facts.country_codes
        gap = text[spans[k - 1].end : s.start]
        if owner and gap in ("'s ", "’s ") and not any(c.country in owner for c in s.cands):
            key = regions.division_named(owner[0], s.text)
            if key is not None:  # "Burkina Faso's Sahel region": the region, not the Sahel
                s.cands = (Candidate("region", key, owner[0]),)
                return
            s.cands = ()  # "Burkina Faso's Centre-Nord region": not Cameroon's Nord
            for nxt in spans[k + 1 :]:  # nor the rest of the same name
                if text[s.end : nxt.start] not in ("-", " "):
                    break
                nxt.cands, s = (), nxt
            return
    if k > 0 and spans[k - 1].possessive and text[spans[k - 1].end : s.start] in ("'s ", "’s "):
        owners = {c.ref for c in spans[k - 1].cands if c.kind == "admin1"}
        if len(owners) == 1 and any(c.admin1 in owners for c in s.cands):
            s.admin1_hint = next(iter(owners))  # "North Kivu's Lubero territory"
    if k + 1 < len(spans) and not countries:
        nxt = spans[k + 1]
        # "Diffa region, Niger"; "the Maradi region of Niger" (a type word before "of")
        typed_of = text.startswith(" of ", s.end) and nxt.start - s.end == 4
        if typed_of:
            typed_of = _TYPE_WORD_END.search(text, s.start, s.end) is not None
        if typed_of or (nxt.start - s.end == 2 and text.startswith(", ", s.end)):
            provinces = {c.ref for c in nxt.cands if c.kind == "admin1"}
            ncountries = {c.ref for c in nxt.cands if c.kind in ("country", "demonym")}
            # an AP abbreviation is only ever a qualifier: "Churchill, Man." is in Manitoba
            # even when the only Churchills we know are elsewhere
            dotted = fold(nxt.text) in ABBREVIATION_KEYS
            if len(provinces) == 1 and (dotted or any(c.admin1 in provinces for c in s.cands)):
                s.admin1_hint = next(iter(provinces))
            elif len(ncountries) == 1 and any(c.country in ncountries for c in s.cands):
                s.country_hint = next(iter(ncountries))
                # "Diffa region, Niger": the country, not Nigeria's Niger State
                nxt.cands = tuple(c for c in nxt.cands if c.kind in ("country", "demonym"))
    if prev_facts is None or not s.cands or countries:
        return
    prev = spans[k - 1]
    pcs = prev_facts.country_codes
    if not pcs:
        return
    qualified = (s.start - prev.end == 1 and text[prev.end] == " ") or (
        prev.possessive and text.startswith(("'s ", "’s "), prev.end, s.start)
    )
    if qualified and any(c.country in pcs for c in s.cands):
        s.country_hint = pcs[0]


_TYPE_WORD_END = re.compile(rf"(?:{'|'.join(PROVINCE_TYPE_WORDS)}|district)$", re.I)


def _country_codes(s: Span) -> tuple[str, ...]:
    """Countries a name can stand for as a country (name or adjective), best first."""
    return facts_of(s).country_codes


def _province_and_town(cands: tuple[Candidate, ...]) -> bool:
    """True when a name is both a province and a town of under a million in that province's
    country (Homs, Hama): a part of it ("eastern Homs") is a part of the province, the
    town's surroundings included. A bigger city has halves news names ("western Mosul")."""
    provinces = {c.country for c in cands if c.kind == "admin1"}
    return any(
        c.kind == "city" and c.country in provinces and c.population < 1_000_000 for c in cands
    )


def _is_country_like(s: Span) -> bool:
    """A name that may stand for a country, so "northern X" is a part of it: not a
    province's code ("Punjab" is PK-PB), nor a province's own name that a country has only
    as an alternate ("the northern West Bank" is in the West Bank, not northern Palestine)."""
    cands = s.cands
    nations = [c for c in cands if c.kind in ("country", "demonym")]
    if not nations or any(c.kind == "admin1" and fold(s.text) == fold(c.ref) for c in cands):
        return False
    return not (
        all(c.alt for c in nations) and any(c.kind == "admin1" and not c.alt for c in cands)
    )


def _province_border(ctx: dict[str, float], s: Span, before: str) -> tuple[Place, int] | None:
    """The border and where its phrase starts for "the border with <a province>" ("Kyiv
    keeps troops along its border with Transnistria"): the article's focus country's border
    with the province's country, when they touch."""
    if "border" not in before and "frontier" not in before and "boundary" not in before:
        return None
    facts = facts_of(s)
    own = facts.own_country
    bw = _BORDER_WITH.search(before) if facts.province and own else None
    home = _focus_other_than(ctx, [own]) if bw else None
    if bw is None or home is None:
        return None
    place = make_place("border", features.border_id(home, own))
    return (place, s.start - (len(before) - bw.start())) if place else None


def _focus_other_than(ctx: dict[str, float], exclude: Sequence[str]) -> str | None:
    """The most-named country of the article that shares a border with one of ``exclude``."""
    for cc in sorted(ctx, key=lambda k: -ctx[k]):
        if cc not in exclude and any(features.touches(cc, x) for x in exclude):
            return cc
    return None


def _two_borders(
    ctx: dict[str, float], a: Sequence[str], b: Sequence[str]
) -> tuple[Place, Place] | None:
    """The focus country's borders with ``a`` and with ``b`` ("its Polish and Lithuanian
    borders"), when it touches both; None otherwise."""
    named = [*a[:1], *b[:1]]
    home = _focus_other_than(ctx, named)
    if home is None or home in named:
        return None
    first, second = _pick_border([home], a), _pick_border([home], b)
    if first is None or second is None:
        return None
    one = make_place("border", features.border_id(*first))
    two = make_place("border", features.border_id(*second))
    return (one, two) if one is not None and two is not None else None


def _pick_border(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    """The first pair of candidate countries that really share a border."""
    for x in a:
        for y in b:
            if x != y and features.touches(x, y):
                return x, y
    return None
