"""Where the phrase keywords (HINT_WORDS) occur in a lower-cased text.

A keyword never holds whitespace, so each occurrence lies inside one whitespace-separated
token. Tokens repeat from article to article, so which keywords a token holds (and where) is
worked out once per distinct token; a text then costs one split, two set operations and a
str.find per keyword-bearing token, instead of a str.find over the whole text per keyword.
"""

from __future__ import annotations

from dashboard.geo.wordlists import HINT_WORDS


class HintIndex:
    """Keyword offsets of texts, remembering up to ``limit`` distinct tokens."""

    def __init__(self, words: tuple[str, ...] = HINT_WORDS, limit: int = 200_000) -> None:
        self.words = words
        self.limit = limit
        self._bearing: dict[str, tuple[int, ...]] = {}  # token -> offsets of keywords in it
        self._plain: set[str] = set()  # tokens with no keyword

    def positions(self, low: str) -> list[int]:
        """Sorted, distinct offsets in ``low`` where some keyword starts."""
        tokens = set(low.split())
        new = tokens - self._plain
        new.difference_update(self._bearing)
        if new:
            if len(self._plain) + len(self._bearing) + len(new) > self.limit:
                self._plain.clear()
                self._bearing.clear()
                new = tokens  # start again from this text's tokens
            self._learn(new)
        found: set[int] = set()
        for token in tokens.intersection(self._bearing):
            offsets = self._bearing[token]
            i = low.find(token)
            while i != -1:  # every copy, inside longer tokens too: each is a real keyword
                found.update(i + off for off in offsets)
                i = low.find(token, i + 1)
        return sorted(found)

    def _learn(self, tokens: set[str]) -> None:
        for token in tokens:
            offsets = _offsets(token, self.words)
            if offsets:
                self._bearing[token] = offsets
            else:
                self._plain.add(token)


def _offsets(token: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Sorted offsets in ``token`` where one of ``words`` starts."""
    out: set[int] = set()
    for word in words:
        i = token.find(word)
        while i != -1:
            out.add(i)
            i = token.find(word, i + 1)
    return tuple(sorted(out))
