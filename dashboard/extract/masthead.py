"""The masthead of a plain-text article: the outlet's name in capitals on the first line,
with an issue, date or "press release" line under it ("THE MOUNTAIN ECHO / Buea's
independent weekly | Thursday, October 3, 2024").

Local papers, ministries and NGOs print their name this way instead of a wire dateline; the
reader takes the outlet (and lets the headline below be the title) from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Masthead", "find_masthead", "masthead_line"]

#: How many lines under the name may still belong to the masthead.
_DEPTH = 3
_NAME = re.compile(r"[A-Z0-9][A-Z0-9&'’.,\- ]{2,60}")
#: What a masthead's second lines hold: separators, an issue, a date, a kind of publication.
_MASTHEAD_LINE = re.compile(
    r"\||·|\b(?:weekly|daily|newspaper|news|edition|issue|vol\.?|no\.|press\s+release|"
    r"statement|bulletin|communiqu[eé]|update|report|brief|published)\b|"
    r"\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
#: Lines under a masthead that are not the headline: "NEWS | SECURITY", "Vol. 18 No. 39",
#: "PRESS RELEASE No. 214".
_MASTHEAD_REST = re.compile(
    r"[|·]|^(?:vol\.?|no\.|issue|edition|press\s+release|covering|published)\b|"
    r"^(?:section|category|filed\s+under|topics?|tags?|desk)\s*:",
    re.IGNORECASE,
)
#: A name in capitals and the page's section: "FRONTEIRA NORTE - Interviews".
_NAME_AND_SECTION = re.compile(
    r"([A-Z0-9][A-Z0-9&'’.]+(?: [A-Z0-9&'’.]+){0,5}) [-–—|] (?i:news|world|africa|asia|americas|"
    r"europe|middle east|politics|security|opinion|analysis|interviews?|features?|reports?|"
    r"regions?|national|local|home|editorial|conflict|defen[cs]e|focus|in depth|explainer|"
    r"(?:\w+ )?edition)"
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an"})


@dataclass(frozen=True, slots=True)
class Masthead:
    """The outlet a masthead names and the offset where the masthead ends."""

    outlet: str
    end: int


def find_masthead(text: str) -> Masthead | None:
    """The masthead opening ``text``, or None when the first line is not one."""
    lines = text.split("\n", _DEPTH + 2)
    first = lines[0].strip() if lines else ""
    named = _NAME_AND_SECTION.fullmatch(first)
    if named is not None and len(lines) > 1:  # "FRONTEIRA NORTE - Interviews"
        return Masthead(_title_case(named.group(1)), len(lines[0]))
    words = first.split()
    if not (1 <= len(words) <= 7 and _NAME.fullmatch(first) and any(c.isalpha() for c in first)):
        return None
    if first != first.upper() or first.endswith((".", ":", ",")):
        return None
    below = [line for line in lines[1 : _DEPTH + 1] if line.strip()]
    if not any(_MASTHEAD_LINE.search(line) for line in below):
        return None
    return Masthead(_title_case(first), len(lines[0]))


def masthead_line(line: str) -> bool:
    """True for a line under a masthead that is part of it, not the headline: an issue or
    section line, or a short line in capitals ("JOINT COMMAND OF THE ARMED FORCES")."""
    return _MASTHEAD_REST.search(line) is not None or (line.isupper() and len(line.split()) <= 6)


def _title_case(name: str) -> str:
    """ "THE MOUNTAIN ECHO" -> "The Mountain Echo"; "MINISTRY OF DEFENCE OF PERU" -> "Ministry
    of Defence of Peru"."""
    out = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        out.append(low if i and low in _SMALL_WORDS else low[:1].upper() + low[1:])
    return " ".join(out)
