"""Tooltip and popup HTML for a place, built from escaped pieces only.

A claim's card (figure, group, speaker, outlet, date, quote, link) does not depend on the
place, so it is built once and shared by every place the claim names; a popup is the
place header plus the cards of its listed claims. The browser assembles popups from the
same pieces with the same rule (see ``elements.MapRuntime``), only when one is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dashboard.maps.aggregate import PlaceSummary
from dashboard.maps.labels import date_label, figure_label, modality_label, precision_label
from dashboard.maps.safe import html_text, is_missing, web_url


def _present(value: object) -> bool:
    return not is_missing(value) and bool(str(value).strip())


def _who(row: Mapping[str, Any]) -> str:
    """The group as written, with its canonical name when different: "ISIS (Islamic State)"."""
    group, canonical = row.get("group"), row.get("group_canonical")
    if _present(group) and _present(canonical) and str(group).strip() != str(canonical).strip():
        return f"{html_text(group)} ({html_text(canonical)})"
    if _present(group):
        return html_text(group)
    return html_text(canonical) if _present(canonical) else ""


def claim_card(row: Mapping[str, Any]) -> str:
    """One ``<li>``: what was claimed, by whom, where it was published, the exact quote."""
    if row["kind"] == "estimate":
        head = (
            "<b>"
            + html_text(
                figure_label(
                    row["number_low"], row["number_high"], row["number_text"], row["qualifier"]
                )
            )
            + "</b>"
        )
        if _present(row["unit"]):
            head += " " + html_text(row["unit"])
    else:
        head = '<b class="ha-c">concern</b> (no figure)'
    who = _who(row)
    if who:
        head += " — " + who
    modality = modality_label(row["modality"])
    if modality:
        head += f' <i class="ha-mod">{html_text(modality)}</i>'
    reviewed = row.get("reviewed")
    if not is_missing(reviewed) and bool(reviewed):
        head += ' <span class="ha-rev">✓ reviewed</span>'

    meta = []
    if _present(row["speaker"]):
        meta.append("said by " + html_text(row["speaker"]))
    if _present(row["outlet"]):
        meta.append(html_text(row["outlet"]))
    if _present(row["date"]):
        meta.append(html_text(date_label(row["date"])))
    url = web_url(row["url"])
    source = ""
    if url is not None:
        text = html_text(row["title"]) if _present(row["title"]) else "article"
        source = f' <a href="{html_text(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'
    elif _present(row["url"]):
        source = f' <span class="ha-url">source (not a web link): {html_text(row["url"])}</span>'
    elif _present(row["title"]):
        source = f' <span class="ha-url">{html_text(row["title"])}</span>'
    quote = f"<q>{html_text(row['quote'])}</q>" if _present(row["quote"]) else ""
    return f'<li>{head}<br><span class="ha-meta">{" · ".join(meta)}</span><br>{quote}{source}</li>'


def place_properties(place: PlaceSummary) -> dict[str, object]:
    """The escaped facts the browser builds tooltip and popup header from (see the runtime).

    ``n`` name, ``p`` precision label, ``k`` number of claims, ``f`` largest figure with
    unit and group ("" when none), ``e`` whether any claim is an estimate.
    """
    return {
        "n": html_text(place.name),
        "p": html_text(precision_label(place.kind, place.precision)),
        "k": place.n_claims,
        "f": html_text(place.top_label) if place.top_label else "",
        "e": place.has_estimate,
    }


def _claims(n: int) -> str:
    return f"{n} claim{'s' if n != 1 else ''}"


def tooltip_html(place: PlaceSummary) -> str:
    """Hover text: the place, its precision, its strongest figure and how many claims."""
    p = place_properties(place)
    what = p["f"] or ("estimate, number vague" if p["e"] else "concern, no figure")
    return f"<b>{p['n']}</b> · {p['p']}<br>{what} · {_claims(place.n_claims)}"


def popup_header(place: PlaceSummary) -> str:
    """The part of the popup above the claim list."""
    p = place_properties(place)
    top = f" · largest figure: {p['f']}" if p["f"] else ""
    return f'<h4>{p["n"]}</h4><div class="ha-sub">{p["p"]} · {_claims(place.n_claims)}{top}</div>'


def more_note(more: int, per_place: int) -> str:
    """Says that the list is capped and how to see the rest (same text as the browser's)."""
    if more <= 0:
        return ""
    return (
        f'<p class="ha-more">and {more} more claim{"s" if more != 1 else ""} not listed: '
        f"popups show the {per_place} most recent and the largest figure; filter the map "
        "or export CSV to see them all.</p>"
    )


def popup_html(place: PlaceSummary, cards: list[str], per_place: int) -> str:
    """The whole popup of a place, given its listed claims' cards."""
    return (
        f'<div class="ha-pop">{popup_header(place)}<ol class="ha-claims">{"".join(cards)}</ol>'
        f"{more_note(place.more, per_place)}</div>"
    )
