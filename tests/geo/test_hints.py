"""The keyword index: every offset where a phrase keyword starts, learnt token by token."""

from __future__ import annotations

import random

from dashboard.geo.hints import HintIndex
from dashboard.geo.wordlists import HINT_WORDS


def _slow(low: str, words: tuple[str, ...] = HINT_WORDS) -> list[int]:
    out = set()
    for word in words:
        i = low.find(word)
        while i != -1:
            out.add(i)
            i = low.find(word, i + 1)
    return sorted(out)


def test_offsets_inside_tokens_and_inside_longer_copies() -> None:
    index = HintIndex(("north", "west", "state"))
    low = "the northwestern state; the statement. northwest\tinterstate"
    assert index.positions(low) == _slow(low, ("north", "west", "state"))
    assert index.positions(low) == [4, 9, 17, 28, 39, 44, 54]


def test_no_keyword() -> None:
    assert HintIndex().positions("nothing to see here") == []
    assert HintIndex().positions("") == []


def test_agrees_with_a_find_per_keyword_on_random_texts() -> None:
    rng = random.Random(11)
    vocab = [*HINT_WORDS, "the", "of", "northern", "statement", "x", "-", ",", "citystate"]
    index = HintIndex(limit=50)  # small: the memo is cleared many times on the way
    for _ in range(500):
        seps = [" ", "  ", "\n", "", "-", "’"]
        low = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(rng.randint(0, 40)))
        assert index.positions(low) == _slow(low), low
