"""Reviewing a stored article's claims: accept, reject, correct; the machine values stay.

Each verdict is one :func:`dashboard.store.review_claim` call. Corrections are stored as
the fields that differ from what the analyst saw, so an unchanged field keeps following
the machine extraction. A claim's places are corrected by choosing, for each place the
machine read, among the places the geocoder weighed for that mention (or none); the
machine's places stay shown beside the analyst's.
"""

from __future__ import annotations

import getpass
import json
from functools import partial
from typing import Any, get_args

import pandas as pd
import streamlit as st

from dashboard.app import resources
from dashboard.app.text import Span, highlight_html, md_escape
from dashboard.errors import HotspotsError
from dashboard.maps.labels import figure_label, precision_label
from dashboard.model import ClaimKind, Modality, Qualifier

REVIEWER = "review_reviewer"
ARTICLE = "review_article"
NOTICE = "review_notice"
_TEXT_FIELDS = ("number_text", "unit", "group", "group_canonical", "speaker")


def reviewer_name() -> str:
    """Who is reviewing: the name typed on the page, else the login name."""
    name = str(st.session_state.get(REVIEWER) or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def name_input() -> None:
    """The reviewer's name, shared by both tabs (saved place choices are reviews too)."""
    st.text_input("Your name (kept with each review)", key=REVIEWER, placeholder=reviewer_name())


@st.cache_data(show_spinner=False, max_entries=2048)
def place_options(mention_text: str) -> list[tuple[str, str]]:
    """(id, name) of the geocoder's reading of a mention and the places it weighed."""
    place = resources.geocoder().geocode(mention_text)
    if place is None:
        return []
    return [(place.id, place.name), *((a.id, a.name) for a in place.alternatives)]


def _place_name(place_id: str) -> str:
    from dashboard.geo.gazetteer import make_place

    kind, _, ref = place_id.partition(":")
    place = make_place(kind, ref)
    return place.name if place is not None else place_id


def render() -> None:
    """Pick an article, see its claims highlighted, review each claim."""
    from dashboard.store import get_article, list_articles

    engine = resources.engine()
    articles = list_articles(engine)
    if articles.empty:
        st.info("The store holds no articles yet: add some in the other tab.")
        return
    labels = {
        int(r.id): f"#{r.id} · {r.date or 'no date'} · {r.outlet or '?'} · {r.title or 'untitled'}"
        for r in articles.itertuples()
    }
    ids = list(reversed(labels))
    if st.session_state.get(ARTICLE) not in ids:
        st.session_state[ARTICLE] = ids[0]
    article_id = st.selectbox(
        "Article", ids, key=ARTICLE, format_func=lambda i: labels.get(i, str(i))[:160]
    )
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        (st.error if notice[0] == "error" else st.success)(md_escape(notice[1]))

    stored = get_article(engine, int(article_id))
    article, claims = stored.article, stored.claims
    st.text(
        f"{article.date or 'no date'} · {article.outlet or 'no outlet'} · "
        f"{article.url or 'no URL'} · ingested {stored.ingested_at[:19]}"
    )
    st.html(highlight_html(article.text, _spans(claims)))
    if claims.empty:
        st.info("No claims were extracted from this article.")
        return
    for claim_id, rows in claims.groupby("claim_id", sort=False):
        _claim(int(claim_id), rows)


def _spans(claims: pd.DataFrame) -> list[Span]:
    spans = [
        Span(int(r.quote_start), int(r.quote_end), "claim", f"claim #{r.claim_id}")
        for r in claims.drop_duplicates("claim_id").itertuples()
    ]
    places = claims.dropna(subset=["mention_start"])
    spans += [
        Span(int(r.mention_start), int(r.mention_end), "place", str(r.place_name))
        for r in places.itertuples()
    ]
    return spans


def _claim(claim_id: int, rows: pd.DataFrame) -> None:
    from dashboard.store import claim_history

    first = rows.iloc[0]
    history = claim_history(resources.engine(), claim_id)
    current = history.current
    status = history.status or "not reviewed"
    figure = (
        figure_label(
            current["number_low"],
            current["number_high"],
            current["number_text"],
            current["qualifier"],
        )
        if current["kind"] == "estimate"
        else "no figure"
    )
    label = f"#{claim_id} · {current['kind']} · {figure} · {status} — {first['quote']}"
    with st.expander(md_escape(label, limit=150)):
        st.html(highlight_html(str(first["quote"]), []))
        machine = [
            f"{p['name']} — {precision_label(p['kind'], p['precision'])}"
            + (" (named inside a group's name)" if p["role"] == "in-name" else "")
            for p in history.machine_places
        ]
        st.text("Places (machine): " + ("; ".join(machine) if machine else "none"))
        if history.places_edited:
            edited = [
                f"{r.place_name} — {precision_label(r.place_kind, r.precision)}"
                for r in rows.dropna(subset=["place_id"]).itertuples()
            ]
            st.text("Places (analyst): " + ("; ".join(edited) if edited else "none"))
        mentions = [p for p in history.machine_places if p["role"] != "in-name"]
        _form(claim_id, current, mentions, history.places_edited)
        if history.reviews:
            st.caption("Machine extraction (kept unchanged)")
            st.dataframe(
                pd.DataFrame([{**history.machine, "places": "; ".join(history.machine["places"])}]),
                hide_index=True,
            )
            st.caption("Reviews, oldest first")
            st.dataframe(
                pd.DataFrame(
                    {
                        "status": [r.status for r in history.reviews],
                        "reviewer": [r.reviewer for r in history.reviews],
                        "when": [r.reviewed_at[:19] for r in history.reviews],
                        "corrections": [
                            json.dumps(r.edits, ensure_ascii=False) for r in history.reviews
                        ],
                    }
                ),
                hide_index=True,
            )


def _choice(label: str, options: tuple[Any, ...], value: Any, key: str) -> Any:
    index = options.index(value) if value in options else 0
    return st.selectbox(label, options, index=index, key=key, format_func=lambda v: v or "—")


def _place_choices(
    k: str, current: dict[str, Any], mentions: list[dict[str, Any]], edited: bool
) -> list[str]:
    """One choice per machine place (its reading, the alternatives, or none): the new list.

    Places the analyst added beyond the machine's (through the store's API) are kept.
    """
    now: list[str] = list(current["places"])
    chosen: list[str] = []
    for j, mention in enumerate(mentions):
        value = now[j] if j < len(now) else (None if edited else mention["place_id"])
        names = {mention["place_id"]: mention["name"]}
        for pid, name in place_options(str(mention["mention_text"])):
            names.setdefault(pid, name)
        if value is not None and value not in names:
            names[value] = _place_name(value)
        options: list[str | None] = [*names, None]
        pick = st.selectbox(
            f"Place for “{md_escape(str(mention['mention_text']), limit=60)}”",
            options,
            index=options.index(value),
            key=f"{k}place_{j}",
            format_func=partial(_option_label, names),
            help="The machine's reading first, then the places the geocoder weighed for it.",
        )
        if pick is not None:
            chosen.append(str(pick))
    return chosen + now[len(mentions) :]


def _option_label(names: dict[str, str], value: str | None) -> str:
    return "— no place —" if value is None else f"{names[value]} ({value})"


def _form(
    claim_id: int, current: dict[str, Any], mentions: list[dict[str, Any]], edited: bool
) -> None:
    k = f"rv_{claim_id}_"
    with st.form(f"review_{claim_id}"):
        c1, c2, c3 = st.columns(3)
        new: dict[str, Any] = {}
        with c1:
            new["kind"] = _choice("Kind", get_args(ClaimKind), current["kind"], k + "kind")
        with c2:
            new["qualifier"] = _choice(
                "Qualifier", (None, *get_args(Qualifier)), current["qualifier"], k + "qualifier"
            )
        with c3:
            new["modality"] = _choice(
                "Modality", get_args(Modality), current["modality"], k + "modality"
            )
        c1, c2, c3 = st.columns(3)
        new["number_low"] = c1.number_input(
            "Low figure", min_value=0, step=1, value=current["number_low"], key=k + "low"
        )
        new["number_high"] = c2.number_input(
            "High figure", min_value=0, step=1, value=current["number_high"], key=k + "high"
        )
        new["number_text"] = c3.text_input(
            "Figure as written", value=current["number_text"] or "", key=k + "text"
        )
        c4, c5, c6, c7 = st.columns(4)
        for col, name, title in (
            (c4, "group", "Group as written"),
            (c5, "group_canonical", "Group (canonical)"),
            (c6, "unit", "Unit"),
            (c7, "speaker", "Speaker"),
        ):
            new[name] = col.text_input(title, value=current[name] or "", key=k + name)
        if mentions:
            new["places"] = _place_choices(k, current, mentions, edited)
        b1, b2, b3 = st.columns(3)
        accept = b1.form_submit_button("Accept")
        reject = b2.form_submit_button("Reject")
        save = b3.form_submit_button("Save corrections")
    if accept or reject or save:
        _submit(
            claim_id, current, new, "rejected" if reject else "accepted" if accept else "edited"
        )


def corrections(current: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The fields the analyst changed, blanks read as "no value"."""
    out: dict[str, Any] = {}
    for name, value in new.items():
        if name in _TEXT_FIELDS:
            value = str(value).strip() or None
        elif name in ("number_low", "number_high") and value is not None:
            value = int(value)
        if value != current.get(name):
            out[name] = value
    return out


def _submit(claim_id: int, current: dict[str, Any], new: dict[str, Any], verdict: str) -> None:
    from dashboard.store import review_claim

    edits = corrections(current, new)
    status = verdict
    if verdict != "rejected" and edits:
        status = "edited"
    elif verdict == "edited" and not edits:
        st.session_state[NOTICE] = ("error", f"Claim #{claim_id}: nothing was changed.")
        st.rerun()
    try:
        review_claim(
            resources.engine(),
            claim_id,
            status,
            edits if status == "edited" else None,
            reviewer_name(),
        )
    except HotspotsError as exc:
        st.session_state[NOTICE] = ("error", f"Claim #{claim_id}: {exc}")
    else:
        resources.bump_revision()
        st.session_state[NOTICE] = ("ok", f"Claim #{claim_id}: {status}.")
    st.rerun()
