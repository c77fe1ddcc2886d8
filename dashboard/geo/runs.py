"""The words of one run of capitalised words and the longest gazetteer name at each word.

What names a run ("United States", "Islamic State of Iraq and the Levant") holds depends only
on the run's own characters and the fixed index, and news repeats the same runs across
articles, so the matcher reads each distinct run once here and reuses the reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dashboard.geo.facts import NameFacts, name_facts
from dashboard.geo.gazetteer import ABBREVIATION_KEYS, Candidate, Gazetteer
from dashboard.geo.names import fold
from dashboard.geo.wordlists import COMMON

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Lower-case Arabic articles a run may open with ("al-Qaim": see NameMatcher.find).
_ARTICLES = frozenset(
    {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "ed", "es"}
)
#: The endings of a possessive word ("Afghanistan's").
_POSSESSIVES = ("'s", "’s", "'S", "’S")
#: (start, end, word) of a token, offsets from the start of its run.
Tok = tuple[int, int, str]


@dataclass(frozen=True, slots=True, eq=False)
class RunName:
    """The longest name starting at one token: token range, offsets in the run, folded key,
    and what the index says about the key (looked up once here, not per mention). Compared
    and hashed by identity: each is made once per distinct run."""

    first: int
    last: int
    start: int
    end: int
    possessive: bool
    key: str
    facts: NameFacts = field(default_factory=lambda: name_facts(()))

    @property
    def cands(self) -> tuple[Candidate, ...]:
        """The places the name may stand for."""
        return self.facts.cands

    @property
    def small_towns_only(self) -> bool:
        """Only towns of under 100,000 people: the name may well be a surname."""
        return self.facts.small_towns and bool(self.facts.cands)


@dataclass(frozen=True, slots=True)
class RunReading:
    """A run's tokens and, per token, the longest name starting there (None: no name)."""

    tokens: tuple[Tok, ...]
    names: tuple[RunName | None, ...]  # at least one is a name


def _tokens(run: str) -> tuple[Tok, ...]:
    """What TOKEN finds in ``run``; most runs are ASCII letters and spaces, whose tokens are
    the words between the spaces, found without the regex and its match objects."""
    if not (run.isascii() and run.replace(" ", "").isalpha()):
        return tuple([(m.start(), m.end(), m.group()) for m in TOKEN.finditer(run)])
    tokens = []
    start = 0
    for word in run.split(" "):
        end = start + len(word)
        if word:
            tokens.append((start, end, word))
        start = end + 1
    return tuple(tokens)


def _capitalised(word: str) -> bool:
    """True for a capitalised word, or one after a French elided article ("d'Ivoire")."""
    return word[:1].isupper() or (word[:1] in "dl" and word[1:2] in "'’" and word[2:3].isupper())


class RunReader:
    """Reads runs against one gazetteer, remembering up to ``limit`` distinct runs."""

    def __init__(self, gaz: Gazetteer, limit: int = 100_000) -> None:
        self.gaz = gaz
        self.limit = limit
        #: run → its reading, for every run read so far (callers may look here first and
        #: call read() only for a run that is missing: most runs recur)
        self.known: dict[str, RunReading | None] = {}
        #: folded key → its facts: a new run mostly holds names other runs hold ("Ontario"
        #: in "Both the B.C. and Ontario"), and one candidate tuple per key lets the
        #: resolver's memos (keyed on it) hit as well
        self._keys: dict[str, NameFacts] = {}

    def read(self, run: str) -> RunReading | None:
        """The reading of ``run``; None when no name starts at any of its words ("The",
        "Kabulov", "Associated Press")."""
        try:
            return self.known[run]
        except KeyError:
            pass
        reading = None if self._lone_non_name(run) else self._read(run)
        if len(self.known) >= self.limit:
            self.known.clear()
        self.known[run] = reading
        return reading

    def _lone_non_name(self, word: str) -> bool:
        """A single capitalised word that no gazetteer key or abbreviation stands for (a run
        of several words is not folded here: it is no single word)."""
        if not word.isalpha():
            return False
        key = fold(word)
        return key not in ABBREVIATION_KEYS and (
            key not in self.gaz or (word.lower() in COMMON and not word.isupper())
        )

    def _read(self, run: str) -> RunReading | None:
        tokens = _tokens(run)
        names = tuple([self._longest(run, tokens, i) for i in range(len(tokens))])
        if not any(names):
            return None
        return RunReading(tokens, names)

    def _bare_is_better(self, key: str, bare: str) -> bool:
        """True when a name written with its article ("al mukalla") is only an alternate
        name and the name without it is a place's own name: read the bare name instead."""
        with_article = self.gaz.lookup(key)
        return all(c.alt for c in with_article) and any(not c.alt for c in self.gaz.lookup(bare))

    def _longest(self, run: str, tokens: tuple[Tok, ...], i: int) -> RunName | None:
        """The longest name starting at token ``i`` (capitalised first and last word)."""
        gaz = self.gaz
        start, end, word = tokens[i]
        article = False
        if not word[:1].isupper():
            # an article hyphened to a capitalised word: "al-Bab" (also inside a run,
            # "al-Qaim and al-Bab")
            if (
                word not in _ARTICLES
                or i + 1 >= len(tokens)
                or run[end : end + 1] != "-"
                or not tokens[i + 1][2][:1].isupper()
            ):
                return None
            article = True
        elif not word.endswith(_POSSESSIVES):
            key = fold(word)
            if not gaz.may_continue(key):  # most words: no longer name starts with them
                return self._name(i, i, start, end, False, key) if key in gaz else None
        best: tuple[int, int, bool] | None = None
        parts: list[str] = []
        for j in range(i, min(len(tokens), i + gaz.max_words)):
            _s, e, w = tokens[j]
            poss = w.endswith(_POSSESSIVES)
            if poss and gaz.may_continue(" ".join([*parts, fold(w)])):
                # "Cox's Bazar": the 's may be part of a longer name; "Jordan's Public
                # Security Directorate" still names Jordan if no longer name follows
                bare = " ".join([*parts, fold(w[:-2])])
                if bare in gaz and (j == i or w[:1].isupper()):
                    best = (j, e - 2, True)
                parts.append(fold(w))
                continue
            if poss:
                w = w[:-2]
                e -= 2
            parts.append(fold(w))
            key = " ".join(parts)
            if key in gaz and (j == i or _capitalised(w) or gaz.is_region_name(key)):
                best = (j, e, poss)
            if poss or not gaz.may_continue(key):
                break
        if best is None or (article and best[0] == i):
            return None  # "al" alone is no name
        j, end, poss = best
        key = fold(run[start:end])
        if article and self._bare_is_better(key, key.partition(" ")[2]):
            return None  # "al-Mukalla": the town's own name is "Mukalla"
        return self._name(i, j, start, end, poss, key)

    def _name(
        self, first: int, last: int, start: int, end: int, possessive: bool, key: str
    ) -> RunName:
        """The name of tokens ``first`` to ``last`` with what the index says of its key."""
        facts = self._keys.get(key)
        if facts is None:
            facts = name_facts(tuple(self.gaz.lookup(key)))
            if len(self._keys) >= self.limit:
                self._keys.clear()
            self._keys[key] = facts
        return RunName(first, last, start, end, possessive, key, facts)
