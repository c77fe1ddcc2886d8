"""``hotspots places`` and ``hotspots geocode``: the offline geocoder from the shell.

The geocoder (which loads the bundled boundaries) is imported inside the handlers so
``hotspots --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from dashboard.errors import InputError

if TYPE_CHECKING:
    from dashboard.model import Mention, Place

__all__ = ["register", "run_geocode", "run_places", "run_places_jsonl"]


def register(sub: Any) -> None:
    """Add the ``places`` and ``geocode`` subcommands."""
    p = sub.add_parser(
        "places",
        help="list the places an article names, resolved to countries, provinces, borders...",
        description="Find and resolve every place an article names (offline).",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="the article file, or - for stdin")
    p.add_argument("--json", action="store_true", help="print a JSON list of mention objects")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON lines {"id", "text"} on stdin and write {"id", "places"} per line',
    )
    p.set_defaults(handler=run_places)

    g = sub.add_parser(
        "geocode",
        help="resolve one place name or phrase ('Tajik-Afghan border', 'Kunduz')",
        description="Resolve one place name or phrase offline; exit 1 when nothing matches.",
    )
    g.add_argument("query", metavar="QUERY", help="a place name or phrase")
    g.add_argument("--country", metavar="CC", help="ISO alpha-2 code that narrows the search")
    g.add_argument("--json", action="store_true", help="print the place as JSON (null if none)")
    g.set_defaults(handler=run_geocode)


def _mention_line(m: Mention) -> str:
    role = "" if m.role == "location" else f"  ({m.role})"
    return (
        f"{m.start:>6}-{m.end:<6} {m.text!r:32} -> {m.place.id}  "
        f"{m.place.name} ({m.place.kind}, precision {m.place.precision}){role}"
    )


def run_places(args: argparse.Namespace) -> int:
    """``hotspots places FILE``: the article's mentions (offsets index the decoded text)."""
    if args.jsonl:
        if args.file not in (None, "-"):
            raise InputError("--jsonl reads stdin; drop FILE or drop --jsonl")
        return run_places_jsonl(sys.stdin, sys.stdout)
    if args.file is None:
        raise InputError("give an article FILE (or - for stdin), or use --jsonl")
    from dashboard.extract.cli import read_input
    from dashboard.extract.reader import read_article
    from dashboard.geo.geocoder import get_geocoder

    data = read_input(args.file)
    article = read_article(data, filename=None if args.file == "-" else args.file)
    mentions = get_geocoder().places(article.text)
    if args.json:
        json.dump([m.to_dict() for m in mentions], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for m in mentions:
            sys.stdout.write(_mention_line(m) + "\n")
        if not mentions:
            sys.stdout.write("no places found\n")
    return 0


def _places_line(line: str) -> dict[str, Any]:
    from dashboard.geo.geocoder import get_geocoder

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(record, dict):
        return {"id": None, "error": 'each line must be a JSON object with "id" and "text"'}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record.get("id"), "error": 'missing "text" (a string)'}
    return {"id": record.get("id"), "places": [m.to_dict() for m in get_geocoder().places(text)]}


def run_places_jsonl(lines: Iterable[str], out: TextIO) -> int:
    """``hotspots places --jsonl``: one output line per non-blank input line, in order."""
    for line in lines:
        if line.strip():
            out.write(json.dumps(_places_line(line), ensure_ascii=False) + "\n")
            out.flush()
    return 0


def _place_line(query: str, place: Place) -> str:
    return (
        f"{query} -> {place.id}  {place.name} ({place.kind}, precision {place.precision}) "
        f"at {place.lat:.4f}, {place.lon:.4f}  score {place.score:.2f}"
    )


def run_geocode(args: argparse.Namespace) -> int:
    """``hotspots geocode QUERY``: exit 0 with the place, 1 when nothing matches."""
    from dashboard.geo.geocoder import get_geocoder

    country = args.country.strip().upper() if args.country else None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise InputError(f"--country {args.country!r} is not an ISO alpha-2 code such as AF")
    place = get_geocoder().geocode(args.query, country)
    if args.json:
        sys.stdout.write(json.dumps(place.to_dict() if place else None, ensure_ascii=False) + "\n")
    elif place is None:
        sys.stdout.write(f"no match for {args.query!r}\n")
    else:
        sys.stdout.write(_place_line(args.query, place) + "\n")
    return 0 if place is not None else 1
