"""Shortcuts taken for speed agree with the slow forms they replace."""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace

import pytest

from dashboard.geo import matcher, phrases
from dashboard.geo.gazetteer import Candidate, make_place
from dashboard.geo.geocoder import _with_score
from dashboard.model import Alternative


def test_with_score_is_dataclass_replace() -> None:
    place = make_place("country", "AF")
    assert place is not None
    alts = (Alternative("admin1:TJ-GB", "Gorno-Badakhshan", 0.2),)
    assert _with_score(place, 0.8, alts) == replace(place, score=0.8, alternatives=alts)


def test_candidate_place_id() -> None:
    assert Candidate("demonym", "AF", "AF").place_id == "country:AF"
    assert Candidate("city", "1138958", "AF", 500).place_id == "city:1138958"
    # the id is derived, not part of equality
    assert Candidate("admin1", "AF-KDZ", "AF") == Candidate("admin1", "AF-KDZ", "AF")


@pytest.mark.parametrize(
    "text",
    [
        "the northern provinces",
        "THE NORTH-EASTERN REGIONS",
        "the northern PROVİNCES",  # (?i) reads İ as i; lower() makes it i + a dot above
        "the ſouthern regions",  # long s
        "The Upper   districtſ",
        "the central areas and the west parts",
    ],
)
def test_dir_standalone_gate_lets_every_match_through(text: str) -> None:
    assert phrases._DIR_STANDALONE.search(text)
    assert phrases._may_match(text.lower(), phrases._DIR_STANDALONE_LOW)


def test_dir_standalone_gate_stops_texts_without_the_phrase() -> None:
    assert not phrases._may_match("the west bank of the river", phrases._DIR_STANDALONE_LOW)


_SLOW_TITLE = re.compile(r"\b" + matcher._TITLE_NAME.pattern)
_SLOW_RUN = re.compile(
    rf"(?<![\w'’]){matcher._CAP}"
    rf"(?:{matcher._GAP}(?:{matcher._CAP}|[dl]['’]{matcher._CAP}|{matcher._LOWER_JOIN}\b))*"
)


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    pieces = [
        "Mr",
        "Mrs.",
        "XMr",
        "Gen.",
        "President",
        "Ambassador",
        "Smith",
        "Abdul Rashid",
        "'",
        "’",
        "-",
        "–",
        " ",
        "  ",
        "\n",
        ".",
        ",",
        "U.S.",
        "A.",
        "Kabul",
        "of",
        "the",
        "and",
        "Élan",
        "Þór",
        "l'Aquila",
        "d'Ivoire",
        "d’Oise",
        "O'Neil",
        "x",
        "7",
        "_",
        "valley",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def test_title_names_as_with_a_leading_word_boundary() -> None:
    for text in _random_texts(3000):
        fast = [(m.span(), m.groups()) for m in matcher._title_names(text)]
        slow = [(m.span(), m.groups()) for m in _SLOW_TITLE.finditer(text)]
        assert fast == slow, text


def test_runs_as_with_the_lookbehind_first() -> None:
    for text in _random_texts(3000):
        assert [m.span() for m in matcher._RUN.finditer(text)] == [
            m.span() for m in _SLOW_RUN.finditer(text)
        ], text


def test_letter_and_capital_counts_match_the_regex_count() -> None:
    def slow(line: str) -> tuple[int, int]:
        letters = matcher._NOT_LETTER.sub("", line)
        return len(letters), len(matcher._NOT_UPPER.sub("", letters))

    rng = random.Random(3)
    alphabet = "aAzZ09_ .,'’ÀÞßÿ×÷ªµºĞłЖжKİıſ\t-"
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert matcher._letters_and_capitals(line) == slow(line), line
    for cp in range(0, sys.maxunicode + 1, 7):
        if not 0xD800 <= cp < 0xE000:
            assert matcher._letters_and_capitals(chr(cp)) == slow(chr(cp)), hex(cp)


@pytest.mark.parametrize(
    "after",
    [
        " province, officials said",
        " Provinces",
        "  city of",
        " mountains",
        " rural areas",
        "-Province (ISKP)",
        " Wilayat, a branch",
        "border",
        "\tFRONTIER guards",
        " boundary",
        " militia fighters",
        " militias",
        " state",
        " said on Monday",
        ", the capital",
        "-based",
    ],
)
def test_word_after_gate_lets_every_after_pattern_through(after: str) -> None:
    patterns = (
        phrases._ADMIN_AFTER,
        phrases._CITY_AFTER,
        phrases._TERRAIN_AFTER,
        phrases._ORG_AFTER,
        phrases._BORDER_WORD,
    )
    if any(p.match(after) for p in patterns):
        assert phrases._WORD_AFTER.match(after)


def test_admin_list_gate_lets_every_list_through() -> None:
    for after in (" and Gao regions", ",  Kidal, and Gao regions", "\tand\nGao provinces"):
        if phrases._ADMIN_LIST_AFTER.match(after):
            assert "and" in after


def test_judge_agrees_with_the_full_check(seed_text: str) -> None:
    from dashboard.geo.geocoder import get_geocoder
    from dashboard.geo.matcher import Span, _judge

    m = get_geocoder().matcher
    text = seed_text + (
        "\nNATO and the UN met in KABUL. Chad Smith visited Paris, Texas, and Ky. Jordan "
        "Henderson said. Mr Kabul spoke. Central Asia, the U.S. and GBAO. Washington Post. "
        "Elizabeth Crankshaw and Georgia Smith met in North Kivu's Lubero territory."
    )
    judged = 0
    for run in matcher._RUN.finditer(text):
        reading = m.runs.read(run.group())
        if reading is None:
            continue
        for name in reading.names:
            if name is None:
                continue
            raw = run.group()[name.start : name.end]
            verdict = _judge(name, raw, len(reading.tokens), m)
            if verdict is None:
                continue
            start = run.start() + name.start
            span = Span(start, start + len(raw), raw, (), name.first, name.last, name.possessive)
            full = m._acceptable_here(span, name, text, reading.tokens, run.start(), set())
            assert verdict == full, raw
            judged += 1
    assert judged > 20


def _windows() -> list[str]:
    rng = random.Random(5)
    words = [
        "Islamic",
        "State",
        "Movement",
        "of",
        "in",
        "for",
        "the",
        "and",
        "Ministry",
        "Defence",
        "Forces",
        "Jama'at",
        "Jama’at",
        "Organization",
        "Brigades",
        "United",
        "People's",
        "said",
        "Uzbekistan",
        "Bank",
        "province",
        "city",
        "OF",
        "Of",
        "capital",
        "\n",
        "-",
    ]
    seps = [" ", "  ", "\t", "\n", ""]
    out = []
    for _ in range(4000):
        n = rng.randint(0, 12)
        out.append("".join(rng.choice(words) + rng.choice(seps) for _ in range(n)))
    return out


def test_org_frame_has_the_truth_value_of_the_full_pattern() -> None:
    for window in _windows():
        full = phrases._ORG_BEFORE.search(window) is not None
        assert (phrases._ORG_BEFORE_ANY.search(window) is not None) == full, window


def test_ends_with_of_lets_every_type_word_frame_through() -> None:
    for before in _windows():
        if phrases._ADMIN_BEFORE.search(before) or phrases._CITY_BEFORE.search(before):
            assert phrases._ends_with_of(before), before


def test_club_gate_has_the_truth_value_of_the_search() -> None:
    from dashboard.geo import geocoder

    rng = random.Random(11)
    words = [
        "Real", "Atlético", "Atletico", "AFC", "FC", "AC", "Inter", "Paris Saint-Germain",
        "Paris  Saint-Germain", "Bayern", "Madrid", "Munich", "xReal", "Real's", "of", "in",
        "Leeds", "United", "Rovers", "Athletic", "Bilbao", "real", "é",
    ]  # fmt: skip
    seps = [" ", "  ", "\t", "\n", " \n", "\n\n", "", "-", ".", ","]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 8)))
        for start in range(len(text) + 1):
            slow = geocoder._CLUB_BEFORE.search(text, max(0, start - 25), start) is not None
            assert geocoder._club_before(text, start) == slow, (text, start)
            if geocoder._CLUB_AFTER.match(text, start):
                assert text.startswith(geocoder._CLUB_AFTER_WORDS, start + 1), (text, start)


def test_readings_agree_with_the_rules_at_every_share() -> None:
    from dashboard.geo import geocoder
    from dashboard.geo.matcher import Span

    rng = random.Random(13)
    cands = [
        Candidate("city", "1", "US", 900, "US-GA"),
        Candidate("city", "2", "US", 50_000, "US-TX", alt=True),
        Candidate("city", "3", "FR", 2_000_000, "FR-IDF"),
        Candidate("city", "4", "CA", 120_000, "CA-ON", alt=True),
        Candidate("admin1", "US-GA", "US", 0, "US-GA"),
        Candidate("admin1", "SD-RS", "SD", 0, "SD-RS", alt=True),
        Candidate("country", "GE", "GE"),
        Candidate("demonym", "GE", "GE"),
        Candidate("region", "central-asia", ""),
    ]
    for _ in range(2000):
        s = Span(0, 5, rng.choice(["Georgia", "Red Sea", "Far North", "Paris"]), (), 0, 0)
        s.cands = tuple(rng.sample(cands, rng.randint(1, len(cands))))
        s.prefer = rng.choice([None, "city", "admin1"])
        s.admin1_hint = rng.choice([None, "US-GA"])
        s.person, s.possessive, s.locative = (rng.random() < 0.5 for _ in range(3))
        word = geocoder._Word(
            single=rng.random() < 0.5,
            zipf=rng.choice([0.0, 3.2, 4.5]),
            person=rng.random() < 0.5,
            distinctive=rng.random() < 0.5,
        )
        for c, row in zip(s.cands, geocoder._readings(s, word), strict=True):
            assert row[0] is c and row[4] == geocoder._prior(c)
            for share in (0.0, 0.2, 1.0):
                for named in (False, True):
                    slow = geocoder._implausible(c, s, word, share, named)
                    assert row[5][2 * (share == 0) + named] == slow
                assert row[6][share == 0] == geocoder._penalty(c, s, word, share)


def _phrase_texts(n: int) -> list[str]:
    rng = random.Random(17)
    words = [
        "Afghanistan", "Tajikistan", "Afghan", "Tajik", "Pakistan", "Nigeria", "Cameroon",
        "Niger", "Chad", "Mali", "Kunduz", "Badakhshan", "North Kivu", "Lubero", "Gao",
        "Menaka", "border", "BORDER", "frontier", "boundary", "'s", "’s", "'s border with",
        "’s porous frontier with", "the border between", "the border with", "and", "-", "–",
        "/", "northern", "north-eastern", "the north of", "the northern provinces of",
        "southern", "province", "provinces", "region", "regions", "city of", "town",
        "mountains", "Ministry of", "Islamic Movement of", "Province", "militia", "of",
        "the", "in", "said", "Kabul", "Paris", "Texas", "Sask.", ",", ".",
        "bordeR", "PROVİNCE", "ſtate", "dotleſs", "ı", "İ", "K",
    ]  # fmt: skip
    gaps = [" ", " ", "  ", "\n", "\t", " " * 70, " " * 130, "\n" * 65, ""]
    return [
        "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 25)))
        for _ in range(n)
    ]


def test_lazy_keyword_test_finds_what_the_test_up_front_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dashboard.geo.geocoder import Geocoder

    class Eager(phrases._Nearby):
        """The keyword test up front for every text, as before the lazy form."""

        def __init__(self, low: str, aligned: bool) -> None:
            super().__init__(low, aligned)
            self.lazy = False
            self._hints = phrases._HINTS.positions(low)

    geo = Geocoder()
    far = " " * 100
    texts = [
        "Afghanistan-Tajikistan border",
        f"Afghanistan{far}-Tajikistan border",
        f"Afghanistan -{far}Tajikistan border",
        f"Afghanistan and Tajikistan{far}border",
        "Afghanistan's border with Tajikistan",
        f"Afghanistan's{far}border with Tajikistan",
        f"Afghanistan's border with{far}Tajikistan",
        f"PROVİNCE{far}Afghanistan-Tajikistan border",
        *_phrase_texts(1500),
    ]
    lazy = [[m.to_dict() for m in geo.places(t)] for t in texts]
    monkeypatch.setattr(phrases, "_Nearby", Eager)
    eager = [[m.to_dict() for m in geo.places(t)] for t in texts]
    for text, a, b in zip(texts, lazy, eager, strict=True):
        assert a == b, text
    assert sum(m["kind"] == "border" for ms in lazy for m in ms) > 10


def test_run_plans_find_what_the_full_reading_finds(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import astuple

    from dashboard.geo.gazetteer import gazetteer
    from dashboard.geo.matcher import NameMatcher

    rng = random.Random(19)
    words = [
        "Georgia", "Smith", "Chad", "Jordan", "Henderson", "Paris", "Texas", "Mr", "Gen.",
        "President", "Kabul", "North Kivu's", "Lubero", "Washington", "Post", "NATO", "CNN",
        "KABUL", "Ky.", "Churchill", "Man.", "Victoria", "Hillary Clinton", "Clinton",
        "Mount", "Sinjar", "the", "in", "said", "and", "of", "Central Asia", "U.S.", "GBAO",
        "Elizabeth", "Crankshaw", "Donald Trump", "Trump", "London", "Hertford Road", "The",
        "In", "A", "Al", "Jo", "Lake", "Chad's", "Congo's", "Barack Obama", "Obama", "Jill",
        "Stein", "Mrs Clinton's", "Church Street", "Grand", "Central", "Kabulov", "Zamir",
    ]  # fmt: skip
    seps = [" ", " ", ". ", ", ", "\n", "'s ", "’s ", "  ", "-", ' "', ": "]
    texts = [seed_text] + [
        "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 30)))
        for _ in range(3000)
    ]
    planned = NameMatcher(gazetteer())
    fast = [[astuple(s) for s in planned.find(t)] for t in texts]
    monkeypatch.setattr(NameMatcher, "_plan", lambda self, run, reading: None)
    full = NameMatcher(gazetteer())
    for text, spans in zip(texts, fast, strict=True):
        assert [astuple(s) for s in full.find(text)] == spans, text
    assert sum(p is not None for p in planned._plans.values()) > 20


def test_group_gate_marks_what_the_group_matcher_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import astuple

    from dashboard.extract.groups import GroupTable
    from dashboard.geo.geocoder import get_geocoder

    rng = random.Random(31)
    words = [
        "Islamic State of Iraq and Syria", "Free Syrian Army", "Syrian Democratic Forces",
        "Islamic Movement of Uzbekistan", "Kurdistan Workers Party", "Taliban", "Pakistani",
        "Syria", "Iraq", "Uzbekistan", "Afghanistan", "Turkish", "Russian", "Syrian", "Free",
        "Army", "and", "the", "in", "of", "said", "Levant", "Boko Haram", "Nigeria",
    ]  # fmt: skip
    seps = [" ", " ", ", ", ". ", "-", "'s ", "’s ", "\n\n", " ʼ", "'"]
    texts = [
        "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 15)))
        for _ in range(2000)
    ]
    geo = get_geocoder()

    def marked(text: str) -> list[tuple[object, ...]]:
        spans = geo.matcher.find(text)
        return [astuple(s) for s in matcher.mark_group_names(text, spans)]

    gated = [marked(t) for t in texts]
    monkeypatch.setattr(GroupTable, "may_hold", lambda self, text, start, end: True)
    for text, spans in zip(texts, gated, strict=True):
        assert marked(text) == spans, text
    assert sum(s[7] == "in-name" for spans in gated for s in spans) > 50


def test_word_after_on_the_lower_case_of_an_aligned_text() -> None:
    rng = random.Random(37)
    pieces = [
        " province", " PROVINCES", "-Region", " City", "\tTOWN", " militia", " Border",
        " frontier", " said", " of", "  ", "-", " Kidal", " proviNce", " \u212aabul",
        " \u0130stanbul", " ſtate", " ıdlib", " ΣΟΦΙΑ", "\u00e9", " rural",
    ]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        low = text.lower()
        if not phrases._aligned(text, low):
            continue
        for at in range(len(text) + 1):
            fast = phrases._WORD_AFTER_LOW.match(low, at, at + 60) is not None
            assert fast == (phrases._WORD_AFTER.match(text[at : at + 60]) is not None), (text, at)


def test_rows_read_column_by_column_match_the_table_slice() -> None:
    """The gazetteer reads a name's rows from one array per column (faster for the new
    names of an unseen article); the table's own slice gives the same candidates."""
    import random

    from dashboard.geo.gazetteer import Candidate, gazetteer

    gaz = gazetteer()
    keys = [*random.Random(7).sample(gaz._sorted_keys, 300), "kunduz", "georgia", "paris"]
    for key in keys:
        run = gaz.run_of(key)
        assert run is not None
        start = gaz._ends[run - 1] if run else 0
        rows = gaz._table.slice(start, gaz._ends[run] - start).to_pydict()
        expected = tuple(
            Candidate(k, r, c, p, a, alt)
            for k, r, c, p, a, alt in zip(
                rows["kind"], rows["ref"], rows["country"], rows["population"],
                rows["admin1"], rows["alt"], strict=True,
            )
        )  # fmt: skip
        assert gaz._read_rows(key) == (expected, float(rows["zipf"][0]), bool(rows["person"][0]))


def test_provinces_of_a_country_from_the_index_match_a_scan() -> None:
    """``provinces_of`` reads an index made in one pass; a scan of every row agrees."""
    from dashboard.geo import features

    rows = features._rows()
    countries = {fid[7:].partition("-")[0] for fid in rows if fid.startswith("admin1:")}
    for cc in [*sorted(countries), "XX"]:
        prefix = f"admin1:{cc}-"
        scanned = tuple(f for fid in rows if fid.startswith(prefix) if (f := features.feature(fid)))
        assert features.provinces_of(cc) == scanned


def test_one_candidate_facts_match_the_general_rules() -> None:
    """A one-candidate list takes a short path in name_facts; the general rules agree on
    every kind of candidate the index holds (alternate names, big and small towns,
    provinces, regions)."""
    import random

    from dashboard.geo.facts import many_facts, one_facts
    from dashboard.geo.gazetteer import Candidate, gazetteer

    gaz = gazetteer()
    keys = random.Random(11).sample(gaz._sorted_keys, 3000)
    cands = {c for key in keys for c in gaz.lookup(key)}
    cands |= {c for key in ("kabul", "central asia", "afghan", "sahel") for c in gaz.lookup(key)}
    cands |= {Candidate("city", "1", "US", 600_000, "US-NY", True), Candidate("region", "x", "")}
    assert {c.kind for c in cands} >= {"country", "demonym", "admin1", "city", "region"}
    for c in cands:
        assert one_facts((c,)) == many_facts((c,)), c


def test_the_loaded_index_is_out_of_the_garbage_collectors_sight() -> None:
    """Full collections must not walk the gazetteer's million objects on every pass."""
    import gc

    from dashboard.geo.geocoder import get_geocoder

    keys = get_geocoder().gaz._sorted_keys  # a list of half a million names
    assert gc.get_freeze_count() > 0
    assert gc.is_tracked(keys)
    assert not any(o is keys for o in gc.get_objects())  # frozen: in no generation
