"""Hotspot statements: a sentence saying the situation at a place is alarming, deteriorating,
tense or a threat ("The situation on the Afghanistan-Turkmenistan border causes certain
concern").

Only the cue is found here; the claims builder decides whether the sentence also has a
place (a concern with nowhere to put it is not shown).
"""

from __future__ import annotations

import re

from dashboard.extract._text import folded_article, guarded, has_any, trie_alternation
from dashboard.extract.cues import CONCERN, CONCERN_FALSE, NEGATION

__all__ = ["concern_cue"]

#: The words a cue starts with (see :func:`~dashboard.extract._text.guarded`).
CONCERN_OPENERS = (
    "alarm", "deteriorat", "worsen", "tense", "tension", "threat", "caus", "rais", "of",
    "source", "serious", "grave", "growing", "great", "certain", "particular", "deep", "major",
    "concern", "is", "are", "remain", "was", "were", "worr", "apprehension", "fear", "volatile",
    "unstable", "instability", "insecurity", "escalat", "danger", "precarious", "flashpoint",
    "hotbed", "militants", "fighters", "extremists", "insurgents", "gunmen", "jihadists",
    "terrorists", "concentration", "build", "massing", "may", "might", "could", "will", "would",
    "spill", "infiltrat", "break", "resurgen", "regroup", "gain", "safe", "situation", "high",
    "real", "risk", "hot", "most", "particularly", "highly", "vulnerable", "weak", "expect",
    "staging", "new", "next", "main", "prime", "likely", "easy", "increasingly", "dangerously",
    "leav", "left", "principal", "chief", "biggest", "primary", "turn", "becom", "became",
    "advis", "top", "key", "still", "at", "as", "attack", "attacks", "offensive", "offensives",
    "assault", "assaults", "incursion", "incursions", "counter", "counterattack",
    "counterattacks", "expects", "becoming", "become", "becomes",
)  # fmt: skip
_CUE = guarded(r"\b(?:" + "|".join(CONCERN) + r")\b", CONCERN_OPENERS, re.IGNORECASE)
#: _CUE without its case flags, run over the folded article (see
#: :func:`~dashboard.extract._text.folded`): the cues are lower-case words, blanks and
#: word classes, so it matches exactly where _CUE does, three times faster.
_CUE_LOW = re.compile(
    rf"(?=\b(?:{trie_alternation(CONCERN_OPENERS)}))(?:\b(?:" + "|".join(CONCERN) + r")\b)"
)
_FALSE = re.compile(r"\b(?:" + "|".join(CONCERN_FALSE) + r")\b", re.IGNORECASE)
#: A denial up to three words before the cue: "is not alarming", "no longer a threat".
_NEGATED = re.compile(
    rf"\b{NEGATION}\b(?:\s+(?:longer|more|any|real|serious|immediate|a|an|the|cause|for|"
    r"sign|of|major|significant|particular|big|great))*\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)


#: A cue in a "since ..." clause dates an event; it says nothing about the situation now.
_SINCE = re.compile(r"\bsince\b[^,.;:]{0,40}$", re.IGNORECASE)
#: Every cue contains one of these (lower-case) stems: most sentences are ruled out by a
#: substring test instead of the cue pattern.
_STEMS = (
    "alarm", "deteriorat", "worsen", "tense", "tension", "threat", "concern", "worr",
    "apprehension", "fear", "volatile", "unstable", "instability", "insecurity", "escalat",
    "danger", "precarious", "flashpoint", "hotbed", "concentrat", "mass", "regroup",
    "gathering", "build", "try", "attempt", "seek", "spill", "infiltrat", "break", "resurgen",
    "ground", "foothold", "haven", "situation", "risk", "hot", "vulnerable", "weak", "next",
    "staging", "target", "exposed", "front", "scene", "theat", "stronghold", "travel",
    "attack", "offensive", "assault", "incursion",
)  # fmt: skip


def concern_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first concern cue in ``text[start:end]`` that is neither denied nor a look-alike.

    >>> concern_cue("The situation is alarming.", 0, 26).group()
    'alarming'
    >>> concern_cue("The situation is not alarming.", 0, 30) is None
    True
    """
    if not has_any(text[start:end].lower(), _STEMS):
        return None
    false_spans: list[tuple[int, int]] | None = None  # found once a cue needs them
    for m in _CUE_LOW.finditer(folded_article(text), start, end):
        if false_spans is None:
            false_spans = [f.span() for f in _FALSE.finditer(text, start, end)]
        if any(a <= m.start() < b for a, b in false_spans):
            continue
        if _NEGATED.search(text, max(start, m.start() - 60), m.start()):
            continue
        if _SINCE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "the deadliest assault since the violence spilled over in 2021"
        if _DISMISSED_CLAIM.search(text, max(start, m.start() - 120), m.start()):
            continue  # "dismissed messages claiming that 1,000 insurgents had massed"
        return _CUE.match(text, m.start(), end)  # the same cue, matched in ``text``
    return None


#: A claim the speaker turns down, holding the cue: what it says is not the situation.
_DISMISSED_CLAIM = re.compile(
    r"\b(?:dismiss\w*|den(?:y|ies|ied)|reject\w*|refut\w*)\b[^.;]{0,80}?\b(?:claim\w*|"
    r"reports?|rumou?rs?|messages?|allegations?)\b[^.;]*$",
    re.IGNORECASE,
)
