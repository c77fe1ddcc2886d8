"""Armed-group names: the bundled table, case rules, longest match and user extensions."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.errors import InputError
from dashboard.extract.groups import ENV_VAR, canonical_group, find_groups, group_table

ISKP = "Islamic State – Khorasan Province"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_groups(text)]


@pytest.fixture(autouse=True)
def _no_user_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def test_bundled_table_is_sourced_and_large_enough() -> None:
    path = resources.files("dashboard").joinpath("data", "groups.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert list(rows[0]) == ["canonical", "alias", "kind", "source"]
    assert all(row["source"].strip() and row["kind"].strip() for row in rows)
    canonicals = {row["canonical"] for row in rows}
    assert len(canonicals) >= 40
    assert group_table().canonicals == sorted(canonicals)
    aliases = [row["alias"].lower() for row in rows]
    assert len(aliases) == len(set(aliases)), "an alias maps to two groups"


def test_seed_mentions_are_all_islamic_state(seed_text: str) -> None:
    mentions = find_groups(seed_text)
    assert [m.text for m in mentions] == ["ISIS", "Islamic State", "IS", "IS", "IS", "IS", "IS"]
    assert {m.canonical for m in mentions} == {"Islamic State"}
    assert all(seed_text[m.start : m.end] == m.text for m in mentions)
    assert mentions[0].kind == "jihadist"


@pytest.mark.parametrize(
    "alias",
    [
        "ISKP",
        "ISIS-K",
        "IS-K",
        "Wilayat Khorasan",
        "Islamic State Khorasan Province",
        "Islamic State – Khorasan Province",
        "the Afghan branch of the Islamic State",
    ],
)
def test_khorasan_branch_is_distinct_from_core_islamic_state(alias: str) -> None:
    text = f"Officials said {alias} fighters crossed."
    (mention,) = find_groups(text)
    assert mention.canonical == ISKP
    assert mention.text == alias.removeprefix("the ")


@pytest.mark.parametrize("alias", ["IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Islamic State"])
def test_core_islamic_state_aliases(alias: str) -> None:
    assert found(f"Up to 500 {alias} militants") == [(alias, "Islamic State")]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Huthis", "Houthis"),
        ("RSF", "Rapid Support Forces"),
        ("Radwan Force", "Hezbollah"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("LNA", "Libyan National Army"),
        ("Arakan Army", "Arakan Army"),
        ("Gulf Clan", "Clan del Golfo"),
        ("Maute group", "Dawlah Islamiyah"),
        ("Viv Ansanm", "Viv Ansanm"),
    ],
)
def test_groups_of_conflicts_beyond_the_seed(alias: str, canonical: str) -> None:
    assert found(f"Officials said {alias} fighters regrouped.") == [(alias, canonical)]


def test_short_acronyms_are_case_sensitive() -> None:
    assert found("Is it true? It is what it is; let them tip the scales, imu.") == []
    assert found("IS and ISIS and IMU and TTP and LeT") == [
        ("IS", "Islamic State"),
        ("ISIS", "Islamic State"),
        ("IMU", "Islamic Movement of Uzbekistan"),
        ("TTP", "Tehrik-e Taliban Pakistan"),
        ("LeT", "Lashkar-e-Taiba"),
    ]


def test_long_names_match_in_any_case_and_with_flexible_separators() -> None:
    assert found("BOKO HARAM, al Qaeda, Al-Qaida and hayat tahrir al-sham") == [
        ("BOKO HARAM", "Boko Haram"),
        ("al Qaeda", "al-Qaeda"),
        ("Al-Qaida", "al-Qaeda"),
        ("hayat tahrir al-sham", "Hayat Tahrir al-Sham"),
    ]


def test_longest_match_wins() -> None:
    assert found("The Pakistani Taliban, Kataib Hezbollah and Hezbollah's allies") == [
        ("Pakistani Taliban", "Tehrik-e Taliban Pakistan"),
        ("Kataib Hezbollah", "Kata'ib Hezbollah"),
        ("Hezbollah", "Hezbollah"),
    ]


def test_possessives_and_curly_apostrophes() -> None:
    assert found(
        "ISIS's fighters and the Lord’s Resistance Army, Kata’ib Hezbollah, Hay’at Tahrir al-Sham"
    ) == [
        ("ISIS", "Islamic State"),
        ("Lord’s Resistance Army", "Lord's Resistance Army"),
        ("Kata’ib Hezbollah", "Kata'ib Hezbollah"),
        ("Hay’at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
    ]


def test_names_do_not_run_across_punctuation_or_paragraphs() -> None:
    assert found("Islamic, State") == []
    assert found("Boko\n\nHaram") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JNIM and IS-Sahel fighters clashed near Menaka; ISGS lost men.",
            [
                ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
                ("IS-Sahel", "Islamic State Sahel Province"),
                ("ISGS", "Islamic State Sahel Province"),
            ],
        ),
        (
            "Boko Haram and ISWAP rivals fought near Lake Chad.",
            [("Boko Haram", "Boko Haram"), ("ISWAP", "Islamic State West Africa Province")],
        ),
        (
            "HTS, the SDF and the YPG control parts of Syria; al-Nusra Front is gone.",
            [
                ("HTS", "Hayat Tahrir al-Sham"),
                ("SDF", "Syrian Democratic Forces"),
                ("YPG", "People's Defense Units"),
                ("al-Nusra Front", "al-Nusra Front"),
            ],
        ),
        ("Al-Shabab militants attacked Mogadishu.", [("Al-Shabab", "al-Shabaab")]),
        (
            "Jamaat Ansarullah and the Islamic Movement of Uzbekistan recruit in Tajikistan.",
            [
                ("Jamaat Ansarullah", "Jamaat Ansarullah"),
                ("Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan"),
            ],
        ),
        (
            "Tehreek-e-Taliban Pakistan and Lashkar-e-Taiba in Khyber",
            [
                ("Tehreek-e-Taliban Pakistan", "Tehrik-e Taliban Pakistan"),
                ("Lashkar-e-Taiba", "Lashkar-e-Taiba"),
            ],
        ),
        (
            "Ansar Allah (the Houthis), Wagner and the Africa Corps",
            [
                ("Ansar Allah", "Houthis"),
                ("Houthis", "Houthis"),
                ("Wagner", "Wagner Group"),
                ("Africa Corps", "Africa Corps"),
            ],
        ),
    ],
    ids=["sahel", "nigeria", "syria", "somalia", "central-asia", "pakistan", "others"],
)
def test_regional_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_canonical_group_needs_an_exact_alias() -> None:
    assert canonical_group("ISIL") == "Islamic State"
    assert canonical_group(" al-Shabaab ") == "al-Shabaab"
    assert canonical_group("is") is None
    assert canonical_group("Taliban fighters") is None


def test_user_csv_adds_and_overrides_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "groups.csv"
    extra.write_text(
        "canonical,alias,kind,source\n"
        "# our analysts' additions\n"
        "Jamaat Mujahideen Test,JMT,jihadist,analyst note 2024-01\n"
        "Islamic State – Khorasan Province,ISIS,jihadist,house rule\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert found("JMT and ISIS and Boko Haram") == [
        ("JMT", "Jamaat Mujahideen Test"),
        ("ISIS", ISKP),
        ("Boko Haram", "Boko Haram"),
    ]
    monkeypatch.delenv(ENV_VAR)
    assert found("JMT and ISIS") == [("ISIS", "Islamic State")]


def test_user_csv_errors_say_what_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing.csv"))
    with pytest.raises(InputError, match="unset HOTSPOTS_GROUPS"):
        find_groups("ISIS")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,alias\nX,Y\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(bad))
    with pytest.raises(InputError, match="missing column"):
        find_groups("ISIS")
    empty = tmp_path / "empty.csv"
    empty.write_text("canonical,alias,kind,source\n# note\nX,,,\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(empty))
    with pytest.raises(InputError, match="line 3"):
        find_groups("ISIS")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ISKTaliban -'’s\n.,")) | st.characters(), max_size=200)
)
def test_find_groups_never_raises_and_spans_are_in_bounds(text: str) -> None:
    previous_end = 0
    for m in find_groups(text):
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        previous_end = m.end


_OPENERS = st.sampled_from(
    [" ", "-", "\t", "‑", "ISIS", "IS", "is", "Islamic State", "al-Shabaab", "Taliban's",
     "fighters", "x", "'", "’s", "Pakistani Taliban", "the", "ISKP", ","]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_OPENERS, max_size=8).map("".join))
def test_mention_at_is_the_first_mention_after_spaces_and_hyphens(text: str) -> None:
    first = len(text) - len(text.lstrip(" \t-‐‑"))
    mentions = find_groups(text)
    expected = mentions[0] if mentions and mentions[0].start == first else None
    assert group_table().mention_at(text, first) == expected


def _group_texts(n: int) -> list[str]:
    import random

    rng = random.Random(29)
    table = group_table()
    words = [w for alias in table.aliases for w in alias.split(" ")]
    words += ["Syria", "Iraq", "the", "said", "Free", "ʼAli", "x", "7", "(", ")", ".", "_"]
    as_written = ["IS", "ISIS", "ISIS-K", "LeT", "JeM", "HTS", "TTP", "IMU", "U.S.", "Ky."]
    gaps = [" ", " ", "-", "–", " - ", "'", "’", "'s ", "’s ", "ʼ", "\n\n", "\n", "  ", ", ", ""]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 20)):
            word = rng.choice(words)
            if rng.random() < 0.15:
                parts.append(rng.choice(as_written))
            else:
                parts.append(word.upper() if rng.random() < 0.1 else word.title())
            parts.append(rng.choice(gaps))
        texts.append("".join(parts))
    return texts


def test_may_hold_is_true_for_every_run_of_words_a_mention_holds() -> None:
    import re

    table = group_table()
    word = re.compile(r"[^\W_]+(?:['’ʼ](?![sS](?![^\W_]))[^\W_]+)*")
    checked = 0
    for text in _group_texts(4000):
        for mention in table.find(text):
            bounds = [(m.start(), m.end()) for m in word.finditer(text, mention.start, mention.end)]
            for i, (start, _) in enumerate(bounds):
                for _, end in bounds[i:]:
                    assert table.may_hold(text, start, end), (text, start, end)
                    checked += 1
    assert checked > 1000


def test_may_hold_lets_names_outside_group_names_go() -> None:
    table = group_table()
    text = "Fighting in Syria, said the Free Syrian Army, and in Iraq and Syria."
    syria = text.index("Syria")
    assert not table.may_hold(text, syria, syria + len("Syria"))
    assert table.may_hold(text, text.index("Syrian"), text.index("Syrian") + len("Syrian"))
