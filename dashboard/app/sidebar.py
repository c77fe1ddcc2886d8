"""The sidebar filters, kept in step with the URL and with clicks on the map.

One :class:`~dashboard.model.Filters` value is the truth (``st.session_state["filters"]``);
it is read from the query string when a session starts, drives the widgets, is rebuilt
from them on every run and written back to the query string, so a copied link opens the
same view. Widget state is seeded from it whenever a widget is missing (after a page
switch, a reset or a map click), which keeps the filters across pages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import streamlit as st

from dashboard import pipeline
from dashboard.app import resources
from dashboard.app.text import md_escape
from dashboard.model import Filters

FILTERS = "filters"
FOCUS = "focus"
PROBLEMS = "url_problems"
FOCUS_KEY = "place"
_PLACE_ID = re.compile(r"(?:admin1|country|border|region|city):[\w.\-]{1,40}")
_MIN_DATE = dt.date(1900, 1, 1)
_MAX_DATE = dt.date(2100, 12, 31)

#: Widget keys, one per filter field.
W_COUNTRY = "flt_country"
W_ADMIN1 = "flt_admin1"
W_GROUP = "flt_group"
W_KIND = "flt_kind"
W_SINCE = "flt_since"
W_UNTIL = "flt_until"
W_OUTLET = "flt_outlet"
W_MIN = "flt_min"
WIDGETS = (W_COUNTRY, W_ADMIN1, W_GROUP, W_KIND, W_SINCE, W_UNTIL, W_OUTLET, W_MIN)


@dataclass(frozen=True, slots=True)
class View:
    """What the Map and Data pages show: the filters, plus a place clicked on the map."""

    filters: Filters
    focus: str | None = None


def _start_session() -> None:
    """Read the query string once per session (a page load)."""
    if FILTERS in st.session_state:
        return
    params = st.query_params.to_dict()
    filters, problems = pipeline.parse_query(params)
    focus = params.get(FOCUS_KEY)
    if focus and not _PLACE_ID.fullmatch(focus):
        problems.append(f"place {focus!r} is not a place id such as border:AF-TJ")
        focus = None
    st.session_state[FILTERS] = filters
    st.session_state[FOCUS] = focus or None
    st.session_state[PROBLEMS] = problems


def _widget_values(f: Filters) -> dict[str, object]:
    return {
        W_COUNTRY: list(f.countries),
        W_ADMIN1: list(f.admin1),
        W_GROUP: list(f.groups),
        W_KIND: list(f.kinds),
        W_SINCE: _to_date(f.since, end=False),
        W_UNTIL: _to_date(f.until, end=True),
        W_OUTLET: list(f.outlets),
        W_MIN: f.min_figure,
    }


def _to_date(value: str | None, *, end: bool) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1)
    if not end:
        return dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _seed_widgets() -> None:
    for key, value in _widget_values(st.session_state[FILTERS]).items():
        if key not in st.session_state:
            st.session_state[key] = value


def set_filters(filters: Filters, focus: str | None = None) -> None:
    """Replace the view (from a callback: map click, reset); widgets follow on the rerun."""
    st.session_state[FILTERS] = filters
    st.session_state[FOCUS] = focus
    for key, value in _widget_values(filters).items():
        st.session_state[key] = value


def reset() -> None:
    """The Reset button: no filters, no map selection."""
    set_filters(Filters())
    st.session_state[PROBLEMS] = []


def clear_focus() -> None:
    """Drop the place selected on the map."""
    st.session_state[FOCUS] = None


def apply_click(place_id: str) -> None:
    """A click on a map feature: provinces and countries become filters, other places
    (borders, regions, towns) a selection of the claims that name them."""
    if not _PLACE_ID.fullmatch(place_id):
        return
    current: Filters = st.session_state[FILTERS]
    narrowed = pipeline.with_place(current, place_id)
    if narrowed != current:
        set_filters(narrowed, st.session_state.get(FOCUS))
    else:
        st.session_state[FOCUS] = place_id


def _sync_url(view: View) -> None:
    wanted = pipeline.to_query(view.filters)
    if view.focus:
        wanted[FOCUS_KEY] = view.focus
    for key in (*pipeline.QUERY_KEYS, pipeline.MIN_FIGURE_KEY, FOCUS_KEY):
        if key in wanted:
            if st.query_params.get(key) != wanted[key]:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def _options(selected: list[str], available: list[str]) -> list[str]:
    return list(dict.fromkeys([*available, *selected]))


def render() -> View:
    """Draw the filters in the sidebar and return the view they select."""
    _start_session()
    _seed_widgets()
    choices = resources.choices()
    countries = resources.country_names()
    provinces = resources.province_names()
    sb = st.sidebar
    sb.header("Filters")
    for problem in st.session_state.get(PROBLEMS, []):
        sb.warning("Ignored in the link: " + md_escape(problem))

    picked_countries = st.session_state[W_COUNTRY]
    sb.multiselect(
        "Country",
        _options(picked_countries, list(countries)),
        key=W_COUNTRY,
        format_func=lambda c: f"{countries.get(c, c)} ({c})",
        placeholder="All countries",
    )
    in_countries = [
        code for code, (_, cc) in provinces.items() if cc in st.session_state[W_COUNTRY]
    ]
    sb.multiselect(
        "Province",
        _options(st.session_state[W_ADMIN1], in_countries or choices["admin1"]),
        key=W_ADMIN1,
        format_func=lambda c: _province_label(c, provinces),
        placeholder="All provinces",
        help="Provinces of the chosen countries, or those with claims in the store.",
    )
    col1, col2 = sb.columns(2)
    col1.date_input("From", key=W_SINCE, min_value=_MIN_DATE, max_value=_MAX_DATE)
    col2.date_input("To", key=W_UNTIL, min_value=_MIN_DATE, max_value=_MAX_DATE)
    sb.multiselect(
        "Group",
        _options(st.session_state[W_GROUP], choices["groups"]),
        key=W_GROUP,
        placeholder="All groups",
    )
    sb.multiselect("Claim kind", list(pipeline.KINDS), key=W_KIND, placeholder="Both kinds")
    sb.multiselect(
        "Outlet",
        _options(st.session_state[W_OUTLET], choices["outlets"]),
        key=W_OUTLET,
        placeholder="All outlets",
    )
    sb.number_input("Minimum figure", key=W_MIN, min_value=0, step=100, placeholder="Any figure")
    view = _read_widgets()
    if view.focus:
        sb.info("Map selection: " + md_escape(place_name(view.focus)))
        sb.button("Clear map selection", on_click=clear_focus, key="flt_clear_focus")
    sb.button("Reset filters", on_click=reset, key="flt_reset", type="primary")
    _sync_url(view)
    return view


def place_name(place_id: str) -> str:
    """A place id's name from the bundled geodata ("Afghanistan–Tajikistan border")."""
    from dashboard.geo.gazetteer import make_place

    kind, _, ref = place_id.partition(":")
    place = make_place(kind, ref)
    return place.name if place is not None else place_id


def _province_label(code: str, provinces: dict[str, tuple[str, str]]) -> str:
    name, cc = provinces.get(code, (code, code.split("-")[0]))
    return f"{name}, {cc} ({code})"


def _read_widgets() -> View:
    """The widgets' values as Filters (invalid combinations reported, not raised)."""
    state = st.session_state
    since, until = state[W_SINCE], state[W_UNTIL]
    if since and until and since > until:
        st.sidebar.warning("“From” is after “To”: the dates are ignored until you fix them.")
        since = until = None
    minimum = state[W_MIN]
    filters = pipeline.make_filters(
        countries=state[W_COUNTRY],
        admin1=state[W_ADMIN1],
        groups=state[W_GROUP],
        kinds=state[W_KIND],
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        outlets=state[W_OUTLET],
        min_figure=int(minimum) if minimum is not None else None,
    )
    state[FILTERS] = filters
    return View(filters, state.get(FOCUS))
