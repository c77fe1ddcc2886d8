"""Plain data passed between the geocoder, the extractor, the store and the maps.

Kept free of pandas, SQLAlchemy and Streamlit so every layer can import it cheaply.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PlaceKind = Literal["country", "admin1", "city", "border", "region"]
Role = Literal["location", "in-name"]
ClaimKind = Literal["estimate", "concern"]
Qualifier = Literal["exact", "approximate", "lower", "upper", "range", "vague"]
Modality = Literal["asserted", "projected", "conditional", "planned"]

#: Location precision codes (UCDP GED ``where_prec`` style), see docs and GUIDE.
PRECISION_LABELS: dict[int, str] = {
    1: "exact place",
    2: "within 25 km",
    3: "district",
    4: "province",
    5: "border line or part of country",
    6: "country or several countries",
    7: "international waters",
}


@dataclass(frozen=True, slots=True)
class Alternative:
    """A candidate a resolved place beat, kept so analysts can pick it instead."""

    id: str
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a stable geodata id plus what a map or table needs to show it.

    ``id`` is one of ``country:AF``, ``admin1:AF-BDS``, ``border:AF-TJ``,
    ``region:AF-north``, ``region:central-asia``, ``city:<geonameid>``.
    """

    id: str
    kind: PlaceKind
    name: str
    countries: tuple[str, ...]
    admin1: tuple[str, ...]
    precision: int
    lat: float
    lon: float
    bbox: tuple[float, float, float, float]
    geometry_type: str
    score: float = 1.0
    alternatives: tuple[Alternative, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``hotspots geocode --json``."""
        d = asdict(self)
        d["countries"] = list(self.countries)
        d["admin1"] = list(self.admin1)
        d["bbox"] = list(self.bbox)
        d["alternatives"] = [asdict(a) for a in self.alternatives]
        return d


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a text: the span, the place it resolved to, and its role."""

    place: Place
    text: str
    start: int
    end: int
    role: Role = "location"

    def to_dict(self) -> dict[str, Any]:
        """The place object plus ``text``, ``start``, ``end`` and ``role``."""
        d = self.place.to_dict()
        d.update(text=self.text, start=self.start, end=self.end, role=self.role)
        return d


@dataclass(slots=True)
class Claim:
    """One force estimate or hotspot statement; ``quote == text[start:end]``."""

    kind: ClaimKind
    quote: str
    start: int
    end: int
    number_low: int | None = None
    number_high: int | None = None
    number_text: str | None = None
    qualifier: Qualifier | None = None
    unit: str | None = None
    group: str | None = None
    group_canonical: str | None = None
    speaker: str | None = None
    modality: Modality = "asserted"
    places: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The claim object of ``hotspots extract --json``."""
        return {
            "kind": self.kind,
            "number_low": self.number_low,
            "number_high": self.number_high,
            "number_text": self.number_text,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "group": self.group,
            "group_canonical": self.group_canonical,
            "speaker": self.speaker,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "modality": self.modality,
            "places": [m.to_dict() for m in self.places],
        }


@dataclass(slots=True)
class Article:
    """A decoded article and its metadata; offsets in claims index ``text``."""

    text: str
    sha256: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO date "YYYY-MM-DD", or "--MM-DD" when only day-month is known
    date_precision: Literal["day", "day-month"] | None = None
    dateline: str | None = None
    url: str | None = None
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """The article object of ``hotspots extract --json`` (without the text)."""
        return {
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "date_precision": self.date_precision,
            "dateline": self.dateline,
            "url": self.url,
            "language": self.language,
            "sha256": self.sha256,
        }


#: Columns of the flat claims table (one row per claim and place) that the store's
#: queries return and the map builder, exports and app consume.
CLAIM_TABLE_COLUMNS: tuple[str, ...] = (
    "claim_id",  # int, store id of the claim
    "article_id",  # int
    "kind",  # "estimate" | "concern"
    "number_low",  # Int64 (nullable)
    "number_high",  # Int64 (nullable)
    "number_text",  # str | None, the figure as written
    "qualifier",  # Qualifier | None
    "unit",  # str | None ("gunmen", "fighters", ...)
    "group",  # str | None, as written
    "group_canonical",  # str | None
    "speaker",  # str | None
    "quote",  # str, exact sentence
    "modality",  # Modality
    "reviewed",  # bool, an analyst accepted or edited it
    "date",  # str | None, ISO date of the article
    "outlet",  # str | None
    "url",  # str | None
    "title",  # str | None
    "place_id",  # str | None ("admin1:AF-BDS"; None when the claim has no place)
    "place_kind",  # PlaceKind | None
    "place_name",  # str | None
    "precision",  # Int64 (nullable)
    "countries",  # str, ISO alpha-2 codes joined by ","
    "admin1",  # str, ISO 3166-2 codes joined by ","
)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the sidebar, the URL, the CLI flags and the tests all produce.

    Empty tuples and ``None`` mean "no restriction".
    """

    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    outlets: tuple[str, ...] = ()
    min_figure: int | None = None

    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return self == Filters()
