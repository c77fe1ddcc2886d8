"""The run reader: tokens and longest names of a run of capitalised words, read once per run."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import gazetteer
from dashboard.geo.runs import RunReader


@pytest.fixture()
def reader() -> RunReader:
    return RunReader(gazetteer())


def test_longest_name_wins_and_offsets_are_in_the_run(reader: RunReader) -> None:
    reading = reader.read("Central Asia")
    assert reading is not None
    assert reading.tokens == ((0, 7, "Central"), (8, 12, "Asia"))
    first = reading.names[0]
    assert first is not None
    assert (first.first, first.last, first.start, first.end) == (0, 1, 0, 12)
    assert (first.possessive, first.key) == (False, "central asia")
    assert [c.place_id for c in first.cands] == ["region:central-asia"]
    assert reading.names[1] is not None and reading.names[1].key == "asia"


def test_possessive_ends_the_name(reader: RunReader) -> None:
    reading = reader.read("Afghanistan's")
    assert reading is not None
    name = reading.names[0]
    assert name is not None
    assert (name.start, name.end, name.possessive, name.key) == (0, 11, True, "afghanistan")


def test_lone_word_that_is_no_name_reads_as_none(reader: RunReader) -> None:
    assert reader.read("Kabulov") is None
    assert reader.read("The") is None  # a common word, though some town is called that
    assert reader.read("Kunduz") is not None


def test_lower_case_words_and_no_names(reader: RunReader) -> None:
    reading = reader.read("Lake Chad basin")
    assert reading is not None
    assert reading.names[2] is None  # "basin" cannot start a name
    assert reader.read("Xqzt Wrrbl") is None  # no name at any word


def test_what_the_index_says_is_kept_with_the_name(reader: RunReader) -> None:
    reading = reader.read("Kunduz")
    assert reading is not None and reading.names[0] is not None
    assert reading.names[0].cands == tuple(gazetteer().lookup("kunduz"))
    assert not reading.names[0].small_towns_only  # a province and a city of 260,000


def test_readings_are_remembered_up_to_the_limit() -> None:
    small = RunReader(gazetteer(), limit=2)
    first = small.read("Central Asia")
    assert small.read("Central Asia") is first  # the same object: read once
    small.read("Kunduz")
    small.read("Badakhshan")  # over the limit: the memo starts again
    again = small.read("Central Asia")
    assert again is not first and again is not None and first is not None
    assert again.tokens == first.tokens
    assert [n.key if n else None for n in again.names] == [
        n.key if n else None for n in first.names
    ]
