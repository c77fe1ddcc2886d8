"""What the ``hotspots`` commands and the dashboard both do, written once.

* Reading inputs: files, folders, ``-`` (stdin), uploads, and ``.jsonl`` batches, each
  article extracted on its own so one bad file or line is named and skipped while the
  rest land.
* Opening the store, seeding the default one with the bundled sample.
* Filters: the same :class:`~dashboard.model.Filters` from CLI flags, URL query
  parameters and the sidebar, and back to query parameters and a one-line summary.
* Views and exports: the claims table one row per claim, and the export files the
  ``export`` command writes and the dashboard offers for download.

Nothing here imports Streamlit; heavy modules (extraction, maps) load on first use.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dashboard.errors import HotspotsError, InputError
from dashboard.model import Article, Claim, Filters

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy import Engine

    from dashboard.store import SaveResult

# --- inputs ------------------------------------------------------------------------------

#: File types read from folders (and accepted as uploads).
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"
_JSONL_FIELDS = ("date", "outlet", "url", "title")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file on disk, or bytes already in hand (stdin, an upload)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def read(self) -> bytes:
        """The raw bytes; OSError when the file cannot be read."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata the user gives for a batch; a ``.jsonl`` line's own fields win over it."""

    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read and extracted, ready to save; ``label`` names it in messages."""

    label: str
    article: Article
    claims: list[Claim]


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that was skipped, and why (one line the user can act on)."""

    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, per article and per rejected input."""

    saved: list[tuple[str, SaveResult]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def created(self) -> int:
        """Articles new to the store."""
        return sum(r.created for _, r in self.saved)

    @property
    def updated(self) -> int:
        """Articles already stored whose metadata or claims changed."""
        return sum(not r.created and r.changed for _, r in self.saved)

    @property
    def unchanged(self) -> int:
        """Articles already stored exactly as they are now."""
        return sum(not r.created and not r.changed for _, r in self.saved)

    @property
    def claims(self) -> int:
        """Claims in the saved articles."""
        return sum(r.claims for _, r in self.saved)

    @property
    def exit_code(self) -> int:
        """0 when everything landed, 2 when something was rejected."""
        return 2 if self.rejected else 0

    def summary(self) -> str:
        """One line for the end of ``hotspots ingest``."""
        parts = [
            f"{len(self.saved)} article{'s' if len(self.saved) != 1 else ''} landed "
            f"({self.created} new, {self.updated} updated, {self.unchanged} unchanged; "
            f"{self.claims} claim{'s' if self.claims != 1 else ''})"
        ]
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejected")
        return ", ".join(parts)


def find_sources(
    paths: Sequence[str], *, stdin: IO[bytes] | None = None
) -> tuple[list[Source], list[Rejected]]:
    """Expand files, folders (recursively, :data:`SUFFIXES` only) and ``-`` into sources.

    Paths that do not exist, and folders without any article file, are rejected with a
    reason rather than stopping the batch.
    """
    sources: list[Source] = []
    rejected: list[Rejected] = []
    seen: set[Path] = set()
    for raw in paths:
        if raw == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            sources.append(Source("<stdin>", data=stream.read()))
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not found:
                rejected.append(
                    Rejected(raw, f"no article files in this folder ({', '.join(SUFFIXES)})")
                )
            files = found
        elif path.is_file():
            files = [path]
        else:
            rejected.append(Rejected(raw, "no such file or folder; check the path"))
            continue
        for p in files:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                sources.append(Source(str(p), path=p))
    return sources, rejected


#: One article to extract: (label, data, filename, meta).
Job = tuple[str, "bytes | str", "str | None", Meta]


def prepare(source: Source, meta: Meta = Meta()) -> Iterator[Prepared | Rejected]:
    """Read and extract every article of ``source`` (one, or one per ``.jsonl`` line)."""
    for job in jobs(source, meta):
        yield job if isinstance(job, Rejected) else run_job(job)


def run_job(job: Job) -> Prepared | Rejected:
    """Extract one article (also the unit of work of parallel ingest)."""
    return _extract_one(*job)


def jobs(source: Source, meta: Meta = Meta()) -> Iterator[Job | Rejected]:
    """The articles of ``source`` to extract, without extracting them yet."""
    try:
        data = source.read()
    except OSError as exc:
        yield Rejected(source.name, f"cannot read the file ({exc.strerror or exc})")
        return
    if not data.strip():
        yield Rejected(source.name, "the file is empty")
        return
    if source.name.lower().endswith(".jsonl"):
        yield from _jsonl_jobs(source.name, data, meta)
        return
    yield (source.name, data, source.name, meta)


def _jsonl_jobs(name: str, data: bytes, meta: Meta) -> Iterator[Job | Rejected]:
    from dashboard.extract.reader import decode_bytes

    try:
        text = decode_bytes(data)
    except HotspotsError as exc:
        yield Rejected(name, str(exc))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        record = _jsonl_record(line)
        if isinstance(record, str):
            yield Rejected(label, record)
            continue
        body, fields = record
        line_meta = Meta(**{k: fields.get(k) or getattr(meta, k) for k in _JSONL_FIELDS})
        yield (label, body, None, line_meta)


def _jsonl_record(line: str) -> tuple[str, dict[str, str]] | str:
    """(text, fields) of one ``.jsonl`` line, or the reason it cannot be used."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
    if not isinstance(obj, dict):
        return 'each line must be a JSON object like {"text": "...", "date": "2017-02-09"}'
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return 'the line has no "text" string; put the article text in "text"'
    fields: dict[str, str] = {}
    for key in _JSONL_FIELDS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return f'"{key}" must be a string, not {type(value).__name__}'
        fields[key] = value.strip()
    return body, fields


def _extract_one(
    label: str, data: bytes | str, filename: str | None, meta: Meta
) -> Prepared | Rejected:
    from dashboard.extract.claims import extract

    try:
        article, claims = extract(
            data,
            filename=filename,
            date=meta.date or None,
            outlet=meta.outlet or None,
            url=meta.url or None,
            title=meta.title or None,
        )
    except HotspotsError as exc:
        return Rejected(label, str(exc))
    if not article.text.strip():
        return Rejected(label, "no article text left after removing markup")
    return Prepared(label, article, claims)


def ingest(
    engine: Engine,
    sources: Sequence[Source],
    meta: Meta = Meta(),
    *,
    progress: bool = False,
    on_reject: Callable[[Rejected], None] | None = None,
    parallel: bool = False,
) -> IngestReport:
    """Extract and save every article of ``sources``, each in its own transaction.

    An article lands with all its claims or not at all; a rejected file or line is
    reported through ``on_reject`` and skipped. ``progress`` shows a bar on stderr when
    there is more than one file. ``parallel`` extracts big batches on every core (the
    command line does; a server process should not fork).
    """
    from tqdm import tqdm

    from dashboard.store import save_article

    report = IngestReport()
    bar = tqdm(
        total=len(sources),
        unit="file",
        file=sys.stderr,
        disable=not progress or len(sources) <= 1,
        leave=False,
    )

    def reject(item: Rejected) -> None:
        report.rejected.append(item)
        if on_reject is not None:
            on_reject(item)

    from dashboard.parallel import extracted

    # every article of every source, with a marker after each source for the progress bar
    work: list[Job | Rejected | None] = []
    for source in sources:
        work.extend(jobs(source, meta))
        work.append(None)
    try:
        stream = (
            extracted(work, run_job)
            if parallel
            else (run_job(x) if isinstance(x, tuple) else x for x in work)
        )
        for item in stream:
            if item is None:
                bar.update(1)
                continue
            if isinstance(item, Rejected):
                reject(item)
                continue
            try:
                result = save_article(engine, item.article, item.claims)
            except InputError as exc:  # the extraction broke a store rule: skip it
                reject(Rejected(item.label, str(exc)))
                continue
            report.saved.append((item.label, result))
    finally:
        bar.close()
    return report


# --- the store ---------------------------------------------------------------------------

SAMPLE_FILE = Path(__file__).parent / "data" / "sample" / "tass-2017-02-09-kabulov-afghanistan.txt"
SAMPLE_DATE = "2017-02-09"
SAMPLE_OUTLET = "TASS"


def load_sample() -> tuple[Article, list[Claim]]:
    """The bundled sample article (TASS, 9 February 2017) and its claims."""
    from dashboard.extract.claims import extract

    return extract(
        SAMPLE_FILE.read_bytes(),
        filename=SAMPLE_FILE.name,
        date=SAMPLE_DATE,
        outlet=SAMPLE_OUTLET,
    )


def open_for(url: str | None) -> Engine:
    """Open (create, upgrade) the store ``url``; the default store gets the sample once."""
    from dashboard.store import is_default_store, open_store, seed_if_empty

    engine = open_store(url)
    if is_default_store(url):
        seed_if_empty(engine, load_sample)
    return engine


# --- filters -----------------------------------------------------------------------------

#: Query parameters the dashboard reads and writes (lists are comma-separated).
QUERY_KEYS: tuple[str, ...] = ("country", "admin1", "group", "kind", "since", "until", "outlet")
#: Extra parameter for the minimum figure, so a copied link keeps it too.
MIN_FIGURE_KEY = "min"
KINDS: tuple[str, ...] = ("estimate", "concern")
_COUNTRY = re.compile(r"[A-Z]{2}")
_ADMIN1 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,4}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filter flags shared by ``list`` and ``export``."""
    g = parser.add_argument_group("filters (combine with AND; repeated values with OR)")
    g.add_argument("--country", action="append", metavar="CC", help="ISO country code, e.g. AF")
    g.add_argument("--admin1", action="append", metavar="CODE", help="province, e.g. AF-BDS")
    g.add_argument("--group", action="append", metavar="NAME", help="armed group, e.g. Taliban")
    g.add_argument("--kind", action="append", metavar="KIND", help="estimate or concern")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="articles dated on or after")
    g.add_argument("--until", metavar="YYYY-MM-DD", help="articles dated on or before")
    g.add_argument("--outlet", action="append", metavar="NAME", help="news outlet, e.g. TASS")
    g.add_argument("--min-figure", type=int, metavar="N", help="largest figure at least N")


def filters_from_args(args: argparse.Namespace) -> Filters:
    """CLI flags → Filters; InputError naming the flag when a value is malformed."""
    min_figure = getattr(args, "min_figure", None)
    if min_figure is not None and min_figure < 0:
        raise InputError("--min-figure must be 0 or more")
    return make_filters(
        countries=args.country or (),
        admin1=args.admin1 or (),
        groups=args.group or (),
        kinds=args.kind or (),
        since=args.since,
        until=args.until,
        outlets=args.outlet or (),
        min_figure=min_figure,
    )


def make_filters(
    *,
    countries: Iterable[str] = (),
    admin1: Iterable[str] = (),
    groups: Iterable[str] = (),
    kinds: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    outlets: Iterable[str] = (),
    min_figure: int | None = None,
) -> Filters:
    """Check and normalise filter values (codes upper-cased, lists split on commas)."""
    country_codes = _codes(countries, _COUNTRY, "country", "an ISO 3166-1 code such as AF")
    admin1_codes = _codes(admin1, _ADMIN1, "admin1", "an ISO 3166-2 code such as AF-BDS")
    kind_values = tuple(k.lower() for k in _split(kinds))
    bad = [k for k in kind_values if k not in KINDS]
    if bad:
        raise InputError(f"unknown kind {bad[0]!r}: use estimate or concern")
    since = check_date(since, "since") if since else None
    until = check_date(until, "until") if until else None
    if since and until and _bound(since, end=False) > _bound(until, end=True):
        raise InputError(f"since ({since}) is after until ({until}); swap them")
    return Filters(
        countries=country_codes,
        admin1=admin1_codes,
        groups=_split(groups),
        kinds=tuple(dict.fromkeys(kind_values)),
        since=since,
        until=until,
        outlets=_split(outlets),
        min_figure=min_figure,
    )


def _split(values: Iterable[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for value in values:
        for part in str(value).split(","):
            if part.strip():
                out[part.strip()] = None
    return tuple(out)


def _codes(
    values: Iterable[str], pattern: re.Pattern[str], name: str, hint: str
) -> tuple[str, ...]:
    codes = tuple(c.upper() for c in _split(values))
    for code in codes:
        if not pattern.fullmatch(code):
            raise InputError(f"{name} {code!r} is not a code: give {hint}")
    return codes


def check_date(value: str, name: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (a real date); InputError otherwise."""
    value = value.strip()
    m = _DATE.fullmatch(value)
    ok = m is not None
    if m is not None:
        month, day = int(m[2] or 1), int(m[3] or 1)
        ok = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(int(m[1]), month)[1]
    if not ok:
        raise InputError(f"{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2017-02-09")
    return value


def _bound(value: str, *, end: bool) -> str:
    m = _DATE.fullmatch(value)
    assert m is not None
    year, month = int(m[1]), int(m[2] or (12 if end else 1))
    day = int(m[3]) if m[3] else (calendar.monthrange(year, month)[1] if end else 1)
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_query(params: Mapping[str, str | list[str]]) -> tuple[Filters, list[str]]:
    """URL query parameters → Filters, dropping (and describing) values that are invalid.

    A shared link with a typo should still open, so nothing here raises.
    """
    problems: list[str] = []
    values: dict[str, Any] = {}

    def get(key: str) -> list[str]:
        raw = params.get(key)
        if raw is None:
            return []
        items = [raw] if isinstance(raw, str) else list(raw)
        return list(_split(items))

    for key, arg in (
        ("country", "countries"),
        ("admin1", "admin1"),
        ("group", "groups"),
        ("kind", "kinds"),
        ("outlet", "outlets"),
    ):
        good = []
        for item in get(key):
            try:
                make_filters(**{arg: [item]})  # type: ignore[arg-type]
            except InputError as exc:
                problems.append(str(exc))
            else:
                good.append(item)
        values[arg] = good
    for key in ("since", "until"):
        items = get(key)
        if items:
            try:
                values[key] = check_date(items[0], key)
            except InputError as exc:
                problems.append(str(exc))
    minimum = get(MIN_FIGURE_KEY)
    if minimum:
        if minimum[0].isdigit():
            values["min_figure"] = int(minimum[0])
        else:
            problems.append(f"min {minimum[0]!r} is not a whole number")
    try:
        return make_filters(**values), problems
    except InputError as exc:  # since after until
        problems.append(str(exc))
        values.pop("until", None)
        return make_filters(**values), problems


def to_query(filters: Filters) -> dict[str, str]:
    """Filters → query parameters (comma-separated lists); empty filters are left out."""
    out = {
        "country": ",".join(filters.countries),
        "admin1": ",".join(filters.admin1),
        "group": ",".join(filters.groups),
        "kind": ",".join(filters.kinds),
        "since": filters.since or "",
        "until": filters.until or "",
        "outlet": ",".join(filters.outlets),
        MIN_FIGURE_KEY: "" if filters.min_figure is None else str(filters.min_figure),
    }
    return {k: v for k, v in out.items() if v}


def describe(filters: Filters) -> str:
    """A one-line summary of the filters for map titles, exports and captions."""
    if filters.is_empty():
        return "All claims"
    parts = []
    if filters.countries:
        parts.append("countries " + ", ".join(filters.countries))
    if filters.admin1:
        parts.append("provinces " + ", ".join(filters.admin1))
    if filters.groups:
        parts.append("groups " + ", ".join(filters.groups))
    if filters.kinds:
        parts.append(" and ".join(k + "s" for k in filters.kinds) + " only")
    if filters.since or filters.until:
        parts.append(f"dated {filters.since or '…'} to {filters.until or '…'}")
    if filters.outlets:
        parts.append("outlets " + ", ".join(filters.outlets))
    if filters.min_figure is not None:
        parts.append(f"figures ≥ {filters.min_figure:,}")
    return "; ".join(parts)


def with_place(filters: Filters, place_id: str) -> Filters:
    """Filters narrowed to a clicked map place, when the place maps onto a filter.

    A province adds its code to ``admin1``; a country its code to ``countries``. Other
    places (borders, regions, towns) return the filters unchanged: see :func:`focus`.
    """
    kind, _, ref = place_id.partition(":")
    if kind == "admin1" and ref not in filters.admin1:
        return replace(filters, admin1=(*filters.admin1, ref))
    if kind == "country" and ref not in filters.countries:
        return replace(filters, countries=(*filters.countries, ref))
    return filters


def focus(claims: pd.DataFrame, place_id: str | None) -> pd.DataFrame:
    """Only the claims that name ``place_id`` (all their place rows kept)."""
    if not place_id:
        return claims
    ids = claims.loc[claims["place_id"] == place_id, "claim_id"].unique()
    return claims[claims["claim_id"].isin(ids)]


# --- views and exports -------------------------------------------------------------------

EXPORT_FORMATS: tuple[str, ...] = ("html", "png", "geojson", "csv", "gpkg")
MIME_TYPES: dict[str, str] = {
    "html": "text/html",
    "png": "image/png",
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "gpkg": "application/geopackage+sqlite3",
}
TITLE = "Hotspot Atlas"


def per_claim(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim: place names and ids joined with "; ", their codes merged.

    Keeps the order of the input (the store orders by claim id). Most claims name one
    place, so only the rows of claims with several are joined, in one pass: 100,000
    claims take a fraction of a second.
    """
    place_cols = ["place_id", "place_kind", "place_name", "precision"]
    first = claims.drop_duplicates("claim_id").drop(columns=place_cols)
    first = first.assign(
        places=claims.loc[first.index, "place_name"].fillna("").to_numpy(),
        place_ids=claims.loc[first.index, "place_id"].fillna("").to_numpy(),
    )
    multi = claims[claims["claim_id"].duplicated(keep=False)]
    if multi.empty:
        return first.reset_index(drop=True)
    joined = _join_places(multi)
    at = first["claim_id"].isin(joined.index)
    for col in ("places", "place_ids", "countries", "admin1"):
        first.loc[at, col] = first.loc[at, "claim_id"].map(joined[col]).to_numpy()
    return first.reset_index(drop=True)


def _join_places(rows: pd.DataFrame) -> pd.DataFrame:
    """Per claim id (rows of claims that name several places): joined names, ids, codes."""
    import pandas as pd

    out: dict[int, tuple[str, str, str, str]] = {}
    acc: dict[int, tuple[list[str], list[str], set[str], set[str]]] = {}
    for cid, name, pid, countries, admin1 in zip(
        rows["claim_id"],
        rows["place_name"],
        rows["place_id"],
        rows["countries"],
        rows["admin1"],
        strict=True,
    ):
        names, ids, cc, a1 = acc.setdefault(int(cid), ([], [], set(), set()))
        if name:
            names.append(str(name))
        if pid:
            ids.append(str(pid))
        cc.update(c for c in (countries or "").split(",") if c)
        a1.update(c for c in (admin1 or "").split(",") if c)
    for cid, (names, ids, cc, a1) in acc.items():
        out[cid] = ("; ".join(names), "; ".join(ids), ",".join(sorted(cc)), ",".join(sorted(a1)))
    return pd.DataFrame.from_dict(
        out, orient="index", columns=["places", "place_ids", "countries", "admin1"]
    )


def export_options(fmt: str, filters: Filters) -> dict[str, Any]:
    """Title and filter summary for the formats that draw a map."""
    if fmt in ("html", "png"):
        return {"title": TITLE, "filters_summary": describe(filters)}
    return {}


def export_file(claims: pd.DataFrame, fmt: str, out: str | Path, filters: Filters) -> Path:
    """Write the view as ``fmt`` to ``out`` (what ``hotspots export`` does)."""
    from dashboard.maps import exports

    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return exports.export(claims, fmt, out, **export_options(fmt, filters))


def export_bytes(claims: pd.DataFrame, fmt: str, filters: Filters) -> bytes:
    """The export file's bytes, for a download button (same code as :func:`export_file`)."""
    with tempfile.TemporaryDirectory(prefix="hotspots-export-") as tmp:
        path = export_file(claims, fmt, Path(tmp) / f"hotspots.{fmt}", filters)
        return path.read_bytes()
