"""Speakers: attributions, full names and roles carried forward, and whose quote it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract.reader import read_article
from dashboard.extract.sentences import sentences
from dashboard.extract.speakers import (
    SpeakerIndex,
    SpeakerMention,
    _paragraph,
    find_speakers,
    speaker_for,
)

SAHEL = """BAMAKO, Mali, 4 March 2023 (AFP) — Up to 800 JNIM fighters are operating around Menaka, \
according to Colonel Amadou Sangare, the army spokesman.

"They move in groups of fifty on motorbikes," Sangare said. "We counted at least 300 near the town."

A local official said the figure was lower. "Maybe 200," he said."""

PAKISTAN = (
    "ISLAMABAD (Reuters) - Pakistan's interior minister, Khalid Mehmood, told parliament on "
    "Tuesday that the TTP has up to 6,000 fighters in Afghanistan. Mehmood said the group was "
    "regrouping."
)

SOMALIA = (
    "MOGADISHU, May 2 (Reuters) - Al-Shabaab has between 7,000 and 9,000 fighters, said Gen. "
    "Abdi Hassan, the Somali army chief. Security sources told Reuters the number was closer "
    "to 5,000."
)

CENTRAL_ASIA = (
    "Dushanbe, 5 June 2020 — Russian Foreign Minister Sergei Lavrov said some 2,000 militants "
    "had gathered near the Tajik border. The minister added that the figure could grow."
)

SYRIA = (
    "IDLIB, Syria, 14 October 2022 (AFP) — Pentagon spokesman John Kirby said about 2,500 HTS "
    'fighters were in the city. "Their numbers are stable," said Kirby.\n\n'
    "According to the UN monitoring team, the group has up to 10,000 members."
)


def table(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.name, s.role) for s in find_speakers(text)]


def who(text: str, needle: str) -> str | None:
    found = speaker_for(text, find_speakers(text), text.index(needle))
    return found.name if found else None


# --- the seed ----------------------------------------------------------------------------


def test_seed_speaker_is_zamir_kabulov_with_his_role(seed_text: str) -> None:
    speakers = find_speakers(seed_text)
    first_named = next(s for s in speakers if s.text == "Zamir Kabulov")
    assert first_named.role == "Russian president’s special envoy to Afghanistan"
    assert seed_text[first_named.start : first_named.end] == "Zamir Kabulov"
    later = [s for s in speakers if s.start > first_named.start]
    assert {s.name for s in later} == {"Zamir Kabulov"}
    assert {s.text for s in later} == {"Kabulov", "He", "he", "the diplomat"}
    # "said Kabulov, the director of ..." gives that mention its own role.
    assert later[0].text == "Kabulov"
    assert later[0].role == "director of the Russian Foreign Ministry’s Second Asian Department"


def test_seed_quotes_are_attributed_to_kabulov(seed_text: str) -> None:
    speakers = find_speakers(seed_text)
    for needle in ["some 1,000", "about 3,500", "around 15,000", "summer of 2014", "Badakhshan"]:
        found = speaker_for(seed_text, speakers, seed_text.index(needle))
        assert found is not None
        assert found.name == "Zamir Kabulov", needle
    # Reported speech with the attribution later in the same sentence.
    found = speaker_for(seed_text, speakers, seed_text.index("Russia is ready"))
    assert found is not None and found.text == "Zamir Kabulov"


# --- attribution styles ------------------------------------------------------------------


def test_according_to_with_title_and_appositive_role() -> None:
    assert table(SAHEL) == [
        ("Amadou Sangare", "Amadou Sangare", "army spokesman"),
        ("Sangare", "Amadou Sangare", "army spokesman"),
        ("A local official", "A local official", None),
        ("he", "A local official", None),
    ]


def test_role_before_name_with_commas_and_told() -> None:
    assert table(PAKISTAN) == [
        ("Khalid Mehmood", "Khalid Mehmood", "Pakistan's interior minister"),
        ("Mehmood", "Khalid Mehmood", "Pakistan's interior minister"),
    ]


def test_inverted_said_with_honorific_and_plural_sources() -> None:
    assert table(SOMALIA) == [
        ("Abdi Hassan", "Abdi Hassan", "Somali army chief"),
        ("Security sources", "Security sources", None),
    ]


def test_title_before_name_and_the_minister_resolves() -> None:
    assert table(CENTRAL_ASIA) == [
        ("Sergei Lavrov", "Sergei Lavrov", "Russian Foreign Minister"),
        ("The minister", "Sergei Lavrov", "Russian Foreign Minister"),
    ]


def test_role_without_comma_and_organisation_source() -> None:
    assert table(SYRIA) == [
        ("John Kirby", "John Kirby", "Pentagon spokesman"),
        ("Kirby", "John Kirby", "Pentagon spokesman"),
        ("UN monitoring team", "UN monitoring team", None),
    ]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a U.N. monitoring report", "U.N. monitoring report"),
        ("the U.S. military", "U.S. military"),
        ("Col. Ahmed Nur, the army spokesman", "Ahmed Nur"),
        ("Amina Yusuf of the Hiiraan Institute", "Amina Yusuf"),
        ("the Ministry of Defence", "Ministry of Defence"),
        (
            "a study by the Kivu Observatory for Security Studies",
            "Kivu Observatory for Security Studies",
        ),
    ],
)
def test_according_to_keeps_abbreviations_titles_and_bodies_whole(source: str, name: str) -> None:
    text = f"Al-Shabaab has 4,000 fighters in Bay, according to {source}."
    assert who(text, "4,000") == name


def test_pronoun_without_an_earlier_speaker_is_dropped() -> None:
    assert table('"There are about 4,000 fighters in Idlib," he said.') == []


def test_the_descriptor_prefers_the_speaker_whose_role_matches() -> None:
    text = (
        "Envoy Ali Karimi said the talks would resume. Police chief Omar Nuri said 40 gunmen "
        "were seen. The envoy added that fighting had stopped."
    )
    speakers = find_speakers(text)
    assert [(s.text, s.name) for s in speakers] == [
        ("Ali Karimi", "Ali Karimi"),
        ("Omar Nuri", "Omar Nuri"),
        ("The envoy", "Ali Karimi"),
    ]


def test_he_said_does_not_take_a_city_for_a_speaker() -> None:
    text = "Zamir Kabulov said talks were possible. He said Moscow had not yet held contacts."
    assert table(text) == [
        ("Zamir Kabulov", "Zamir Kabulov", None),
        ("He", "Zamir Kabulov", None),
    ]


# --- speaker_for -------------------------------------------------------------------------


def test_quote_with_attribution_before_it() -> None:
    # "at least 300" is in the second quote; its attribution ("Sangare said") precedes it.
    assert who(SAHEL, "at least 300") == "Amadou Sangare"


def test_quote_with_pronoun_after_it() -> None:
    assert who(SAHEL, "Maybe 200") == "A local official"


def test_same_sentence_attribution_outside_quotes() -> None:
    assert who(SAHEL, "Up to 800") == "Amadou Sangare"
    assert who(SOMALIA, "7,000") == "Abdi Hassan"
    assert who(SOMALIA, "closer to 5,000") == "Security sources"
    assert who(PAKISTAN, "6,000") == "Khalid Mehmood"


def test_falls_back_to_the_last_speaker_before() -> None:
    text = "Sergei Lavrov said the border was calm. Some 500 militants remain in Kunduz."
    assert who(text, "Some 500") == "Sergei Lavrov"


def test_no_speakers_means_none() -> None:
    assert speaker_for("About 300 fighters.", [], 6) is None
    text = "About 300 fighters were seen. Sergei Lavrov said so."
    assert speaker_for(text, find_speakers(text), 0) is None


def test_index_answers_like_speaker_for_and_splits_each_paragraph_once() -> None:
    for text in (SAHEL, SOMALIA, PAKISTAN):
        speakers = find_speakers(text)
        index = SpeakerIndex(text, speakers)
        words = [i for i, ch in enumerate(text) if not ch.isspace()]
        for offset in words:
            assert index.speaker_for(offset) == speaker_for(text, speakers, offset)
        assert len(index._sentences) <= text.count("\n\n") + 1


def test_index_reads_paragraph_sentences_off_the_article_spans() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [SAHEL, SOMALIA, PAKISTAN, "A said.  \n\nthe next. Gen.\n \nB\n\n\n\nC. \n\n"]
    texts += [read_article(p.read_bytes()).text for p in sorted(fixtures.rglob("*.txt"))]
    for text in texts:
        index = SpeakerIndex(text, [], sentences(text))
        for offset in range(len(text)):
            p_lo, p_hi = _paragraph(text, offset)
            assert index.sentences(p_lo, p_hi) == sentences(text[p_lo:p_hi])


# --- properties --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ['"', "“", "”", "said", " ", "Kabulov", "Zamir", ",", ".", "he", "the diplomat", "told",
     "TASS", "according to", "\n\n", "Gen.", "officials", "has", "minister", "envoy", "A"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=4), max_size=40).map(" ".join), st.integers(0, 400))
def test_speakers_never_raise_and_spans_are_in_bounds(text: str, offset: int) -> None:
    speakers = find_speakers(text)
    previous = -1
    for s in speakers:
        assert isinstance(s, SpeakerMention)
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= previous
        previous = s.start
    found = speaker_for(text, speakers, min(offset, len(text)))
    assert found is None or found in speakers
