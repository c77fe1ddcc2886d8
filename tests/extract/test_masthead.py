"""Mastheads of plain-text articles: the outlet's name in capitals with an issue line."""

from __future__ import annotations

from dashboard.extract.dateline import find_dateline
from dashboard.extract.masthead import find_masthead
from dashboard.extract.reader import read_article

PAPER = (
    "THE HILL COURIER\n"
    "Bamenda's independent weekly | Thursday, October 3, 2024 | Vol. 18 No. 39\n\n"
    "NEWS | SECURITY\n\n"
    "Separatists regroup near Bamenda, officials say\n\n"
    "By Our Reporter\n\n"
    "Separatist fighters have regrouped in the hills around Bamenda, officials said."
)


def test_a_papers_masthead_gives_outlet_date_and_leaves_the_headline_as_title() -> None:
    article = read_article(PAPER)
    assert (article.outlet, article.date, article.date_precision) == (
        "The Hill Courier",
        "2024-10-03",
        "day",
    )
    assert article.title == "Separatists regroup near Bamenda, officials say"


def test_a_ministry_release_with_a_place_and_full_date_opening_the_story() -> None:
    text = (
        "MINISTRY OF DEFENCE OF PERU\nJOINT COMMAND OF THE ARMED FORCES\n\n"
        "PRESS RELEASE No. 214-2025\n\n"
        "ARMED FORCES REINFORCE PRESENCE IN THE VRAEM\n\n"
        "Lima, 19 August 2025. The Joint Command informs the public that 800 soldiers were sent."
    )
    article = read_article(text)
    assert (article.outlet, article.date, article.dateline) == (
        "Ministry of Defence of Peru",
        "2025-08-19",
        "Lima",
    )
    assert article.title == "ARMED FORCES REINFORCE PRESENCE IN THE VRAEM"


def test_a_published_date_between_separators() -> None:
    text = (
        "BORDERLANDS RIGHTS MONITOR\nSituation Update No. 9: Rakhine and Chin States\n"
        "Covering 1 July - 31 August 2025 | Published 12 September 2025\n\nSUMMARY\n\nText."
    )
    article = read_article(text)
    assert (article.outlet, article.date) == ("Borderlands Rights Monitor", "2025-09-12")
    assert article.title == "Situation Update No. 9: Rakhine and Chin States"
    assert find_dateline(text) is None  # "Covering 1 July -" is no dateline


def test_a_capitalised_headline_alone_is_no_masthead() -> None:
    assert find_masthead("TALIBAN TAKE KUNDUZ\n\nFighters entered the city on Monday.") is None
    article = read_article("TALIBAN TAKE KUNDUZ\n\nFighters entered the city on Monday.")
    assert article.outlet is None


def test_a_name_and_section_line_is_a_masthead_not_a_dateline() -> None:
    text = (
        "FRONTEIRA NORTE - Interviews\n"
        '"The gangs followed the gold": a prosecutor on Roraima\n\n'
        "Boa Vista, 4 May 2026 - Federal prosecutor Helena Brandão has spent six years "
        "investigating organised crime in Roraima."
    )
    article = read_article(text)
    assert (article.outlet, article.dateline, article.date) == (
        "Fronteira Norte",
        "Boa Vista",
        "2026-05-04",
    )
    assert article.title == '"The gangs followed the gold": a prosecutor on Roraima'
    # a wire dateline with a story after the dash stays a dateline
    story = find_dateline("KABUL - Taliban fighters attacked a post on Sunday.")
    assert story is not None and story.place == "KABUL"
    assert find_masthead("KABUL - Taliban fighters attacked\nmore") is None


def test_an_edition_masthead_with_a_place_and_date_line_under_it() -> None:
    text = (
        "LE COURRIER DES COLLINES – English edition\n"
        "Hinche, Tuesday 10 November 2026\n"
        "Section: Security\n\n"
        "Hundreds of gunmen hold the road to Mirebalais\n\n"
        "By a Staff Reporter\n\n"
        "The police say between 250 and 300 armed men are on the Mirebalais plain."
    )
    article = read_article(text)
    assert (article.outlet, article.date, article.title) == (
        "Le Courrier Des Collines",
        "2026-11-10",
        "Hundreds of gunmen hold the road to Mirebalais",
    )
    # the headline's vague amount is the story's figure: one claim
    from dashboard.extract.claims import extract_claims

    assert [c.number_text for c in extract_claims(article)] == ["between 250 and 300"]
