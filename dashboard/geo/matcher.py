"""Pass 1 of the geocoder: find gazetteer names in runs of capitalised words.

The longest name wins ("Central Asia" never yields "Asia"); common words, acronyms,
surnames and first names that happen to be towns are turned away here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import TypeVar

from dashboard.extract.groups import find_groups, group_table
from dashboard.geo.facts import NameFacts, name_facts
from dashboard.geo.gazetteer import ABBREVIATION_KEYS, Candidate, Gazetteer
from dashboard.geo.names import fold
from dashboard.geo.regions import direction_key
from dashboard.geo.runs import RunName, RunReader, RunReading, Tok
from dashboard.geo.wordlists import (
    ACRONYMS,
    BLOCKED,
    COMMON,
    FEATURE_WORDS,
    GEO_WORDS,
    GIVEN_NAMES,
)
from dashboard.model import Place, Role

_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
#: Capital letters a name may open with: ASCII, Latin-1 and Latin Extended ("Şırnak",
#: "Łódź", "Žilina").
_UPPER = "A-Z\u00c0-\u00de" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_CAP = rf"(?:(?:[A-Z]\.){{2,}}|[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)*)"
_LOWER_JOIN = (
    r"(?:of|and|the|de|del|al|el|la|ad|as|an|ash|ar|az|es|ul|ur|da|do|dos|das|i|e|y|basin|"
    r"region|regions|valley|peninsula|belt|areas|mountains|forest|gorge|gap|corridor|park|ez|"
    r"wa|au|aux|des|du|sur|en|les)"
)
_GAP = r"(?:[ \t]{1,2}|[ \t]?[-‐‑–][ \t]?)"
#: A run of capitalised words, joined by spaces or hyphens, with the lower-case words
#: names may contain ("Bosnia and Herzegovina", "Lake Chad basin"): names live inside runs.
#: The first word is _CAP with its capital taken first and the "no letter before" test
#: looking back over two characters: a pattern that opens with a character class lets the
#: regex engine skip straight to capitals (twice as fast as opening with the lookbehind).
_RUN = re.compile(
    rf"[{_UPPER}](?<![\w'’].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|[^\W\d_]*(?:['’][^\W\d_]+)*)"
    # a French elided article before a capital joins too: "Côte d'Ivoire", "Val d'Oise"
    rf"(?:{_GAP}(?:{_CAP}|[dl]['’]{_CAP}|{_LOWER_JOIN}\b))*"
)
#: A title and the name after it ("Gen. Abdul Dostum"): the name is a person's. The word
#: boundary before the title is checked by _title_names, for the same reason as above.
_TITLE_NAME = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Prof|Rev|President|Minister|"
    r"Senator|Governor|General|Judge|Justice|Mayor|Pope|King|Queen|Prince|Sheikh|Mullah|Imam|"
    r"Commander|Chancellor|Ambassador|Secretary)\.?\s+(?:([A-Z][a-z]+)\s+)?([A-Z][\w'’-]+)"
)
_WORD_CHAR = re.compile(r"\w")


_SURNAME_NEXT = re.compile(r" [A-Z][a-z]")
#: An Arabic article written in lower case before a name: "al-Qaim", "el-Geneina".
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ed|es)-$")

_LOCATIVE = re.compile(
    r"\b(?:in|near|at|from|outside|around|across|into|to|of|town of|city of|village of)\s+$"
)
#: The words a _LOCATIVE match ends with.
_LOCATIVE_ENDS = ("in", "near", "at", "from", "outside", "around", "across", "into", "to", "of")


def _locative(text: str, start: int) -> bool:
    """_LOCATIVE in the 14 characters before ``start``. A match is one of its words and
    white space up to ``start``: text before a name that does not end so (most) is turned
    away by two string tests, without the regex search."""
    lo = max(0, start - 14)
    before = text[lo:start]
    return (
        before[-1:].isspace()
        and before.rstrip().endswith(_LOCATIVE_ENDS)
        and _LOCATIVE.search(text, lo, start) is not None
    )


@dataclass(slots=True)
class Span:
    """A raw match of a name before resolution."""

    start: int
    end: int
    text: str
    cands: tuple[Candidate, ...]
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
    #: named as a second-order division ("Rutshuru territory"): drawn as its province
    district: bool = False
    tail: int = 0  # characters of a type word the mention takes when resolved ("territory")
    facts: NameFacts | None = None  # of the candidates the name was found with


#: What a plan does with a name (see _Plan): keep it as a span, or for a rejected name,
#: take its key as a surname and test for a capitalised word after it (a first name).
_KEEP, _SURNAME, _FIRST = 1, 2, 4


@dataclass(frozen=True, slots=True)
class _Plan:
    """What find() does with one run when its names were judged once for good (see
    NameMatcher._plan): ``steps`` are the names it keeps or learns from, in order, each with
    its action (_KEEP, or _SURNAME and/or _FIRST); ``singles`` the keys of the one-word names
    the reading passes over."""

    steps: tuple[tuple[RunName, int], ...]
    singles: frozenset[str]


def facts_of(s: Span) -> NameFacts:
    """What the span's candidates say; worked out again only when they were replaced."""
    known = s.facts
    if known is None or known.cands is not s.cands:
        known = s.facts = name_facts(s.cands)
    return known


class NameMatcher:
    """Finds the gazetteer names of a text (not yet resolved)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.runs = RunReader(gaz)
        self._verdicts: dict[RunName, bool | None] = {}  # see _judge
        self._plans: dict[str, _Plan | None] = {}  # run → its plan (see _plan)
        self._first_names: dict[str, bool] = {}
        self._surnames: dict[str, bool] = {}
        self._place_word_sets: dict[str, frozenset[str]] = {}

    def find(self, text: str) -> list[Span]:
        """Pass 1: longest gazetteer names within runs of capitalised words."""
        surnames: set[str] = set()
        people: set[str] = set()
        for m in _title_names(text):
            surnames.add(fold(m.group(2)))
            people.update(fold(x) for x in m.groups() if x)
        given: set[str] = set()  # first names the article gives with a surname
        spans: list[Span] = []
        known = self.runs.known
        plans = self._plans
        for run in _RUN.finditer(text):
            group = run.group()
            base = run.start()
            if base > 2 and text[base - 1] == "-":
                article = _ARTICLE_BEFORE.search(text, base - 5, base)
                if article is not None:  # "al-Qaim", "el-Fasher": the article is the name's
                    base = article.start()
                    group = text[base : run.end()]
            try:
                reading = known[group]
            except KeyError:
                reading = self.runs.read(group)
            if reading is None:
                continue  # a lone capitalised word that is no name: "The", "He", "Kabulov"
            after = run.end()
            if text[after : after + 1].isdigit():
                continue  # "Kurdistan24", "G20": a brand or a code, not a place
            try:
                plan = plans[group]
            except KeyError:
                plan = self._plan(group, reading)
            if plan is None or not (
                plan.singles.isdisjoint(people) and plan.singles.isdisjoint(surnames)
            ):
                self._read_run(text, base, reading, people, surnames, given, spans)
                continue
            for name, action in plan.steps:  # the run's names, judged once for good
                end = base + name.end
                if action == _KEEP:
                    start = base + name.start
                    facts = name.facts
                    best = Span(start, end, text[start:end], facts.cands, name.first, name.last)
                    best.possessive, best.facts = name.possessive, facts
                    if name.first == name.last:  # only one-word names need these
                        best.locative = _locative(text, start)
                        best.person = name.key in given
                    spans.append(best)
                    continue
                if action & _SURNAME:  # "Zamir Kabulov": a later "Kabulov" is him
                    surnames.add(name.key)
                if action & _FIRST and _SURNAME_NEXT.match(text, end):
                    given.add(name.key)  # "Georgia Smith": a later lone "Georgia" may be her
        return spans

    def _plan(self, run: str, reading: RunReading) -> _Plan | None:
        """What _read_run does with ``run`` wherever it stands, or None when that depends on
        the text around it (see _judge_in_run); memoised per run. It holds while the article
        names no person or surname like one of the run's one-word names."""
        steps: list[tuple[RunName, int]] = []
        singles: set[str] = set()
        surnames: set[str] = set()  # the surnames the run itself gives
        names, tokens = reading.names, reading.tokens
        prev_end = -1  # where the last name kept in the run ends
        plan: _Plan | None = None
        i, n = 0, len(tokens)
        while i < n:
            name = names[i]
            if name is None:
                i += 1
                continue
            key = name.key
            single = name.first == name.last
            if single:
                singles.add(key)
            if key in BLOCKED or (single and key in surnames and name.small_towns_only):
                i = name.last + 1
                continue
            judged = _judge_in_run(name, run, tokens, prev_end, self)
            if judged is None:
                break
            accepted, surname = judged
            if accepted and name.facts.cands:
                steps.append((name, _KEEP))
                prev_end = name.end
                i = name.last + 1
                continue
            if not accepted:
                if surname:
                    surnames.add(key)
                action = (_SURNAME if surname else 0) | (
                    _FIRST if single and key in GIVEN_NAMES else 0
                )
                if action:
                    steps.append((name, action))
            i += 1
        else:
            plan = _Plan(tuple(steps), frozenset(singles))
        _remember(self._plans, run, plan)
        return plan

    def _verdict(self, name: RunName, raw: str, n_tokens: int) -> bool | None:
        """_judge's verdict on ``name`` (``raw``: as written), memoised."""
        try:
            return self._verdicts[name]
        except KeyError:
            if len(self._verdicts) >= 200_000:
                self._verdicts.clear()
            verdict = self._verdicts[name] = _judge(name, raw, n_tokens, self)
            return verdict

    def _read_run(
        self,
        text: str,
        base: int,
        reading: RunReading,
        people: set[str],
        surnames: set[str],
        given: set[str],
        spans: list[Span],
    ) -> None:
        """The names of the run at ``base`` (its ``reading``), judged where they stand, added
        to ``spans``; ``people`` and ``surnames`` the article names, ``given`` the first names
        it gives with a surname."""
        verdicts = self._verdicts
        tokens, names = reading.tokens, reading.names
        i, n = 0, len(tokens)
        while i < n:
            name = names[i]
            if name is None:
                i += 1
                continue
            key = name.key
            single = name.first == name.last
            if key in BLOCKED or (
                single
                and (
                    (key in people and not _is_country_name(name.cands))
                    or (key in surnames and name.small_towns_only)
                )
            ):
                i = name.last + 1
                continue
            start, end = base + name.start, base + name.end
            # most names were judged once for good (see _judge): no span for a rejected one
            verdict = verdicts.get(name)
            best = None
            if verdict is None:
                best = Span(start, end, text[start:end], (), name.first, name.last, name.possessive)
                # right after a place's possessive ("North Kivu's Lubero"): no first name
                prev_end = spans[-1].end if spans else -1
                if not self._acceptable(best, name, text, tokens, base, surnames, prev_end):
                    best = None
            elif verdict:
                best = Span(start, end, text[start:end], (), name.first, name.last, name.possessive)
            if best is not None:
                self._add(best, name, end, text, given, spans)
                if best.cands:
                    i = best.last_token + 1
                    continue
            elif single and key in GIVEN_NAMES and _SURNAME_NEXT.match(text, end):
                given.add(key)  # "Georgia Smith": a later lone "Georgia" may be her
            i += 1

    def _add(
        self, best: Span, name: RunName, end: int, text: str, given: set[str], spans: list[Span]
    ) -> None:
        """Give an accepted name its candidates and flags and keep it (``end``: where the
        name ended before _acceptable let an abbreviation take its full stop)."""
        if best.end == end:
            best.facts = name.facts
            best.cands = name.facts.cands
        else:  # "Ky" took its full stop
            best.cands = tuple(self.gaz.lookup(fold(best.text)))
        single = name.first == name.last
        if single:  # only one-word names need it (see geocoder._implausible)
            best.locative = _locative(text, best.start)
        if best.cands:
            best.person = single and name.key in given
            spans.append(best)

    def _acceptable(
        self,
        span: Span,
        name: RunName,
        text: str,
        tokens: tuple[Tok, ...],
        base: int,
        surnames: set[str],
        prev_end: int = -1,
    ) -> bool:
        """Reject common words, lone letters and first names standing in for places
        (``tokens`` are the run's, offsets from ``base``; ``prev_end``: where the name
        before ends, -1 for none)."""
        verdict = self._verdict(name, span.text, len(tokens))
        if verdict is not None:
            return verdict
        return self._acceptable_here(span, name, text, tokens, base, surnames, prev_end)

    def _acceptable_here(
        self,
        span: Span,
        name: RunName,
        text: str,
        tokens: tuple[Tok, ...],
        base: int,
        surnames: set[str],
        prev_end: int = -1,
    ) -> bool:
        """_acceptable in full, reading the text around the run where it must (``prev_end``:
        where the name before ends, -1 for none)."""
        key = name.key
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
        if span.first_token > 0 and name.small_towns_only:
            p_start, p_end, p_word = tokens[span.first_token - 1]
            p_start, p_end = base + p_start, base + p_end
            pkey = fold(p_word)
            if (
                text[p_end : span.start] == " "
                # "North Kivu's Lubero": a place's, not a first name
                and not (prev_end >= 0 and text[prev_end : span.start] in ("'s ", "’s "))
                and not (_sentence_start(text, p_start) and pkey in COMMON)
                and pkey not in FEATURE_WORDS  # "Mount Sinjar": a mountain, not a person
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
                and text[span.end : base + n_start] == " "
                and fold(n_word) not in GEO_WORDS
                and (key in GIVEN_NAMES or self._surname(n_word))
            ):
                return False  # "Chad Smith", "Jordan Henderson", "Elizabeth Crankshaw"
        return True

    def _first_name(self, key: str) -> bool:
        """A person's name that only towns of under 500,000 people bear (not "London",
        not "Florida"); memoised, like the two below: the same words recur."""
        known = self._first_names.get(key)
        if known is None:
            cands = self.gaz.lookup(key)
            known = self.gaz.is_person_name(key) and all(
                c.kind == "city" and (c.alt or c.population < 500_000) for c in cands
            )
            _remember(self._first_names, key, known)
        return known

    def _surname(self, word: str) -> bool:
        """A word that reads as a surname: a known one, or no place and no English word."""
        known = self._surnames.get(word)
        if known is None:
            key = fold(_POSSESSIVE.sub("", word))
            known = self.gaz.is_person_name(key) or (key not in self.gaz and key not in COMMON)
            _remember(self._surnames, word, known)
        return known

    def _place_words(self, word: str) -> frozenset[str]:
        """The folded word when it is itself a place name or adjective, else empty."""
        known = self._place_word_sets.get(word)
        if known is None:
            key = fold(_POSSESSIVE.sub("", word))
            known = frozenset({key} if key in self.gaz or direction_key(word) else ())
            _remember(self._place_word_sets, word, known)
        return known

    # ---- pass 2: phrases ---------------------------------------------------------------


_TEXT = attrgetter("text")


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
    table = group_table()
    if _group_name_grams(table).isdisjoint(map(fold, map(_TEXT, spans))):  # a loop in C
        return spans  # no name here occurs in any group's name: skip the group matcher
    if not any(table.may_hold(text, s.start, s.end) for s in spans):
        return spans  # nor do the words around any of them ("Syria" but not "Free Syrian")
    groups = [(g.start, g.end) for g in find_groups(text, table=table)]
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


def _judge(name: RunName, raw: str, n_tokens: int, matcher: NameMatcher) -> bool | None:
    """What _acceptable_here says of a name wherever it stands, or None when the answer may
    depend on the text around its run (abbreviations, capitals, surnames, first names);
    memoised per name, it spares most mentions the full check."""
    key = name.key
    single = name.first == name.last
    if key in ABBREVIATION_KEYS:
        return None
    if len(key) < 2 or (single and len(key) < 3 and not raw.isupper()):
        return False
    if single and raw.isupper() and "." not in raw:
        return True if key in ACRONYMS else None
    if single and key in COMMON:
        return False
    if not single:
        return True
    if name.first > 0 and name.small_towns_only:
        return None
    if name.last + 1 < n_tokens and (key in GIVEN_NAMES or matcher._first_name(key)):
        return None  # a first name if a surname follows
    return True


def _judge_in_run(
    name: RunName, run: str, tokens: tuple[Tok, ...], prev_end: int, matcher: NameMatcher
) -> tuple[bool, bool] | None:
    """What _acceptable_here says of ``name`` in ``run`` (its ``tokens``) wherever the run
    stands: (accepted, its key becomes a surname), or None when that depends on the text
    outside the run. Offsets are the run's; ``prev_end`` is where the last name kept in the
    run ends, -1 for none. It follows _acceptable_here step by step; what only the text
    outside can tell is an abbreviation's full stop, a line in capitals or a dateline, a
    sentence start before the run and a possessive just before it."""
    key = name.key
    single = name.first == name.last
    raw = run[name.start : name.end]
    if key in ABBREVIATION_KEYS:
        return None
    if len(key) < 2 or (single and len(key) < 3 and not raw.isupper()):
        return False, False
    if single and raw.isupper() and "." not in raw:
        return (True, False) if key in ACRONYMS else None
    if single and key in COMMON:
        return False, False
    if not single:
        return True, False
    if name.first > 0 and name.small_towns_only:
        p_start, p_end, p_word = tokens[name.first - 1]
        pkey = fold(p_word)
        if (
            run[p_end : name.start] == " "
            and pkey not in FEATURE_WORDS
            and (
                pkey in GIVEN_NAMES
                or matcher.gaz.is_person_name(pkey)
                or pkey not in matcher._place_words(p_word)
            )
        ):
            # a name kept before the run ends where the run starts or earlier, so the "'s "
            # it would need before this name would hold the run's first character, a capital
            owned = prev_end >= 0 and run[prev_end : name.start] in ("'s ", "’s ")
            if pkey not in COMMON:
                sentence = False
            elif p_start >= 4:
                sentence = _sentence_start(run, p_start)
            else:
                return None
            if not owned and not sentence:
                return False, True
    if name.last + 1 < len(tokens) and (key in GIVEN_NAMES or matcher._first_name(key)):
        n_start, _n_end, n_word = tokens[name.last + 1]
        if (
            n_word[:1].isupper()
            and run[name.end : n_start] == " "
            and fold(n_word) not in GEO_WORDS
            and (key in GIVEN_NAMES or matcher._surname(n_word))
        ):
            return False, False
    return True, False


def _title_names(text: str) -> list[re.Match[str]]:
    """What ``finditer`` of _TITLE_NAME with a leading ``\\b`` finds: a match that starts
    inside a word is dropped and the search goes on from the next character."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := _TITLE_NAME.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        out.append(m)
        pos = m.end()
    return out


def _is_country_name(cands: Sequence[Candidate]) -> bool:
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
_NOT_UPPER = re.compile(rf"[^{_UPPER}]+")
_ASCII = re.compile(r"[\x00-\x7f]+")
_ASCII_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: bytes.translate deletes these: what is left of an ASCII line is its letters / its capitals
_NOT_ASCII_LETTER = bytes(b for b in range(128) if b not in _ASCII_LETTERS)
_NOT_ASCII_UPPER = bytes(b for b in range(128) if not 65 <= b <= 90)


def _shouting(text: str, at: int) -> bool:
    """True when the line around ``at`` is written in capitals (a headline or a label)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _in_capitals(text[line_start : line_end if line_end != -1 else len(text)])


@lru_cache(maxsize=64)
def _in_capitals(line: str) -> bool:
    """True when most of the line's letters are capitals (memoised: an article's acronyms
    share its lines, and a line can be the whole article)."""
    letters, upper = _letters_and_capitals(line)
    return bool(letters) and upper / letters > 0.8


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V, limit: int = 100_000) -> None:
    """``memo[key] = value``, emptying the memo first when it holds ``limit`` entries."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value


def _letters_and_capitals(line: str) -> tuple[int, int]:
    """How many letters the line has and how many are capitals; the ASCII part is counted by
    bytes.translate (a line of a wire story can be the whole 2 KB article)."""
    ascii_part = line.encode("ascii", "ignore")
    letters = len(ascii_part.translate(None, _NOT_ASCII_LETTER))
    upper = len(ascii_part.translate(None, _NOT_ASCII_UPPER))
    if len(ascii_part) != len(line):
        rest = _NOT_LETTER.sub("", _ASCII.sub("", line))
        letters += len(rest)
        upper += len(_NOT_UPPER.sub("", rest))
    return letters, upper
