"""Adding articles: read and extract first, show what was found, save on request.

Nothing is stored until the analyst presses Save, so a wrong date or a misread file costs
nothing. Where the geocoder weighed several places for a mention, the analyst may pick
another one before saving: the machine extraction is stored as extracted, and each claim
whose places the analyst changed gets a review edit (``"places"``) under the name given on
the page, so both readings are kept.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import pipeline
from dashboard.app import resources
from dashboard.app.text import Span, highlight_html, md_escape
from dashboard.errors import HotspotsError
from dashboard.maps.labels import figure_label, precision_label
from dashboard.maps.safe import web_url
from dashboard.model import Claim, Mention

PENDING = "add_pending"
REJECTED = "add_rejected"
SAVED = "add_saved"


def render() -> None:
    """The add form, then the extracted articles waiting to be saved."""
    with st.form("add_form", clear_on_submit=False):
        text = st.text_area("Paste an article", height=180, key="add_text")
        files = st.file_uploader(
            "…or upload files (.txt .md .html .json .jsonl)",
            type=[s.lstrip(".") for s in pipeline.SUFFIXES],
            accept_multiple_files=True,
            key="add_files",
        )
        c1, c2, c3 = st.columns(3)
        date = c1.date_input("Publication date", value=None, key="add_date", format="YYYY-MM-DD")
        outlet = c2.text_input("Outlet", key="add_outlet", placeholder="e.g. TASS")
        url = c3.text_input("Article URL", key="add_url", placeholder="https://…")
        submitted = st.form_submit_button("Extract claims", type="primary")
    if submitted:
        sources = []
        if text and text.strip():
            sources.append(pipeline.Source("pasted article", data=text.encode("utf-8")))
        sources += [pipeline.Source(f.name, data=f.getvalue()) for f in files or []]
        _extract(sources, date, outlet, url)

    for saved in st.session_state.pop(SAVED, []):
        st.success(md_escape(saved))
    for item in st.session_state.get(REJECTED, []):
        st.error(md_escape(str(item)))
    pending: list[pipeline.Prepared] = st.session_state.get(PENDING, [])
    if not pending:
        return
    for i, item in enumerate(pending):
        _show(i, item)
    c1, c2 = st.columns([1, 4])
    n = len(pending)
    c1.button(f"Save {n} article{'s' if n != 1 else ''}", type="primary", on_click=_save)
    c2.button("Discard", on_click=_discard)


def _extract(sources: list[pipeline.Source], date: dt.date | None, outlet: str, url: str) -> None:
    if not sources:
        st.warning("Paste an article or choose files first.")
        return
    if url.strip() and web_url(url) is None:
        st.warning("The URL is not an http(s) address: it is kept as text and never made a link.")
    meta = pipeline.Meta(
        date=date.isoformat() if date else None,
        outlet=outlet.strip() or None,
        url=url.strip() or None,
    )
    with st.spinner("Reading and extracting…"):
        resources.geocoder()
        items = [x for s in sources for x in pipeline.prepare(s, meta)]
    st.session_state[PENDING] = [x for x in items if isinstance(x, pipeline.Prepared)]
    st.session_state[REJECTED] = [x for x in items if isinstance(x, pipeline.Rejected)]


def _show(i: int, item: pipeline.Prepared) -> None:
    article = item.article
    st.subheader(md_escape(article.title or item.label, limit=140))
    st.text(
        f"{article.date or 'no date'} · {article.outlet or 'no outlet'} · "
        f"{article.url or 'no URL'} · {len(item.claims)} claims"
    )
    spans = [Span(c.start, c.end, "claim", f"claim {n + 1}") for n, c in enumerate(item.claims)]
    spans += [Span(m.start, m.end, "place", m.place.name) for c in item.claims for m in c.places]
    st.html(highlight_html(article.text, spans))
    if not item.claims:
        st.info("No force estimates or hotspot statements found in this article.")
        return
    st.dataframe(_claims_frame(item.claims), hide_index=True)
    for n, claim in enumerate(item.claims):
        for k, mention in enumerate(claim.places):
            # places named inside a group's name do not locate the claim: nothing to choose
            if mention.place.alternatives and mention.role == "location":
                _place_choice(i, n, k, mention)


def _claims_frame(claims: list[Claim]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "claim": range(1, len(claims) + 1),
            "kind": [c.kind for c in claims],
            "figure": [
                figure_label(c.number_low, c.number_high, c.number_text, c.qualifier)
                if c.kind == "estimate"
                else ""
                for c in claims
            ],
            "group": [c.group_canonical or c.group or "" for c in claims],
            "places": [
                "; ".join(
                    f"{m.place.name} ({precision_label(m.place.kind, m.place.precision)})"
                    for m in c.places
                )
                for c in claims
            ],
            "speaker": [c.speaker or "" for c in claims],
            "quote": [c.quote for c in claims],
        }
    )


def _place_choice(i: int, n: int, k: int, mention: Mention) -> None:
    place = mention.place
    options = [place.id, *(a.id for a in place.alternatives)]
    names = {place.id: place.name, **{a.id: a.name for a in place.alternatives}}
    st.selectbox(
        f"Claim {n + 1}: place for “{md_escape(mention.text, limit=60)}”",
        options,
        key=f"add_place_{i}_{n}_{k}",
        format_func=lambda pid: f"{names.get(pid, pid)} ({pid})",
        help="The geocoder's choice first, then the places it weighed against it.",
    )


def place_edits(i: int, claims: list[Claim]) -> dict[int, list[str]]:
    """Claim index → the place ids the analyst chose, for claims where any choice differs."""
    out: dict[int, list[str]] = {}
    for n, claim in enumerate(claims):
        machine = [m.place.id for m in claim.places if m.role == "location"]
        chosen = [
            str(st.session_state.get(f"add_place_{i}_{n}_{k}") or m.place.id)
            for k, m in enumerate(claim.places)
            if m.role == "location"
        ]
        if chosen != machine:
            out[n] = chosen
    return out


def _save() -> None:
    """Store every pending article (each in one transaction) and report what happened."""
    messages, errors = [], []
    for i, item in enumerate(st.session_state.get(PENDING, [])):
        try:
            messages.append(_save_one(i, item))
        except HotspotsError as exc:
            errors.append(pipeline.Rejected(item.label, str(exc)))
    resources.bump_revision()
    _discard()
    st.session_state[SAVED] = messages
    st.session_state[REJECTED] = errors


def _save_one(i: int, item: pipeline.Prepared) -> str:
    from dashboard.store import review_claim, save_article

    engine = resources.engine()
    result = save_article(engine, item.article, item.claims)  # the machine's reading
    edits = place_edits(i, item.claims)
    if edits:
        ids = _stored_claim_ids(result.article_id, item.claims)
        for n, places in sorted(edits.items()):
            review_claim(engine, ids[n], "edited", {"places": places}, _reviewer())
    verb = "added" if result.created else ("updated" if result.changed else "already stored")
    return f"{item.label}: {verb} as article {result.article_id} ({result.claims} claims)"


def _stored_claim_ids(article_id: int, claims: list[Claim]) -> list[int]:
    """The store id of each claim, matched on its sentence (several claims may share one)."""
    from dashboard.store import get_article

    frame = get_article(resources.engine(), article_id).claims.drop_duplicates("claim_id")
    by_span: dict[tuple[int, int], list[int]] = {}
    for cid, start, end in zip(
        frame["claim_id"], frame["quote_start"], frame["quote_end"], strict=True
    ):
        by_span.setdefault((int(start), int(end)), []).append(int(cid))
    for ids in by_span.values():
        ids.sort()
    return [by_span[(c.start, c.end)].pop(0) for c in claims]


def _reviewer() -> str:
    from dashboard.app.articles_review import reviewer_name

    return reviewer_name()


def _discard() -> None:
    st.session_state[PENDING] = []
    st.session_state[REJECTED] = []
