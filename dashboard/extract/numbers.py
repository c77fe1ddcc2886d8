"""Figures in news text ("some 1,000", "between 2,000 and 4,000", "a 3,000-strong force"),
the noun each one counts, and why a figure is *not* a force estimate.

Decisions:

* ``number_text`` is ``text[start:end]``: the qualifier words and a "-strong"/"-man"
  compound are part of the span.
* A range is always qualifier ``"range"``, even with "about" in front ("about 4,000 to
  6,000" keeps "about" in ``number_text``): the two ends already carry the uncertainty.
* "from 2,000 to 3,000" after a change verb ("rose from ... to ...") is two figures, not a
  range: the second is the current number.
* Vague amounts ("several hundred", "thousands", "dozens") have no numbers, qualifier
  ``"vague"``. Decimals count only with a scale word ("1.5 thousand", "2.5 million").
* "15.000" is read as fifteen thousand only when the document never writes "1,000" or a
  decimal point ("2.5"); "1.500.000" always is. Otherwise the figure is skipped as
  ambiguous. A bare "one" is skipped ("one of the", "no one").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dashboard.extract._text import lowered, trie_alternation
from dashboard.extract.figure_context import classify_figure, unit_after
from dashboard.model import Qualifier

__all__ = ["Figure", "classify_figure", "find_figures", "unit_after"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written: ``number_text == text[start:end]``; ends None when vague."""

    start: int
    end: int
    number_low: int | None
    number_high: int | None
    number_text: str
    qualifier: Qualifier


_QUALIFIERS: dict[str, Qualifier] = {
    **dict.fromkeys(
        (
            "some", "about", "around", "roughly", "approximately", "approx", "approx.",
            "an estimated", "estimated at", "estimated", "nearly", "almost", "close to", "circa",
            "in the region of", "on the order of", "just under", "just over", "an approximate",
            "perhaps", "possibly", "probably", "maybe", "c.", "ca.",
        ),
        "approximate",
    ),
    **dict.fromkeys(
        (
            "at least", "more than", "over", "upwards of", "upward of", "in excess of",
            "not less than", "no less than", "no fewer than", "not fewer than", "above",
            "a minimum of", "well over", "well above", "at least some",
        ),
        "lower",
    ),
    **dict.fromkeys(
        (
            "up to", "as many as", "as much as", "no more than", "not more than",
            "does not exceed", "do not exceed", "did not exceed", "not exceeding", "fewer than",
            "less than", "at most", "under", "below", "a maximum of", "maximum of",
        ),
        "upper",
    ),
}  # fmt: skip
#: Hedges that make a figure approximate ("perhaps 2,500") and leave a vague amount as it
#: was ("perhaps a few dozen" is "a few dozen").
_HEDGES = frozenset({"perhaps", "possibly", "probably", "maybe"})
_POST_QUALIFIERS: dict[str, Qualifier] = {
    "+": "lower", "plus": "lower", "or more": "lower", "and more": "lower",
    "and above": "lower", "or so": "approximate",
}  # fmt: skip


def _phrases(words: list[str]) -> str:
    """The phrases, longest first, each space matching any run of blanks."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _phrase_trie(words: list[str]) -> str:
    """What :func:`_phrases` matches, written as a trie (see
    :func:`~dashboard.extract._text.trie_alternation`): the engine tries one branch per
    character instead of each of the fifty qualifiers at every candidate figure. Phrases
    that are not a start of one another never match at one position (a space follows each
    word), and of those that are the longer is tried first, as in the longest-first list."""
    return trie_alternation(words).replace(r"\ ", r"\s+")


_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALES = {**_SCALE_WORDS, "k": 1_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}

_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?!\d)"  # 1,000 / 3,000,000
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"  # 15 000 with a no-break or thin space
    r"|\d{2,3}(?:\ \d{3})+(?!\d)"  # 15 000 with a plain space (not "9 100")
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])"  # 15.000 (European, checked later)
    r"|\d+(?:[.,]\d+)?"  # 2014, 3500, 1.5 (decimal needs a scale)
)
_SCALE = r"(?:[ \u00a0]*(?:thousand|million|billion|mln|bn|mn)\b|k\b)"
#: The number words as a trie: it prefers, as the longest-first list did, the longest word
#: at each position ("seventeen" over "seven").
_WORD = trie_alternation([*_UNIT_WORDS, "hundred", "dozen", *_SCALE_WORDS])
_WORDS = (
    r"(?:half\s+an?\s+(?:dozen|hundred|thousand|million)"
    r"|(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_WORD})\b(?:(?:\s+and\s+|[\s\-‐‑]+)(?:{_WORD})\b)*)"
)
_NUM = rf"(?:(?:{_DIGITS})(?:{_SCALE}|(?![\w]))|{_WORDS})"
_VAGUE = (
    r"(?:(?:several|a\s+few|a\s+couple\s+of|few|many|some)\s+(?:hundreds?|thousands?|dozens?|millions?)"
    r"|(?:tens|hundreds|thousands|dozens|scores|millions)(?:\s+(?:of\s+)?(?:thousands|millions))?"
    r"|a\s+handful"
    # "the militias now number in the thousands"
    r"|in\s+the\s+(?:low\s+|high\s+)?(?:tens\s+of\s+thousands|hundreds|thousands|dozens))\b"
)
#: The words a figure can start with; a look-ahead for them (or a digit) spares the engine
#: the figure pattern's hundred alternatives at every other position. In every figure the
#: first word is followed by a blank, a hyphen, a dot or the end of a word, never by a
#: letter, so the look-ahead asks for that too: "and", "after" or "other" are no candidates.
_FIRST_WORDS = (
    {q.split()[0] for q in _QUALIFIERS}
    | {"between", "from", "half", "a", "an", "hundred", "dozen", *_UNIT_WORDS, *_SCALE_WORDS}
    | {"several", "few", "many", "some", "tens", "hundreds", "thousands", "dozens", "scores"}
    | {"millions", "in"}
)
#: What may not come right before a figure (the look-behind that opens :data:`_FIGURE`).
_NOT_BEFORE = r"\w.,\-‐‑/"
_FIGURE = re.compile(
    rf"(?<![{_NOT_BEFORE}])"
    rf"(?=\d|{trie_alternation(_FIRST_WORDS)}(?![a-z]))"
    rf"(?:(?P<qual>{_phrase_trie(list(_QUALIFIERS))})\s+)?"
    rf"(?:between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|from\s+(?P<f1>{_NUM})\s+to\s+(?P<f2>{_NUM})"
    rf"|(?P<vague>{_VAGUE})"
    # (a wiki text's entity between the ends: "80&ndash;120")
    rf"|(?P<n1>{_NUM})(?:(?:\s*[-–—‐‑]\s*|&ndash;|&#8211;|\s+to\s+|\s+or\s+)(?P<n2>{_NUM}))?)"
    r"(?P<compound>[-‐‑](?:strong|man|member)\b|\s+strong\b)?"
    r"(?P<post>\s*\+(?!\s*\d)|[\s\-‐‑]plus\b(?!\s*\d)|\s+(?:or\s+more|or\s+so|and\s+more|and\s+above)\b)?",
    # Matched against a lower-cased copy of the text: IGNORECASE would make this 3x slower.
)
#: :data:`_FIGURE` with the character before the figure consumed instead of looked behind
#: at: a pattern opening with a character class lets the engine skip, in C, the letters and
#: digits no figure can start after (most of the text) instead of trying every position.
#: A match starts one character before its figure.
_FIGURE_AFTER = re.compile(
    rf"[^{_NOT_BEFORE}]" + _FIGURE.pattern.removeprefix(rf"(?<![{_NOT_BEFORE}])")
)
_NUM_PARTS = re.compile(
    rf"(?P<dig>{_DIGITS})(?:[ \u00a0]*(?P<scale>thousand|million|billion|mln|bn|mn|k)\b)?"
    r"|(?P<words>.+)",
    re.IGNORECASE | re.DOTALL,
)
_COMMA_GROUPS = re.compile(r"\d,\d{3}(?!\d)")
#: "2.5", not part of "1.500.000". It opens with a digit (the look-behind checks the one
#: before it) so that the engine skips to digits instead of trying every position.
_DOT_DECIMAL = re.compile(r"\d(?<![\d.]\d)\d*\.(?:\d{1,2}|\d{4,})(?![\d.])")
_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|rising|increased|increasing|grew|grown|growing|fell|fallen|falling|"
    r"dropped|decreased|declined|jumped|swelled|swollen|climbed|doubled|reduced|expanded|"
    r"shrunk|shrank|went up|gone up|went down)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# Compiled once: module-level ``re.*`` calls look their pattern up in a cache on every call.
_LETTERS = re.compile(r"[a-z]+")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DIGIT_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")


def _words_value(words: str) -> int | None:
    tokens = _LETTERS.findall(words.lower())
    if tokens == ["one"]:
        return None  # "one of the", "no one": too common to be a figure
    total = current = 0
    half = False
    for tok in tokens:
        if tok == "half":
            half = True
        elif tok in ("a", "an"):
            current = current or 1
        elif tok in _UNIT_WORDS:
            current += _UNIT_WORDS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in _SCALE_WORDS:
            total += (current or 1) * _SCALE_WORDS[tok]
            current = 0
    value = total + current
    return value // 2 if half else value


def _value(raw: str, european_dots: bool) -> tuple[float | None, int | None]:
    """(value, scale) of one number as written; value None when it is not a whole count."""
    m = _NUM_PARTS.fullmatch(raw.strip())
    if m is None or m.group("words") is not None:
        last = raw.split()[-1].lower() if raw.split() else ""
        return _words_value(raw), _SCALE_WORDS.get(last)  # "three thousand": scale 1,000
    digits, scale_word = m.group("dig"), m.group("scale")
    scale = _SCALES[scale_word.lower()] if scale_word else None
    value: float
    if _DOT_GROUPS.fullmatch(digits):
        if scale and digits.count(".") == 1:
            value = float(digits)  # "1.500 million"
        elif digits.count(".") > 1 or european_dots:
            value = int(digits.replace(".", ""))
        else:
            return None, scale  # "15.000" in a text that uses "1,000" or "2.5": ambiguous
    elif _DECIMAL.fullmatch(digits) and not _COMMA_THOUSANDS.fullmatch(digits):
        value = float(digits.replace(",", "."))
    else:
        value = int(_DIGIT_SEPARATORS.sub("", digits))
    if scale:
        value *= scale
    return value, scale


def _whole(value: float | None) -> int | None:
    if value is None or value != int(value):
        return None
    return int(value)


def _prefix_qualifier(m: re.Match[str]) -> Qualifier | None:
    qual = m.group("qual")
    return _QUALIFIERS[" ".join(qual.lower().split())] if qual else None


def _post_qualifier(m: re.Match[str]) -> Qualifier | None:
    post = m.group("post")
    if not post:
        return None
    return _POST_QUALIFIERS.get(" ".join(post.lower().replace("-", " ").split()), "lower")


def _from_match(text: str, m: re.Match[str], start: int, european_dots: bool) -> list[Figure]:
    end = m.end()
    if m.group("vague"):
        qual = m.group("qual")
        if qual and qual.lower() in _HEDGES:  # "perhaps a few dozen": the amount is vague
            start = m.start("vague")
        return [Figure(start, end, None, None, text[start:end], "vague")]
    first, second = (
        ("b1", "b2") if m.group("b1") else ("f1", "f2") if m.group("f1") else ("n1", "n2")
    )
    low, low_scale = _value(m.group(first), european_dots)
    if m.group(second) is None:
        value = _whole(low)
        if value is None:
            return []
        qualifier = _prefix_qualifier(m) or _post_qualifier(m) or "exact"
        return [Figure(start, end, value, value, text[start:end], qualifier)]
    high, high_scale = _value(m.group(second), european_dots)
    scaled = low is not None and high is not None and not low_scale and high_scale
    if scaled and low is not None and high is not None and low * (high_scale or 1) <= high:
        low *= high_scale or 1  # "between 2 and 3 million"
    lo, hi = _whole(low), _whole(high)
    if first == "b1" and lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    change = first == "f1" and _CHANGE_VERB.search(text, max(0, start - 40), start) is not None
    if lo is not None and hi is not None and lo < hi and not change:
        return [Figure(start, end, lo, hi, text[start:end], "range")]
    # Not a range ("2014-15", "rose from 2,000 to 3,000"): the two numbers on their own.
    out = []
    if lo is not None:
        head = m.start("qual") if m.group("qual") else m.start(first)
        qualifier = _prefix_qualifier(m) or "exact"
        out.append(Figure(head, m.end(first), lo, lo, text[head : m.end(first)], qualifier))
    if hi is not None:
        tail = m.start(second)
        out.append(Figure(tail, end, hi, hi, text[tail:end], _post_qualifier(m) or "exact"))
    return out


@lru_cache(maxsize=8)
def _prepared(text: str) -> tuple[str, bool]:
    """Lower-cased text and its number convention, once per article, not once per sentence."""
    european_dots = _COMMA_GROUPS.search(text) is None and _DOT_DECIMAL.search(text) is None
    return lowered(text), european_dots


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, in order, with offsets into ``text``."""
    stop = len(text) if end is None else min(end, len(text))
    low, european_dots = _prepared(text)
    out: list[Figure] = []
    for m, at in _figure_matches(low, max(0, start), stop):
        out.extend(_from_match(text, m, at, european_dots))
    return out


def _figure_matches(low: str, pos: int, stop: int) -> Iterator[tuple[re.Match[str], int]]:
    """What ``_FIGURE.finditer(low, pos, stop)`` finds, each match with its start.

    A figure right at ``pos`` (the start, or the end of the figure before) is looked for
    with :data:`_FIGURE`; any later one with :data:`_FIGURE_AFTER`, which consumes the
    character before the figure, so that character must lie at or after ``pos``.
    """
    while True:
        m = _FIGURE.match(low, pos, stop)
        if m is not None:
            yield m, pos
        else:
            m = _FIGURE_AFTER.search(low, pos, stop)
            if m is None:
                return
            yield m, m.start() + 1
        pos = m.end()
