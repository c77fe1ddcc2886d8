"""How firmly a claim is made: asserted, projected, conditional or planned.

A map that mixes "there are 3,500" with "there may be 3,500 next year" misleads, so every
claim carries the frame its sentence puts it in. Frames are checked in the order
conditional > planned > projected: "if the border falls, Moscow could send 5,000 troops" is
first of all conditional.
"""

from __future__ import annotations

import re

from dashboard.extract.cues import CONDITIONAL, PLANNED, PROJECTED
from dashboard.model import Modality

__all__ = ["modality"]


def _compile(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_WORD = re.compile(r"[a-z]+")
#: Each frame needs one of these words (or a word starting with one of these stems), so
#: most sentences skip the frame patterns, the slow part of claim extraction.
_NEEDS: dict[Modality, tuple[str, ...]] = {
    "conditional": ("case", "event", "if", "should", "unless", "provided"),
    "planned": (
        "send", "sent", "deploy", "dispatch", "station", "transfer", "airlift", "commit",
        "contribut", "redeploy", "reinforc", "move", "boost", "planned", "brigade", "battalion",
        "unit", "force", "contingent", "mission", "division", "recruit", "train", "mobili",
        "raise", "hire", "cut", "reduc", "increas", "lower", "brought",
    ),
    "projected": (
        "may", "might", "could", "can", "will", "would", "shall", "expected", "projected",
        "forecast", "predicted", "likely", "set", "poised", "feared", "tipped", "growth",
        "increase", "rise",
    ),
}  # fmt: skip
_FRAMES: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    ("conditional", _compile(CONDITIONAL)),
    ("planned", _compile(PLANNED)),
    ("projected", _compile(PROJECTED)),
)


def _may_frame(words: set[str], name: Modality) -> bool:
    stems = _NEEDS[name]
    return any(w.startswith(stems) for w in words)


def modality(text: str, start: int, end: int) -> Modality:
    """The frame of the words in ``text[start:end]`` (a sentence, or one figure's share of it).

    >>> modality("this figure may rise sharply", 0, 28)
    'projected'
    """
    words = set(_WORD.findall(text[start:end].lower()))
    for name, pattern in _FRAMES:
        if _may_frame(words, name) and pattern.search(text, start, end):
            return name
    return "asserted"
