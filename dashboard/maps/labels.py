"""Words a reader sees next to a claim: the figure as hedged, the place precision, the modality.

Shared by the web map, the PNG and the exports so a figure reads the same everywhere.
"""

from __future__ import annotations

import re

from dashboard.maps.safe import is_missing

_MODALITY = {
    "projected": "may rise (projected)",
    "conditional": "conditional",
    "planned": "planned",
}
_PREFIX = {"approximate": "about ", "lower": "at least ", "upper": "up to "}
_KIND_PRECISION = {
    "admin1": "province",
    "border": "border line",
    "region": "part of country",
    "country": "country",
    "city": "town",
}
_PARTIAL_DATE = re.compile(r"--(\d{2})-(\d{2})")


def _int(value: object) -> int | None:
    return None if is_missing(value) else int(value)  # type: ignore[call-overload]


def _text(value: object) -> str:
    return "" if is_missing(value) else " ".join(str(value).split())


def figure_value(number_low: object, number_high: object) -> int | None:
    """The figure a place is shaded by: the high end of a range, else the only number."""
    high, low = _int(number_high), _int(number_low)
    return high if high is not None else low


def figure_label(
    number_low: object, number_high: object, number_text: object, qualifier: object
) -> str:
    """The figure with its hedge: "some 1,000", "up to 4,000", "4,000–6,000", "... (vague)".

    The words as written win when they contain the number, because "some" and "about"
    are what the source said; ranges are normalised to "low–high".
    """
    low, high, written, qual = _int(number_low), _int(number_high), _text(number_text), qualifier
    if qual == "vague" or (low is None and high is None):
        return f"{written} (vague)" if written else "unspecified number (vague)"
    if low is not None and high is not None and (qual == "range" or low != high):
        return f"{low:,}–{high:,}"
    value = high if high is not None else low
    if written and any(ch.isdigit() for ch in written):
        return written
    return f"{_PREFIX.get(str(qual), '')}{value:,}"


def modality_label(modality: object) -> str | None:
    """Label of a modality ("may rise (projected)", ...); None for a plain assertion."""
    return None if is_missing(modality) else _MODALITY.get(str(modality))


def precision_label(place_kind: object, precision: object = None) -> str:
    """How exactly the claim is placed: "province", "border line", "town", ..."""
    kind = _text(place_kind)
    code = _int(precision)
    if kind == "region" and code is not None and code >= 6:
        return "several countries"
    if kind == "city" and code == 2:
        return "near a town"
    return _KIND_PRECISION.get(kind, "unknown precision")


def date_label(date: object) -> str:
    """ISO dates as they are; "--02-09" (no year in the article) says so."""
    text = _text(date)
    partial = _PARTIAL_DATE.fullmatch(text)
    if partial:
        return f"{partial.group(1)}-{partial.group(2)} (year not stated)"
    return text


def date_sort_key(date: object) -> str:
    """Sortable form: full or partial ISO dates by year; no year or no date sorts oldest."""
    text = _text(date)
    return text if text[:1].isdigit() else ""
