"""Small text helpers shared by the matchers."""

from __future__ import annotations

import re
from collections.abc import Iterable


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets found in it index ``text``.

    Matching a lower-cased copy lets the patterns skip ``re.IGNORECASE``, which makes
    Python's regex engine several times slower on word alternations.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # e.g. "İ"


_Trie = dict[str, "_Trie"]  # a character -> the rest; "" marks the end of a word


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` written as a trie ("a(?:l(?:liance)?|rmy)"): the engine
    tests one character per branch instead of every word in turn, and still tries the longer
    word first where one word begins another."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: _Trie) -> str:
    branches = [re.escape(ch) + _trie_regex(rest) for ch, rest in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
