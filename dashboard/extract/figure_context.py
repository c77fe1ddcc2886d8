"""What a figure counts, and why it is not a force estimate.

Rules read the words around the figure inside its sentence, in this order: the kind of
number (date, year, age, time, duration, percentage, money, distance), what happened to
the people counted (casualties, arrests, detainees, surrendered), what the noun counts
(civilians, refugees, population, weapons, countries, places, groups, events), then the
speaker's stance (rejected, hypothetical). A figure that survives and counts fighters
(or a group, or people in a strength context) is a force estimate: ``None``.

Extra reasons beyond the obvious ones: ``"time"`` (10 a.m.), ``"count-of-places"``
(five provinces), ``"count-of-events"`` (40 attacks), ``"people"`` (people, but no strength
context), ``"unit"`` (counts some other noun), ``"no-unit"`` (no counted noun found).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dashboard.extract._text import folded, guarded, has_any
from dashboard.extract.groups import group_table
from dashboard.extract.lexicon import (
    EXTRA_FORCE_UNITS,
    FIGHTERS,
    FORMATIONS,
    KNOWN_UNITS,
    NOT_FORCE,
    PEOPLE,
    STOP_WORDS,
)

if TYPE_CHECKING:
    from dashboard.extract.numbers import Figure

__all__ = ["classify_figure", "unit_after"]


_FIGHTER_ALT = "|".join(sorted(FIGHTERS, key=len, reverse=True))
#: The words after a figure, past a closing quotation mark ('"several hundred" militants').
_RUN = re.compile(
    # (a name joined by a slash is one word: "2,000 AFC/M23 fighters")
    r"[ \t\u00a0\-‐‑\"”»]*((?:[^\W\d_][\w'’\-]*(?:/[^\W_][\w'’\-]*)?)"
    r"(?:[ \t\u00a0]+[^\W\d_][\w'’\-]*(?:/[^\W_][\w'’\-]*)?){0,4})"
)
_STRENGTH_OF = re.compile(
    r"\b(?:strength|number|numbers|ranks|size|headcount|total|count|contingent)\s+of\s+"
    rf"(?:[\w'’\-]+\s+){{0,3}}?(?P<noun>{_FIGHTER_ALT})\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s|\n")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\.?\s*$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_YEAR = re.compile(
    r"(?:(?:since|from|between|in)\s+)?(?:1[89]|20)\d{2}"
    r"(?:\s*(?:[-–—‐‑]|to|and|or)\s*(?:(?:1[89]|20)\d{2}|\d{2}))?",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^[\s\-‐‑]*years?[\s\-‐‑]*old\b|^[\s\-‐‑]*-year\b(?=-old)", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    # "60% are estimated to be under 25"
    r"\b(?:aged|age of|ages of|at the age of|(?:be|are|were|is|was)\s+(?:under|over|below|"
    r"above|older\s+than|younger\s+than))\s*$",
    re.IGNORECASE,
)
_AGE_LIMITS = frozenset({"under", "over", "below", "above"})
_BE_BEFORE = re.compile(r"\b(?:be|are|were|is|was)\s*$", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^(?::\d{2}|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o'clock\b))", re.IGNORECASE
)
_PERCENT_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE
)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₽₹]|\bUS\$|\bUSD|\bEUR|\bRs\.?|\bRUB)\s*$")
_DISTANCE_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|m|sq\.?\s*km|square\s+"
    r"(?:kilomet(?:er|re)s|miles)|hectares?|nautical\s+miles|feet|ft)\b",
    re.IGNORECASE,
)
_CASUALTY_BEFORE_FIRST = (
    "kill", "wound", "injur", "eliminat", "neutrali", "liquidat", "death", "buried", "lost",
)  # fmt: skip
_CASUALTY_BEFORE = guarded(
    r"\b(?:killed|killing|kill|kills|wounded|wounding|wound|injured|injuring|injure|eliminated|"
    r"eliminating|eliminate|neutrali[sz]ed|neutrali[sz]ing|liquidated|liquidating|buried|"
    # "In 2024 they lost a handful of men in the strikes"
    r"lost|"
    r"death toll\b[^.;]*\b(?:to|at|of|reached|is|was|stood at|rose to))"
    # a closing quotation mark: they had "neutralised" 10,000 members
    r"[\"'”’]?(?:\s+[\w'’\-]+){0,2}\s*$",
    _CASUALTY_BEFORE_FIRST,
    re.IGNORECASE,
)
_CASUALTY_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:(?!who\b|which\b|that\b)[\w'’\-]+\s+){0,3}"
    r"(?:(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|got|being|been)\s+)"
    r"(?:killed|slain|wounded|injured|hurt|eliminated|neutrali[sz]ed|sent\s+to\s+hell)\b"
    r"|(?:killed|dead|died|slain|wounded|injured|perished)"
    r"(?=\s*(?:[,.;:)]|$|\s(?:in|during|by|on|at|and|as|when|while|after|near|since|last|"
    r"this|overnight|yesterday|today)\b)))",
    re.IGNORECASE,
)
_LEFT_BEFORE = re.compile(r"\bleft\s+$", re.IGNORECASE)
#: The longest word ``_LEFT_BEFORE`` ends with: only the end of the text before a figure can
#: hold it, so the search starts there instead of trying every character of the sentence.
_LEFT_WIDTH = 4
_LEFT_DEAD = re.compile(
    r"[^.;:]{0,60}?\b(?:dead|killed|wounded|injured|hurt|missing)\b", re.IGNORECASE
)
_ARREST_BEFORE = re.compile(
    r"\b(?:arrested|arresting|arrest|detained|detaining|detain|apprehended|apprehending|"
    r"captured|capturing|rounded up|nabbed)(?:\s+[\w'’\-]+){0,2}\s*$",
    re.IGNORECASE,
)
_ARREST_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:[\w'’\-]+\s+){0,3}(?:were|was|have\s+been|had\s+been|has\s+been|got)\s+"
    r"(?:arrested|detained|apprehended|captured|rounded\s+up|taken\s+into\s+custody|"
    # legal steps against persons count them, not a force: "14 officers have been placed
    # under EU sanctions"
    r"sanctioned|placed\s+under\s+(?:[\w-]+\s+){0,2}sanctions|charged|convicted|sentenced|"
    r"indicted|prosecuted|expelled|blacklisted)\b",
    re.IGNORECASE,
)
_DETAINED_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:[\w'’\-]+\s+){0,4}(?:(?:are|were|remain|remained|being|still)\s+)*"
    r"(?:held(?!\s+(?:in\s+reserve|back|ready))|jailed|imprisoned|kept(?!\s+(?:in\s+reserve|"
    r"back|ready))|locked\s+up|in\s+custody|behind\s+bars|in\s+(?:prisons?|jails?|"
    r"detention))\b",
    re.IGNORECASE,
)
_SURRENDER_BEFORE = re.compile(
    # (and the decommissioned: "the MILF has decommissioned some 26,000 combatants")
    r"\b(?:surrender(?:ed)?\s+of|defection\s+of|surrendered|defected|decommissioned|"
    r"decommissioning\s+of)(?:\s+[\w'’\-]+){0,2}\s*$",
    re.IGNORECASE,
)
_SURRENDER_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:[\w'’\-]+\s+){0,3}(?:(?:have|had|has)\s+)?(?:surrendered|defected|"
    r"laid\s+down\s+(?:their\s+)?(?:arms|weapons)|turned\s+themselves\s+in|"
    r"gave\s+themselves\s+up|handed\s+themselves\s+(?:over|in)|reconciled)\b",
    re.IGNORECASE,
)
_FLED_AFTER = re.compile(
    r"^[\s\-‐‑]*(?:[\w'’\-]+\s+){0,2}(?:(?:have|had|has|were|was)\s+(?:been\s+)?)?"
    r"(?:fled|displaced|uprooted|forced\s+from\s+their\s+homes)\b",
    re.IGNORECASE,
)
_POPULATION_BEFORE = re.compile(
    r"\b(?:population\b[^.;]*|home\s+to|inhabited\s+by|an?\s+(?:[\w\-]+\s+){0,2}?(?:city|town|"
    r"village|district|province|country|region|settlement|island)\s+of)\s*$",
    re.IGNORECASE,
)
_REJECTED_FIRST = (
    "exaggerat", "overstat", "inflated", "den", "dismiss", "reject", "refut", "untrue",
    "not", "false", "baseless", "groundless", "unfounded", "myth", "fake", "fabricat", "no",
    "inaccurate", "far", "do", "does", "did", "unable", "could", "unverified", "laughed",
    "pure", "sheer", "a", "fantasy", "fiction", "nonsense", "propaganda", "scaremongering",
    "misleading", "scoffed", "without", "earlier", "have", "has", "cannot", "can", "discarded",
    "laughable",
    "contradicted",
)  # fmt: skip
_REJECTED = guarded(
    r"\b(?:exaggerat\w*|overstat\w*|inflated|den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|"
    r"refut\w*|untrue|not\s+true|false|baseless|groundless|unfounded|myth|fake|fabricat\w*|"
    r"no\s+evidence|inaccurate|not\s+accurate|far\s+(?:fewer|lower|smaller)|"
    # "I do not believe the figure of 5,000", "unable to verify reports that 4,000 troops",
    # "asked about reports that the gang could field 1,000 fighters, the officer laughed"
    r"(?:do|does|did)\s+not\s+believe|(?:unable|not\s+able)\s+to\s+(?:verify|confirm)|"
    r"could\s+not\s+(?:verify|confirm)|unverified|laughed|scoffed|"
    # "a claim of '2,000 mujahideen at the gates' could not be verified"
    r"(?:could\s+not|cannot|can\s+not)\s+be\s+(?:independently\s+)?(?:verified|confirmed|"
    r"corroborated|substantiated|reconciled)|discarded|laughable|"
    # "the claim that 5,000 guerrillas were massing was 'pure fantasy'"
    r"(?:pure\s+|sheer\s+|a\s+)?(?:fantasy|fiction|nonsense|propaganda|scaremongering)|"
    r"misleading|without\s+(?:any\s+)?foundation|no\s+basis|"
    # "The NUG's statement that 'over 10,000 resistance fighters' hold the dry zone is not
    # retained", "we do not use the military's claim that only 'a few hundred' remain"
    r"not\s+retained|(?:do|does|did)\s+not\s+use|contradicted|not\s+supported\s+by|"
    r"nothing\s+to\s+support|"
    # "Claims that 'thousands of mujahideen' were ready ... have not been corroborated"
    r"(?:have|has)\s+not\s+been\s+(?:corroborated|substantiated)|"
    # a correction: "An earlier version of this story said about 3,000 police"
    r"earlier\s+version\s+of\s+this\s+(?:story|article|report))\b",
    _REJECTED_FIRST,
    re.IGNORECASE,
)
_HYPOTHETICAL_FIRST = (
    "would", "will", "could", "needed", "needing", "required", "needs", "requires", "necessary",
    "hypothetical", "suppose", "imagine", "any", "threshold",
)  # fmt: skip
_HYPOTHETICAL = guarded(
    # (an aside may stand between: "would, in the estimate of one general, need 8,000")
    # (not "could take up arms", "would take over the town")
    r"\b(?:would|will|could)(?:,[^,;.]{1,60},)?\s+(?:be\s+)?(?:need|needed|require|required|"
    r"take(?!\s+(?:up|over|part|control|back|hold|power)\b)|necessary)\b|"
    r"\bneeding\b|"
    r"\b(?:needed|required|necessary)\s+to\b|\bhypothetical\w*\b|\bsuppose\b|\bimagine\b|"
    # a threshold to watch for: "treat any increase above 6,000 troops as a warning"
    r"\bany\s+(?:increase|rise|growth|build-?up|surge)\b|\bthreshold\b|"
    # a stated need: "the province needed at least 10,000 more police constables"
    r"\b(?:needs|needed|requires|required)\s+(?:(?:at\s+least|as\s+many\s+as|up\s+to|some|"
    r"about|another|an?\s+(?:additional|extra|further))\s+)?(?:\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a)\s+(?:hundred|thousand))",
    _HYPOTHETICAL_FIRST,
    re.IGNORECASE,
)
#: Where a figure's clause ends: a new reported statement ("said the figure was exaggerated
#: and said that Kyrgyzstan had moved 1,500 troops") is a clause of its own. Matched
#: against the folded sentence (see :func:`~dashboard.extract._text.folded`), where it
#: finds what it would find in any case in the sentence: without IGNORECASE the engine
#: skips in C to the next ";", ":" or blank instead of trying every character.
_CLAUSE_BREAK = re.compile(
    r";|:|\s(?:but|while|whereas|although|though|however)\b|"
    r"\sand\s+(?:said|says|added|adds|claimed|claims|noted|notes|insisted|insists)\b"
)
_STRENGTH_CUE_FIRST = (
    "strength", "number", "ranks", "size", "headcount", "membership", "force", "army",
    "contingent", "estimate", "put", "stand", "total", "compris", "consist", "has", "have",
    "muster",
)  # fmt: skip
_STRENGTH_CUE = guarded(
    r"\b(?:strength|numbers?|numbered|numbering|ranks|size|headcount|membership|force\s+of|"
    r"army\s+of|contingent\s+of|estimated?|estimates|put\s+at|stands?\s+at|totals?|totall?ing|"
    r"comprises?|comprising|consists?\s+of|has\s+about|have\s+about|musters?)\b",
    _STRENGTH_CUE_FIRST,
)
#: _STRENGTH_CUE and _FORCE_WORDS have no case flag: they run over the folded sentence,
#: where their lower-case words match wherever case-blind ones would in the text, faster.
_FORCE_WORDS = re.compile(
    rf"\b(?:{_FIGHTER_ALT}|group|organi[sz]ation|movement|force|army|militia)\b"
)
_UPROOTED = re.compile(
    r"\b(?:displaced|refugees|civilians|residents|migrants|migration|returnees|evacuees|"
    r"IDPs|homeless|family\s+members|relatives|dependants|dependents)\b",
    re.IGNORECASE,
)
#: People under arms named by what else they are: "500 armed herders", "200 armed
#: smugglers", "80 armed youths" (not "40 armed vehicles": a people noun's ending).
_ARMED_PEOPLE = re.compile(
    # (a people's name may come between: "600 armed Murle youths", "armed Bul Nuer youths")
    r"\s+(?:heavily\s+|well[\s-])?armed\s+(?:[A-Za-z][\w\-]*\s+){0,2}?"
    r"(?:[a-z][\w\-]*(?:ers|men|ists|youths?|ians|ees|ants)|youths?)\b"
)
#: People who were fighters and are no longer: "two former members", "300 ex-combatants",
#: "1,200 demobilised fighters" are not a current strength, unless they took up arms again
#: or serve now ("20,000 former HTS fighters now wear army uniform").
_FORMER_AFTER = re.compile(
    r"\s+(?:former|ex-|one-time|demobili[sz]ed|disarmed|surrendered|defected)", re.IGNORECASE
)
_REARMED = re.compile(
    r"\b(?:now|still|re-?armed|re-?joined|re-?mobili[sz]ed|(?:took|taken|take)\s+up\s+arms|"
    r"returned\s+to\s+(?:arms|the\s+bush|fighting))\b",
    re.IGNORECASE,
)
_MISSING_AFTER = re.compile(
    r"\s+(?:missing|disappeared|abducted|kidnapped|unaccounted)\s+(?:people|persons|men|women|"
    r"children|civilians|migrants|students)\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"(?:strong|man|member)$", re.IGNORECASE)
_OF_AT_END = re.compile(r"\bof\s*$")
#: Every match of a pattern holds one of its stems, so a substring test on the folded text
#: (see :func:`~dashboard.extract._text.folded`) skips the pattern for most figures.
_CASUALTY_STEMS = (
    "kill", "wound", "injur", "eliminat", "neutrali", "liquidat", "toll", "buried", "lost",
)  # fmt: skip
_SURRENDER_STEMS = ("surrender", "defect", "decommission")
_ARREST_STEMS = ("arrest", "detain", "apprehend", "captur", "rounded", "nabbed")
_POPULATION_STEMS = (
    "population", "home", "inhabited", "city", "town", "village", "district", "province",
    "country", "region",
)  # fmt: skip
_REJECTED_STEMS = (
    "exaggerat", "overstat", "inflated", "deny", "deni", "dismiss", "reject", "refut", "true",
    "false", "baseless", "groundless", "unfounded", "myth", "fake", "fabricat", "evidence",
    "accurate", "fewer", "lower", "smaller", "believe", "verif", "confirm", "laughed", "scoffed",
    "fantasy", "fiction", "nonsense", "propaganda", "scaremongering", "misleading",
    "foundation", "basis", "earlier version", "corroborat", "substantiat", "retained",
    "contradicted", "support", "corroborat", "reconcil", "discard", "laughable",
    "not use",
)  # fmt: skip
_HYPOTHETICAL_STEMS = (
    "need", "require", "take", "necessary", "hypothetical", "suppose", "imagine", "any",
    "threshold",
)  # fmt: skip
_STRENGTH_STEMS = (
    "strength", "number", "ranks", "size", "headcount", "membership", "force", "army",
    "contingent", "estimate", "put", "stand", "total", "compris", "consist", "about", "muster",
)  # fmt: skip
_AGE_STEMS = ("age", "under", "over", "below", "above", "older", "younger")
_CASUALTY_AFTER_STEMS = (
    "kill", "slain", "wound", "injur", "hurt", "eliminat", "neutrali", "dead", "died", "perish",
    "hell",
)  # fmt: skip
_SURRENDER_AFTER_STEMS = ("surrender", "defect", "laid", "themselves", "reconciled")
_ARREST_AFTER_STEMS = (
    "arrest", "detain", "apprehend", "captur", "rounded", "custody", "sanction", "charged",
    "convicted", "sentenced", "indicted", "prosecuted", "expelled", "blacklisted",
)  # fmt: skip
_DETAINED_AFTER_STEMS = (
    "held", "jail", "imprison", "kept", "locked", "custody", "bars", "prison", "detention",
)  # fmt: skip
_FLED_AFTER_STEMS = ("fled", "displaced", "uprooted", "forced")
#: The longest word ``_MONEY_BEFORE`` ends with ("US$", "Rs."): only the end of the text
#: before a figure can hold it.
_MONEY_WIDTH = 3


def _noun_after(text: str, pos: int) -> str | None:
    run = _RUN.match(text, pos, min(len(text), pos + 120))
    if run is None:
        return None
    words: list[str] = run.group(1).split()
    if words and words[0].lower() == "of":
        words = words[1:]
        if words and words[0].lower() in {"the", "its", "their", "his", "her", "whom"}:
            words = words[1:]
    candidates: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip("'’-")
        lowered = bare.lower()
        if lowered in KNOWN_UNITS:
            # "10,000 ground force personnel": the head noun is the last of the compound
            nxt = words[i + 1].strip("'’-").lower() if i + 1 < len(words) else ""
            return nxt if nxt in KNOWN_UNITS else lowered
        if lowered in ("and", "or") and candidates:
            # "6,500 military and police personnel": the noun the two words qualify
            later = [w.strip("'’-").lower() for w in words[i + 1 : i + 3]]
            noun = next((w for w in later if w in KNOWN_UNITS), None)
            if noun is not None:
                return noun
        if not bare or (lowered in STOP_WORDS and not (bare.isupper() and len(bare) > 1)):
            break  # "IS" and "US" are names here, not "is"/"us"
        candidates.append(bare)
    if len(candidates) > 1 and candidates[-1].lower() in _CORPS_HEADS:
        return candidates[-1].lower()  # "2,645 Community Protection Guards": guards
    for word in candidates[1:]:
        # "500 Carabineros special-forces officers": the force noun the words before qualify
        if word.lower() in EXTRA_FORCE_UNITS:
            return word.lower()
    named = next((i for i, w in enumerate(candidates) if w[0].isupper()), None)
    if named is not None:
        # "600 armed Bul Nuer youths": the plural noun the name qualifies, not the name
        plural = [w for w in candidates[named + 1 :] if w.islower() and w.endswith("s")]
        if plural:
            return plural[0]
    for word in candidates:
        if word[0].isupper() or word.lower().endswith("s"):
            return word
    return candidates[-1] if candidates else None


#: The head nouns of a named corps: "Community Protection Guards", "Forest Rangers".
_CORPS_HEADS = frozenset(
    {"guards", "police", "gendarmes", "rangers", "auxiliaries", "volunteers", "scouts", "guard"}
)


def _strength_noun(text: str, start: int) -> str | None:
    """The fighters of "strength of IS gunmen is estimated at ..." before ``start``."""
    lo = max(0, start - 250)
    for boundary in _SENTENCE_END.finditer(text, lo, start):
        lo = boundary.end()
    window = text[lo:start]
    found = None
    for m in _STRENGTH_OF.finditer(window):
        found = m.group("noun").lower()
    return found


def unit_after(text: str, figure: Figure) -> str | None:
    """The noun the figure counts, lower-cased if it is a known noun.

    The head of the words right after the figure ("1,000 gunmen of ISIS" -> "gunmen",
    "2,000 Taliban fighters" -> "fighters", "hundreds of fighters" -> "fighters",
    "a 3,000-strong force" -> "force", "1,344-km border" -> "km"). When nothing follows,
    or only "people"/"persons", a "strength|number|ranks of <fighters>" earlier in the
    sentence names the unit ("the numerical strength of IS gunmen is estimated at about
    3,500 people" -> "gunmen"). A name that is not a known noun is returned as written
    ("2,000 Taliban" -> "Taliban").
    """
    head = _noun_after(text, figure.end)
    if head is None or head in PEOPLE:
        return _strength_noun(text, figure.start) or head
    return head


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``low[start:end]`` (a figure) in ``low``, a folded sentence."""
    lo, hi = 0, len(low)
    for b_start, b_end in _clause_breaks(low):
        if b_end <= start:
            lo = b_end
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


#: Every match of _CLAUSE_BREAK holds one of these: most sentences have none.
_CLAUSE_BREAK_WORDS = (
    ";", ":", "but", "while", "whereas", "though", "however", "said", "says", "added", "adds",
    "claimed", "claims", "noted", "notes", "insisted", "insists",
)  # fmt: skip


@lru_cache(maxsize=16)
def _clause_breaks(low: str) -> tuple[tuple[int, int], ...]:
    """The spans of _CLAUSE_BREAK in a folded sentence, found once for all its figures."""
    if not has_any(low, _CLAUSE_BREAK_WORDS):
        return ()
    return tuple([m.span() for m in _CLAUSE_BREAK.finditer(low)])


def _group_follows(after: str) -> bool:
    """True when a group's name opens ``after`` (past spaces and hyphens)."""
    head = after[:80]
    first = len(head) - len(head.lstrip(" \t-‐‑"))
    return group_table().mention_at(head, first) is not None


def _number_kind(figure: Figure, before: str, after: str, low_before: str) -> str | None:
    digits = figure.number_text.strip()
    value = figure.number_low
    if figure.qualifier == "vague" or value is None:
        return None
    if (
        value <= 31
        and digits.isdigit()
        and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after))
    ):
        return "date"
    aged = value < 100 and (
        (has_any(low_before, _AGE_STEMS) and _AGE_BEFORE.search(before) is not None)
        # the figure took the comparison: "roughly 60% are estimated to be [under 25]"
        or (digits.split()[0].lower() in _AGE_LIMITS and _BE_BEFORE.search(before) is not None)
    )
    if _AGE_AFTER.match(after) or aged:
        return "age"
    if _TIME_AFTER.match(after):
        return "time"
    if _PERCENT_AFTER.match(after):
        return "percentage"
    if _MONEY_BEFORE.search(before, max(0, len(before.rstrip()) - _MONEY_WIDTH)):
        return "money"
    if _DISTANCE_AFTER.match(after):
        return "distance"
    return None


def _event_kind(before: str, after: str, low_before: str, low_after: str) -> str | None:
    if (has_any(low_before, _CASUALTY_STEMS) and _CASUALTY_BEFORE.search(before)) or (
        has_any(low_after, _CASUALTY_AFTER_STEMS) and _CASUALTY_AFTER.match(after)
    ):
        return "casualties"
    left = _LEFT_BEFORE.search(before, max(0, len(before.rstrip()) - _LEFT_WIDTH))
    if left and _LEFT_DEAD.match(after):
        return "casualties"  # "clashes left 12 soldiers and at least 30 miners dead"
    if (has_any(low_before, _SURRENDER_STEMS) and _SURRENDER_BEFORE.search(before)) or (
        has_any(low_after, _SURRENDER_AFTER_STEMS) and _SURRENDER_AFTER.match(after)
    ):
        return "surrendered"
    if (has_any(low_before, _ARREST_STEMS) and _ARREST_BEFORE.search(before)) or (
        has_any(low_after, _ARREST_AFTER_STEMS) and _ARREST_AFTER.match(after)
    ):
        return "arrests"
    if has_any(low_after, _DETAINED_AFTER_STEMS) and _DETAINED_AFTER.match(after):
        return "detainees"
    if has_any(low_after, _FLED_AFTER_STEMS) and _FLED_AFTER.match(after):
        return "refugees"
    if has_any(low_before, _POPULATION_STEMS) and _POPULATION_BEFORE.search(before):
        return "population"
    return None


def classify_figure(sentence_text: str, figure: Figure, *, sentence_start: int = 0) -> str | None:
    """Why ``figure`` is not a force estimate ("year", "casualties", ...), or None if it is.

    ``sentence_text`` is the sentence holding the figure and ``sentence_start`` its offset
    in the article (figure offsets index the article). None means the figure counts
    fighters, militants, troops..., a named group ("2,000 Taliban"), a force ("a
    3,000-strong force"), or people in a strength context ("the group's strength is put
    at 3,000 people").

    Raises
    ------
    ValueError
        The figure does not lie inside the sentence.
    """
    start, end = figure.start - sentence_start, figure.end - sentence_start
    if not 0 <= start <= end <= len(sentence_text):
        raise ValueError(
            f"figure at {figure.start}-{figure.end} is outside the sentence starting at "
            f"{sentence_start}; pass sentence_start"
        )
    before, after = sentence_text[:start], sentence_text[end:]
    low = folded(sentence_text)
    low_before = low[:start]
    digits = figure.number_text.strip()
    unit = _noun_after(sentence_text, end)
    kind = _number_kind(figure, before, after, low_before)
    if kind:
        return kind
    if _YEAR.fullmatch(digits) and unit not in FIGHTERS:
        return "year"
    if _FORMER_AFTER.match(after) and _REARMED.search(after) is None:
        return "former"
    if _MISSING_AFTER.match(after):
        return "casualties"  # "3,200 missing people": the disappeared, not a force
    # "up to 500 armed herders": people under arms, whatever else they are
    armed = _ARMED_PEOPLE.match(after) is not None
    if unit in NOT_FORCE["duration"] and not armed:
        return "duration"
    for reason, nouns in NOT_FORCE.items() if not armed else ():
        if unit in nouns:
            return reason
    kind = _event_kind(before, after, low_before, low[end:])
    # "home to several thousand armed men": people under arms, not a population
    if kind and not ((armed or unit in FIGHTERS) and kind == "population"):
        return kind
    c_lo, c_hi = _clause(low, start, end)
    clause, low_clause = sentence_text[c_lo:c_hi], low[c_lo:c_hi]
    if has_any(low_clause, _REJECTED_STEMS) and _REJECTED.search(clause):
        return "rejected"
    if has_any(low_clause, _HYPOTHETICAL_STEMS) and _HYPOTHETICAL.search(clause):
        return "hypothetical"
    compound = _COMPOUND.search(digits) is not None
    if armed or unit in FIGHTERS or compound or _group_follows(after):
        return None
    strength = (
        has_any(low_before, _STRENGTH_STEMS)
        and _STRENGTH_CUE.search(low_before) is not None
        and _FORCE_WORDS.search(low_before) is not None
        # not "people displaced ... the International Organization for Migration estimates
        # that about 580,000 are still away from home"
        and _UPROOTED.search(before) is None
    )
    if unit is None or unit in PEOPLE or unit in FORMATIONS:
        if _strength_noun(sentence_text, start) or strength:
            return None
        if unit in FORMATIONS and _OF_AT_END.search(before):
            return None  # "a force of 3,000"
        return "people" if unit in PEOPLE else "no-unit" if unit is None else "unit"
    return "unit"
