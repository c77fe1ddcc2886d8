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


def name_facts(cands: tuple[Candidate, ...]) -> NameFacts:
    """The facts of ``cands``."""
    if not cands:
        return _EMPTY
    countries = {c.country for c in cands}
    own = next(iter(countries)) if len(countries) == 1 else ""
    adm = {c.admin1 for c in cands if c.kind == "admin1"}
    only_provinces = all(c.kind == "admin1" for c in cands)
    return NameFacts(
        cands,
        tuple(dict.fromkeys(c.ref for c in cands if c.kind in ("country", "demonym"))),
        own,
        context_weight(cands) if own else 0.0,
        next(iter(adm)) if len(adm) == 1 and only_provinces else "",
        tuple(c.place_id for c in cands),
        {c.kind for c in cands} <= {"country", "demonym"},
        len({c.place_id for c in cands}) == 1 and not any(c.kind in _WEIGHED for c in cands),
    )


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
_EMPTY = NameFacts((), (), "", 0.0, "", (), True, False)
