"""Reading articles: encodings, HTML/Markdown to text, and the metadata a story carries."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.errors import InputError, NotTextError
from dashboard.extract.dateline import find_dateline
from dashboard.extract.reader import (
    decode_bytes,
    html_to_text,
    markdown_to_text,
    read_article,
)

RUSSIAN = (
    "Душанбе, 5 июня. Около 1000 боевиков находятся у границы с Таджикистаном, "
    "сообщил представитель пограничной службы."
)
FRENCH = "Niamey, 4 mars. Près de 2 000 combattants ont été signalés près de Ménaka, selon l'armée."

# --- decode_bytes ------------------------------------------------------------------------


def test_utf8_with_and_without_bom_decode_to_the_same_text() -> None:
    text = "Gunmen near Kunduz — “about 300”, officials said."
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    data = bom + RUSSIAN.encode(codec)
    assert decode_bytes(data) == RUSSIAN


def test_utf16_without_bom_latin_text_is_recognised() -> None:
    text = "MOGADISHU, May 2 (Reuters) - Al-Shabaab fighters attacked a base."
    assert decode_bytes(text.encode("utf-16-le")) == text


def test_cp1251_russian_is_decoded() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")) == RUSSIAN


def test_latin1_french_is_decoded() -> None:
    assert decode_bytes(FRENCH.encode("latin-1")) == FRENCH


def test_cp1250_is_not_mistaken_for_cp1252() -> None:
    text = "Dziękuję, że przyszłaś i zjadłaś obiad."
    assert decode_bytes(text.encode("cp1250")) == text


def test_cp1252_smart_quotes_are_decoded() -> None:
    text = "The army’s estimate of “some 2,000 fighters” was disputed — again."
    assert decode_bytes(text.encode("cp1252")) == text


def test_cp1252_dashes_inside_words_are_not_read_as_a_dos_code_page() -> None:
    # with only ’ “ ” – as non-ASCII bytes, cp850 reads them as letters (Æ ô ö û): a dash
    # between two words is punctuation, not a sign of the wrong code page
    text = (
        "Security news from Kenya’s North Rift – the Baringo–Pokot line.\r\n"
        "Officials said “no more than 1,000” bandits roam the valley.\r\n"
    ) * 3
    assert decode_bytes(text.encode("cp1252")) == text.replace("\r\n", "\n")


def test_newlines_are_normalised_and_text_is_nfc() -> None:
    data = "Line one\r\nLine two\rMe\u0301naka".encode()
    assert decode_bytes(data) == "Line one\nLine two\nMénaka"


def test_empty_bytes_are_empty_text() -> None:
    assert decode_bytes(b"") == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n\x00\x01\x02binary stream",
        bytes(range(1, 32)) * 20,
    ],
    ids=["png", "nul-bytes", "control-chars"],
)
def test_binary_input_is_refused_with_advice(data: bytes) -> None:
    with pytest.raises(NotTextError) as err:
        decode_bytes(data)
    message = str(err.value)
    assert "\n" not in message
    assert "looks binary" in message
    assert "save the article as plain text" in message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_only_ever_raises_not_text_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except NotTextError:
        return
    assert "\r" not in text
    assert "\x00" not in text


# --- html_to_text ------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Gunmen seen near Kunduz | Example News</title>
<style>p { color: red }</style><script>var hidden = "1,000 fighters";</script>
<meta property="article:published_time" content="2021-03-03T08:00:00Z"></head>
<body><nav>Home</nav><noscript>Enable JavaScript</noscript>
<template><p>Template text</p></template>
<h1>Gunmen seen near Kunduz</h1>
<p>KABUL, March 3 (Reuters) - About 300 Taliban fighters &amp; allies
   were seen near <b>Kunduz</b>, officials said.</p>
<p>&ldquo;They came at night,&rdquo; a resident said.<br>No one was hurt.</p>
</body></html>"""


def test_html_to_text_keeps_visible_text_only() -> None:
    text, title = html_to_text(PAGE)
    assert title == "Gunmen seen near Kunduz"
    assert "hidden" not in text
    assert "color" not in text
    assert "Enable JavaScript" not in text
    assert "Template text" not in text
    assert text.split("\n\n") == [  # the menu ("Home") is page chrome, not the story
        "Gunmen seen near Kunduz",
        "KABUL, March 3 (Reuters) - About 300 Taliban fighters & allies were seen near Kunduz, "
        "officials said.",
        "“They came at night,” a resident said.\nNo one was hurt.",
    ]


def test_html_news_ticker_is_page_chrome() -> None:
    page = (
        '<html><body><div class="ticker">BREAKING: Army sends 500 troops to the border</div>'
        '<div id="breaking-news">Stocks close higher</div>'
        "<p>About 300 gang members were seen in Mixco, police said.</p></body></html>"
    )
    text, _ = html_to_text(page)
    assert text == "About 300 gang members were seen in Mixco, police said."


def test_html_title_falls_back_to_h1_and_keeps_full_title_otherwise() -> None:
    assert html_to_text("<h1>Clashes in Idlib</h1><p>Text.</p>")[1] == "Clashes in Idlib"
    assert html_to_text("<title>Raid in Borno</title><h1>Latest</h1>")[1] == "Raid in Borno"
    assert html_to_text("<p>No title here.</p>")[1] is None


def test_html_pre_keeps_its_line_breaks() -> None:
    text, _ = html_to_text("<pre>Unit   A\nUnit B</pre>")
    assert text == "Unit A\nUnit B"


def test_html_unknown_marked_section_does_not_crash() -> None:
    text, _ = html_to_text("<p>Before</p><![foo bar]><p>After</p>")
    assert "Before" in text
    assert "After" in text


# --- markdown_to_text --------------------------------------------------------------------

MARKDOWN = """# Militants regroup in *Idlib*

IDLIB, Syria, 14 October 2022 (AFP) — Some **2,000** fighters of
[Hayat Tahrir al-Sham](https://example.org/hts) moved north.
![a convoy](convoy.jpg)

- Roads were closed.
- Schools shut.

```
raw 1,000 figure
```
"""


def test_markdown_to_text_removes_markup_and_joins_wrapped_lines() -> None:
    assert markdown_to_text(MARKDOWN).split("\n\n") == [
        "Militants regroup in Idlib",
        "IDLIB, Syria, 14 October 2022 (AFP) — Some 2,000 fighters of Hayat Tahrir al-Sham "
        "moved north.",
        "Roads were closed.",
        "Schools shut.",
        "raw 1,000 figure",
    ]


def test_markdown_keeps_snake_case_and_lone_asterisks() -> None:
    assert markdown_to_text("file_name_here and 2 * 3 = 6") == "file_name_here and 2 * 3 = 6"


# --- read_article: the seed --------------------------------------------------------------


def test_seed_metadata_without_a_date_argument(seed_bytes: bytes) -> None:
    article = read_article(seed_bytes, filename="tass-2017-02-09-kabulov-afghanistan.txt")
    assert (
        article.title
        == "Russia ready to restore cooperation on Afghanistan with US, NATO — diplomat"
    )
    assert article.dateline == "MOSCOW"
    assert article.outlet == "TASS"
    assert article.date == "--02-09"
    assert article.date_precision == "day-month"
    assert article.language == "en"
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.text.startswith("All news\n")
    assert "\r" not in article.text


def test_seed_date_argument_wins(seed_bytes: bytes) -> None:
    article = read_article(seed_bytes, date="2017-02-09", url="https://example.org/a")
    assert article.date == "2017-02-09"
    assert article.date_precision == "day"
    assert article.url == "https://example.org/a"


# --- read_article: other outlets' styles ------------------------------------------------

REUTERS_KABUL = """Taliban fighters mass near Kunduz
Published 2021-03-04

KABUL, March 3 (Reuters) - Around 1,500 Taliban fighters have gathered near Kunduz, a
provincial official said on Wednesday.
"""

AFP_LAGOS = """Boko Haram attack repelled

LAGOS, Nigeria, 12 May 2019 (AFP) — Troops repelled an attack by about 200 Boko Haram
fighters in Borno state, the army said.
"""

DUSHANBE = """Border guards on alert

Dushanbe, 5 June 2020 — Tajik border guards reported militants gathering on the Afghan side.
"""

BYLINE_ONLY = """Al-Shabaab fighters seize town in Somalia
By Jane Roe, Reuters
12 August 2022

Al-Shabaab fighters seized a town in central Somalia, residents said.
"""


def test_reuters_dateline_takes_year_from_published_line() -> None:
    article = read_article(REUTERS_KABUL)
    assert article.title == "Taliban fighters mass near Kunduz"
    assert article.dateline == "KABUL"
    assert article.outlet == "Reuters"
    assert article.date == "2021-03-03"
    assert article.date_precision == "day"


def test_dateline_in_december_published_in_january_is_last_year() -> None:
    text = "Published 2020-01-02\n\nKABUL, December 31 (Reuters) - Fighting went on."
    assert read_article(text).date == "2019-12-31"


def test_afp_dateline_with_country_and_year() -> None:
    article = read_article(AFP_LAGOS.encode("utf-8"), filename="lagos.txt")
    assert article.dateline == "LAGOS, Nigeria"
    assert article.outlet == "AFP"
    assert article.date == "2019-05-12"
    assert article.date_precision == "day"
    assert article.title == "Boko Haram attack repelled"


def test_title_case_dateline_without_agency() -> None:
    article = read_article(DUSHANBE)
    assert article.dateline == "Dushanbe"
    assert article.outlet is None
    assert article.date == "2020-06-05"


def test_byline_gives_outlet_and_date_line_gives_date() -> None:
    article = read_article(BYLINE_ONLY)
    assert article.dateline is None
    assert article.outlet == "Reuters"
    assert article.date == "2022-08-12"
    assert article.title == "Al-Shabaab fighters seize town in Somalia"


def test_no_date_anywhere_leaves_date_empty() -> None:
    article = read_article("Militants seen\n\nMilitants were seen near Gao, residents said.")
    assert article.date is None
    assert article.date_precision is None


def test_arguments_override_what_the_text_says() -> None:
    article = read_article(AFP_LAGOS, outlet="Premium Times", title="Custom", date="2019-05-13")
    assert (article.outlet, article.title, article.date) == (
        "Premium Times",
        "Custom",
        "2019-05-13",
    )


@pytest.mark.parametrize("bad", ["2017-2-9", "09.02.2017", "2017-02-30", "yesterday", "20170209"])
def test_malformed_date_argument_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError, match=r"give it like 2017-02-09"):
        read_article("Some text.", date=bad)


def test_html_article_by_extension_uses_h1_and_meta_date() -> None:
    article = read_article(PAGE.encode("utf-8"), filename="kunduz.html")
    assert article.title == "Gunmen seen near Kunduz"
    assert article.outlet == "Reuters"
    assert article.dateline == "KABUL"
    assert article.date == "2021-03-03"
    assert "var hidden" not in article.text


def test_html_is_sniffed_without_extension() -> None:
    article = read_article(b"<p>MOGADISHU, May 2 (Reuters) - Fighting erupted.</p>")
    assert article.text == "MOGADISHU, May 2 (Reuters) - Fighting erupted."
    assert article.dateline == "MOGADISHU"


def test_markdown_article_title_is_first_heading() -> None:
    article = read_article(MARKDOWN, filename="idlib.md")
    assert article.title == "Militants regroup in Idlib"
    assert article.dateline == "IDLIB, Syria"
    assert article.outlet == "AFP"
    assert article.date == "2022-10-14"
    assert "**" not in article.text


def test_json_article_fields_are_defaults() -> None:
    payload = {"text": "Gunmen were seen near Gao, residents said.", "title": "Gao", "url": "u"}
    article = read_article(json.dumps(payload), filename="gao.json", date="2023-01-05")
    assert article.text == payload["text"]
    assert (article.title, article.url, article.date) == ("Gao", "u", "2023-01-05")


@pytest.mark.parametrize(
    ("payload", "needle"),
    [("[1, 2]", "single object"), ('{"body": "x"}', '"text"'), ("{not json", "not valid JSON")],
)
def test_malformed_json_article_says_what_to_fix(payload: str, needle: str) -> None:
    with pytest.raises(InputError, match=needle):
        read_article(payload, filename="a.json")


def test_pdf_is_refused_by_extension() -> None:
    with pytest.raises(NotTextError, match="export the article as plain text"):
        read_article(b"%PDF-1.4 plain", filename="report.pdf")


def test_offsets_index_the_normalised_text() -> None:
    data = "Head line here\r\n\r\nKABUL, March 3 (Reuters) - Some 300 Taliban fighters.".encode(
        "cp1252"
    )
    article = read_article(data)
    start = article.text.index("Some 300")
    assert article.text[start : start + 8] == "Some 300"
    assert "\r" not in article.text


def test_non_english_text_is_undetermined() -> None:
    assert read_article(RUSSIAN.encode("cp1251")).language == "und"


def test_find_dateline_ignores_ordinary_sentences() -> None:
    assert find_dateline("Russia is ready - it said.\n\nThe Taliban — again.") is None
    dateline = find_dateline("Intro line.\n\nMOSCOW, February 9./TASS/.Russia is ready")
    assert dateline is not None
    assert (dateline.place, dateline.outlet, dateline.month, dateline.day) == (
        "MOSCOW",
        "TASS",
        2,
        9,
    )


def test_page_chrome_boxes_and_the_site_name() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Levant Monitor"></head><body>'
        '<div class="ad-banner">ADVERTISEMENT - Fly to Dubai</div>'
        "<article><h1>SDF digs in</h1><p>QAMISHLI - The SDF has some 4,000 fighters.</p>"
        '<div class="related"><h3>Related</h3><ul><li><div>Army to deploy 6,000 troops</div>'
        "</li></ul></div><p>Last paragraph.</p></article></body></html>"
    )
    article = read_article(page.encode(), filename="page.html")
    assert article.text.split("\n\n") == [
        "SDF digs in",
        "QAMISHLI - The SDF has some 4,000 fighters.",
        "Last paragraph.",
    ]
    assert (article.outlet, article.dateline) == ("Levant Monitor", "QAMISHLI")


def test_a_dateline_on_a_line_of_its_own() -> None:
    text = "PRESS STATEMENT\n\nNAIROBI, 11th June 2024\n\nThe Ministry wishes to inform the public."
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.day, found.month, found.year) == ("NAIROBI", 11, 6, 2024)
    # a headline in capitals alone is no dateline
    assert find_dateline("SECURITY SITUATION IN LAMU\n\nThe Ministry said.") is None


def test_a_windows_1252_long_read_the_detector_takes_for_a_dos_page() -> None:
    # charset_normalizer ranks cp775 first on this cp1252 file and does not list cp1252:
    # "Loutété" came out "LoutÈtÈ" and the quotation marks as "ì...î"
    path = Path(__file__).parents[1] / "fixtures/articles/blind21/congo-pool-longread.txt"
    text = decode_bytes(path.read_bytes())
    assert "Loutété" in text and "“would need at least 5,000 men" in text
    assert "LoutÈtÈ" not in text
