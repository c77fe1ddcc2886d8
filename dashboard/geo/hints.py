"""Where the phrase keywords (HINT_WORDS) occur in a lower-cased text.

A keyword never holds whitespace, so each occurrence lies inside one whitespace-separated
token. Tokens repeat from article to article, so which keywords a token holds (and where) is
worked out once per distinct token; a text then costs one split, two passes over its tokens
in C and a str.find per keyword-bearing token, not a str.find over the text per keyword.
"""

from __future__ import annotations

from itertools import filterfalse

from dashboard.geo.wordlists import HINT_WORDS


class HintIndex:
    """Keyword offsets of texts, remembering up to ``limit`` distinct tokens."""

    def __init__(self, words: tuple[str, ...] = HINT_WORDS, limit: int = 200_000) -> None:
        self.words = words
        self.limit = limit
        self._known: dict[str, tuple[int, ...]] = {}  # token -> offsets of keywords in it

    def positions(self, low: str) -> list[int]:
        """Sorted, distinct offsets in ``low`` where some keyword starts."""
        tokens = low.split()
        known = self._known
        new = set(filterfalse(known.__contains__, tokens))  # C loops, not Python ones
        if new:
            if len(known) + len(new) > self.limit:
                known.clear()
                new = set(tokens)  # start again from this text's tokens
            for token in new:
                known[token] = _offsets(token, self.words)
        found: set[int] = set()
        for token in set(filter(known.get, tokens)):  # tokens holding a keyword
            offsets = known[token]
            i = low.find(token)
            while i != -1:  # every copy, inside longer tokens too: each is a real keyword
                found.update(i + off for off in offsets)
                i = low.find(token, i + 1)
        return sorted(found)


def _offsets(token: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Sorted offsets in ``token`` where one of ``words`` starts."""
    out: set[int] = set()
    for word in words:
        i = token.find(word)
        while i != -1:
            out.add(i)
            i = token.find(word, i + 1)
    return tuple(sorted(out))
