"""Offline Leaflet: the map loads Leaflet from the installed package and nothing remote."""

from __future__ import annotations

from pathlib import Path

import folium
import folium.plugins
import pytest

from dashboard.maps import assets
from tests.maps.html_checks import remote_urls, stylesheet_urls


def _plain_map() -> folium.Map:
    m = folium.Map(location=[36.0, 66.0], zoom_start=5, tiles=None)
    folium.CircleMarker([36.7, 71.6], radius=6, tooltip="Badakhshan").add_to(m)
    folium.LayerControl().add_to(m)
    return m


def test_leaflet_is_found_in_the_installed_package() -> None:
    files = assets.leaflet_files()
    assert set(files) == set(assets.LEAFLET_FILES)
    assert all(p.is_file() and "site-packages" in str(p) for p in files.values())
    assert "Leaflet 1.9.4" in assets.leaflet_js()
    assert "sourceMappingURL" not in assets.leaflet_js()


def test_inline_mode_embeds_leaflet_and_loads_nothing_remote() -> None:
    m = assets.configure_offline(_plain_map(), "inline")
    html = m.get_root().render()

    assert remote_urls(html) == []
    assert "Leaflet 1.9.4" in html and "L.map(" in html
    assert html.index("Leaflet 1.9.4") < html.index("L.map(")  # loaded before use
    # folium's other CDN libraries are gone, and nothing needs them
    for dropped in ("jquery", "bootstrap", "awesome-markers", "fontawesome"):
        assert dropped not in html.lower()
    # the control images are data: URIs, not files next to the page
    images = stylesheet_urls(html)
    assert any(u.startswith("data:image/png;base64,") for u in images)
    assert all(u.startswith(("data:", "#")) for u in images), images


def test_inline_is_the_same_as_configure_offline_inline() -> None:
    html = assets.inline_assets(_plain_map()).get_root().render()
    assert remote_urls(html) == [] and "Leaflet 1.9.4" in html


def test_url_mode_points_at_the_static_folder() -> None:
    m = assets.configure_offline(_plain_map(), "url", base_url="/app/static/")
    html = m.get_root().render()

    assert remote_urls(html) == []
    assert '<script src="/app/static/leaflet/leaflet.js"></script>' in html
    assert 'href="/app/static/leaflet/leaflet.css"' in html
    assert "Leaflet 1.9.4" not in html  # referenced, not embedded


def test_rendering_twice_stays_offline() -> None:
    m = assets.configure_offline(_plain_map(), "inline")
    m.get_root().render()
    assert remote_urls(m.get_root().render()) == []


def test_install_static_copies_every_file_once(tmp_path: Path) -> None:
    written = assets.install_static(tmp_path)

    assert sorted(p.relative_to(tmp_path / "leaflet").as_posix() for p in written) == sorted(
        assets.LEAFLET_FILES
    )
    js = tmp_path / "leaflet" / "leaflet.js"
    assert js.read_bytes() == assets.leaflet_files()["leaflet.js"].read_bytes()
    before = js.stat().st_mtime_ns
    assets.install_static(tmp_path)
    assert js.stat().st_mtime_ns == before  # unchanged files are not rewritten


def test_install_static_into_a_file_says_where(tmp_path: Path) -> None:
    blocker = tmp_path / "static"
    blocker.write_text("not a folder")
    with pytest.raises(assets.OfflineAssetError, match="cannot copy Leaflet into"):
        assets.install_static(blocker)


def test_folium_popup_is_refused_because_it_needs_jquery() -> None:
    m = _plain_map()
    folium.Marker([36.0, 66.0], popup=folium.Popup("hi")).add_to(m)
    with pytest.raises(assets.OfflineAssetError, match="jQuery"):
        assets.configure_offline(m, "inline")


def test_plugin_from_a_cdn_is_refused_at_render() -> None:
    m = _plain_map()
    folium.plugins.Fullscreen().add_to(m)
    assets.configure_offline(m, "inline")
    with pytest.raises(assets.OfflineAssetError, match=r"cdn\.jsdelivr\.net.*cannot load offline"):
        m.get_root().render()


@pytest.mark.parametrize(
    ("mode", "base_url", "message"),
    [
        ("cdn", "/app/static/", "unknown"),
        ("url", "/app/static", "must end with '/'"),
        ("url", '/x"onload="alert(1)/', "no quotes"),
    ],
)
def test_bad_options_are_explained(mode: str, base_url: str, message: str) -> None:
    with pytest.raises(assets.OfflineAssetError, match=message):
        assets.configure_offline(_plain_map(), mode, base_url)  # type: ignore[arg-type]
