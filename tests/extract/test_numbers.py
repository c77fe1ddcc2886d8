"""Figures: how they are written, what they count, and why some are not force estimates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extract.numbers import Figure, classify_figure, find_figures, unit_after
from dashboard.extract.sentences import sentences


def one(text: str) -> Figure:
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


def summary(text: str) -> tuple[str, int | None, int | None, str]:
    f = one(text)
    assert text[f.start : f.end] == f.number_text
    return f.number_text, f.number_low, f.number_high, f.qualifier


# --- writing styles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("some 1,000 gunmen", ("some 1,000", 1000, 1000, "approximate")),
        ("3,000,000 residents", ("3,000,000", 3_000_000, 3_000_000, "exact")),
        ("15\u00a0000 fighters", ("15\u00a0000", 15_000, 15_000, "exact")),
        ("15 000 fighters", ("15 000", 15_000, 15_000, "exact")),
        ("1.500.000 people", ("1.500.000", 1_500_000, 1_500_000, "exact")),
        ("1.5 thousand members", ("1.5 thousand", 1500, 1500, "exact")),
        ("2.5 million people", ("2.5 million", 2_500_000, 2_500_000, "exact")),
        ("10k fighters", ("10k", 10_000, 10_000, "exact")),
        ("2014", ("2014", 2014, 2014, "exact")),
        ("two thousand fighters", ("two thousand", 2000, 2000, "exact")),
        ("a thousand men", ("a thousand", 1000, 1000, "exact")),
        ("fifteen hundred troops", ("fifteen hundred", 1500, 1500, "exact")),
        ("two hundred and fifty fighters", ("two hundred and fifty", 250, 250, "exact")),
        ("twenty-five militants", ("twenty-five", 25, 25, "exact")),
        ("a dozen gunmen", ("a dozen", 12, 12, "exact")),
        ("half a million people", ("half a million", 500_000, 500_000, "exact")),
        ("Up to thousand militants", ("Up to thousand", 1000, 1000, "upper")),
        ("a 3,000-strong force", ("3,000-strong", 3000, 3000, "exact")),
        ("a 5,000-man force", ("5,000-man", 5000, 5000, "exact")),
        ("a force 3,000 strong", ("3,000 strong", 3000, 3000, "exact")),
    ],
)
def test_single_figures(text: str, expected: tuple[str, int, int, str]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6,000–6,500 fighters", ("6,000–6,500", 6000, 6500)),
        ("10,000-15,000 militants", ("10,000-15,000", 10_000, 15_000)),
        ("2,000-3,000 fighters", ("2,000-3,000", 2000, 3000)),
        ("between 2,000 and 4,000 fighters", ("between 2,000 and 4,000", 2000, 4000)),
        ("4,000 to 6,000 militants", ("4,000 to 6,000", 4000, 6000)),
        ("from 400 to 1,000 men", ("from 400 to 1,000", 400, 1000)),
        ("between 2 and 3 million people", ("between 2 and 3 million", 2_000_000, 3_000_000)),
        ("about 4,000 to 6,000 fighters", ("about 4,000 to 6,000", 4000, 6000)),
        ("two or three thousand", ("two or three thousand", 2000, 3000)),
    ],
)
def test_ranges_keep_both_ends(text: str, expected: tuple[str, int, int]) -> None:
    assert summary(text) == (*expected, "range")


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("some", "approximate"),
        ("about", "approximate"),
        ("around", "approximate"),
        ("roughly", "approximate"),
        ("approximately", "approximate"),
        ("an estimated", "approximate"),
        ("estimated at", "approximate"),
        ("nearly", "approximate"),
        ("almost", "approximate"),
        ("close to", "approximate"),
        ("at least", "lower"),
        ("more than", "lower"),
        ("over", "lower"),
        ("upwards of", "lower"),
        ("in excess of", "lower"),
        ("not less than", "lower"),
        ("up to", "upper"),
        ("as many as", "upper"),
        ("no more than", "upper"),
        ("does not exceed", "upper"),
        ("fewer than", "upper"),
        ("less than", "upper"),
        ("at most", "upper"),
    ],
)
def test_qualifiers(phrase: str, qualifier: str) -> None:
    text = f"The group {phrase} 2,000 fighters strong"
    f = find_figures(text)[0]
    assert f.number_text.startswith(phrase)
    assert (f.number_low, f.number_high, f.qualifier) == (2000, 2000, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,000 or more fighters", ("2,000 or more", "lower")),
        ("1,000+ fighters", ("1,000+", "lower")),
        ("some 300 or so men", ("some 300 or so", "approximate")),
    ],
)
def test_trailing_qualifiers(text: str, expected: tuple[str, str]) -> None:
    f = one(text)
    assert (f.number_text, f.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "number_text"),
    [
        ("several hundred fighters", "several hundred"),
        ("thousands of militants", "thousands"),
        ("hundreds of IS fighters", "hundreds"),
        ("dozens of gunmen", "dozens"),
        ("tens of thousands of people", "tens of thousands"),
    ],
)
def test_vague_amounts_have_no_numbers(text: str, number_text: str) -> None:
    assert summary(text) == (number_text, None, None, "vague")


def test_change_from_to_is_two_figures_not_a_range() -> None:
    text = "Their number rose from 2,000 to 3,000 fighters."
    assert [(f.number_text, f.number_low, f.qualifier) for f in find_figures(text)] == [
        ("2,000", 2000, "exact"),
        ("3,000", 3000, "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 cases",
        "F-16 jets and Su-25s",
        "the 1990s",
        "the 3rd battalion",
        "one of them",
        "version 2.5",
    ],
)
def test_non_figures_are_ignored(text: str) -> None:
    assert find_figures(text) == []


def test_european_dots_only_when_the_text_does_not_use_dot_decimals_or_commas() -> None:
    assert summary("15.000 fighters") == ("15.000", 15_000, 15_000, "exact")
    # The same figure in a text that writes "2.5 million" is ambiguous and is skipped.
    assert [f.number_text for f in find_figures("15.000 fighters and 2.5 million people")] == [
        "2.5 million"
    ]


def test_hyphenated_years_are_not_a_range() -> None:
    assert [f.number_low for f in find_figures("the 2014-15 campaign")] == [2014, 15]


def test_start_and_end_limit_the_search() -> None:
    text = "About 300 fighters. Some 500 militants."
    assert [f.number_text for f in find_figures(text, 20)] == ["Some 500"]
    assert [f.number_text for f in find_figures(text, 0, 19)] == ["About 300"]


# --- the seed ----------------------------------------------------------------------------


def test_seed_figures_and_their_reasons(seed_text: str) -> None:
    rows = []
    for start, end in sentences(seed_text):
        for f in find_figures(seed_text, start, end):
            reason = classify_figure(seed_text[start:end], f, sentence_start=start)
            rows.append(
                (f.number_text, f.number_low, f.qualifier, unit_after(seed_text, f), reason)
            )
    assert rows == [
        ("9", 9, "exact", None, "date"),
        ("some 1,000", 1000, "approximate", "gunmen", None),
        ("2014", 2014, "exact", None, "year"),
        ("about 3,500", 3500, "approximate", "gunmen", None),
        ("around 15,000", 15_000, "approximate", "men", None),
    ]


# --- unit_after --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("some 1,000 gunmen of ISIS", "gunmen"),
        ("3,500 people", "people"),
        ("15,000 men", "men"),
        ("2,000 Taliban fighters in Kunduz", "fighters"),
        ("about 2,000 Taliban in Kunduz", "Taliban"),
        ("some 1,000 IS militants", "militants"),
        ("hundreds of fighters", "fighters"),
        ("3,000 heavily armed men", "men"),
        ("a 3,000-strong force", "force"),
        ("the 1,344-km border", "km"),
        ("500 rifles", "rifles"),
        ("1,000 of them", None),
        ("about 1,000.", None),
        (
            "the numerical strength of IS gunmen is estimated at about 3,500 people",
            "gunmen",
        ),
        ("the number of IS militants in the country has grown to 4,000.", "militants"),
    ],
)
def test_unit_after(text: str, unit: str | None) -> None:
    figure = find_figures(text)[-1]
    assert unit_after(text, figure) == unit


# --- classify_figure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # dates and years
        ("The attack happened on February 9 near Kunduz.", "date"),
        ("The raid took place on 12 May in Borno.", "date"),
        ("IS has been active in Afghanistan since 2014.", "year"),
        ("The group grew in 2014-2015 in Nangarhar.", "year"),
        # ages, times, durations
        ("A 25-year-old fighter was arrested.", "age"),
        ("The suspect, aged 19, was released.", "age"),
        ("The meeting began at 10 a.m. in Kabul.", "time"),
        ("The fighting in Idlib lasted three days.", "duration"),
        # what happened to those counted
        ("The army killed 40 militants in Helmand.", "casualties"),
        ("Troops wounded 12 attackers near Gao.", "casualties"),
        ("At least 40 militants were killed in the strikes.", "casualties"),
        ("The death toll rose to 55 after the attack.", "casualties"),
        ("Police arrested 15 suspected al-Shabaab members in Mogadishu.", "arrests"),
        ("Some 30 IS members were detained in Dushanbe.", "arrests"),
        ("About 10,000 IS fighters are held in SDF-run prisons in northeast Syria.", "detainees"),
        ("The camp holds 2,000 detainees.", "detainees"),
        ("More than 200 Boko Haram fighters surrendered to the army.", "surrendered"),
        ("Some 150 militants laid down their arms in Kunar.", "surrendered"),
        # what the noun counts
        ("The gunmen kidnapped 30 civilians near Gao.", "civilians"),
        ("Some 60,000 refugees crossed into Niger.", "refugees"),
        ("More than 2 million people have fled their homes.", "refugees"),
        ("The town has a population of 30,000.", "population"),
        ("Militants seized 500 rifles in the raid.", "weapons"),
        ("The group received $2 million from donors.", "money"),
        ("The 1,344-km border with Tajikistan is porous.", "distance"),
        ("Fighters gathered 50 km from the border.", "distance"),
        ("About 15 percent of the fighters are foreigners.", "percentage"),
        ("Nearly 40% of recruits are local.", "percentage"),
        ("Militants from five countries have joined.", "count-of-countries"),
        ("Three groups merged last year.", "count-of-groups"),
        ("Militants are active in 12 provinces.", "count-of-places"),
        ("The army said it carried out 40 attacks.", "count-of-events"),
        # the speaker's stance
        ("Reports of 10,000 fighters are exaggerated, the spokesman said.", "rejected"),
        ("He denied that 5,000 fighters had crossed into Tajikistan.", "rejected"),
        ("An army of 80,000 would be needed to defeat them.", "hypothetical"),
        # counts of people that are not a force
        ("About 3,000 people attended the funeral in Kano.", "people"),
        ("The convoy had 40 trucks.", "weapons"),
        ("The airport handled 700 flights.", "unit"),
        ("They number about 4,000, according to officials.", "no-unit"),
    ],
)
def test_reasons_a_figure_is_not_a_force_estimate(sentence: str, reason: str) -> None:
    figure = find_figures(sentence)[0]
    assert classify_figure(sentence, figure) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 1,000 gunmen of ISIS are stationed in the north.",
        "The group's strength is put at 3,000 people, officials said.",
        "A 3,000-strong force of JNIM fighters was seen near Menaka.",
        "There are about 2,000 Taliban in Kunduz.",
        "Around 500 al-Shabaab fighters attacked the base.",
        "Thousands of IS militants are in the region.",
        "A force of 2,000 men arrived in Idlib.",
        "ISWAP has between 3,000 and 5,000 fighters around Lake Chad.",
        "The TTP has up to 6,000 members in the tribal districts.",
    ],
)
def test_force_estimates_have_no_reason(sentence: str) -> None:
    figure = find_figures(sentence)[0]
    assert classify_figure(sentence, figure) is None


def test_classify_uses_sentence_start_for_article_offsets() -> None:
    article = (
        "Taliban fighters gather near Kunduz as talks stall in Doha\n\n"
        "KABUL — Some 2,000 Taliban fighters gathered in 2021."
    )
    start, end = sentences(article)[-1]
    figures = find_figures(article, start, end)
    reasons = [classify_figure(article[start:end], f, sentence_start=start) for f in figures]
    assert reasons == [None, "year"]
    with pytest.raises(ValueError, match="sentence_start"):
        classify_figure(article[start:end], figures[0])


# --- properties --------------------------------------------------------------------------

_NUMBERISH = st.sampled_from(
    ["1,000", "some", "about", " ", "-", "to", "between", "and", "thousand", "hundreds", "2.5",
     "million", "a", "dozen", "15 000", "15.000", "from", "or", "more", "+", "strong", "of",
     "fighters", "killed", "$", "%", "km", "2014", "February", "9", "\n", ".", ","]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_NUMBERISH | st.text(max_size=5), max_size=30).map(" ".join))
def test_find_figures_never_raises_and_spans_are_consistent(text: str) -> None:
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.number_text
        if f.qualifier == "vague":
            assert f.number_low is None and f.number_high is None
        else:
            assert f.number_low is not None and f.number_high is not None
            assert f.number_low <= f.number_high
        classify_figure(text, f)
        unit_after(text, f)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_figures_on_any_text(text: str) -> None:
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text)
