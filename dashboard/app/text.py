"""Article text on a page: escaped, always.

Streamlit reads labels, captions and ``st.markdown`` as Markdown (links, images that
fetch URLs, ``$`` maths, ``:red[...]`` colours), so anything that came from an article
goes through :func:`md_escape` before it reaches them, or through :func:`highlight_html`,
which HTML-escapes every piece of text it emits.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&\"'=^])")
_BLANK_RUNS = re.compile(r"\s+")

#: Styles of the highlighted article (inline: st.html sanitises <style> away on some versions).
_CLAIM_STYLE = "background:#fde0dd;border-bottom:2px solid #b2182b"
_PLACE_STYLE = "background:#deebf7;border-bottom:2px solid #2171b5;font-weight:600"
_BOX_STYLE = "white-space:pre-wrap;font:15px/1.55 Georgia,serif;max-height:520px;overflow-y:auto"


def md_escape(value: object, *, limit: int | None = None) -> str:
    """Text safe in any Markdown slot: one line, every Markdown character backslashed."""
    text = "" if value is None else _BLANK_RUNS.sub(" ", str(value)).strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _MD_SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of the article: a claim's sentence or a place mention."""

    start: int
    end: int
    kind: str  # "claim" | "place"
    note: str = ""  # tooltip text (plain; escaped here)


def highlight_html(text: str, spans: Sequence[Span]) -> str:
    """The article as HTML, claims and places marked; every text piece is escaped.

    Spans may nest (a place inside a claim's sentence) or overlap; the text is cut at
    every span edge and each piece is wrapped in the spans that cover it.
    """
    good = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in good), *(s.end for s in good)})
    out = [f'<div class="ha-article" style="{_BOX_STYLE}">']
    for a, b in itertools.pairwise(cuts):
        piece = html.escape(text[a:b], quote=True)
        for span in sorted(
            (s for s in good if s.start <= a and b <= s.end), key=lambda s: s.kind == "claim"
        ):
            style = _CLAIM_STYLE if span.kind == "claim" else _PLACE_STYLE
            title = f' title="{html.escape(span.note, quote=True)}"' if span.note else ""
            piece = f'<span class="ha-{span.kind}" style="{style}"{title}>{piece}</span>'
        out.append(piece)
    out.append("</div>")
    return "".join(out)
