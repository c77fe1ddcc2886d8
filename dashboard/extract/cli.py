"""``hotspots extract``: claims of one article (FILE or stdin), or of many as JSON lines.

Only argument declarations run at import time; the extractor and the geocoder (which loads
the bundled boundaries) are imported inside the handler so ``hotspots --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from dashboard.errors import HotspotsError, InputError

if TYPE_CHECKING:
    from dashboard.model import Article, Claim

__all__ = ["read_input", "register", "render_summary", "run_extract", "run_extract_jsonl"]


def register(sub: Any) -> None:
    """Add the ``extract`` subcommand."""
    p = sub.add_parser(
        "extract",
        help="extract force estimates and hotspot statements from an article",
        description=(
            "Read an article (plain text, HTML, Markdown or a JSON object with a 'text' "
            "field; any common encoding) and print its claims: force estimates with figure, "
            "group, places, speaker and exact quote, and hotspot statements."
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="the article file, or - for stdin")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date (overrides the text)")
    p.add_argument("--outlet", metavar="NAME", help="outlet name (overrides the dateline)")
    p.add_argument("--url", metavar="URL", help="where the article was published")
    p.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON lines {"id", "text", "date"?, "outlet"?, "url"?} on stdin and write '
        '{"id", "article", "claims"} per line (a bad line gets {"id", "error"})',
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Dispatch to the one-article or the JSON-lines mode."""
    if args.jsonl:
        if args.file not in (None, "-"):
            raise InputError("--jsonl reads stdin; drop FILE or drop --jsonl")
        return run_extract_jsonl(sys.stdin, sys.stdout, defaults=_defaults(args))
    if args.file is None:
        raise InputError("give an article FILE (or - for stdin), or use --jsonl")
    return run_extract(args)


def _defaults(args: argparse.Namespace) -> dict[str, str]:
    return {k: v for k in ("date", "outlet", "url") if (v := getattr(args, k, None))}


def read_input(name: str) -> bytes:
    """The bytes of FILE, or of stdin for ``-``.

    Raises
    ------
    InputError
        The file is missing, a directory or unreadable.
    """
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder; give one article file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file ({exc.strerror})") from None


def run_extract(args: argparse.Namespace) -> int:
    """``hotspots extract FILE``: JSON with ``--json``, else a summary. Exit 0 on success."""
    from dashboard.extract.claims import extract

    data = read_input(args.file)
    article, claims = extract(
        data,
        filename=None if args.file == "-" else args.file,
        date=args.date,
        outlet=args.outlet,
        url=args.url,
    )
    if args.json:
        json.dump(_payload(article, claims), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_summary(article, claims))
    return 0


def _payload(article: Article, claims: list[Claim]) -> dict[str, Any]:
    return {"article": article.to_dict(), "claims": [c.to_dict() for c in claims]}


def _line_result(line: str, defaults: dict[str, str]) -> dict[str, Any]:
    """The output object of one input line; never raises for bad input."""
    from dashboard.extract.claims import extract

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(record, dict):
        return {"id": None, "error": 'each line must be a JSON object with "id" and "text"'}
    ident = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": 'missing "text" (a string with the article)'}
    options = dict(defaults)
    for key in ("date", "outlet", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return {"id": ident, "error": f'"{key}" must be a string'}
        if value:
            options[key] = value
    try:
        article, claims = extract(text, **options)
    except HotspotsError as exc:
        return {"id": ident, "error": str(exc)}
    return {"id": ident, **_payload(article, claims)}


def run_extract_jsonl(
    lines: Iterable[str], out: TextIO, *, defaults: dict[str, str] | None = None
) -> int:
    """``hotspots extract --jsonl``: one output line per non-blank input line, in order.

    Always returns 0: a bad line is reported as ``{"id": ..., "error": ...}`` in its place.
    """
    for line in lines:
        if not line.strip():
            continue
        out.write(json.dumps(_line_result(line, defaults or {}), ensure_ascii=False))
        out.write("\n")
        out.flush()
    return 0


# --- readable summary --------------------------------------------------------------------


def _figure(c: Claim) -> str:
    what = c.number_text or ""
    if c.unit:
        what += f" {c.unit}"
    if c.qualifier and c.qualifier not in ("exact", "range"):
        what += f" ({c.qualifier})"
    return what


def _places(c: Claim) -> str:
    if not c.places:
        return "(no place)"
    return "; ".join(f"{m.text} [{m.place.id}]" for m in c.places)


def render_summary(article: Article, claims: list[Claim]) -> str:
    """The text ``hotspots extract`` prints without ``--json``: one block per claim."""
    head = (
        " · ".join(x for x in (article.outlet, article.date, article.dateline) if x)
        or "(no outlet, date or dateline)"
    )
    lines = [head]
    if article.title:
        lines.append(article.title)
    estimates = sum(c.kind == "estimate" for c in claims)
    lines.append(
        f"{len(claims)} claim{'s' if len(claims) != 1 else ''} "
        f"({estimates} estimate{'s' if estimates != 1 else ''}, "
        f"{len(claims) - estimates} concern{'s' if len(claims) - estimates != 1 else ''})"
    )
    for i, c in enumerate(claims, 1):
        lines.append("")
        if c.kind == "estimate":
            lines.append(f"{i}. estimate  {_figure(c)}")
        else:
            lines.append(f"{i}. concern")
        group = c.group_canonical or "(no named group)"
        if c.group and c.group_canonical and c.group != c.group_canonical:
            group += f' (as "{c.group}")'
        lines.append(f"   group:   {group}")
        lines.append(f"   where:   {_places(c)}")
        lines.append(f"   who:     {c.speaker or '(unattributed)'} · {c.modality}")
        lines.append(f"   quote:   {c.quote}")
    return "\n".join(lines) + "\n"
