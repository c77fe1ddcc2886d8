"""Small text helpers shared by the matchers."""

from __future__ import annotations


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets found in it index ``text``.

    Matching a lower-cased copy lets the patterns skip ``re.IGNORECASE``, which makes
    Python's regex engine several times slower on word alternations.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # e.g. "İ"
