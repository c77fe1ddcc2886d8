"""Pass 1 of the geocoder: find gazetteer names in runs of capitalised words.

The longest name wins ("Central Asia" never yields "Asia"); common words, acronyms,
surnames and first names that happen to be towns are turned away here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.geo.gazetteer import ABBREVIATION_KEYS, Candidate, Gazetteer
from dashboard.geo.names import fold
from dashboard.geo.regions import direction_key
from dashboard.geo.wordlists import ACRONYMS, BLOCKED, COMMON, GEO_WORDS, GIVEN_NAMES
from dashboard.model import Place, Role

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z\u00C0-\u00DE][^\W\d_]*(?:['’][^\W\d_]+)*)"
_LOWER_JOIN = (
    r"(?:of|and|the|de|del|al|el|la|ad|as|an|ash|ar|az|es|ul|ur|da|do|dos|das|i|e|basin|"
    r"region|valley|peninsula|belt|areas|ez|wa|au|aux|des|du|sur|en|les)"
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
_TITLE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Prof|Rev|President|Minister|"
    r"Senator|Governor|General|Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh|Mullah|Imam|"
    r"Commander|Chancellor|Ambassador|Secretary)\.?\s+(?:([A-Z][a-z]+)\s+)?([A-Z][\w'’-]+)"
)


_SURNAME_NEXT = re.compile(r" [A-Z][a-z]")

_LOCATIVE = re.compile(
    r"\b(?:in|near|at|from|outside|around|across|into|to|of|town of|city of|village of)\s+$"
)


@dataclass(slots=True)
class Span:
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
    admin1_hint: str | None = None  # from "Paris, Texas" / "Regina, Sask."
    locative: bool = False  # after "in", "near", "from": a place, even if also a name
    in_country_list: bool = False  # "Nigeria, Niger, Chad and Cameroon"
    person: bool = False  # the article names someone so ("Georgia Smith ... Georgia said")
    absorbed: bool = False  # part of a longer phrase mention
    extra: list[str] = field(default_factory=list)


class NameMatcher:
    """Finds the gazetteer names of a text (not yet resolved)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def find(self, text: str) -> list[Span]:
        """Pass 1: longest gazetteer names within runs of capitalised words."""
        surnames: set[str] = set()
        people: set[str] = set()
        if _TITLE_HINT.search(text):
            for m in _TITLE_NAME.finditer(text):
                surnames.add(fold(m.group(2)))
                people.update(fold(x) for x in m.groups() if x)
        given: set[str] = set()  # first names the article gives with a surname
        spans: list[Span] = []
        gaz = self.gaz
        for run in _RUN.finditer(text):
            if text[run.end() : run.end() + 1].isdigit():
                continue  # "Kurdistan24", "G20": a brand or a code, not a place
            word = run.group()
            key = fold(word)
            if (
                word.isalpha()
                and key not in ABBREVIATION_KEYS
                and (key not in gaz or (word.lower() in COMMON and not word.isupper()))
            ):
                continue  # a lone capitalised word that is no name: "The", "He", "Kabulov"
            tokens = [
                (t.start(), t.end(), t.group())
                for t in TOKEN.finditer(text, run.start(), run.end())
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
                owned = bool(spans) and text[spans[-1].end : best.start] in ("'s ", "’s ")
                if not skip and self._acceptable(best, text, tokens, surnames, owned):
                    best.cands = gaz.lookup(fold(best.text))
                    if single:  # only one-word names need it (see geocoder._implausible)
                        window = max(0, best.start - 14)
                        best.locative = bool(_LOCATIVE.search(text, window, best.start))
                    if best.cands:
                        best.person = single and key in given
                        spans.append(best)
                        i = best.last_token + 1
                        continue
                elif (
                    not skip
                    and single
                    and key in GIVEN_NAMES
                    and _SURNAME_NEXT.match(text, best.end)
                ):
                    given.add(key)  # "Georgia Smith": a later lone "Georgia" may be her
                i = best.last_token + 1 if skip else i + 1
        return spans

    def _longest(self, text: str, tokens: list[_Tok], i: int) -> Span | None:
        """The longest name starting at token ``i`` (capitalised first and last word)."""
        gaz = self.gaz
        start = tokens[i][0]
        if not tokens[i][2][:1].isupper():
            return None
        best: Span | None = None
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
                best = Span(start, e, text[start:e], [], i, j, poss)
            if poss or not gaz.may_continue(key):
                break
        return best

    def _acceptable(
        self, span: Span, text: str, tokens: list[_Tok], surnames: set[str], owned: bool = False
    ) -> bool:
        """Reject common words, lone letters and first names standing in for places
        (``owned``: right after a place's possessive, so no first name)."""
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
                and not owned  # "North Kivu's Lubero": a place's, not a first name
                and not (_sentence_start(text, p_start) and pkey in COMMON)
                and (
                    pkey in GIVEN_NAMES
                    or self.gaz.is_person_name(pkey)
                    or pkey not in self._place_words(p_word)
                )
            ):
                surnames.add(key)  # later "Smith said" is the same person
                return False  # "Chad Smith", "Zamir Kabulov": a surname, not a town
        if span.last_token + 1 < len(tokens) and (key in GIVEN_NAMES or self._first_name(key)):
            n_start, _n_end, n_word = tokens[span.last_token + 1]
            if (
                n_word[:1].isupper()
                and text[span.end : n_start] == " "
                and fold(n_word) not in GEO_WORDS
                and (key in GIVEN_NAMES or self._surname(n_word))
            ):
                return False  # "Chad Smith", "Jordan Henderson", "Elizabeth Crankshaw"
        return True

    def _first_name(self, key: str) -> bool:
        """A person's name that only towns of under 500,000 people bear (not "London",
        not "Florida")."""
        cands = self.gaz.lookup(key)
        return self.gaz.is_person_name(key) and all(
            c.kind == "city" and (c.alt or c.population < 500_000) for c in cands
        )

    def _surname(self, word: str) -> bool:
        """A word that reads as a surname: a known one, or no place and no English word."""
        key = fold(_POSSESSIVE.sub("", word))
        return self.gaz.is_person_name(key) or (key not in self.gaz and key not in COMMON)

    def _place_words(self, word: str) -> set[str]:
        """The folded word when it is itself a place name or adjective, else empty."""
        key = fold(_POSSESSIVE.sub("", word))
        return {key} if key in self.gaz or direction_key(word) else set()

    # ---- pass 2: phrases ---------------------------------------------------------------


@lru_cache(maxsize=4)
def _group_name_grams(table: object) -> frozenset[str]:
    """Every run of one to four words of every group alias, folded ("uzbekistan",
    "islamic state", "west africa"): a place name outside this set is in no group's name."""
    grams: set[str] = set()
    for alias in getattr(table, "aliases", {}):
        words = fold(alias).split(" ")
        for n in range(1, 5):
            grams.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return frozenset(grams)


def mark_group_names(text: str, spans: list[Span]) -> list[Span]:
    """Names inside armed-group names: "in-name" (Uzbekistan in IMU) or dropped (Taliban)."""
    from dashboard.extract.groups import find_groups, group_table

    grams = _group_name_grams(group_table())
    if not any(fold(s.text) in grams for s in spans):
        return spans  # no name here occurs in any group's name: skip the group matcher
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


def _is_country_name(cands: list[Candidate]) -> bool:
    return any(c.kind in ("country", "demonym") for c in cands)


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


def _small_towns_only(cands: list[Candidate]) -> bool:
    """True when a name can only be a town of under 100,000 people (surname territory)."""
    return bool(cands) and all(c.kind == "city" and c.population < 100_000 for c in cands)
