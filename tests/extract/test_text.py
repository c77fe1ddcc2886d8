"""Text helpers: the trie alternation matches what the plain alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract._text import folded, has_any, trie_alternation

WORDS = ["al", "al-qaeda", "ansar", "ansaru", "ansarullah", "is", "isis", "isis-k", "kata’ib"]


def _plain(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _trie(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{trie_alternation(words)})(?!\w)")


def test_longest_word_wins_and_backs_off_when_the_boundary_fails() -> None:
    pattern = _trie(WORDS)
    assert [m.group() for m in pattern.finditer("ansarullah, ansaru and ansarx isis-k al")] == [
        "ansarullah",
        "ansaru",
        "isis-k",
        "al",
    ]
    assert pattern.fullmatch("al-qaeda") is not None
    assert pattern.search("ansarx") is None


def test_special_characters_are_escaped() -> None:
    assert re.fullmatch(trie_alternation(["a.b", "c+"]), "a.b")
    assert re.fullmatch(trie_alternation(["a.b", "c+"]), "axb") is None


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="aisl-’", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet="aisl-’ x", max_size=40),
)
def test_same_matches_as_the_plain_alternation(words: list[str], text: str) -> None:
    plain, trie = _plain(words), _trie(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_folded_keeps_offsets_and_folds_what_ignorecase_equates() -> None:
    text = "KİLLED ſurrendered ıNJURED Kill"
    low = folded(text)
    assert len(low) == len(text)
    assert low == "killed surrendered injured kill"
    assert has_any(low, ("injur",)) and not has_any(low, ("arrest",))
