"""The dashboard in a real browser: ``hotspots serve`` in a subprocess, Debian's chromium
driven by Playwright, every request that is not to this machine failing the test.

Screenshots go to a temporary folder, or to ``$HOTSPOTS_SCREENSHOTS`` (the README's come
from ``HOTSPOTS_SCREENSHOTS=docs/screenshots pytest -m browser tests/app/test_e2e.py``).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dashboard.geo import data

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
FRAME = 'iframe[title="streamlit_folium.st_folium"]'
SHAPES = "path.leaflet-interactive"
LOCAL = re.compile(r"^(?:https?|wss?)://(?:127\.0\.0\.1|localhost)(?::\d+)?/")

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(base_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``hotspots serve`` on a free port over a copy of the test store; its base URL."""
    db = tmp_path_factory.mktemp("e2e") / "store.db"
    shutil.copyfile(base_store, db)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "HOTSPOTS_DB"}
    log = (db.parent / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port), "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: streamlit is a child of it
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(
                    "hotspots serve did not start:\n" + (db.parent / "serve.log").read_text()
                )
            time.sleep(0.3)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


@dataclass
class Watch:
    """What the page did that it must not: leave the machine, open a dialog."""

    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    watch = Watch()

    def route(r: Any) -> None:
        if LOCAL.match(r.request.url) or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            watch.blocked.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("dialog", dialog)
    yield pg, watch
    context.close()
    assert watch.blocked == [], f"requests left the machine: {watch.blocked}"
    assert watch.dialogs == [], f"a dialog fired: {watch.dialogs}"


def screenshot(pg: Any, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HOTSPOTS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    pg.screenshot(path=str(path))
    return path


def settle(pg: Any) -> Any:
    """Wait until one map frame is left (a rerun briefly shows the old and the new one)
    and its map has drawn, twice in a row half a second apart."""
    drawn = (
        f"() => {{ const fs = document.querySelectorAll('{FRAME}');"
        " if (fs.length !== 1 || !fs[0].contentDocument) return false;"
        " const d = fs[0].contentDocument;"
        f" return !!d.defaultView.map && d.querySelectorAll('{SHAPES}').length > 0; }}"
    )
    for _ in range(2):
        pg.wait_for_function(drawn, timeout=60_000)
        pg.wait_for_timeout(500)
    pg.wait_for_function(drawn, timeout=60_000)
    return pg.frame_locator(FRAME)


def open_map(pg: Any, url: str) -> Any:
    """Load a page and wait until the map inside the streamlit-folium frame has drawn."""
    pg.goto(url)
    return settle(pg)


def map_frame(pg: Any) -> Any:
    return pg.locator(FRAME).element_handle().content_frame()


def feature_ids(pg: Any) -> set[str]:
    ids = map_frame(pg).evaluate(
        "() => Object.values(window.map._layers)"
        ".filter(l => l.feature && l.feature.id).map(l => l.feature.id)"
    )
    return set(ids)


def metric(pg: Any, label: str) -> str:
    box = pg.locator('[data-testid="stMetric"]', has_text=label)
    return str(box.locator('[data-testid="stMetricValue"]').inner_text()).strip()


def test_the_app_starts_and_the_map_draws_shapes(
    server: str, page: tuple[Any, Watch], tmp_path: Path
) -> None:
    pg, _ = page
    frame = open_map(pg, server + "/")
    assert frame.locator(SHAPES).count() >= 10
    assert {"region:AF-north", "border:AF-TJ", "admin1:NG-BO"} <= feature_ids(pg)
    assert metric(pg, "Claims") == "13"
    src = map_frame(pg).evaluate(
        "() => [...document.scripts].map(s => s.src).filter(s => s.includes('leaflet'))"
    )
    assert src == [f"{server}/app/static/leaflet/leaflet.js"]
    screenshot(pg, "map", tmp_path)
    pg.get_by_text("Estimates over time").scroll_into_view_if_needed()
    pg.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=30_000)
    pg.wait_for_timeout(1000)
    screenshot(pg, "map-table-timeline", tmp_path)


def test_since_in_the_url_hides_the_2017_estimates(server: str, page: tuple[Any, Watch]) -> None:
    pg, _ = page
    open_map(pg, server + "/?since=2018-01-01")
    ids = feature_ids(pg)
    assert not {"region:AF-north", "region:AF-northwest", "country:AF"} & ids
    assert "admin1:AF-KDZ" in ids
    assert metric(pg, "Claims") == "6"


def test_a_click_on_a_province_filters_to_it(
    server: str, page: tuple[Any, Watch], tmp_path: Path
) -> None:
    pg, _ = page
    open_map(pg, server + "/?country=AF")
    point = data.province("AF-BDS").geometry.representative_point()
    # Bring the province into the middle of the map (clear of the legend and layer
    # control), then click it with the mouse like an analyst would.
    x, y = map_frame(pg).evaluate(
        "([id, lat, lon]) => { const m = window.map;"
        " const layer = Object.values(m._layers).find(l => l.feature && l.feature.id === id);"
        " m.fitBounds(layer.getBounds(), {animate: false, padding: [80, 80]});"
        " const p = m.latLngToContainerPoint([lat, lon]);"
        " const r = m.getContainer().getBoundingClientRect();"
        " return [p.x + r.left, p.y + r.top]; }",
        ["admin1:AF-BDS", point.y, point.x],
    )
    box = pg.locator(FRAME).bounding_box()
    pg.mouse.click(box["x"] + x, box["y"] + y)
    pg.wait_for_function("() => location.search.includes('admin1=AF-BDS')", timeout=30_000)
    pg.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stMetricValue]')]"
        ".some(e => e.innerText.trim() === '2')",
        timeout=30_000,
    )
    settle(pg)
    assert metric(pg, "Claims") == "2"
    assert "admin1:AF-BDS" in feature_ids(pg)
    screenshot(pg, "map-province-click", tmp_path)


@pytest.mark.parametrize(("label", "suffix"), [("CSV", ".csv"), ("HTML map", ".html")])
def test_an_export_downloads(
    server: str, page: tuple[Any, Watch], tmp_path: Path, label: str, suffix: str
) -> None:
    pg, _ = page
    pg.goto(server + "/data?country=NG")
    button = pg.get_by_role("button", name=label, exact=True)
    button.wait_for(timeout=60_000)
    with pg.expect_download(timeout=60_000) as info:
        button.click()
    path = tmp_path / ("view" + suffix)
    info.value.save_as(path)
    assert info.value.suggested_filename == f"hotspots-country-NG{suffix}"
    text = path.read_text(encoding="utf-8")
    if suffix == ".csv":
        assert "Boko Haram" in text and "Nangarhar" not in text
    else:
        assert "countries NG" in text and "<script src=" not in text
    screenshot(pg, "data", tmp_path)


def test_no_script_from_a_hostile_article_runs(
    server: str, page: tuple[Any, Watch], tmp_path: Path
) -> None:
    pg, watch = page
    frame = open_map(pg, server + "/?country=NG")
    map_frame(pg).evaluate(  # open Borno's popup (a click would also filter the view)
        "(id) => Object.values(window.map._layers).find(l => l.feature && l.feature.id === id)"
        ".openPopup()",
        "admin1:NG-BO",
    )
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert "<img src=x onerror=alert(2)>" in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert not watch.dialogs

    pg.goto(server + "/articles")
    pg.get_by_role("tab", name="Review claims").click()
    article = pg.locator(".ha-article").first
    article.wait_for(timeout=60_000)
    assert "<script>alert(1)</script>" in article.inner_text()
    assert pg.locator(".ha-article script, .ha-article img").count() == 0
    for expander in pg.locator('[data-testid="stExpander"] summary').all():
        expander.click()
    pg.wait_for_timeout(1500)
    screenshot(pg, "articles-review", tmp_path)
