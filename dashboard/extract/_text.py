"""Small text helpers shared by the matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets found in it index ``text``.

    Matching a lower-cased copy lets the patterns skip ``re.IGNORECASE``, which makes
    Python's regex engine several times slower on word alternations.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # e.g. "İ"


def trie_alternation(words: Iterable[str], ends: Mapping[str, str] | None = None) -> str:
    """A regex matching exactly ``words``, longest match first, written as a trie.

    It matches what ``"|".join(sorted(words, key=len, reverse=True))`` (escaped) matches,
    and prefers the same word at each position, but the engine tries one branch per
    character instead of every word: several times faster on long word lists.

    ``ends`` maps some words to a pattern that must match right after them (a look-ahead):
    such a word matches only where its pattern does, after the longer words were tried.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = ends.get(word, "") if ends else ""  # a word ends here; what must follow
    return _trie_source(root)


def _trie_source(node: dict[str, Any]) -> str:
    end: str | None = node.get("")  # None: no word ends here
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return end or ""
    body = "|".join(branches)
    if end:  # the shorter word, with what must follow it, once the longer ones failed
        return f"(?:{body}|{end})"
    if len(branches) > 1 or end is not None:
        body = f"(?:{body})"
    return body + "?" if end is not None else body


#: Letters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not
#: turn into it.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """:func:`lowered`, with every letter that ``re.IGNORECASE`` equates to an ASCII letter
    written as that letter ("İ", "ı" -> "i"; "ſ" -> "s"; "K" -> "k").

    An IGNORECASE pattern over ASCII words can only match where its words occur in this
    copy, so a plain ``in`` test on it rules most text out before the pattern runs.
    """
    low = lowered(text)
    if low.isascii() or not ("İ" in low or "ı" in low or "ſ" in low):
        return low  # three substring tests in C: translate() looks up every character
    return low.translate(_FOLD)


@lru_cache(maxsize=8)
def folded_article(text: str) -> str:
    """:func:`folded` of a whole article, once: the sentence-level matchers that run an
    IGNORECASE pattern's lower-case twin over it (several times faster) share the copy."""
    return folded(text)


def has_any(folded_text: str, stems: tuple[str, ...]) -> bool:
    """True when one of ``stems`` (lower-case) occurs in ``folded_text``."""
    return any(map(folded_text.__contains__, stems))  # no generator: twice as fast here


def guarded(pattern: str, openers: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for a word opening with one of ``openers`` (in any
    case), for a pattern whose every match starts at such a word.

    The matches stay the same, but the engine tries the pattern's many alternatives only
    where such a word starts instead of at every character: several times faster.
    """
    return re.compile(rf"(?=\b(?i:{trie_alternation(openers)}))(?:{pattern})", flags)
