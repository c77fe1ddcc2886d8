"""Sentence spans: abbreviations, quotes, datelines and paragraph breaks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract.sentences import _LAST_WORD, _last_word, sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Abdul Rahman said 300 fighters had crossed. Mr. Smith disagreed.",
            ["Gen. Abdul Rahman said 300 fighters had crossed.", "Mr. Smith disagreed."],
        ),
        (
            "The U.S. Army said so. The Taliban denied it.",
            ["The U.S. Army said so.", "The Taliban denied it."],
        ),
        (
            "Envoys flew to the U.S. The talks began on Feb. 9 in Doha.",
            ["Envoys flew to the U.S.", "The talks began on Feb. 9 in Doha."],
        ),
        (
            "Militant groups, e.g. Boko Haram, attacked. Troops responded.",
            ["Militant groups, e.g. Boko Haram, attacked.", "Troops responded."],
        ),
        (
            "Brig. Gen. Musa Ali met John F. Kennedy Jr. in St. Louis. They talked.",
            ["Brig. Gen. Musa Ali met John F. Kennedy Jr. in St. Louis.", "They talked."],
        ),
        (
            "The No. 3 battalion left. No. 4 stayed.",
            ["The No. 3 battalion left.", "No. 4 stayed."],
        ),
        (
            "The group has 1.5 thousand members. It grew by 2.5 percent.",
            ["The group has 1.5 thousand members.", "It grew by 2.5 percent."],
        ),
        (
            '"We will fight on," said Commander Idris Bashir. The next day they left.',
            ['"We will fight on," said Commander Idris Bashir.', "The next day they left."],
        ),
        (
            '"Where are they?" he asked. Nobody knew.',
            ['"Where are they?" he asked.', "Nobody knew."],
        ),
        (
            "He said: “They number 5,000.” The army disagreed!  Did it?",
            ["He said: “They number 5,000.”", "The army disagreed!", "Did it?"],
        ),
        ("They came at night... Then they left.", ["They came at night...", "Then they left."]),
        (
            "Clashes continued (officials said.) Schools shut.",
            ["Clashes continued (officials said.)", "Schools shut."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_paragraph_breaks_always_end_a_sentence() -> None:
    text = "Militants seen near Gao\n\nResidents said they arrived at dawn\n\nTroops left."
    assert split(text) == [
        "Militants seen near Gao",
        "Residents said they arrived at dawn",
        "Troops left.",
    ]


def test_short_lines_are_separate_headlines() -> None:
    assert split("All news\nUpdated at: \nTaliban advance in Kunduz") == [
        "All news",
        "Updated at:",
        "Taliban advance in Kunduz",
    ]


def test_hard_wrapped_lines_are_joined_into_one_sentence() -> None:
    text = (
        "Around 1,500 Taliban fighters have gathered near Kunduz, a\n"
        "provincial official said on Wednesday, adding that roads were\n"
        "Closed to traffic. Schools shut."
    )
    assert split(text) == [
        "Around 1,500 Taliban fighters have gathered near Kunduz, a\n"
        "provincial official said on Wednesday, adding that roads were\n"
        "Closed to traffic.",
        "Schools shut.",
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        (
            "MOSCOW, February 9./TASS/.Russia is ready. It said so.",
            "MOSCOW, February 9./TASS/.",
            "Russia is ready.",
        ),
        (
            "KABUL, March 3 (Reuters) - Around 1,500 fighters gathered.",
            "KABUL, March 3 (Reuters) -",
            "Around 1,500 fighters gathered.",
        ),
        (
            "MOGADISHU, Somalia, 2 May 2023 (AFP) — Al-Shabaab attacked a base.",
            "MOGADISHU, Somalia, 2 May 2023 (AFP) —",
            "Al-Shabaab attacked a base.",
        ),
    ],
)
def test_dateline_is_its_own_span(text: str, dateline: str, first: str) -> None:
    parts = split(text)
    assert parts[0] == dateline
    assert parts[1] == first


def test_seed_sentences(seed_text: str) -> None:
    parts = split(seed_text)
    assert parts[:5] == [
        "All news",
        "Updated at:",
        "Russia ready to restore cooperation on Afghanistan with US, NATO — diplomat",
        "A diplomat says hasty pullout of the US forces from Afghanistan may entail "
        "unpredictable consequences",
        "MOSCOW, February 9./TASS/.",
    ]
    assert parts[5].startswith("Russia is ready to restore cooperation")
    assert parts[5].endswith("Zamir Kabulov, has told TASS.")
    # "U.S." inside a quote does not end the sentence; the attribution stays with the quote.
    us_units = next(p for p in parts if "U.S. units" in p)
    assert us_units.startswith('"If you look at it')
    assert us_units.endswith("at the Russian Foreign Ministry.")
    # A two-sentence quote splits at its inner full stop; "he added." stays with the second.
    strength = next(p for p in parts if "about 3,500" in p)
    assert strength.startswith("At the moment, the numerical strength of IS gunmen")
    assert strength.endswith('this figure may rise sharply," he added.')
    assert parts[-1].endswith('under a due appeal of the Tajik side," he said.')
    assert len(parts) == 21


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n\n\t ") == []


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aA. !?\"“”'\n\t0123456789,/()-—UsSTAMr")) | st.characters(),
        max_size=300,
    )
)
def test_spans_are_ordered_trimmed_and_in_bounds(text: str) -> None:
    spans = sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "word", "x" * 70, " ", "\n", ".", "“Gen."]), max_size=12).map(
        "".join
    ),
    st.integers(0, 20),
)
def test_last_word_looks_at_the_end_first_but_finds_the_same(text: str, start: int) -> None:
    start = min(start, len(text))
    found, expected = _last_word(text, start, len(text)), _LAST_WORD.search(text, start, len(text))
    assert (found and found.span()) == (expected and expected.span())
