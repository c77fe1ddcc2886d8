"""The first-word scan of the group finder: the same matches as a plain look-behind scan."""

from __future__ import annotations

import random
import re

from dashboard.extract._text import lowered
from dashboard.extract.groups import group_table


def test_first_word_scan_finds_what_a_lookbehind_scan_finds() -> None:
    table = group_table()
    spellings = set(table._root.children)
    for word in table._spellings:
        spellings.update({word, word.replace("'", "’"), word.replace("’", "'")})
    spellings.discard("")
    words = sorted(spellings, key=len, reverse=True)
    slow = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})(?![^\W_])")
    fast = table._first_word_pattern()
    rng = random.Random(2)
    pieces = [*words[:60], " ", "x", "_", "1", "-", "’", "'", "\n", "é", "is", "al-", "ISIS"]
    for _ in range(2000):
        low = lowered("".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))))
        expected = [m.span() for m in slow.finditer(low)]
        # the fast scan runs over " " + text and each match opens with the character before
        got = [(m.start(), m.end() - 1) for m in fast.finditer(" " + low)]
        assert got == expected, low
