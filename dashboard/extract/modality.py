"""How firmly a claim is made: asserted, projected, conditional or planned.

A map that mixes "there are 3,500" with "there may be 3,500 next year" misleads, so every
claim carries the frame its sentence puts it in. Frames are checked in the order
conditional > planned > projected: "if the border falls, Moscow could send 5,000 troops" is
first of all conditional.
"""

from __future__ import annotations

import re

from dashboard.extract._text import guarded, trie_alternation
from dashboard.extract.cues import CONDITIONAL, PLANNED, PROJECTED
from dashboard.model import Modality

__all__ = ["modality"]


def _compile(parts: tuple[str, ...], openers: tuple[str, ...]) -> re.Pattern[str]:
    return guarded(r"\b(?:" + "|".join(parts) + r")\b", openers, re.IGNORECASE)


#: The words each frame's matches start with (see :func:`~dashboard.extract._text.guarded`);
#: a frame that can also start at the blank before such a word ("expected", after ``\s*``)
#: matches at the word too, and only whether a frame matches is used.
CONDITIONAL_OPENERS = ("in", "if", "should", "unless", "provided")
PLANNED_OPENERS = (
    "plan", "intend", "prepar", "pledg", "promis", "agreed", "decided", "offer", "propos",
    "ready", "set", "is", "are", "was", "were", "expected", "due", "going", "could", "would",
    "will", "may", "might", "shall", "can", "to", "brigade", "battalion", "unit", "force",
    "contingent", "mission", "division", "task", "aims", "approv", "order", "authori",
    "sanction", "more", "additional", "extra", "further", "announc", "shall",
)  # fmt: skip
PROJECTED_OPENERS = (
    "may", "might", "could", "can", "will", "would", "shall", "is", "are", "was", "were",
    "expected", "projected", "forecast", "predicted", "likely", "set", "poised", "feared",
    "tipped", "growth", "increase", "rise",
)  # fmt: skip


#: Each frame needs one of these words (or a word starting with one of these stems), so
#: most sentences skip the frame patterns, the slow part of claim extraction.
_NEEDS: dict[Modality, tuple[str, ...]] = {
    "conditional": ("case", "event", "if", "should", "unless", "provided"),
    "planned": (
        "send", "sent", "deploy", "dispatch", "station", "transfer", "airlift", "commit",
        "contribut", "redeploy", "reinforc", "move", "boost", "planned", "brigade", "battalion",
        "unit", "force", "contingent", "mission", "division", "recruit", "train", "mobili",
        "raise", "hire", "cut", "reduc", "increas", "lower", "brought", "assign", "post",
        "induct", "approv", "order", "authori", "sanction", "arriv", "add", "promis", "pledg",
        "take over", "join", "follow", "announc", "fly", "flown", "hired", "go to",
    ),
    "projected": (
        "may", "might", "could", "can", "will", "would", "shall", "expected", "projected",
        "forecast", "predicted", "likely", "set", "poised", "feared", "tipped", "growth",
        "increase", "rise",
    ),
}  # fmt: skip
_FRAMES: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    ("conditional", _compile(CONDITIONAL, CONDITIONAL_OPENERS)),
    ("planned", _compile(PLANNED, PLANNED_OPENERS)),
    ("projected", _compile(PROJECTED, PROJECTED_OPENERS)),
)


#: A word opening with one of a frame's stems, run over the lower-cased words: the same test
#: as "some word starts with a stem", in one scan.
_NEEDS_RE: dict[Modality, re.Pattern[str]] = {
    name: re.compile(rf"(?<![a-z])(?:{trie_alternation(stems)})") for name, stems in _NEEDS.items()
}


def modality(text: str, start: int, end: int) -> Modality:
    """The frame of the words in ``text[start:end]`` (a sentence, or one figure's share of it).

    >>> modality("this figure may rise sharply", 0, 28)
    'projected'
    """
    low = text[start:end].lower()
    for name, pattern in _FRAMES:
        if _NEEDS_RE[name].search(low) and pattern.search(text, start, end):
            return name
    return "asserted"
