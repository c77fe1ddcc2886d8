"""Escaping for text that came from an article and ends up in a browser.

Folium writes tooltips and popups into JavaScript template literals (``Tooltip``,
``Popup``) or into ``innerHTML`` (``GeoJsonPopup``, Leaflet's ``bindPopup``). Our own map
elements pass data as JSON and Leaflet inserts it with ``innerHTML``, so article text is
HTML-escaped once in Python, and the characters that are live inside a template literal
(backtick, ``$``, backslash) become entities too: the text stays inert wherever a later
change of template puts it.
"""

from __future__ import annotations

import html
import json
import math
import re
from typing import Any

# braces too: folium's page is a Jinja template, and text must never open a Jinja tag
_LITERAL_SAFE = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}
)
#: A JSON string token (compact ``json.dumps`` output).
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_WEB_URL = re.compile(r"https?://[^\s\"'<>`\\]+", re.IGNORECASE)


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA (the shapes a missing cell takes)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(value != value)  # pandas.NA and NaT compare unequal to themselves
    except (TypeError, ValueError):  # NA's truth value is ambiguous: treat as missing
        return True


def html_text(value: object) -> str:
    """HTML-escape a value for element content or a quoted attribute; "" when missing."""
    if is_missing(value):
        return ""
    return html.escape(str(value), quote=True).translate(_LITERAL_SAFE)


def web_url(value: object) -> str | None:
    """The URL when it is a plain http(s) link, else None (``javascript:``, data:, ...)."""
    if is_missing(value):
        return None
    url = str(value).strip()
    return url if _WEB_URL.fullmatch(url) else None


def js_literal(value: Any) -> str:
    """JSON for a ``<script>`` element: compact, and unable to close the script.

    ``</`` and ``<!`` are the only sequences that end or derail script data in HTML;
    JSON allows ``\\/`` and ``\\u003c`` for them. Line and paragraph separators are
    escaped for JavaScript engines older than ES2019. Braces inside strings become
    ``\\u007b``/``\\u007d``, so no text can open a Jinja tag in a page folium renders as a
    template (the structure of compact JSON never writes ``{{``, ``{%`` or ``{#``).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if "{" in text or "}" in text:
        text = _JSON_STRING.sub(_no_braces, text)
    return (
        text.replace("</", "<\\/")
        .replace("<!", "\\u003c!")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _no_braces(m: re.Match[str]) -> str:
    return m.group().replace("{", "\\u007b").replace("}", "\\u007d")
