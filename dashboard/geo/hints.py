"""Where the phrase keywords (HINT_WORDS) occur in a lower-cased text.

A keyword never holds whitespace, so each occurrence lies inside one whitespace-separated
token. Tokens repeat from article to article, so which keywords a token holds (and where) is
worked out once per distinct token; a text then costs one split, one pass over its tokens in
C and a str.find per keyword-bearing token, not a str.find over the text per keyword.
"""

from __future__ import annotations

import re

from dashboard.geo.wordlists import HINT_WORDS


class _Offsets(dict[str, tuple[int, ...]]):
    """Token -> offsets of the keywords in it; an unseen token is worked out on lookup."""

    def __init__(self, words: tuple[str, ...], limit: int) -> None:
        super().__init__()
        self.words = words
        self.limit = limit
        self.any_word = re.compile("|".join(map(re.escape, words)))

    def __missing__(self, token: str) -> tuple[int, ...]:
        if len(self) >= self.limit:
            self.clear()
        # most tokens hold no keyword: one regex search says so before any offset is sought
        held = self.any_word.search(token) is not None
        offsets = self[token] = _offsets(token, self.words) if held else ()
        return offsets


class HintIndex:
    """Keyword offsets of texts, remembering up to ``limit`` distinct tokens."""

    def __init__(self, words: tuple[str, ...] = HINT_WORDS, limit: int = 200_000) -> None:
        self._offsets = _Offsets(words, limit)

    def positions(self, low: str) -> list[int]:
        """Sorted, distinct offsets in ``low`` where some keyword starts."""
        offsets_of = self._offsets
        found: set[int] = set()
        # filter() calls the dict lookup from C; only unseen tokens reach Python
        for token in set(filter(offsets_of.__getitem__, low.split())):
            offsets = offsets_of[token]
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
