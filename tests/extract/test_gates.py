"""Every pattern that a stem test guards can only match text holding one of its stems:
the guard skips work, never a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract import figure_context as fc
from dashboard.extract._text import folded, has_any

GATES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (fc._AGE_BEFORE, fc._AGE_STEMS),
    (fc._CASUALTY_BEFORE, fc._CASUALTY_STEMS),
    (fc._SURRENDER_BEFORE, fc._SURRENDER_STEMS),
    (fc._ARREST_BEFORE, fc._ARREST_STEMS),
    (fc._POPULATION_BEFORE, fc._POPULATION_STEMS),
    (fc._REJECTED, fc._REJECTED_STEMS),
    (fc._HYPOTHETICAL, fc._HYPOTHETICAL_STEMS),
    (fc._STRENGTH_CUE, fc._STRENGTH_STEMS),
]

#: Words of the guarded patterns, in odd cases and spellings, plus filler.
_PIECES = st.sampled_from(
    ["killed", "KİLLED", "death toll", "rose to", "surrendered of", "defection of", "arrested",
     "rounded up", "population of", "home to", "a city of", "denies", "not true", "far fewer",
     "no evidence", "would need", "required to", "hypothetical", "strength", "numbering",
     "put at", "totalling", "has about", "aged", "at the age of", "ſtrength", "ıs", "the",
     "group", " ", "  ", "\n", ".", ";", ",", "500", "fighters"]
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
