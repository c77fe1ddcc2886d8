"""What a name's candidate places say, worked out once per distinct candidate list.

Every pass asks the same questions of a mention's candidates (which countries can the name
stand for, does it speak for one country or one province, which place ids). The answers
depend only on the list, and the run reader hands the same list to every mention of a name,
so they are computed once and travel with the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.geo.gazetteer import Candidate


@dataclass(frozen=True, slots=True)
class NameFacts:
    """The answers for one candidate list, ``cands``."""

    cands: tuple[Candidate, ...]
    #: countries the name can stand for as a country (name or adjective), best first
    country_codes: tuple[str, ...]
    #: the one country every reading lies in; "" for several, or a multi-country region
    own_country: str
    #: how much naming it says about the article's country (0.0 without an own country)
    weight: float
    #: the one province every reading is ("" unless all readings are that province)
    province: str
    place_ids: tuple[str, ...]
    #: every reading is a country (name or adjective); true of an empty list too
    countries_only: bool
    #: all readings are one country or region (no town or province): the name means that
    #: place whatever the article says, so resolution has nothing to weigh
    one_place: bool
    #: the country the name votes for in the article's context, and how loudly (see
    #: country_vote); None when it may be in several
    country_vote: tuple[str, float] | None
    #: the province the name stands for when it can only be that province or small towns
    #: elsewhere (see province_vote); "" otherwise
    province_vote: str
    #: no reading is a town of BIG_CITY people or more under its own name
    no_big_city: bool
    #: the provinces the name could stand for or lie in as a sizeable town
    near_provinces: frozenset[str]
    #: the kinds of its readings ("city", "demonym" ...): the text rules that apply only to
    #: towns or only to nationality adjectives test this, not every candidate
    kinds: frozenset[str]
    #: every reading is a town of under 100,000 people; true of an empty list too
    small_towns: bool


def name_facts(cands: tuple[Candidate, ...]) -> NameFacts:
    """The facts of ``cands``."""
    if not cands:
        return _EMPTY
    if len(cands) == 1:
        return one_facts(cands)
    return many_facts(cands)


def many_facts(cands: tuple[Candidate, ...]) -> NameFacts:
    """The facts of a list of any length (name_facts takes it for two or more), gathered in
    one pass over the candidates: a dozen passes, one per fact, cost twice as much, and a
    new article brings a few names of many candidates ("Franklin", "Kingston")."""
    countries: set[str] = set()
    kinds: list[str] = []
    place_ids: list[str] = []
    nations: dict[str, None] = {}  # refs of the country readings, in order
    provinces: set[str] = set()  # of the province readings
    near: list[str] = []
    only_provinces = no_big_city = small_towns = True
    for c in cands:
        kind, admin1, population = c.kind, c.admin1, c.population
        countries.add(c.country)
        kinds.append(kind)
        place_ids.append(c.place_id)
        if kind == "admin1":
            provinces.add(admin1)
        else:
            only_provinces = False
            if kind in ("country", "demonym"):
                nations[c.ref] = None
        if not c.alt and population >= BIG_CITY:
            no_big_city = False
        if not (kind == "city" and population < 100_000):
            small_towns = False
        if admin1 and sizeable(c):
            near.append(admin1)
    own = next(iter(countries)) if len(countries) == 1 else ""
    kind_set = frozenset(kinds)
    return NameFacts(
        cands,
        tuple(nations),
        own,
        context_weight(cands) if own else 0.0,
        next(iter(provinces)) if len(provinces) == 1 and only_provinces else "",
        tuple(place_ids),
        kind_set <= _NATION,
        len(set(place_ids)) == 1 and kind_set.isdisjoint(_WEIGHED),
        country_vote(cands),
        province_vote(cands) or "",
        no_big_city,
        frozenset(near),
        kind_set,
        small_towns,
    )


def one_facts(cands: tuple[Candidate, ...]) -> NameFacts:
    """The facts of a one-candidate list, as name_facts would work them out (most names
    have one reading, and a new article brings dozens of new names)."""
    c = cands[0]
    kind, country = c.kind, c.country
    nation = kind in ("country", "demonym")
    weight = context_weight(cands) if country else 0.0
    return NameFacts(
        cands,
        (c.ref,) if nation else (),
        country,
        weight,
        c.admin1 if kind == "admin1" else "",
        (c.place_id,),
        nation,
        kind not in _WEIGHED,
        (country, weight) if country else None,
        c.admin1 if kind == "admin1" and not c.alt else "",
        c.alt or c.population < BIG_CITY,
        frozenset((c.admin1,)) if c.admin1 and sizeable(c) else frozenset(),
        frozenset((kind,)),
        kind == "city" and c.population < 100_000,
    )


#: Cities this large make their name a place name first.
BIG_CITY = 500_000
#: Towns smaller than this do not stop a country's or province's name from voting for it.
NAMESAKE_TOWN = 200_000


def country_vote(cands: Sequence[Candidate]) -> tuple[str, float] | None:
    """The country a name speaks for, and how loudly; None when it may be in several.

    A country's, province's or big city's own name outweighs the towns named after it
    elsewhere: "Canada" (villages in Mexico), "Turkey" (a US town), "Ontario" (towns in the
    US) and "Los Angeles" (villages in Chile) still say which country the article is about.
    """
    countries = {c.country for c in cands}  # "" for a multi-country region
    if "" in countries or not cands:
        return None
    if len(countries) == 1:
        return next(iter(countries)), context_weight(cands)
    big = {c.country for c in cands if c.kind in ("country", "demonym", "admin1")}
    limit = NAMESAKE_TOWN
    if not big:
        top = max(cands, key=lambda c: 0 if c.alt else c.population)
        if top.population >= NAMESAKE_TOWN:
            big = {top.country}  # a big city whose namesakes abroad are 20 times smaller
            limit = top.population // 20
    if len(big) != 1:
        return None
    cc = next(iter(big))
    if any(c.country != cc and (c.kind != "city" or c.population >= limit) for c in cands):
        return None
    return cc, context_weight([c for c in cands if c.country == cc])


def province_vote(cands: Sequence[Candidate]) -> str | None:
    """The province a name stands for, when it can only be that province or small towns
    elsewhere ("Ontario", "Kentucky"); None otherwise (names of three letters or fewer are
    left to the caller)."""
    provinces = {c.admin1 for c in cands if c.kind == "admin1" and not c.alt}
    if len(provinces) != 1:
        return None
    code = next(iter(provinces))
    for c in cands:
        if c.kind == "admin1":
            if c.admin1 != code:
                return None
        elif c.kind != "city" or c.admin1 == code or c.population >= NAMESAKE_TOWN:
            return None
    return code


def sizeable(c: Candidate) -> bool:
    """A province, or a town of 50,000 people or more under its own name."""
    return c.kind == "admin1" or (c.kind == "city" and not c.alt and c.population >= 50_000)


def context_weight(cands: Sequence[Candidate]) -> float:
    """How much a name that can only be in one country says about the article's country."""
    kinds = {c.kind for c in cands}
    if kinds <= {"country", "demonym"}:
        return 1.0
    if kinds == {"city"} and max(c.population for c in cands) < 100_000:
        return 0.25  # a small town's name is weak evidence (it may be a surname)
    return 0.75


#: kinds whose readings can be dropped or doubted by the article's context
_WEIGHED = frozenset({"city", "admin1"})
#: the kinds of a country's readings (its name or adjective)
_NATION = frozenset({"country", "demonym"})
_EMPTY = NameFacts(
    (), (), "", 0.0, "", (), True, False, None, "", True, frozenset(), frozenset(), True
)
