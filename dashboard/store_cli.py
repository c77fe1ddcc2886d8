"""``hotspots ingest | stats | list | export``: the store from the command line.

Each handler is a thin layer over :mod:`dashboard.pipeline`, which the dashboard calls too,
so a filter or an export means the same thing in both.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from dashboard import pipeline

if TYPE_CHECKING:
    import pandas as pd

_DB_HELP = "store URL or SQLite path (default: $HOTSPOTS_DB, else the user data store)"
#: Columns of ``hotspots list`` as text, with their widths (the quote takes the rest).
_LIST_COLUMNS: tuple[tuple[str, int], ...] = (
    ("claim_id", 8),
    ("date", 10),
    ("outlet", 12),
    ("kind", 8),
    ("figure", 14),
    ("group", 18),
    ("places", 28),
)
_QUOTE_WIDTH = 60


def register(sub: Any) -> None:
    """Add the store subcommands to the ``hotspots`` parser."""
    p = sub.add_parser(
        "ingest",
        help="extract claims from articles and store them",
        description="Read articles (files, folders, - for stdin; .txt .md .html .htm .json "
        ".jsonl), extract their claims and store them. Exit 0 when everything landed, 2 when "
        "a file or line was rejected.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or - (stdin)")
    p.add_argument("--db", help=_DB_HELP)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date of the articles")
    p.add_argument("--outlet", metavar="NAME", help="news outlet, e.g. TASS")
    p.add_argument("--url", help="address of the article")
    p.set_defaults(handler=run_ingest)

    p = sub.add_parser("stats", help="count what the store holds")
    p.add_argument("--db", help=_DB_HELP)
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(handler=run_stats)

    p = sub.add_parser("list", help="print the claims that match the filters, one per row")
    p.add_argument("--db", help=_DB_HELP)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON array of claims")
    fmt.add_argument("--csv", action="store_true", help="CSV, one row per claim")
    pipeline.add_filter_arguments(p)
    p.set_defaults(handler=run_list)

    p = sub.add_parser("export", help="write the filtered claims as a map or data file")
    p.add_argument("--format", required=True, choices=pipeline.EXPORT_FORMATS)
    p.add_argument("--out", required=True, metavar="PATH", help="file to write")
    p.add_argument("--db", help=_DB_HELP)
    pipeline.add_filter_arguments(p)
    p.set_defaults(handler=run_export)


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest every article of the paths; name each rejected input on stderr."""
    meta = pipeline.Meta(date=args.date, outlet=args.outlet, url=args.url)
    if args.date:
        pipeline.check_date(args.date, "--date")
    sources, missing = pipeline.find_sources(args.paths)
    for item in missing:
        _warn(f"skipped {item}")
    engine = pipeline.open_for(args.db)
    try:
        report = pipeline.ingest(
            engine,
            sources,
            meta,
            progress=True,
            on_reject=lambda r: _warn(f"skipped {r}"),
            parallel=True,
        )
    finally:
        engine.dispose()
    report.rejected[:0] = missing
    print(report.summary(), file=sys.stderr)
    return report.exit_code


def run_stats(args: argparse.Namespace) -> int:
    """Print the store's counts."""
    from dashboard.store import stats
    from dashboard.store.engine import describe

    engine = pipeline.open_for(args.db)
    try:
        counts = stats(engine)
        where = describe(engine)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    print(f"store: {where}")
    for key, value in counts.items():
        print(f"{key + ':':<12} {'-' if value is None else value}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the filtered claims as text, JSON or CSV."""
    claims = _query(args)
    if args.csv:
        from dashboard.maps.exports import to_csv

        sys.stdout.write(to_csv(claims))
    elif args.json:
        print(json.dumps(_records(claims), indent=2, ensure_ascii=False))
    else:
        _print_table(pipeline.per_claim(claims))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the filtered claims to ``--out`` in ``--format``."""
    filters = pipeline.filters_from_args(args)
    claims = _query(args, filters)
    out = pipeline.export_file(claims, args.format, args.out, filters)
    n = int(claims["claim_id"].nunique())
    print(f"wrote {out} ({n} claim{'s' if n != 1 else ''})", file=sys.stderr)
    return 0


def _query(args: argparse.Namespace, filters: Any = None) -> pd.DataFrame:
    from dashboard.store import query_claims

    filters = filters or pipeline.filters_from_args(args)
    engine = pipeline.open_for(args.db)
    try:
        return query_claims(engine, filters)
    finally:
        engine.dispose()


def _records(claims: pd.DataFrame) -> list[dict[str, Any]]:
    """One JSON object per claim, its places as a list."""
    out: dict[int, dict[str, Any]] = {}
    place_cols = ("place_id", "place_kind", "place_name", "precision", "countries", "admin1")
    for row in claims.to_dict(orient="records"):
        row = {k: _plain(v) for k, v in row.items()}
        claim = out.get(row["claim_id"])
        if claim is None:
            claim = {k: v for k, v in row.items() if k not in place_cols}
            claim["places"] = []
            out[row["claim_id"]] = claim
        if row["place_id"] is not None:
            claim["places"].append(
                {
                    "id": row["place_id"],
                    "kind": row["place_kind"],
                    "name": row["place_name"],
                    "precision": row["precision"],
                    "countries": [c for c in (row["countries"] or "").split(",") if c],
                    "admin1": [c for c in (row["admin1"] or "").split(",") if c],
                }
            )
    return list(out.values())


def _plain(value: Any) -> Any:
    """pandas' NA and numpy scalars as JSON values."""
    import pandas as pd

    if value is None or (not isinstance(value, str | bool) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _print_table(rows: pd.DataFrame) -> None:
    if rows.empty:
        print("no claims match the filters", file=sys.stderr)
        return
    header = [name.ljust(width) for name, width in _LIST_COLUMNS] + ["quote"]
    print("  ".join(header).rstrip())
    for row in rows.to_dict(orient="records"):
        cells = {
            **row,
            "figure": row["number_text"] or "",
            "group": row["group_canonical"] or row["group"] or "",
        }
        line = [_cell(cells[name], width).ljust(width) for name, width in _LIST_COLUMNS]
        line.append(_cell(row["quote"], _QUOTE_WIDTH))
        print("  ".join(line))


def _cell(value: Any, width: int) -> str:
    """Printable text cut to ``width``: article text never moves the terminal's cursor."""
    text = "" if _plain(value) is None else str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _warn(message: str) -> None:
    from tqdm import tqdm

    tqdm.write(f"hotspots: {message}", file=sys.stderr)
