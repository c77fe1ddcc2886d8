"""Sentence spans for news text: a claim's quote is one whole sentence.

Regex candidates plus a few checks keep this fast (no model) while handling what agency copy
is full of: abbreviations ("U.S.", "Gen.", "Feb. 9"), initials, decimals, quotes closed
after the full stop, and "MOSCOW, February 9./TASS/." datelines, which become their own span.
"""

from __future__ import annotations

import re

from dashboard.extract.dateline import dateline_at

__all__ = ["sentences"]

#: Abbreviations that precede a name or a number: never the end of a sentence.
_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "rev", "st", "mt", "ft", "hon",
        "pres", "amb", "insp", "supt", "messrs", "mme", "mlle", "gens", "lieut", "vs", "nos",
        "fig", "art", "vol", "ch", "para", "sec", "approx", "ca", "c", "cf",
    }
)  # fmt: skip
#: Abbreviations that may also end a sentence: split only before a typical sentence opener.
_OTHER_ABBREVIATIONS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "no", "etc", "inc",
        "ltd", "co", "corp", "jr", "sr", "est", "dept", "govt", "km", "mln", "bln", "bn",
    }
)  # fmt: skip
#: Words that usually open a sentence; they decide the ambiguous cases above.
_OPENERS = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "but", "and", "in", "on", "at", "as", "after", "before", "however",
        "meanwhile", "according", "his", "her", "their", "its", "our", "some", "many", "most",
        "while", "when", "if", "since", "during", "last", "what", "who", "why", "how", "such",
        "both", "all", "each", "officials", "earlier", "later", "also", "yet", "so", "still",
        "then", "now", "today", "separately", "several", "about", "around", "more", "no",
    }
)  # fmt: skip

# "[.!?][.!?]*" rather than "[.!?]+": every branch then opens with a character, which lets
# the engine skip to the next candidate instead of trying each position.
_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?][.!?]*)[\"'”’»)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S)([\w'’-]*)")
_LAST_WORD = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_TERMINAL = frozenset('.!?:;"”’»)')
#: A line this long that ends without punctuation is taken as hard-wrapped prose.
_WRAP_WIDTH = 60


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: blank lines always separate; a single line break separates
    unless the line before looks hard-wrapped (long, no final punctuation) or the next line
    continues in lower case."""
    blocks: list[tuple[int, int]] = []
    start = end = -1
    prev_line = ""
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            if start >= 0:
                blocks.append((start, end))
                start = -1
            continue
        if start >= 0:
            # a table row is a line of its own: "RED-Tabara | 600-800 | Mwenga and Fizi", and
            # so is a plain-text table's, its columns three blanks or more apart
            row = ("|" in stripped and "|" in prev_line) or (
                "   " in stripped and "   " in prev_line
            )
            continues = not row and (
                prev_line[-1] not in _TERMINAL
                and (stripped[0].islower() or len(prev_line) >= _WRAP_WIDTH)
            )
            if not continues:
                blocks.append((start, end))
                start = line_start
        else:
            start = line_start
        end = line_start + len(line)
        prev_line = stripped
    if start >= 0:
        blocks.append((start, end))
    return blocks


def _is_boundary(text: str, seg_start: int, punct_start: int, punct: str, after: int) -> bool:
    nxt = _NEXT.match(text, after)
    if nxt is None:
        return True
    opener, first, rest = nxt.groups()
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit() or opener or not first.isalnum()):
        return False
    if punct.rstrip("\"'”’»)]") != ".":
        return True  # "?", "!", "..." before a capital end the sentence
    last = _last_word(text, seg_start, punct_start)
    if last is None:
        return True
    word = last.group(1).lstrip("\"'“‘«([")
    lowered = word.lower()
    next_word = (first + rest).lower()
    if lowered in _TITLES:
        return False
    ambiguous = (
        lowered in _OTHER_ABBREVIATIONS
        or _DOTTED.match(word) is not None
        or (len(word) == 1 and word.isupper())
    )
    if ambiguous:
        return not first.isdigit() and next_word in _OPENERS
    return True


def _last_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_LAST_WORD`` in ``text[start:end]``, looked for in the last characters first."""
    lo = max(start, end - 64)
    found = _LAST_WORD.search(text, lo, end)
    if found is not None and found.start() == lo and lo > start:
        return _LAST_WORD.search(text, start, end)  # the word may begin before the window
    return found


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    dateline = dateline_at(text, start, end)
    if dateline is not None and (dateline.outlet or dateline.month):
        out.append((dateline.start, dateline.end))
        start = dateline.end
    seg = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, seg, m.start(), m.group(), m.end()):
            _emit(text, seg, m.end(), out)
            seg = m.end()
    _emit(text, seg, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence or headline; ``text[start:end]`` is trimmed.

    Paragraph breaks always end a sentence; so does a single line break unless the line
    looks hard-wrapped. A dateline at the start of a paragraph is a span of its own.
    """
    out: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        _split_block(text, start, end, out)
    return out
