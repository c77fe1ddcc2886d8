"""Guards skip work, never a match: a pattern behind a stem test can only match text holding
one of its stems, and one behind an opener look-ahead only where an opener starts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extract import (
    claim_groups,
    claim_places,
    concerns,
    cues,
    figure_checks,
    modality,
    numbers,
    speakers,
)
from dashboard.extract import figure_context as fc
from dashboard.extract._text import folded, has_any, trie_alternation
from dashboard.extract.reader import read_article

GATES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (fc._AGE_BEFORE, fc._AGE_STEMS),
    (fc._CASUALTY_BEFORE, fc._CASUALTY_STEMS),
    (fc._SURRENDER_BEFORE, fc._SURRENDER_STEMS),
    (fc._ARREST_BEFORE, fc._ARREST_STEMS),
    (fc._POPULATION_BEFORE, fc._POPULATION_STEMS),
    (fc._REJECTED, fc._REJECTED_STEMS),
    (fc._HYPOTHETICAL, fc._HYPOTHETICAL_STEMS),
    (fc._STRENGTH_CUE, fc._STRENGTH_STEMS),
    (claim_groups._EXAMPLES, claim_groups._EXAMPLE_STEMS),
    (fc._CASUALTY_AFTER, fc._CASUALTY_AFTER_STEMS),
    (fc._SURRENDER_AFTER, fc._SURRENDER_AFTER_STEMS),
    (fc._ARREST_AFTER, fc._ARREST_AFTER_STEMS),
    (fc._DETAINED_AFTER, fc._DETAINED_AFTER_STEMS),
    (fc._FLED_AFTER, fc._FLED_AFTER_STEMS),
    (figure_checks._NOT_CREDIBLE, figure_checks._NOT_CREDIBLE_STEMS),
    (figure_checks._DISMISSED, figure_checks._DISMISSED_STEMS),
    (figure_checks._BOTH_DISMISSED, figure_checks._BOTH_STEMS),
    (claim_places._GROUP_BASED_BEFORE, claim_places._GROUP_BASED_STEMS),
]

#: Words of the guarded patterns, in odd cases and spellings, plus filler.
_PIECES = st.sampled_from(
    ["killed", "KİLLED", "death toll", "rose to", "surrendered of", "defection of", "arrested",
     "rounded up", "population of", "home to", "a city of", "denies", "not true", "far fewer",
     "no evidence", "would need", "required to", "hypothetical", "strength", "numbering",
     "put at", "totalling", "has about", "aged", "at the age of", "ſtrength", "ıs", "the",
     "group", " ", "  ", "\n", ".", ";", ",", "500", "fighters", "were killed", "dead",
     "laid down arms", "gave themselves up", "were captured", "held", "in custody", "fled",
     "were forced from their homes", "turned themselves in", "remain behind bars",
     "not credible", "NOT RELİABLE", "ımplausible", "unrealiſtic", "overestimated", "unreliable",
     "that figure", "the number", "it is", "a joke", "no one", "who believed", "takes",
     "seriously", "contradict that", "could not vouch for it", "nothing", "supports",
     "credited", "empty talk", "gross exaggeration", "called it", "FAKE", "Neither figure",
     "is taken", "None of the", "claims", "Both figures are", "faction", "gang", "Based in",
     "born in", "founded on", "backs that", "corroborated the", "considered the figure",
     "plausible", "reliable", "accurate", "found it", "lost", "a boast"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=12).map(" ".join))
def test_a_guarded_pattern_never_matches_without_a_stem(text: str) -> None:
    low = folded(text)
    for pattern, stems in GATES:
        assert has_any(low, stems) or pattern.search(text) is None, (pattern.pattern, text)


_MONEY = st.sampled_from(["$", "US$", "USD", "Rs.", "Rs", "RUB", "xEUR", "€"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | _MONEY, max_size=6).map(" ".join))
def test_money_is_found_in_the_last_characters(text: str) -> None:
    tail = fc._MONEY_BEFORE.search(text, max(0, len(text.rstrip()) - fc._MONEY_WIDTH))
    assert (tail is None) == (fc._MONEY_BEFORE.search(text) is None)


#: Patterns ending with blanks and the end of the text, each with the longest word before
#: the blanks: searched for only from that far before them.
_TAIL_PATTERNS = [
    (fc._LEFT_BEFORE, fc._LEFT_WIDTH),
    (claim_places._FOUGHT_BEFORE, claim_places._FOUGHT_WIDTH),
]
_TAIL_PIECES = st.sampled_from(
    ["left", "LEFT", "Left", "cleft", "fight", "fights", "FIGHTING", "fought", "against",
     "versus", "vs", "vs.", "VS.", "ſights", "  ", "\n", "\t", "\u00a0", "x", "."]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_PIECES | _TAIL_PIECES, max_size=6).map(" ".join),
    st.sampled_from(["", " ", " \n", "\n\n  "]),
)
def test_tail_patterns_are_found_in_the_last_characters(text: str, end: str) -> None:
    text += end
    for pattern, width in _TAIL_PATTERNS:
        tail = pattern.search(text, max(0, len(text.rstrip()) - width))
        full = pattern.search(text)
        assert (tail and tail.span()) == (full and full.span()), (pattern.pattern, text)


# --- opener guards -----------------------------------------------------------------------

GUARDED: list[re.Pattern[str]] = [
    *(pattern for _name, pattern in modality._FRAMES),
    concerns._CUE,
    claim_places._NOT_HERE,
    claim_places._ANY_BACK_REF,
    claim_places._ALSO_CLAIMED,
    claim_places._SITUATION,
    claim_places._SUBSET,
    fc._CASUALTY_BEFORE,
    fc._REJECTED,
    fc._HYPOTHETICAL,
    fc._STRENGTH_CUE,
    claim_groups._ENEMY_BEFORE,
    claim_groups._GROUP_ANAPHOR,
    claim_groups._FORCE_ANAPHOR,
    claim_groups._AFFILIATION_BEFORE,
    figure_checks._BEFORE_CUT,
    figure_checks._HELD_BEFORE,
    figure_checks._NOT_CREDIBLE,
    figure_checks._STRENGTH_SETUP,
    figure_checks._PRONOUN_SETUP,
]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern :func:`guarded` wrapped (its look-ahead ends at the first "))(?:")."""
    source = pattern.pattern
    return re.compile(source[source.index("))(?:") + 5 : -1], pattern.flags)


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: p.pattern[-40:])
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_starts_where_the_guard_holds(pattern: re.Pattern[str], data: Any) -> None:
    plain = _unguarded(pattern)
    text = data.draw(st.from_regex(plain, fullmatch=True))
    found = pattern.match(text)
    assert found is not None and found.span() == plain.match(text).span()  # type: ignore[union-attr]


def test_guarded_patterns_find_what_they_found_in_the_fixtures() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [read_article(p.read_bytes()).text for p in sorted(fixtures.rglob("*.txt"))]
    for pattern in GUARDED:
        plain = _unguarded(pattern)
        for text in texts:
            for pos in range(0, len(text), 97):
                left, right = pattern.search(text, pos), plain.search(text, pos)
                assert (left and left.span()) == (right and right.span())
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


#: Each entry of the cue lists behind a guarded pattern, with that pattern's openers: the
#: joined patterns rarely draw a given entry, so each entry gets its own examples.
ENTRIES: list[tuple[str, tuple[str, ...]]] = [
    *((entry, claim_places._BACK_REF_FIRST) for entry, _kind in cues.BACK_REFERENCES),
    *((entry, concerns.CONCERN_OPENERS) for entry in cues.CONCERN),
    *((entry, claim_places._SUBSET_FIRST) for entry in cues.SUBSET),
    *(
        (entry, claim_places._NOT_HERE_FIRST)
        for entry in (
            *cues.VENUE_BEFORE,
            *cues.LEGAL_BEFORE,
            *cues.OFFICE_BEFORE,
            *cues.ORIGIN_BEFORE,
            claim_places._SOURCE_HOME,
        )
    ),
]


@pytest.mark.parametrize(("entry", "openers"), ENTRIES, ids=lambda x: str(x)[:40])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_cue_entry_starts_with_an_opener(
    entry: str, openers: tuple[str, ...], data: Any
) -> None:
    plain = re.compile(rf"\b(?:{entry})", re.IGNORECASE)
    text = data.draw(st.from_regex(plain))
    found = plain.search(text)
    assert found is not None
    guard = re.compile(rf"\b(?i:{trie_alternation(openers)})")
    assert guard.match(text, found.start()), (entry, text[found.start() :])


#: Phrases main's accuracy rules added to guarded patterns: (pattern, text, matched text).
_NEW_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (claim_places._ANY_BACK_REF, "and the south of the country", "and the south"),
    (claim_places._ANY_BACK_REF, "troops on its side of the border", "its side of the border"),
    (claim_places._ANY_BACK_REF, "The government has recruited 50,000", "The government"),
    (claim_places._ANY_BACK_REF, "on the edges of the city,", "the city"),
    (
        claim_places._NOT_HERE,
        "designated a foreign terrorist organization by the ",
        "designated a foreign terrorist organization by the ",
    ),
    (claim_places._NOT_HERE, "listed as a terrorist group by ", "listed as a terrorist group by "),
    (
        claim_places._NOT_HERE,
        "moved 800 men into the area from its strongholds in ",
        "from its strongholds in ",
    ),
    (
        concerns._CUE,
        "the humanitarian situation in Catatumbo is critical",
        "situation in Catatumbo is critical",
    ),
    (figure_checks._PRONOUN_SETUP, "Haiti gangs now number ", "gangs now number "),
    (
        figure_checks._PRONOUN_SETUP,
        "IS remnants in the Hamrin hills are estimated at ",
        "remnants in the Hamrin hills are estimated at ",
    ),
]


@pytest.mark.parametrize(("pattern", "text", "expected"), _NEW_RULES, ids=lambda x: str(x)[:30])
def test_guarded_patterns_keep_the_newer_rules(
    pattern: re.Pattern[str], text: str, expected: str
) -> None:
    found = pattern.search(text)
    plain = _unguarded(pattern).search(text)
    assert found is not None and plain is not None
    assert found.group() == plain.group() == expected


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_figure_starts_with_a_digit_or_a_first_word(data: Any) -> None:
    guard = rf"(?=\d|{trie_alternation(numbers._FIRST_WORDS)}(?![a-z]))"
    assert guard in numbers._FIGURE.pattern
    plain = re.compile(numbers._FIGURE.pattern.replace(guard, ""))
    text = data.draw(st.from_regex(plain, fullmatch=True))
    found = numbers._FIGURE.match(text)
    assert found is not None and found.span() == plain.match(text).span()  # type: ignore[union-attr]


_ROLE_PIECES = st.sampled_from(
    ["Foreign", "Minister", "minister", "envoy", "the", "army", "spokesman", "Spokesman", ",",
     " ", "\n", "  ", "Sergei", "said", "(", "—", "head", "X,"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ROLE_PIECES, max_size=10).map(" ".join))
def test_roles_before_a_name_end_the_window_with_a_role_word_or_a_comma(text: str) -> None:
    last = text.rstrip()
    if not last.endswith(speakers._ROLE_ENDS):
        assert speakers._ROLE_BEFORE.search(text) is None
    if not last.endswith(","):
        assert speakers._LEAD_IN.search(text) is None
