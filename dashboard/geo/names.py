"""Name folding shared by the gazetteer build and the text matcher.

Both sides must fold identically, so "Konduz", "Kondúz" and "KONDUZ" meet on one key, and
"Mazar-i-Sharif" on "mazar i sharif".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\u2010-\u2015\u2212_\-]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'"})
#: Letters Unicode does not decompose into a base letter and a mark: "Şırnak" is Sirnak,
#: "Łódź" Lodz, "Ærø" Aero.
_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe",
     "þ": "th"}
)  # fmt: skip
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=131072)
def fold(name: str) -> str:
    """Lower-case, strip accents, unify apostrophes, treat hyphens as spaces."""
    if name.isascii() and name.replace(" ", "").isalpha() and "  " not in name:
        # plain words and single spaces (most of what a new article brings): no dash, no run
        # of spaces and nothing but spaces to strip, so the two regex passes change nothing
        return name.lower().strip(" ")
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
        s = s.translate(_QUOTES).translate(_LETTERS)
    s = _DASHES.sub(" ", s)
    return _SPACES.sub(" ", s).strip(" .,")
