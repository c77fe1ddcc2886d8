"""Small articles written for these tests: plain wire copy, and hostile copy that tries to
run script wherever article text reaches a page (quote, title, outlet, URL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: (province, group as written, canonical group, province code)
PLACES: tuple[tuple[str, str, str, str], ...] = (
    ("Kunduz", "Taliban", "Taliban", "AF-KDZ"),
    ("Nangarhar", "ISIS", "Islamic State", "AF-NAN"),
    ("Helmand", "Taliban", "Taliban", "AF-HEL"),
    ("Borno State", "Boko Haram", "Boko Haram", "NG-BO"),
)

HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_OUTLET = "<img src=x onerror=alert('outlet')>"
HOSTILE_URL = "javascript:alert('url')"
HOSTILE_TEXT = (
    "Up to 300 ISIS fighters <script>alert(1)</script> were seen in Nangarhar province, "
    "police said. Some 700 gunmen <img src=x onerror=alert(2)> of Boko Haram were reported "
    "in Borno State, the army said ${alert(3)} `alert(4)`."
)


def wire_text(i: int) -> str:
    """Article ``i``: one force estimate at a province, the figure unique to ``i``."""
    province, group, _, _ = PLACES[i % len(PLACES)]
    kind = "province" if not province.endswith("State") else "area"
    return (
        f"Some {1000 + 10 * i:,} {group} fighters massed in {province} {kind}, officials "
        f"said on day {i}."
    ).replace(f"{province} area", province)


def wire(i: int, *, year: int = 2019) -> dict[str, Any]:
    """A JSON article record (text plus metadata) for ``.jsonl`` files."""
    return {
        "text": wire_text(i),
        "date": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "outlet": "Wire",
        "title": f"Report {i}",
    }


def hostile() -> dict[str, Any]:
    """Script in the text, the title, the outlet and the URL."""
    return {
        "text": HOSTILE_TEXT,
        "date": "2019-06-01",
        "outlet": HOSTILE_OUTLET,
        "url": HOSTILE_URL,
        "title": HOSTILE_TITLE,
    }


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """One JSON object per line."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_texts(folder: Path, indices: range) -> list[Path]:
    """One ``.txt`` file per article index."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indices:
        path = folder / f"wire-{i:04d}.txt"
        path.write_text(wire_text(i) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
