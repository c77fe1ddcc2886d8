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

import gc
import math
import re
from dataclasses import dataclass
from functools import cache

from dashboard.geo import features, regions
from dashboard.geo.compass import compass_divisions
from dashboard.geo.facts import sizeable
from dashboard.geo.gazetteer import Candidate, Gazetteer, city_prior, gazetteer, make_place
from dashboard.geo.matcher import NameMatcher, Span, facts_of, mark_group_names
from dashboard.geo.names import fold
from dashboard.geo.phrases import find_phrases
from dashboard.geo.wordlists import (
    COMMON,
    FEATURE_WORDS,
    GEO_WORDS,
    PROVINCE_TYPE_WORDS,
    SITE_WORDS,
)
from dashboard.model import Alternative, Mention, Place


class Geocoder:
    """Offline geoparser over the bundled gazetteer. Build once (``get_geocoder()``)."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.matcher = NameMatcher(self.gaz)
        self._provinces: dict[str, float] = {}
        self._repeats: dict[str, int] = {}  # how often the article names each name
        self._near: dict[str, set[str]] = {}  # province → the names that may lie in it
        self._shared_own: dict[str, str] = {}  # see _shared_province_votes
        self._words: dict[tuple[str, bool, bool], _Word] = {}
        self._readings: dict[tuple[object, ...], tuple[tuple[Candidate, ...], _Readings]] = {}

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
        home = features.feature(f"country:{country.upper()}") if country else None
        context = f"{home.place.name}. " if home is not None else ""
        mentions = self._places(context + query, focus=country.upper() if country else None)
        mentions = [m for m in mentions if m.start >= len(context)]
        if home is not None:  # the user said which country: nothing outside it
            mentions = [m for m in mentions if home.place.countries[0] in m.place.countries]
        if not mentions:
            return self._by_name(query, home.place.countries[0] if home is not None else None)
        # the mention covering most of the query is what the user asked for
        best = max(mentions, key=lambda m: (m.end - m.start, m.place.score))
        return best.place

    def _by_name(self, query: str, country: str | None) -> Place | None:
        """The likeliest reading of a query that is a name and nothing else ("Hama", "Hims"):
        a running text's doubts about an exonym or alternate name ("Boni" for Bonn) do not
        hold when the user typed the name. Scored low: no context vouches for it."""
        name = query.strip()
        if self._doubtful(name):  # "Street", "Murphy": a word or a person, not asked for
            return None
        found = []
        for c in self.gaz.lookup(fold(name)):
            if c.kind in ("city", "admin1") and (country is None or c.country == country):
                place = make_place(c.kind, c.ref)
                if place is not None:
                    found.append((_prior(c), place))
        if not found:
            return None
        found.sort(key=lambda pp: (-pp[0], pp[1].id))
        total = sum(p for p, _ in found)
        (best_prior, best), rest = found[0], found[1:4]
        alternatives = tuple(
            Alternative(pl.id, pl.name, round(0.5 * p / total, 3)) for p, pl in rest
        )
        return _with_score(best, round(0.5 * best_prior / total, 3), alternatives)

    # ---- pass 1: names -----------------------------------------------------------------
    def _context(self, text: str, spans: list[Span]) -> tuple[dict[str, float], str | None]:
        ctx: dict[str, float] = {}
        provinces: dict[str, float] = {}
        repeats: dict[str, int] = {}
        # the provinces each name could stand for or lie in as a sizeable town (villages
        # are too many to be evidence): two names that can share one back each other
        near: dict[str, set[str]] = {}
        for s in spans:
            if s.role == "in-name":
                continue
            name = s.text
            repeats[name] = repeats.get(name, 0) + 1
            facts = facts_of(s)
            code = facts.province_vote
            if code and len(name) > 3:
                provinces[code] = provinces.get(code, 0.0) + 1.0
            vote = facts.country_vote
            if vote is not None and vote[1] < 0.5 and self._doubtful(name):
                vote = None  # "Crystal", "Christmas", "Jay": small US towns by name only
            if vote is not None:
                ctx[vote[0]] = ctx.get(vote[0], 0.0) + vote[1]
            if facts.near_provinces and s.force is None:
                folded = fold(name)
                for code in facts.near_provinces:
                    near.setdefault(code, set()).add(folded)
        self._shared_own = _shared_province_votes(spans, ctx, provinces)
        self._repeats, self._provinces, self._near = repeats, provinces, near
        dm = _DATELINE_PLACE.match(text, 0, 120)
        if dm:
            for c in self.gaz.lookup(fold(dm.group(1))):
                if c.kind == "city" and c.population > 100_000:
                    ctx[c.country] = ctx.get(c.country, 0.0) + 0.5
        focus = max(ctx, key=ctx.__getitem__) if ctx else None
        return ctx, focus

    def _in_longer_name(self, text: str, s: Span) -> bool:
        """True for a small town's one-word name beside a capitalised word that is not a
        common one: part of a name the gazetteer lacks ("Ceel Dheer", "Saraya Ansar
        al-Sunna") or a person's ("Naik Gul"), not the town."""
        if " " in s.text:
            return False
        after = _CAPITAL_AFTER.match(text, s.end)
        if after is not None:
            word = after.group(1)
            if word is None:  # a particle: a town's own name may go on ("Brak al-Shati")
                return all(c.alt for c in s.cands)
            if self._name_word(word):
                return True
        if s.start < 2 or text[s.start - 1] != " " or not text[s.start - 2].isalpha():
            return False
        before = _CAPITAL_BEFORE.search(text, max(0, s.start - 30), s.start)
        if before is None or not self._name_word(before.group(1)):
            return False
        # a capitalised word that opens a sentence or line says nothing ("Around Djibo")
        lead = text[max(0, before.start() - 3) : before.start()].rstrip(" ")
        return bool(lead) and lead[-1] not in _SENTENCE_ENDS

    def _caps_word(self, text: str, s: Span) -> bool:
        """True for a one-word name that is also an English word, in capitals beside another
        word in capitals ("MARITIME SECURITY ADVISORY"): a heading's word, not Togo's
        Maritime region (a dateline's "KABUL, March 3" is a name followed by a comma)."""
        name = s.text
        if len(name) < 4 or not name.isupper() or " " in name:
            return False
        beside = _CAPS_AFTER.match(text, s.end) or _CAPS_BEFORE.search(
            text, max(0, s.start - 30), s.start
        )
        return beside is not None and self.gaz.zipf(fold(name)) >= 3.0

    def _name_word(self, word: str) -> bool:
        """A capitalised word that is neither common ("In", "Airport") nor a place word."""
        key = fold(word)
        return key not in _NOT_NAME_WORDS and self.gaz.zipf(key) < 4.0

    def _typed_once(self, text: str, spans: list[Span]) -> None:
        """A province whose name is also an English word, named once with its type word
        ("the Pool department", "Plateau State"), is that province wherever the article
        names it bare ("across the Pool"): one article, one sense of the word."""
        typed = set()
        for s in spans:
            if s.role != "location" or not any(c.kind == "admin1" for c in s.cands):
                continue
            name = _PROVINCE_WORD_END.sub("", s.text)  # "Pool department" -> "Pool"
            if (name != s.text or _PROVINCE_WORD_AFTER.match(text, s.end)) and self._doubtful(name):
                typed.add(fold(name))
        if not typed:
            return
        for s in spans:
            if s.prefer is None and s.role == "location" and fold(s.text) in typed:
                s.prefer = "admin1"

    def _doubtful(self, name: str) -> bool:
        """True for a one-word name that is also an English word or a person's name."""
        key = fold(name)
        return " " not in key and (self.gaz.zipf(key) >= 3.0 or self.gaz.is_person_name(key))

    def _resolve(self, s: Span, ctx: dict[str, float], focus: str | None) -> Place | None:
        force = s.force
        if force is not None:
            return force if force.score == 1.0 else _with_score(force, 1.0, force.alternatives)
        # the name's own vote is not evidence for itself ("Andarab" alone must not make Iran
        # the context of the Iranian town Andarab)
        facts = facts_of(s)
        if facts.one_place and not s.person and not s.admin1_hint:
            # a country or region: every reading scores alike, none dropped (only a
            # person's name or a province qualifier could drop it)
            first = facts.cands[0]
            place = make_place(first.kind, first.ref)
            if place is None or (place.score == 1.0 and not place.alternatives):
                return place
            return _with_score(place, 1.0, ())
        # nor are its repeats ("Hail ... hail" must not make Saudi Arabia's Ha'il plausible)
        repeats = self._repeats.get(s.text, 1)
        own = facts.country_vote if s.role != "in-name" else None
        if own is not None:
            ctx = {**ctx, own[0]: max(0.0, ctx.get(own[0], 0.0) - repeats * own[1])}
        own_province = None
        if s.role != "in-name" and len(s.text) > 3:
            own_province = facts.province_vote or self._shared_own.get(s.text)
        total = sum(ctx.values()) or 1.0
        neighbours = features.neighbour_map().get(focus, _NONE) if focus else _NONE
        if s.admin1_hint and all(s.admin1_hint not in (c.admin1, c.ref) for c in s.cands):
            return None  # "Churchill, Man.": a town of Manitoba we do not know, not another
        # an article whose names point one way, more than once or twice
        settled = focus is not None and total >= 3.0 and ctx.get(focus, 0.0) / total >= 0.35
        scored = _score(
            s,
            self._readings_of(s, facts.no_big_city),
            ctx,
            total,
            neighbours,
            self._provinces,
            repeats,
            own_province,
            self._near,
            settled,
        )
        if not scored:
            return None
        if len(scored) == 1:  # most names: no rivals, no softmax
            score, c = scored[0]
            if c.kind in ("city", "admin1") and score < 0.3:
                return None
            place = make_place(c.kind, c.ref)
            if place is None or (place.score == 1.0 and not place.alternatives):
                return place
            return _with_score(place, 1.0, ())
        return _pick(_named_together(scored, s.prefer))

    def _word(self, text: str, locative: bool, no_big_city: bool) -> _Word:
        """What the name itself says (memoised: the same names recur across articles)."""
        known = self._words.get((text, locative, no_big_city))
        if known is None:
            single = " " not in text.strip() and "-" not in text
            key = fold(text)
            # a name a big city bears is common as that city's name, not as an English word
            # or a person's name: no doubt on its namesakes either ("London", Ontario)
            plain = single and no_big_city
            known = _Word(
                single=single,
                zipf=self.gaz.zipf(key) if plain else 0.0,
                person=plain and self.gaz.is_person_name(key) and not locative,
                distinctive=not single and _distinctive(key),
            )
            if len(self._words) >= 100_000:
                self._words.clear()
            self._words[(text, locative, no_big_city)] = known
        return known

    def _readings_of(self, s: Span, no_big_city: bool) -> _Readings:
        """The candidates of ``s`` with what the article does not change worked out once
        (memoised on the candidate list and the span's own flags: names recur;
        ``no_big_city``: the fact of its candidates, see _word)."""
        cands = s.cands
        key = (id(cands), s.text, s.prefer, s.admin1_hint, s.person, s.possessive, s.locative)
        known = self._readings.get(key)
        if known is not None and known[0] is cands:
            return known[1]
        readings = _readings(s, self._word(s.text, s.locative, no_big_city))
        if len(self._readings) >= 50_000:
            self._readings.clear()
        self._readings[key] = (cands, readings)  # holding cands keeps its id from reuse
        return readings

    def _places(self, text: str, focus: str | None = None) -> list[Mention]:
        spans = []
        for s in mark_group_names(text, self.matcher.find(text)):
            if _not_meant(text, s) or self._caps_word(text, s):
                continue
            if facts_of(s).small_towns and self._in_longer_name(text, s):
                continue
            if _club(text, s):
                s.role = "in-name"  # "Real Madrid", "Inter Milan": a football club
            spans.append(s)
        ctx, ctx_focus = self._context(text, spans)
        focus = focus or ctx_focus
        phrases = find_phrases(text, spans, focus, ctx)
        phrases += compass_divisions(text, spans, focus, self.gaz)
        _one_sense(spans)
        self._typed_once(text, spans)
        mentions: list[Mention] = []
        resolved: dict[tuple[object, ...], Place | None] = {}  # a name read once per article
        for s in [*spans, *phrases]:
            if s.absorbed:
                continue
            key = (
                None if s.force is not None else s.text,
                id(s.force),
                s.prefer,
                s.district,
                s.country_hint,
                s.admin1_hint,
                s.locative,
                s.in_country_list,
                s.person,
                facts_of(s).place_ids,
            )
            # one lookup: a tuple's hash is not cached, and place_ids can be long
            place = resolved.get(key, _UNRESOLVED)
            if place is _UNRESOLVED:
                place = resolved[key] = self._resolve(s, ctx, focus)
            if place is None:
                continue
            end = s.end
            if s.district and place.kind == "city":
                place, end = _province_of(place), end + s.tail
            mentions.append(Mention(place, text[s.start : end], s.start, end, s.role))
        if phrases:  # the names come in order of their starts, and no two share one
            mentions.sort(key=lambda m: (m.start, -m.end))
        return _coordinated(text, _drop_nested(mentions))


def _shared_province_votes(
    spans: list[Span], ctx: dict[str, float], provinces: dict[str, float]
) -> dict[str, str]:
    """A province whose name other countries' provinces share ("al-Jawf": Yemen's and Saudi
    Arabia's) votes for itself when the rest of the article points to its country (half as
    much again as to any other country the name could be in): the towns in it then read as
    named beside their province ("al-Hazm", the governorate's capital, not Shabwa's). Returns
    each voting name's province: like any name's own vote, no evidence for itself."""
    shared_own: dict[str, str] = {}
    for s in spans:
        if s.role == "in-name" or len(s.text) <= 3:
            continue
        facts = facts_of(s)  # memoised per name: most names hold no province or vote for one
        if "admin1" not in facts.kinds or facts.province_vote:
            continue
        shared = [c for c in s.cands if c.kind == "admin1" and not c.alt]
        if len(shared) < 2:
            continue
        weights = sorted(((ctx.get(c.country, 0.0), c.admin1) for c in shared), reverse=True)
        (best, code), runner_up = weights[0], weights[1][0]
        if best > 0 and best >= 1.5 * runner_up:
            provinces[code] = provinces.get(code, 0.0) + 1.0
            shared_own[s.text] = code
    return shared_own


def _coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two provinces named together ("Bolívar and Amazonas") in one country when the less
    certain of the two has a reading in the other's country: a list names neighbours, not
    one province of Venezuela and one of Colombia."""
    out = list(mentions)
    settled: dict[str, Place] = {}  # a name's reading fixed by a list it stands in
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.place.kind != "admin1" or b.place.kind != "admin1":
            continue
        if a.place.countries == b.place.countries or text[a.end : b.start] not in _JOINS:
            continue
        k, strong = (i, b) if a.place.score < b.place.score else (i + 1, a)
        prefix = f"admin1:{strong.place.countries[0]}-"
        weak = out[k]
        same = next((x for x in weak.place.alternatives if x.id.startswith(prefix)), None)
        if same is None:
            continue
        place = make_place("admin1", same.id.partition(":")[2])
        if place is not None:
            was = Alternative(weak.place.id, weak.place.name, weak.place.score)
            rest = (was, *(x for x in weak.place.alternatives if x is not same))
            out[k] = Mention(
                _with_score(place, same.score, rest), weak.text, weak.start, weak.end, weak.role
            )
            settled[fold(weak.text)] = out[k].place
    # one article, one Amazonas: the name read so in a list is read so where it recurs
    for k, m in enumerate(out):
        place = settled.get(fold(m.text)) if settled else None
        if place is None or m.place.id == place.id:
            continue
        if any(x.id == place.id for x in m.place.alternatives):
            was = Alternative(m.place.id, m.place.name, m.place.score)
            rest = (was, *(x for x in m.place.alternatives if x.id != place.id))
            out[k] = Mention(_with_score(place, place.score, rest), m.text, m.start, m.end, m.role)
    return out


_JOINS = (" and ", ", ", " or ", " & ")


def _province_of(town: Place) -> Place:
    """The province a district named after ``town`` lies in (a district is an area: its
    seat town's point would claim more precision than the text gives), with the town first
    among its alternatives; the town itself when it lies in no province we know."""
    if len(town.admin1) != 1:
        return town
    province = make_place("admin1", town.admin1[0])
    if province is None:
        return town
    seat = Alternative(town.id, town.name, town.score)
    return _with_score(province, town.score, (seat, *town.alternatives))


#: The place a dateline opens with ("KABUL, Feb. 9"), read in the first 120 characters.
_DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Za-z' -]{2,30}?),")


@dataclass(frozen=True, slots=True)
class _Word:
    """What the name itself says: one word or several, how common, a person's name."""

    single: bool
    zipf: float
    person: bool
    distinctive: bool = False  # several words, one of them a name ("North Kivu")


_DIRECTION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "upper",
        "lower",
        "central",
        "far",
        "greater",
        "new",
        "old",
    ]
)


def _distinctive(key: str) -> bool:
    """True for a many-word name with a word that is neither common English nor a direction:
    "North Kivu" names one province, "Far North" or "West Coast" could be anywhere."""
    return any(
        len(w) >= 4 and w not in COMMON and w not in GEO_WORDS and w not in _DIRECTION_WORDS
        for w in key.replace("-", " ").split()
    )


#: One reading of a name with what the article cannot change: the candidate, its country,
#: kind and province, its prior, whether it is implausible (indexed by
#: ``2 * (share == 0) + province_named``), its penalty (indexed by ``share == 0``) and
#: whether it is sizeable. _implausible and _penalty read the article's share of the
#: country only as "zero or not", so these cover every article.
_Reading = tuple[Candidate, str, str, str, float, tuple[bool, ...], tuple[float, float], bool]
_Readings = tuple[_Reading, ...]


def _readings(s: Span, word: _Word) -> _Readings:
    """The rows _score reads for the candidates of ``s`` (see _Reading)."""
    rows = []
    for c in s.cands:
        implausible, penalty = _doubts(c, s, word)
        rows.append((c, c.country, c.kind, c.admin1, _prior(c), implausible, penalty, sizeable(c)))
    return tuple(rows)


def _doubts(
    c: Candidate, s: Span, word: _Word
) -> tuple[tuple[bool, bool, bool, bool], tuple[float, float]]:
    """_implausible in its four cases and _penalty at its two shares (see _Reading), worked
    out together: a new name's readings asked the two rules six times a candidate, and a
    name such as "Franklin" has 33 (tests check they agree with the rules)."""
    kind, alt, population = c.kind, c.alt, c.population
    if s.prefer == kind or (s.admin1_hint and c.admin1 == s.admin1_hint):
        implausible = _NEVER
    else:
        # the rules that drop a reading only where the article gives its country no share
        unshared = (
            (kind == "region" and c.ref in regions.CONTEXT_ONLY)
            or (kind == "admin1" and fold(s.text) in _WATER_NAMES)
            or (s.person and (s.possessive or not s.locative))
        )
        if kind == "city":
            if alt and word.single and (word.zipf >= 3.0 or word.person):
                implausible = _ALWAYS
            elif alt and word.single and population < 100_000:
                implausible = (False, False, True, True)  # a town's other spelling, at home
            else:  # a small town's common or person's name, told apart by a named province
                no_province = province = False
                if word.single and population < 100_000 and not s.locative:
                    province = word.zipf >= 4.0
                    no_province = province or word.person
                if unshared or (alt and population < 1_000_000):
                    implausible = (no_province, province, True, True)
                else:
                    implausible = (no_province, province, no_province, province)
        elif kind == "admin1":
            zero = unshared or (alt and not word.distinctive)
            if not zero:
                zero = (
                    word.single
                    and not s.locative
                    and (word.zipf >= 4.0 or (alt and word.zipf >= 3.0))
                )
            implausible = (False, False, zero, zero)
        else:
            implausible = (False, False, unshared, unshared)
    # _penalty's subtractions, in its order, at a share above zero and at zero
    if kind == "city":
        shared = 0.0
        alone = -0.4 if alt else 0.0
        if population < 15_000:
            alone -= 1.0 if word.single else 0.5
        if population < 100_000:
            alone -= 0.2
        if s.prefer != "city" and not s.locative:
            if word.zipf >= 4.0 and population < 1_000_000:
                doubt = 0.8 * (word.zipf - 3.5)
                shared -= doubt
                alone -= doubt
            if word.person and population < 500_000:
                shared -= 0.6
                alone -= 0.6
        return implausible, (shared, alone)
    if kind == "admin1":
        alone = -0.4 if alt else 0.0
        if word.person and s.prefer != "admin1":
            alone -= 0.6
        return implausible, (0.0, alone)
    return implausible, (0.0, 0.0)


_NEVER = (False, False, False, False)
_ALWAYS = (True, True, True, True)


def _score(
    s: Span,
    readings: _Readings,
    ctx: dict[str, float],
    total: float,
    neighbours: frozenset[str],
    provinces: dict[str, float],
    repeats: int,
    own_province: str | None,
    near: dict[str, set[str]],
    settled: bool = False,
) -> list[tuple[float, Candidate]]:
    """Every plausible reading of the name with its score from prior, context and hints
    (``readings``: its candidates, see _Reading; ``repeats``: how often the article names
    it; ``own_province``: the province its own name votes for, no evidence for itself;
    ``settled``: most of the article's country names point to one country)."""
    scored: list[tuple[float, Candidate]] = []
    country_hint, admin1_hint, prefer = s.country_hint, s.admin1_hint, s.prefer
    in_country_list = s.in_country_list
    # the name is a town's own in a country the article points to: another town's alternate
    # name abroad is not meant ("El Callao" in a story about Venezuela, not Peru's Callao)
    own_here = any(r[2] == "city" and not r[0].alt and ctx.get(r[1], 0.0) > 0 for r in readings)
    # a one-word name with no type word asking for a town ("Suwayda city")
    single = " " not in s.text and "-" not in s.text and prefer != "city" and not admin1_hint
    top = max(ctx.values(), default=0.0) if single else 0.0  # the story's own country's count
    for c, country, kind, admin1, prior, implausible, penalty, big in readings:
        share = ctx.get(country, 0.0) / total if country else 0.0
        if own_here and c.alt and kind == "city" and share == 0:
            continue
        # a small town's other spelling only in the country the story is most about
        # ("Nasir" in a story about South Sudan is not a Khartoum suburb's old name), and
        # not where a town in a country the story names bears the name as its own ("Manbij",
        # not a Turkish village's old name; "Jerez" of Zacatecas, though a Guatemalan
        # village is called so)
        if (
            single
            and c.alt
            and kind == "city"
            and c.population < 100_000
            and (own_here or (share < 0.3 and ctx.get(country, 0.0) < top))
        ):
            continue
        province_named = bool(
            admin1 and provinces.get(admin1, 0.0) - repeats * (admin1 == own_province) > 0
        )
        zero = share == 0
        if implausible[2 * zero + province_named]:
            continue
        score = prior + 1.5 * share + penalty[zero]
        if country and country in neighbours:
            score += 0.15
        elif settled and zero and kind == "city" and c.population < 100_000:
            score -= 0.3  # "north of the Abay" in a story about Ethiopia: not Kazakhstan's Abay
        elif settled and zero and kind == "city" and c.alt:
            score -= 0.6  # "Bagata" in a story about Congo: not an old name of Bogotá
        if country_hint:
            score += 2.0 if country == country_hint else -2.0
        if admin1_hint:
            score += 2.0 if admin1_hint in (admin1, c.ref) else -1.0
        if in_country_list and kind in ("country", "demonym"):
            score += 1.0  # "Nigeria, Niger, Chad and Cameroon": Niger the country
        if prefer == kind or (prefer == "admin1" and kind == "region"):
            score += 1.0
        if kind == "city" and province_named:
            score += 0.8  # "London" in an article that names Ontario
        elif big and len(near.get(admin1, ())) > 1:
            score += 0.4  # "Edmonton" beside "Enfield": both can be in the same borough
        scored.append((score, c))
    return scored


def _named_together(
    scored: list[tuple[float, Candidate]], prefer: str | None
) -> list[tuple[float, Candidate]]:
    """Readings that share a name with a province or a country lose to it."""
    # a province and its same-named capital ("Kunduz", "Quebec", "New York"): the
    # province, unless a type word asked for the city
    # and a small town elsewhere in the province's country ("Córdoba" in a story about
    # Colombia is the department, not a village of Bolívar)
    provinces_named = {c.ref for _, c in scored if c.kind == "admin1" and not c.alt}
    if prefer != "city" and provinces_named:
        home = {code[:2] for code in provinces_named}
        scored = [
            (sc - (0.6 if c.kind == "city" and _beside(c, provinces_named, home) else 0.0), c)
            for sc, c in scored
        ]
    # a country under an alternate name that is its own province's main name: the province
    # ("West Bank", "Gaza Strip" are Palestine's territories, not Palestine)
    own_provinces = {c.country for _, c in scored if c.kind == "admin1" and not c.alt}
    if own_provinces:
        scored = [
            (sc - (0.5 if c.kind == "country" and c.alt and c.ref in own_provinces else 0.0), c)
            for sc, c in scored
        ]
    # a city-state's city and country share a name: the country wins ("Singapore")
    countries_named = {c.ref for _, c in scored if c.kind in ("country", "demonym")}
    if countries_named:
        scored = [
            (sc - (0.5 if c.kind == "city" and c.country in countries_named else 0.0), c)
            for sc, c in scored
        ]
    return scored


def _beside(c: Candidate, provinces: set[str], countries: set[str]) -> bool:
    """A town in a province of its name, or a small one in that province's country."""
    return c.admin1 in provinces or (c.country in countries and c.population < 100_000)


def _pick(scored: list[tuple[float, Candidate]]) -> Place | None:
    """The best reading as a Place, its score a softmax share, the runners-up alternatives."""
    scored.sort(key=_rank)
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
            alts.append((alt_place.id, alt_place.name, round(e / norm, 3)))
    return _scored(place, round(exps[0] / norm, 3), tuple(alts))


#: Places with a score and alternatives, by (place id, score, alternatives) (see _scored).
_SCORED: dict[tuple[str, float, tuple[tuple[str, str, float], ...]], Place] = {}


def _scored(place: Place, score: float, alts: tuple[tuple[str, str, float], ...]) -> Place:
    """``place`` with ``score`` and the alternatives ``alts`` (id, name, score), made once per
    distinct value: a name recurs with the same readings and shares, and building the frozen
    Place and Alternatives again cost a third of _pick."""
    key = (place.id, score, alts)
    known = _SCORED.get(key)
    if known is None:
        if len(_SCORED) >= 100_000:
            _SCORED.clear()
        alternatives = tuple(Alternative(*alt) for alt in alts)
        known = _SCORED[key] = _with_score(place, score, alternatives)
    return known


def _prior(c: Candidate) -> float:
    """How likely a name means this kind of place before the article is read."""
    known = _KIND_PRIOR.get(c.kind)
    if known is None:
        return city_prior(c.population)
    if c.kind == "region" and c.ref in regions.DIVISIONS:
        return 0.75  # a first-order division built from its provinces
    return known


_KIND_PRIOR = {"country": 1.0, "demonym": 1.0, "region": 1.1, "admin1": 0.75}


#: Provinces named after a sea or river: alone, with no word for their country, the water.
_WATER_NAMES = frozenset({"red sea", "black sea", "dead sea", "blue nile", "white nile", "caspian"})


def _implausible(c: Candidate, s: Span, word: _Word, share: float, province_named: bool) -> bool:
    """Readings to drop outright unless a type word ("city of", "province") asks for them.

    The rule as written for people: the scorer reads _doubts, which works out its cases in
    one pass, and tests/geo/test_shortcuts.py checks the two agree; change both."""
    if s.prefer == c.kind or (s.admin1_hint and c.admin1 == s.admin1_hint):
        return False  # "Churchill, Man.": the province vouches for the town
    if c.kind == "region" and share == 0 and c.ref in regions.CONTEXT_ONLY:
        return True  # "the North East of England" is not Nigeria's North-East zone
    if c.kind == "admin1" and share == 0 and fold(s.text) in _WATER_NAMES:
        return True  # "the Red Sea" in a story about Yemen is the sea, not Sudan's state
    if s.person and share == 0 and (s.possessive or not s.locative):
        # "Georgia Smith ... said Georgia", "to Georgia's credit": the person, unless the
        # story is about the place (the preposition before a possessive governs its noun)
        return True
    alt_only = c.alt and word.single
    if c.kind == "city":
        if alt_only and (word.zipf >= 3.0 or word.person):
            return True  # "Google" for Topeka: an odd old name that is a word or a person's
        if alt_only and c.population < 100_000:
            # "Boons" for Severna Park in a story about Canada: a small town's other name
            # only at home ("Dhusamareb" in a story about Somalia; _score asks more)
            return share == 0
        if c.alt and share == 0 and c.population < 1_000_000:
            return True  # "Boni" for Bonn in an article about Mali: exonyms of big cities only
        if word.single and c.population < 100_000 and not s.locative:
            # "Street", "Olympic", "Murphy", "Steele": a common word or a person's name
            return word.zipf >= 4.0 or (word.person and not province_named)
        return False
    if c.kind == "admin1" and share == 0:
        if c.alt and not word.distinctive:
            return True  # "Far North" (Cameroon) in an article about Canada; "Achin" (Aceh)
        return word.single and not s.locative and (word.zipf >= 4.0 or (c.alt and word.zipf >= 3.0))
    return False


def _penalty(c: Candidate, s: Span, word: _Word, share: float) -> float:
    """Softer doubts: foreign alternate names, small towns far from the story, names of people
    (the rule as written for people; _doubts is the form the scorer reads, kept equal by a test)."""
    out = 0.0
    if c.alt and c.kind in ("city", "admin1") and share == 0:
        out -= 0.4
    if c.kind == "city":
        if share == 0 and c.population < 15_000:
            out -= 1.0 if word.single else 0.5
        if share == 0 and c.population < 100_000:
            out -= 0.2
        if s.prefer != "city" and not s.locative:
            if word.zipf >= 4.0 and c.population < 1_000_000:
                out -= 0.8 * (word.zipf - 3.5)  # "Christmas", "Street", "University"
            if word.person and c.population < 500_000:
                out -= 0.6  # "Clinton", "Murphy"
    elif c.kind == "admin1" and word.person and share == 0 and s.prefer != "admin1":
        out -= 0.6  # "Vladimir", "Paul"
    return out


#: Words that make the name before them a street's: "Hertford Road" is in Edmonton.
_STREET_WORDS = (
    r"Street|Road|Avenue|Lane|Boulevard|Drive|Terrace|Way|Close|Crescent|"
    r"(?:St|Rd|Ave|Blvd)\.(?!\s+[A-Z])"
)
_STREET_AFTER = re.compile(rf"[ \t]+(?:{_STREET_WORDS})\b")
_STREET_NAME = re.compile(rf".* (?:{_STREET_WORDS})$")


#: The word before a place in a sports club's name (the club is not the place).
_CLUB_BEFORE = re.compile(
    r"\b(?:Real|Atl[eé]tico|Athletic|Sporting|Inter|AC|FC|AFC|Dynamo|Dinamo|Olympique|"
    r"Racing|Deportivo|Borussia|Bayern|Paris\s+Saint-Germain)\s$"
)
#: The last word of every name _CLUB_BEFORE knows: the text before a place must end in one
#: of them (and one white space) for the pattern to match, which str.endswith tests far
#: faster than the search.
_CLUB_ENDINGS = (
    "Real", "Atletico", "Atlético", "Athletic", "Sporting", "Inter", "AC", "FC", "Dynamo",
    "Dinamo", "Olympique", "Racing", "Deportivo", "Borussia", "Bayern", "Germain",
)  # fmt: skip
_CLUB_WORDS = frozenset({"Real", "Inter", "Sporting", "Atletico", "Bayern", "Dynamo", "Dinamo"})
_CLUB_AFTER_WORDS = ("FC", "United", "Hotspur", "Wanderers", "Athletic", "Rovers")
_CLUB_AFTER = re.compile(rf"\s(?:{'|'.join(_CLUB_AFTER_WORDS)})\b")


def _club(text: str, s: Span) -> bool:
    """True for a place name inside a club's: "Real Madrid", "Atletico Madrid", "Bayern
    Munich", "Leeds United"."""
    if _club_before(text, s.start):
        return True
    if s.text in _CLUB_WORDS and re.search(rf"\b{s.text} [A-Z]", text):
        return True  # "Real's Gareth Bale" in a story that names Real Madrid
    # the word after the white space must open a club word before the pattern can match
    return (
        text.startswith(_CLUB_AFTER_WORDS, s.end + 1)
        and _CLUB_AFTER.match(text, s.end) is not None
        and not facts_of(s).country_codes
    )


def _club_before(text: str, start: int) -> bool:
    """True when _CLUB_BEFORE matches the 25 characters before ``start``: a club word and
    one white space end there (or end one character earlier, before a final line break,
    where ``$`` also matches)."""
    lo = max(0, start - 25)
    ends = text.endswith(_CLUB_ENDINGS, lo, start - 1) or (
        text.startswith("\n", start - 1) and text.endswith(_CLUB_ENDINGS, lo, start - 2)
    )
    return ends and _CLUB_BEFORE.search(text, lo, start) is not None


_FRENCH_NAME_AFTER = re.compile(r"\s(?:d['’]|de\s|du\s|des\s)[A-Z]")


_WORD_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s$")


_QUALIFIER_WORDS = frozenset(
    {
        "haut", "hauts", "haute", "hautes", "bas", "basse", "basses", "upper", "lower", "high",
        "great", "greater", "little", "petit", "petite", "grand", "grande", "alto", "alta",
        "bajo", "baja",
    }
)  # fmt: skip
_NAME_AFTER_FEATURE = re.compile(r" (?:(?:al|el|ad|as|ash|an|ar|az)-)?[A-Z]")


def _not_meant(text: str, s: Span) -> bool:
    """True for a name that means no place here: part of a street's or a longer name, a
    language, or a town's or province's name inside a natural feature's. All but the first
    rule apply to some kinds of name only, tested first from the facts: most names skip
    their patterns."""
    if _STREET_AFTER.match(text, s.end):
        return True  # "Hertford Road", "in Seaton Street"
    facts = facts_of(s)
    kinds = facts.kinds
    if kinds <= _RIVER_NAMES and (
        _RIVER_AFTER.match(text, s.end) or text.endswith(("River ", "river "), 0, s.start)
    ):
        # "the Sobat river", "the Panj River", "across the Niger river", "the River Congo":
        # the river, which we do not have (not the country named after it)
        return True
    if _SEA_AFTER.match(text, s.end):
        return True  # "the Indian Ocean", "the Sulu Sea": the sea, not India or Sulu
    if fold(s.text) in _ARABIC_OPENERS and _NAME_GOES_ON.match(text, s.end):
        return True  # "Ain Issa", "Deir Hafer": a place the data lacks, not France's Ain
    if (
        s.text[:1] in _COMPASS_INITIALS
        and _COMPASS_NAME.fullmatch(s.text)
        and _NAME_AFTER_COMPASS.match(text, s.end)
    ):
        return True  # "South East Antrim" (a constituency), not Botswana's South-East
    return (
        (facts.small_towns and _small_town_in_name(text, s))
        or (kinds == _DEMONYM and _language(text, s))
        or (kinds <= _CITY_OR_ADMIN1 and _feature(text, s))
    )


_LAKE_WORDS = frozenset({"lake", "lac"})
_PROVINCE_WORD = "|".join(PROVINCE_TYPE_WORDS)
_COMPASS_INITIALS = frozenset("NSEWCnsewc")
_COMPASS_NAME = re.compile(
    r"(?:North|South)(?:[ \-]?(?:East|West))?|East|West|Central", re.IGNORECASE
)
#: A capitalised name right after a compass name, other than a type word ("North West
#: Province", "South East District" stay the divisions).
_NAME_AFTER_COMPASS = re.compile(
    rf"[ \t]+(?!(?:{_PROVINCE_WORD}|District|Zone|Division)\b)"
    r"(?i:(?!of\b|and\b|the\b|in\b))[A-Z][a-z]"
)


def _feature(text: str, s: Span) -> bool:
    """True for a town's name inside a natural feature's ("Lake Lanao", "Mount Sinjar"):
    the lake or mountain is meant, and the gazetteer does not have it."""
    lo = max(0, s.start - 12)
    window = text[lo : s.start]
    # _WORD_BEFORE needs a capital and white space at the end: most windows have neither
    before = (
        _WORD_BEFORE.search(text, lo, s.start)
        if window[-1:].isspace() and not window.islower()
        else None
    )
    word = fold(before.group(1)) if before is not None else ""
    if word in _QUALIFIER_WORDS:
        # "the Hauts Plateaux" (of South Kivu) is not Congo's Plateaux department: had the
        # gazetteer known "Hauts Plateaux", the matcher would have taken the longer name. But
        # "Upper Kurram" and "Lower Kurram" are the halves of the district news names
        return not (word in ("upper", "lower") and all(c.kind == "admin1" for c in s.cands))
    if not all(c.kind == "city" for c in s.cands):
        # "Lake Tanganyika" is the lake, not the province named after it
        return word in _LAKE_WORDS and all(c.kind == "admin1" for c in s.cands)
    if fold(s.text) in FEATURE_WORDS and _NAME_AFTER_FEATURE.match(text, s.end):
        return True  # "the Wadi al-Shay valley": the feature word itself, not a town Wadi
    return word in FEATURE_WORDS


def _small_town_in_name(text: str, s: Span) -> bool:
    """True for the name of small towns only that is part of a longer name ("Ballon d'Or",
    "Tour de France") or a street's name as a whole ("Church Street")."""
    return _FRENCH_NAME_AFTER.match(text, s.end) is not None or bool(_STREET_NAME.match(s.text))


#: Capitalised words beside a town's name that leave it the town ("Hudur Airport").
_NOT_NAME_WORDS = COMMON | GEO_WORDS | FEATURE_WORDS | SITE_WORDS
_SENTENCE_ENDS = frozenset(".!?:;\n\"“”'‘’([—–-")
_PROVINCE_WORD_AFTER = re.compile(rf"\s+(?:{_PROVINCE_WORD})\b", re.IGNORECASE)
_PROVINCE_WORD_END = re.compile(rf"\s+(?:{_PROVINCE_WORD})$", re.IGNORECASE)
#: a capitalised word, or an Arabic name's particle ("Ansar al-Sunna", "Omar bin Laden")
_CAPITAL_AFTER = re.compile(r" (?:([A-Z][\w'’-]*)|(?:al|el|ad|ar|as|ash|az)-\w|(?:bin|ibn) [A-Z])")
#: a capitalised word, not a possessive ("Ituri's Djugu territory")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w-]*) $")
#: Words that open Arabic place names ("spring of", "monastery of", "village of"): with a
#: name after them they are part of it, whatever else they name alone.
_ARABIC_OPENERS = frozenset(
    {"ain", "ayn", "ein", "bir", "deir", "dayr", "kafr", "umm", "beit", "bayt", "qasr", "sidi"}
)
_NAME_GOES_ON = re.compile(r"[ -](?:[A-Z]|(?:al|el|ad|ar|as|ash|az|an)-)")
_CAPS_AFTER = re.compile(r"[ \t]+[A-Z]{3,}\b")
_CAPS_BEFORE = re.compile(r"\b[A-Z]{3,}[ \t]+$")
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
_SEA_AFTER = re.compile(r"\s+(?:Ocean|Sea)\b")
_LANGUAGE_BEFORE = re.compile(
    r"(?:\b(?:in|speaks?|spoke|speaking|fluent|translated\s+(?:from|into)(?:\s+the)?))\s+$",
    re.I,
)
_LANGUAGE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\"”]|(?:and|or|which|but|with|as|original|text|version|edition)\b|$)"
)


def _language(text: str, s: Span) -> bool:
    """True for a nationality adjective used as the name of a language ("shouted in
    Turkish, witnesses said", "she speaks fluent French"): no place is meant (for names
    that are only nationality adjectives)."""
    window = max(0, s.start - 30)
    return bool(_LANGUAGE_BEFORE.search(text, window, s.start)) and bool(
        _LANGUAGE_AFTER.match(text, s.end)
    )


def _one_sense(spans: list[Span]) -> None:
    """A name qualified once ("LONDON, Ky.", "Paris, Texas") keeps that reading wherever the
    article repeats it unqualified: one article, one London."""
    hints: dict[str, tuple[str | None, str | None]] = {}
    for s in spans:
        if s.admin1_hint or s.country_hint:
            hints.setdefault(fold(s.text), (s.admin1_hint, s.country_hint))
    if not hints:
        return
    for s in spans:
        hint = hints.get(fold(s.text))
        if hint is not None and not (s.admin1_hint or s.country_hint):
            s.admin1_hint, s.country_hint = hint


_CITY = frozenset({"city"})
_DEMONYM = frozenset({"demonym"})
_CITY_OR_ADMIN1 = frozenset({"city", "admin1"})
_RIVER_NAMES = frozenset({"city", "admin1", "country", "demonym"})
_KIND_RANK = {"region": 0, "country": 1, "demonym": 1, "admin1": 2, "city": 3}
_NONE: frozenset[str] = frozenset()
#: Stands for "not resolved yet" in _places, where None means "resolved to no place".
_UNRESOLVED = Place("", "country", "", (), (), 0, 0.0, 0.0, (0.0, 0.0, 0.0, 0.0), "")


def _rank(sc: tuple[float, Candidate]) -> tuple[float, int, int, str]:
    """Best score first; ties: regions, then countries, provinces, towns; bigger first."""
    c = sc[1]
    return (-sc[0], _KIND_RANK.get(c.kind, 4), -c.population, c.ref)


def _with_score(place: Place, score: float, alternatives: tuple[Alternative, ...]) -> Place:
    """``replace(place, score=..., alternatives=...)`` without dataclasses.replace's field
    introspection, which cost a tenth of resolution (tests check the two agree)."""
    return Place(
        place.id,
        place.kind,
        place.name,
        place.countries,
        place.admin1,
        place.precision,
        place.lat,
        place.lon,
        place.bbox,
        place.geometry_type,
        score,
        alternatives,
    )


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
    """The process-wide geocoder (loading takes well under a second).

    Its index holds about a million small objects that live as long as the process. Python's
    full garbage collections would walk all of them every time (40-50 ms, several times a
    minute while articles are read), so they are moved out of the collector's sight once
    loaded (``gc.freeze``: objects made before the call are never collected, which these
    are not anyway).
    """
    geocoder = Geocoder()
    gc.freeze()
    return geocoder
