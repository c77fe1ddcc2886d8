"""Property: whatever the text, every claim quotes it exactly and its places point into it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extract.claims import extract, extract_claims
from dashboard.extract.reader import read_article

FRAGMENTS = [
    "Some 1,000 ISIS gunmen are in Afghanistan's north-western provinces.",
    "The situation on the Tajik-Afghan border is alarming",
    "MOSCOW, February 9./TASS/.",
    "there",
    "the country",
    "They number about 3,500",
    " (a terrorist group outlawed in Russia) ",
    "told TASS in Moscow",
    "between 2,000 and 4,000 fighters",
    "several hundred militants",
    '"',
    "“",
    "”",
    "\n\n",
    "\n",
    ", ",
    ". ",
    "al-Shabaab",
    "Kunduz",
    "the group",
    "may rise sharply",
    "in case the situation deteriorates",
    "2014",
    "Uzbek fighters from Tajikistan",
    "Central Asia (Tajikistan, Kyrgyzstan)",
    "…",
    "(",
    ")",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=20).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_quotes_and_places_are_exact_spans_of_the_text(text: str) -> None:
    article, claims = extract(text)
    for c in claims:
        assert c.quote == article.text[c.start : c.end]
        assert c.quote and c.quote == c.quote.strip()
        assert c.kind in ("estimate", "concern")
        assert c.kind == "estimate" or c.places
        if c.number_low is not None:
            assert c.number_high is not None and c.number_low <= c.number_high
        for m in c.places:
            assert article.text[m.start : m.end] == m.text
            assert m.role == "location"


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_claims_or_a_clear_error(data: bytes) -> None:
    from dashboard.errors import HotspotsError

    try:
        article = read_article(data)
    except HotspotsError as exc:
        assert str(exc)
        return
    for c in extract_claims(article):
        assert c.quote == article.text[c.start : c.end]
