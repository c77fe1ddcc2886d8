"""Offline Leaflet: the map's only script and stylesheet come from the installed package.

folium's defaults load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; none of
them is reachable where this product runs. Leaflet 1.9.4 ships inside the
``django-js-lib-leaflet`` wheel, read at run time from site-packages (never copied into
the repository). The other libraries are dropped: our map elements do not use them, and
:func:`configure_offline` refuses a map whose elements would (``folium.Popup`` calls
jQuery's ``$``).

Two modes:

* ``"inline"``: the JS and CSS text (with the control images as ``data:`` URIs) are
  embedded, so one HTML file works anywhere: exports, ``st.components.v1.html``.
* ``"url"``: ``<script src>``/``<link href>`` point at ``base_url + "leaflet/..."``;
  the app copies the files there with :func:`install_static` and serves them with
  Streamlit's ``server.enableStaticServing`` (``dashboard/app/static`` → ``/app/static/``).
"""

from __future__ import annotations

import base64
import filecmp
import importlib.util
import re
import shutil
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Any, Literal

import folium
from branca.element import CssLink, Element, Figure, JavascriptLink, MacroElement

from dashboard.errors import HotspotsError

OfflineMode = Literal["inline", "url"]

LEAFLET_VERSION = "1.9.4"
_PACKAGE = "js_lib_leaflet"
_DIST = ("static", "js_lib_leaflet")
#: Files the map needs, relative to the Leaflet dist folder.
LEAFLET_FILES: tuple[str, ...] = (
    "leaflet.js",
    "leaflet.css",
    "images/layers.png",
    "images/layers-2x.png",
    "images/marker-icon.png",
    "images/marker-icon-2x.png",
    "images/marker-shadow.png",
)
#: folium's CDN resources that offline maps drop (nothing of ours needs them).
_DROPPED = frozenset(
    {
        "jquery",
        "bootstrap",
        "awesome_markers",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers_font_css",
        "awesome_markers_css",
        "awesome_rotate_css",
    }
)
_LEAFLET_NAMES = frozenset({"leaflet", "leaflet_css"})
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")
_ELEMENT_NAME = "hotspots_offline_assets"


class OfflineAssetError(HotspotsError):
    """Leaflet is not installed, or a map element needs a library that is not offline."""


@cache
def leaflet_dir() -> Path:
    """Folder of the Leaflet dist inside the installed ``django-js-lib-leaflet``."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.origin is None:
        raise OfflineAssetError(
            "Leaflet files are missing: install them with "
            "`.venv/bin/python -m pip install django-js-lib-leaflet` (offline maps need it)"
        )
    folder = Path(spec.origin).parent.joinpath(*_DIST)
    missing = [f for f in LEAFLET_FILES if not (folder / f).is_file()]
    if missing:
        raise OfflineAssetError(
            f"the django-js-lib-leaflet package at {folder} lacks {', '.join(missing)}; "
            "reinstall it with `pip install --force-reinstall django-js-lib-leaflet`"
        )
    return folder


def leaflet_files() -> dict[str, Path]:
    """Relative name → installed path of each file to serve (for the app's static dir)."""
    folder = leaflet_dir()
    return {name: folder / name for name in LEAFLET_FILES}


def install_static(target_dir: str | Path) -> list[Path]:
    """Copy Leaflet into ``target_dir/leaflet/`` (unchanged files are skipped).

    Call at app start with ``dashboard/app/static``; maps built with
    ``offline="url"`` then load ``/app/static/leaflet/leaflet.js``.
    """
    written: list[Path] = []
    root = Path(target_dir) / "leaflet"
    try:
        for name, source in leaflet_files().items():
            dest = root / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.exists() or not filecmp.cmp(source, dest, shallow=False):
                shutil.copyfile(source, dest)
            written.append(dest)
    except OSError as exc:
        raise OfflineAssetError(
            f"cannot copy Leaflet into {root}: {exc.strerror or exc}; "
            "point install_static at a folder the app can write"
        ) from exc
    return written


@cache
def leaflet_js() -> str:
    """Leaflet's minified script, without its source-map comment (nothing to fetch)."""
    text = (leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("\n", text)


@cache
def leaflet_css_inline() -> str:
    """Leaflet's stylesheet with its images as ``data:`` URIs."""
    folder = leaflet_dir()
    css = (folder / "leaflet.css").read_text(encoding="utf-8")

    def to_data_uri(match: re.Match[str]) -> str:
        name = match.group(1)
        payload = base64.b64encode((folder / name).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{payload})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", to_data_uri, css)


def _marker_icon_script() -> str:
    """Let Leaflet's default marker icon work from data: URIs (its path guess cannot)."""
    folder = leaflet_dir()

    def uri(name: str) -> str:
        return "data:image/png;base64," + base64.b64encode((folder / name).read_bytes()).decode()

    return (
        "L.Icon.Default.imagePath='';L.Icon.Default.mergeOptions({"
        f"iconUrl:'{uri('images/marker-icon.png')}',"
        f"iconRetinaUrl:'{uri('images/marker-icon-2x.png')}',"
        f"shadowUrl:'{uri('images/marker-shadow.png')}'}});"
    )


class RawHTML(Element):  # type: ignore[misc]
    """Header text inserted verbatim (a Jinja template would choke on minified JS)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawHTML"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """The text, unchanged."""
        return self.text


class OfflineAssets(MacroElement):  # type: ignore[misc]
    """Rewrites the figure header after every element has added its links.

    It is a child of the Figure, added after the map, so it renders after the map's whole
    tree: folium's CDN links are then replaced (Leaflet) or dropped (the rest), and any
    other remote link stops the render with an explanation.
    """

    def __init__(self, mode: OfflineMode, base_url: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "OfflineAssets"
        self.mode = mode
        self.base_url = base_url

    def _leaflet_elements(self) -> list[tuple[str, Element]]:
        if self.mode == "inline":
            return [
                ("leaflet_css", RawHTML(f"<style>{leaflet_css_inline()}</style>")),
                ("leaflet", RawHTML(f"<script>{leaflet_js()}</script>")),
                ("leaflet_icons", RawHTML(f"<script>{_marker_icon_script()}</script>")),
            ]
        return [
            ("leaflet_css", CssLink(self.base_url + "leaflet/leaflet.css")),
            ("leaflet", JavascriptLink(self.base_url + "leaflet/leaflet.js")),
        ]

    def render(self, **kwargs: Any) -> str:
        """Put local Leaflet first in the header and remove every CDN link."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise OfflineAssetError("configure_offline needs a map that belongs to a Figure")
        header = figure.header
        kept: OrderedDict[str, Element] = OrderedDict()
        meta = header._children.get("meta_http")
        if meta is not None:
            kept["meta_http"] = meta
        kept.update(self._leaflet_elements())
        for name, child in header._children.items():
            if name in kept:
                continue
            if isinstance(child, JavascriptLink | CssLink) and _REMOTE.match(child.url):
                if name in _DROPPED or name in _LEAFLET_NAMES:
                    continue
                raise OfflineAssetError(
                    f"a map element needs {child.url} ({name}), which cannot load offline; "
                    "remove that element (folium plugins fetch from CDNs) or build the map "
                    "with dashboard.maps.builder.build_map"
                )
            kept[name] = child
        header._children = kept
        return ""  # nothing of its own to insert


def _needs_jquery(m: folium.Map) -> str | None:
    """The first element of the map that would call jQuery, described for the user."""
    if m.objects_to_stay_in_front:
        return "Map.keep_in_front (uses $(document).ready)"
    stack = list(m._children.values())
    while stack:
        el = stack.pop()
        if isinstance(el, folium.Popup):
            return "folium.Popup (builds its content with jQuery's $)"
        if isinstance(el, folium.GeoJson) and not el.embed:
            return "folium.GeoJson(embed=False) (loads data with $.ajax)"
        if isinstance(el, folium.Icon):
            return "folium.Icon (needs Leaflet.awesome-markers from a CDN)"
        stack.extend(el._children.values())
    return None


def configure_offline(
    m: folium.Map, mode: OfflineMode = "inline", base_url: str = "/app/static/"
) -> folium.Map:
    """Make ``m`` load only local resources; call after the map's elements are added.

    Raises OfflineAssetError when an element needs jQuery or another CDN library.
    """
    if mode not in ("inline", "url"):
        raise OfflineAssetError(f"offline mode {mode!r} is unknown; use 'inline' or 'url'")
    if mode == "url" and (not base_url.endswith("/") or re.search(r"[\s\"'<>`]", base_url)):
        raise OfflineAssetError(
            f"base_url {base_url!r} must end with '/' and contain no quotes or spaces, "
            "e.g. '/app/static/'"
        )
    culprit = _needs_jquery(m)
    if culprit is not None:
        raise OfflineAssetError(
            f"{culprit} cannot work offline (jQuery is not loaded); bind popups with "
            "plain Leaflet (layer.bindPopup) or use dashboard.maps.builder.build_map"
        )
    leaflet_dir()  # fail now, with the install hint, rather than at render time
    m.default_js = []
    m.default_css = []
    figure = m.get_root()
    figure.add_child(OfflineAssets(mode, base_url), name=_ELEMENT_NAME)
    return m


def inline_assets(m: folium.Map) -> folium.Map:
    """Shorthand for ``configure_offline(m, "inline")``: one self-contained HTML file."""
    return configure_offline(m, "inline")
