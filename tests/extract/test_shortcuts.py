"""Shortcuts taken for speed agree with the slow forms they replace, on texts recombined
from the fixtures' sentences (shuffled, spliced across articles) and on the fixtures."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract import (
    claim_groups,
    concerns,
    figure_checks,
    markup,
    numbers,
    reader,
    speakers,
)
from dashboard.extract import figure_context as fc
from dashboard.extract._text import folded, lowered, trie_alternation
from dashboard.extract.groups import find_groups
from dashboard.extract.numbers import find_figures
from dashboard.extract.reader import read_article
from dashboard.extract.sentences import sentences

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fixture_texts() -> list[str]:
    paths = sorted(p for p in _FIXTURES.rglob("*") if p.suffix in (".txt", ".md"))
    return [read_article(p.read_bytes(), filename=p.name).text for p in paths]


def _recombined(n: int, seed: int = 11) -> list[str]:
    """``n`` texts of fixture sentences in new orders and company, some in odd cases."""
    rng = random.Random(seed)
    pool = [
        s
        for text in _fixture_texts()
        for s in re.split(r"(?<=[.!?\"”])\s+(?=[\"“A-Z0-9])|\n\s*\n", text)
        if s.strip()
    ]
    out = []
    for _ in range(n):
        picked = [rng.choice(pool) for _ in range(rng.randint(2, 14))]
        if rng.random() < 0.2:
            picked = [s.upper() if rng.random() < 0.3 else s for s in picked]
        out.append(("\n\n" if rng.random() < 0.5 else " ").join(picked))
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _fixture_texts() + _recombined(400)


def _slow_concern_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """concern_cue as first written: the look-alike spans found before any cue."""
    if not any(s in text[start:end].lower() for s in concerns._STEMS):
        return None
    false_spans = [m.span() for m in concerns._FALSE.finditer(text, start, end)]
    for m in concerns._CUE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in false_spans):
            continue
        if concerns._NEGATED.search(text, max(start, m.start() - 60), m.start()):
            continue
        if concerns._SINCE.search(text, max(start, m.start() - 40), m.start()):
            continue
        if concerns._DISMISSED_CLAIM.search(text, max(start, m.start() - 120), m.start()):
            continue
        return m
    return None


def test_concern_cue_looks_for_look_alikes_only_once_a_cue_is_found(texts: list[str]) -> None:
    for text in texts:
        for start, end in sentences(text):
            fast = concerns.concern_cue(text, start, end)
            slow = _slow_concern_cue(text, start, end)
            assert (fast and fast.span()) == (slow and slow.span())


def test_a_sentence_without_groups_has_no_subject_groups(texts: list[str]) -> None:
    """The claims walk skips subject_groups() for sentences naming no group."""
    for text in texts:
        for start, end in sentences(text):
            assert claim_groups.subject_groups(text, start, end, []) == []


def test_not_credible_gate_keeps_every_rejection(texts: list[str]) -> None:
    """_rejected() tests the clause for the stems of _NOT_CREDIBLE before searching it."""
    for text in texts:
        for start, end in sentences(text):
            for figure in find_figures(text, start, end):
                c_lo, c_hi = figure_checks._clause(text, start, end, figure)
                found = figure_checks._NOT_CREDIBLE.search(text, c_lo, c_hi) is not None
                low = folded(text[c_lo:c_hi])
                assert not found or any(s in low for s in figure_checks._NOT_CREDIBLE_STEMS)


def test_recombined_texts_hold_groups_and_figures(texts: list[str]) -> None:
    """The generated texts exercise the shortcuts (groups, figures, cues are in them)."""
    assert sum(bool(find_groups(t)) for t in texts) > 100
    assert sum(bool(find_figures(t)) for t in texts) > 100


#: speakers._ACCORDING opened with a plain word boundary instead of its look-behind.
_SLOW_ACCORDING = re.compile(
    speakers._ACCORDING.pattern.replace(r"[Aa](?<!\w.)ccording", r"\b[Aa]ccording", 1)
)
assert _SLOW_ACCORDING.pattern != speakers._ACCORDING.pattern


def _according_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    return [(*m.span(), *m.span("src")) for m in pattern.finditer(text)]


def test_according_opens_with_its_letter_not_a_word_boundary(texts: list[str]) -> None:
    """speakers._ACCORDING tests the word boundary after its first letter: same matches."""
    for text in texts:
        assert _according_spans(speakers._ACCORDING, text) == _according_spans(
            _SLOW_ACCORDING, text
        )


#: Pieces around "according": word characters before it, odd spacing, quotes, brackets.
_ACCORDING_PIECES = st.sampled_from(
    ["according", "According", "Xaccording", "_according", "1according", "to", "the",
     "UN", "a", "A", " ", "  ", "\n", ",", ".", "(", "“", "ccording", "aaccording",
     "army", "sources"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ACCORDING_PIECES | st.text(max_size=2), max_size=12).map("".join))
def test_according_agrees_on_generated_text(text: str) -> None:
    assert _according_spans(speakers._ACCORDING, text) == _according_spans(_SLOW_ACCORDING, text)


def _slow_figure() -> re.Pattern[str]:
    """numbers._FIGURE as first written: word lists longest first, a looser look-ahead."""
    src = numbers._FIGURE.pattern
    fast_word = numbers._WORD
    slow_word = "|".join(
        sorted(
            [*numbers._UNIT_WORDS, "hundred", "dozen", *numbers._SCALE_WORDS],
            key=len,
            reverse=True,
        )
    )
    quals = list(numbers._QUALIFIERS)
    first = trie_alternation(numbers._FIRST_WORDS)
    for fast, slow in [
        (f"(?:{fast_word})", f"(?:{slow_word})"),
        (numbers._phrase_trie(quals), numbers._phrases(quals)),
        (f"{first}(?![a-z]))", f"{first})"),
    ]:
        assert fast in src
        src = src.replace(fast, slow)
    return re.compile(src)


_FIGURE_GROUPS = (0, "qual", "b1", "b2", "f1", "f2", "vague", "n1", "n2", "compound", "post")


def _figure_spans(pattern: re.Pattern[str], low: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in _FIGURE_GROUPS) for m in pattern.finditer(low)]


def test_figure_pattern_agrees_with_its_first_form(texts: list[str]) -> None:
    """Tries for the qualifiers and number words and the stricter look-ahead: same figures,
    same parts."""
    slow = _slow_figure()
    for text in texts:
        low = lowered(text)
        assert _figure_spans(numbers._FIGURE, low) == _figure_spans(slow, low)


_FIGURE_PIECES = st.sampled_from(
    ["about", "at least", "at least some", "up to", "as many as", "between", "and", "from",
     "to", "or", "some", "several", "hundred", "hundreds", "a few", "a", "an", "seven",
     "seventeen", "seventy", "twenty-five", "thousand", "1,000", "2,500", "15.000", "3", "-",
     "–", "+", "plus", "or more", "strong", "-strong", "approx.", "approx", "approximately",
     "no fewer than", "in the region of", "in excess of", "well over", "other", "after",
     "anyone", "fewer", "halfway", "half a dozen", " ", "  ", "\n", ",", ".", "(", "k", "mn"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_FIGURE_PIECES | st.text(alphabet="abeinorstuvwxyz-. 0123,", max_size=3),
                max_size=12).map(" ".join))  # fmt: skip
def test_figure_pattern_agrees_on_generated_text(text: str) -> None:
    assert _figure_spans(numbers._FIGURE, text) == _figure_spans(_slow_figure(), text)


def test_masthead_separators_need_a_bar_or_a_dot(texts: list[str]) -> None:
    """_text_date() replaces separators only in a head holding "|" or "·"."""
    for text in texts:
        head = text[:1500]
        if "|" not in head and "·" not in head:
            assert reader._SEPARATOR.search(head) is None
    assert reader._SEPARATOR.sub("\n", "weekly | 3 October 2024 · Vol. 18") == (
        "weekly\n3 October 2024\nVol. 18"
    )


def _slow_inline(line: str) -> str:
    """markup._inline as first written: every substitution on every line."""
    for _needed, pattern, repl in markup._INLINE:
        line = pattern.sub(repl, line)
    return line


def test_inline_markup_needs_its_strings() -> None:
    """_inline() runs a rule only on a line holding one of the rule's strings: same text."""
    paths = sorted(p for p in _FIXTURES.rglob("*.md"))
    lines = [line for p in paths for line in p.read_text(encoding="utf-8").split("\n")]
    assert sum(markup._inline(line) != line for line in lines) > 10
    for line in lines:
        assert markup._inline(line) == _slow_inline(line)


_MARKDOWN_PIECES = st.sampled_from(
    ["!", "[", "]", "(", ")", "<", ">", "`", "*", "**", "_", "__", "~", "~~", "\\", "http:",
     "https:", "mailto:", "a", "word", " ", "\n", "-", "#"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_MARKDOWN_PIECES | st.text(max_size=2), max_size=14).map("".join))
def test_inline_markup_agrees_on_generated_text(line: str) -> None:
    assert markup._inline(line) == _slow_inline(line)


#: Patterns matched against folded text (see _text.folded) instead of with IGNORECASE.
FOLDED: list[re.Pattern[str]] = [fc._CLAUSE_BREAK]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", FOLDED, ids=lambda p: p.pattern[:30])
def test_folded_patterns_find_what_ignorecase_finds(
    pattern: re.Pattern[str], texts: list[str]
) -> None:
    """A pattern run over the folded text finds what its IGNORECASE form finds in the text."""
    slow = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    assert sum(bool(_spans(slow, text)) for text in texts) > 100
    for text in texts:
        assert _spans(pattern, folded(text)) == _spans(slow, text)


_FOLDED_PIECES = st.sampled_from(
    ["but", "BUT", "bUt", "whİle", "whıle", "howeveR", "thouGh", "and said", "AND SAİD",
     "inſiſted", "aDDs", "\u212aK", ";", ":", " ", "\n", "\t", "\u00a0", "x", "é", "İ", "ı"]
)  # fmt: skip


@pytest.mark.parametrize("pattern", FOLDED, ids=lambda p: p.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(text=st.lists(_FOLDED_PIECES | st.text(max_size=2), max_size=12).map("".join))
def test_folded_patterns_agree_on_generated_text(pattern: re.Pattern[str], text: str) -> None:
    slow = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    assert _spans(pattern, folded(text)) == _spans(slow, text)
