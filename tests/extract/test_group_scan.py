"""The first-word scan of the group finder: the same matches as a plain look-behind scan,
less the dead ends it drops in the scan."""

from __future__ import annotations

import random
import re

from dashboard.extract._text import lowered, trie_alternation
from dashboard.extract.groups import group_table


def test_first_word_scan_finds_what_a_lookbehind_scan_finds_but_dead_ends() -> None:
    table = group_table()
    spellings = set(table._root.children)
    for word in table._spellings:
        spellings.update({word, word.replace("'", "’"), word.replace("’", "'")})
    spellings.discard("")
    words = sorted(spellings, key=len, reverse=True)
    slow = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})(?![^\W_])")
    unguarded = re.compile(rf"[\W_](?:{trie_alternation(spellings)})(?![^\W_])")
    fast = table._first_word_pattern()
    rng = random.Random(2)
    pieces = [*words[:60], " ", "x", "_", "1", "-", "’", "'", "\n", "é", "is", "al-", "ISIS"]
    # first words that may start a longer alias, and words that may come second in one
    guarded = sorted(table._dead_end_guards())
    second = sorted(table._root.children["the"].children)
    before_i = sorted(w for w, initials in table._next_initials().items() if "i" in initials)
    pieces += [*guarded[:40], *before_i[:10], "the", "The", "R", "r", "İ", "I", "(", "—", "  "]
    pieces += second
    generated = [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(3000)
    ]
    fixed = [f"{w} İs" for w in before_i] + [f"The {w.upper()}" for w in second] + ["the’s"]
    for raw in generated + fixed:
        low = lowered(raw)
        padded = " " + low
        dead = {m.start() for m in unguarded.finditer(padded) if table._dead_end(raw, m)}
        expected = [m.span() for m in slow.finditer(low) if m.start() not in dead]
        # the fast scan runs over " " + text and each match opens with the character before
        got = [(m.start(), m.end() - 1) for m in fast.finditer(padded)]
        assert got == expected, raw
