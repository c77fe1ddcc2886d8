"""The name index: folded name → candidate places, and Place objects for a candidate.

The heavy part (folding 550k names) is done by geodata/build.py into gazetteer.parquet;
here we only turn sorted arrays into a dict of key → slice, which takes a fraction of a
second.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from dashboard.errors import GeodataError
from dashboard.geo import data, features, landmarks, regions
from dashboard.geo.names import fold
from dashboard.model import Place, PlaceKind

#: Kind in the index → how the geocoder treats it.
KINDS = ("country", "demonym", "admin1", "city", "region")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to read a name: a country, a province, a town or a region."""

    kind: str  # one of KINDS
    ref: str  # alpha-2 code, ISO 3166-2 code, geonameid or region key
    country: str  # alpha-2 ("" for multi-country regions)
    population: int = 0
    admin1: str = ""  # the province a town lies in (the province itself for admin1)
    alt: bool = False  # matched through an alternate name, not the main one
    #: The stable id of the place this candidate stands for (set once: resolution reads it
    #: for every candidate of every name).
    place_id: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        kind = "country" if self.kind == "demonym" else self.kind
        object.__setattr__(self, "place_id", f"{kind}:{self.ref}")


#: The index columns with few distinct values, read as dictionary codes.
_CODED = ("kind", "country", "admin1")


#: struct formats of the Arrow types the index holds (bools are read as bytes, see _view)
_FORMATS: dict[str, Any] = {"int32": "i", "int64": "q", "float": "f", "double": "d", "bool": "?"}


def _view(array: pa.Array) -> Any:
    """The values of a number or bool array without nulls as a memoryview, whose items index
    as Python ints, floats or bools (typed Any, as the item type follows the array's).

    Read straight from the array's buffers: ``Array.to_numpy`` imports pandas on first use,
    a third of the geocoder's start-up."""
    kind = str(array.type)
    if kind == "bool":  # one bit a value: widened to one byte (0 or 1), read as a bool
        array = pc.cast(array, pa.uint8())
    size = array.type.bit_width // 8
    start, stop = array.offset * size, (array.offset + len(array)) * size
    return memoryview(array.buffers()[1])[start:stop].cast(_FORMATS[kind])


class Gazetteer:
    """All names of the bundled layers, looked up by folded key."""

    def __init__(self) -> None:
        path = data.geodata_dir() / "gazetteer.parquet"
        if not path.exists():
            raise GeodataError(f"{path} is missing; restore geodata/ from a full checkout")
        try:
            # the few-valued columns come as dictionary codes: a name's rows are then read
            # from memoryviews, a third of the cost of converting Arrow slices
            self._table = data.read_columns(path, read_dictionary=list(_CODED))
        except Exception as exc:  # truncated or half-written file
            raise GeodataError(
                f"cannot read {path}: {exc}; restore it with `git checkout`"
            ) from exc
        # keys are sorted, so each key is one run of rows: run-end encoding finds the runs in C
        runs = pc.run_end_encode(self._table.column("key").combine_chunks())
        self._sorted_keys: list[str] = runs.values.to_pylist()
        # the first word and the first two words of the longer keys: whether a one- or
        # two-word key starts a longer name is asked of most capitalised words of a new
        # article, and a set answers it without bisecting half a million keys (several
        # microseconds each, most of it cache misses). Found by RE2 in C, ~0.1 s of the load.
        many = runs.values.filter(pc.match_substring(runs.values, " "))
        longer = many.filter(pc.match_substring_regex(many, "^[^ ]* [^ ]* "))
        self._starts: set[str] = set()
        for keys, words in ((many, "[^ ]*"), (longer, "[^ ]* [^ ]*")):  # every key matches
            starts = pc.extract_regex(keys, f"^(?P<start>{words}) ").field("start")
            self._starts.update(starts.to_pylist())
        # a key's run is found by bisection (once per name: rows are memoised) and whether a
        # key exists by a set: a dict of half a million keys to their runs took three times
        # as long to build, a fifth of the load time
        self._key_set = frozenset(self._sorted_keys)
        self._ends: Sequence[int] = _view(runs.run_ends)
        self._rows = lru_cache(maxsize=200_000)(self._read_rows)
        # a new article brings many new names, each read here once. Memoryviews over the
        # columns hand out Python ints, floats and bools at a few tens of nanoseconds an item
        # (numpy scalars and Arrow slices cost ten times more): the coded columns as codes
        # plus their few values, the numbers as they are, the place ids as UTF-8 bytes and
        # their offsets.
        self._codes: list[tuple[memoryview, list[str]]] = []
        for name in _CODED:
            coded = self._table.column(name).combine_chunks()
            self._codes.append((_view(coded.indices), coded.dictionary.to_pylist()))
        self._pops: Sequence[int]
        self._alts: Sequence[bool]
        self._zipfs: Sequence[float]
        self._persons: Sequence[bool]
        self._pops, self._alts, self._zipfs, self._persons = (
            _view(self._table.column(name).combine_chunks())
            for name in ("population", "alt", "zipf", "person")
        )
        refs = self._table.column("ref").combine_chunks()
        offsets = memoryview(refs.buffers()[1]).cast("q")
        self._ref_offsets = offsets[refs.offset : refs.offset + len(refs) + 1]
        self._ref_bytes = memoryview(refs.buffers()[2])
        self._prefixes: set[str] = set()  # prefixes of the curated aliases
        self._continues: dict[str, bool] = {}
        self._extra: dict[str, list[Candidate]] = {}
        for name, key in regions.region_names().items():
            reg = regions.region(key)
            # a region inside one country (Puntland, Sinai) speaks for that country
            home = reg.countries[0] if reg is not None and len(reg.countries) == 1 else ""
            self.add_alias(name, Candidate("region", key, home))
        self.max_words = 6

    def _read_rows(self, key: str) -> tuple[tuple[Candidate, ...], float, bool]:
        """The index rows of one key: its candidates, word frequency and person flag."""
        run = self.run_of(key)
        if run is None:
            return (), 0.0, False
        start = self._ends[run - 1] if run else 0
        size = self._ends[run] - start
        (kind_codes, kinds), (country_codes, countries), (adm_codes, adms) = self._codes
        offsets, data, pops, alts = self._ref_offsets, self._ref_bytes, self._pops, self._alts
        cands = tuple(
            Candidate(
                kinds[kind_codes[i]],
                str(data[offsets[i] : offsets[i + 1]], "utf-8"),
                countries[country_codes[i]],
                pops[i],
                adms[adm_codes[i]],
                alts[i],
            )
            for i in range(start, start + size)
        )
        return cands, self._zipfs[start], self._persons[start]

    def lookup(self, key: str) -> list[Candidate]:
        """Every place a folded name may stand for."""
        found = [*self._extra.get(key, ()), *self._rows(key)[0]]
        misleading = MISLEADING.get(key)
        if misleading:
            found = [c for c in found if c.place_id not in misleading]
        return _own_name_first(found)

    def is_region_name(self, key: str) -> bool:
        """True for curated names (regions, landmarks, aliases), which may end in a
        lower-case word ("Lake Chad basin", "Nuba mountains", "Sambisa forest")."""
        return key in self._extra

    def zipf(self, key: str) -> float:
        """How common the name is as an English word (Zipf scale; 0 for multi-word names)."""
        return self._rows(key)[1]

    def is_person_name(self, key: str) -> bool:
        """True for common first names and surnames (US Census lists)."""
        return self._rows(key)[2]

    def run_of(self, key: str) -> int | None:
        """The index of the run of rows a key has (keys are sorted), or None."""
        if key not in self._key_set:
            return None
        return bisect.bisect_left(self._sorted_keys, key)

    def __contains__(self, key: str) -> bool:
        return key in self._key_set or key in self._extra

    def add_alias(self, name: str, candidate: Candidate) -> None:
        """Extra names (curated aliases such as "GBAO" for Gorno-Badakhshan)."""
        key = fold(name)
        self._extra.setdefault(key, []).append(candidate)
        parts = key.split(" ")
        for n in range(1, len(parts)):
            self._prefixes.add(" ".join(parts[:n]))
        for n in range(1, min(3, len(parts))):
            self._starts.add(" ".join(parts[:n]))

    def may_continue(self, key: str) -> bool:
        """True when some longer name starts with these words (memoised: the index is fixed)."""
        if key.count(" ") < 2:  # one or two words: some longer key starts with them
            return key in self._starts
        known = self._continues.get(key)
        if known is None:
            probe = key + " "
            i = bisect.bisect_left(self._sorted_keys, probe)
            known = key in self._prefixes or (
                i < len(self._sorted_keys) and self._sorted_keys[i].startswith(probe)
            )
            if len(self._continues) < 200_000:
                self._continues[key] = known
        return known


def _own_name_first(found: list[Candidate]) -> list[Candidate]:
    """Drop the provinces a name is only an old or alternate name of, when it is the own name
    of another province of the same country: Natural Earth keeps a split province's name on
    its offshoots ("Kouilou" on Pointe-Noire, "West Darfur" on Central Darfur, "Ouaddaï" on
    Sila), and news means the province that bears it now."""
    if len(found) < 2:
        return found
    own = {c.ref for c in found if c.kind == "admin1" and not c.alt}
    if not own:
        return found
    owned = {c.country for c in found if c.kind == "admin1" and not c.alt}
    return [
        c
        for c in found
        if not (c.kind == "admin1" and c.alt and c.country in owned) or c.ref in own
    ]


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once)."""
    gaz = Gazetteer()
    curated = ALIASES | SUCCESSORS | landmarks.LANDMARKS | landmarks.NEWER_DIVISIONS
    for alias, place_id in (curated | ABBREVIATIONS).items():
        kind, _, ref = place_id.partition(":")
        known = features.feature(place_id)
        where = known.place if known is not None else None
        country = where.countries[0] if where is not None and len(where.countries) == 1 else ""
        adm = where.admin1[0] if where is not None and len(where.admin1) == 1 else ""
        pop = 0  # a town's alias weighs what the town does ("Kyaukphyu" for Kyaukpyu)
        if kind == "city" and where is not None:
            same = (c for c in gaz.lookup(fold(where.name)) if c.kind == "city" and c.ref == ref)
            pop = next((c.population for c in same), 0)
        gaz.add_alias(alias, Candidate(kind, ref, country, pop, adm))
    return gaz


#: Names a source gives a feature that news never means by them: Natural Earth calls a
#: small disputed area near the Siachen glacier "Kashmir", while "Kashmir" in the news is
#: the Indian- or Pakistani-administered region (context decides between the two).
MISLEADING: dict[str, frozenset[str]] = {
    "kashmir": frozenset({"admin1:IN-KAS00"}),
    # Iceland's own name, and an English word ("Negros Island", "the island of Samar")
    "island": frozenset({"country:IS"}),
    # an alternate spelling GeoNames gives Mombasa; news means the Ituri town
    "mambasa": frozenset({"city:186301"}),
    # Natural Earth keeps West Kordofan's name on South Kordofan, which took most of it from
    # 2005 to 2013; restored since, it is not South Kordofan alone (see ALIASES)
    "west kordofan": frozenset({"admin1:SD-KS"}),
    # an old alternate name of Papua New Guinea's in the sources; news means the island and
    # autonomous region (North Solomons)
    "bougainville": frozenset({"country:PG"}),
}

#: Curated aliases news uses that the sources lack (facts; each checked on the map).
ALIASES: dict[str, str] = {
    "Kashmir": "admin1:IN-JK",
    "Kashmir Valley": "admin1:IN-JK",
    "Palmyra": "city:163808",  # GeoNames: Tadmur, Homs governorate
    "Jisr al-Shughur": "city:169023",
    "Jisr al-Shugur": "city:169023",
    "Democratic Republic of Congo": "country:CD",
    "Burkina": "country:BF",  # the short form wire copy uses ("jihadists from Burkina")
    # restored in 2013 from parts of North and South Kordofan (El Fula, Babanusa from the
    # south; En Nahud from the north), which the bundled boundaries still hold: the Kordofan
    # region contains it
    "West Kordofan": "region:kordofan",
    "West Kordofan state": "region:kordofan",
    "Galgaduud": "admin1:SO-GA",  # a common spelling of Galguduud (UN OCHA writes both)
    "Upper Volta": "country:BF",  # its name until 1984 (not Ghana's Volta region)
    # UN SC resolution 1701: the area between the Blue Line and the Litani River, which is
    # southern Lebanon's two governorates (South and Nabatieh)
    "Litani River": "region:LB-south",
    "Litani": "region:LB-south",
    # a subregion news names on its own, resolved to the province containing it
    "Catatumbo": "admin1:CO-NSA",
    "Kyaukphyu": "city:1316752",  # GeoNames spells it Kyaukpyu
    "Panjsher": "admin1:AF-PAN",
    "Kech": "admin1:PK-BA",
    "Panjgur": "admin1:PK-BA",
    "Deir Ezzor": "admin1:SY-DY",
    "Badakhshan": "admin1:TJ-GB",  # Tajik Badakhshan; context decides against AF-BDS
    "GBAO": "admin1:TJ-GB",
    "Pamir": "admin1:TJ-GB",
    "Khatlon": "admin1:TJ-KT",
    "Sughd": "admin1:TJ-SU",
    "Waziristan": "admin1:PK-TA",
    # the other agencies of the former FATA (merged into Khyber Pakhtunkhwa in 2018; the
    # bundled boundaries still draw FATA): each lies inside PK-TA
    "Bajaur": "admin1:PK-TA",
    "Mohmand": "admin1:PK-TA",
    "Kurram": "admin1:PK-TA",
    "Orakzai": "admin1:PK-TA",
    "North Waziristan": "admin1:PK-TA",
    "South Waziristan": "admin1:PK-TA",
    "Khyber Pakhtunkhwa": "admin1:PK-KP",
    "KP": "admin1:PK-KP",
    "Kurdistan Region": "region:kurdistan-region",
    "Borno State": "admin1:NG-BO",
    "Deir ez-Zor": "admin1:SY-DY",
    "Deir ez-Zor province": "admin1:SY-DY",
    "Deir al-Zour": "admin1:SY-DY",
    "Raqqa": "admin1:SY-RA",
    "Hasakah": "admin1:SY-HA",
    "Daraa": "admin1:SY-DR",
    "Anbar": "admin1:IQ-AN",
    "Nineveh": "admin1:IQ-NI",
    "Salahuddin": "admin1:IQ-SD",
    "Kirkuk": "admin1:IQ-TS",
    "Lower Shabelle": "admin1:SO-SH",
    "Middle Shabelle": "admin1:SO-SD",
    "Lower Juba": "admin1:SO-JH",
    "Middle Juba": "admin1:SO-JD",
    "Far North Region": "admin1:CM-EN",
    "Tillaberi": "admin1:NE-6",
    "Daykundi": "admin1:AF-DAY",
    # wire spellings of Yemen's Red Sea coast (GeoNames: Al Ḩudaydah, Mocha)
    "Hodeidah": "city:79415",
    "Hodeida": "city:79415",
    "Hodeidah province": "admin1:YE-HU",
    "Hodeidah governorate": "admin1:YE-HU",
    "Mokha": "city:78751",
    "Sistan-Baluchestan": "admin1:IR-11",
    "Jenin": "city:283506",  # GeoNames: Janīn
    "Sistan-Balochistan": "admin1:IR-11",
}
#: Divisions newer than the bundled Natural Earth boundaries, resolved to the bundled
#: division that contains them (a coarser but true answer): DR Congo's 26 provinces of
#: 2015 (Constitution of 2006, art. 2) inside the 11 earlier ones; Mali's Ménaka and
#: Taoudénit regions (2016) inside Gao and Timbuktu; the Sambisa Forest inside Borno;
#: Kenya's counties (Constitution of Kenya 2010, First Schedule) inside the eight former
#: provinces, for the counties no town is named after (the others are read as their seat
#: town, and "X County" as the town's province); Côte d'Ivoire's regions of 2011 (decree
#: 2011-263) inside the bundled regions they were carved from, where one holds all of it
#: (Wikipedia: Regions of Ivory Coast; Agnéby-Tiassa, La Mé and Guémon straddle two);
#: Papua New Guinea's Hela and Jiwaka provinces (2012) inside the Southern and Western
#: Highlands (Wikipedia: Hela Province, Jiwaka Province); Algeria's wilaya of Bordj Badji
#: Mokhtar (Law 19-12 of 2019) inside Adrar.
SUCCESSORS: dict[str, str] = {
    **dict.fromkeys(("Hela", "Hela Province", "Hela province"), "admin1:PG-SHM"),
    **dict.fromkeys(("Jiwaka", "Jiwaka Province", "Jiwaka province"), "admin1:PG-WHM"),
    **dict.fromkeys(("Bordj Badji Mokhtar", "Bordj Badji Mokhtar province"), "admin1:DZ-01"),
    **dict.fromkeys(("Bounkani", "Gontougo"), "admin1:CI-08"),
    **dict.fromkeys(("Tchologo", "Bagoué", "Bagoue"), "admin1:CI-03"),
    **dict.fromkeys(("Folon", "Kabadougou"), "admin1:CI-10"),
    **dict.fromkeys(("Gbêkê", "Gbeke", "Hambol"), "admin1:CI-04"),
    **dict.fromkeys(("Iffou", "N'Zi", "N’Zi"), "admin1:CI-11"),
    **dict.fromkeys(("Indénié-Djuablin", "Indenie-Djuablin"), "admin1:CI-05"),
    **dict.fromkeys(("Grands-Ponts", "Grands Ponts"), "admin1:CI-01"),
    **dict.fromkeys(("Lôh-Djiboua", "Loh-Djiboua"), "admin1:CI-15"),
    **dict.fromkeys(("Gbôklé", "Gbokle"), "admin1:CI-09"),
    "Tonkpi": "admin1:CI-06",
    "Béré": "admin1:CI-14",
    **dict.fromkeys(("Tana River", "Taita-Taveta", "Taita Taveta"), "admin1:KE-300"),
    **dict.fromkeys(("Tharaka-Nithi", "Tharaka Nithi"), "admin1:KE-400"),
    **dict.fromkeys(("Nyandarua", "Kirinyaga"), "admin1:KE-200"),
    **dict.fromkeys(
        (
            "Turkana",
            "West Pokot",
            "Trans-Nzoia",
            "Trans Nzoia",
            "Uasin Gishu",
            "Elgeyo-Marakwet",
            "Elgeyo Marakwet",
            "Laikipia",
        ),
        "admin1:KE-700",
    ),
    "Vihiga": "admin1:KE-800",
    **dict.fromkeys(
        ("Ituri", "Haut-Uele", "Haut-Uélé", "Bas-Uele", "Bas-Uélé", "Tshopo"), "admin1:CD-OR"
    ),
    **dict.fromkeys(
        ("Haut-Katanga", "Lualaba", "Haut-Lomami", "Tanganyika"),
        "admin1:CD-KA",
    ),
    **dict.fromkeys(("Kwango", "Kwilu", "Mai-Ndombe", "Mai Ndombe"), "admin1:CD-BN"),
    **dict.fromkeys(("Mongala", "Nord-Ubangi", "Sud-Ubangi", "Tshuapa"), "admin1:CD-EQ"),
    **dict.fromkeys(("Sankuru", "Lomami"), "admin1:CD-KE"),
    **dict.fromkeys(
        ("Kasai-Central", "Kasai Central", "Kasaï-Central", "Kasai province"), "admin1:CD-KW"
    ),
    **dict.fromkeys(("Menaka region", "Ménaka region"), "admin1:ML-7"),
    **dict.fromkeys(("Taoudenit region", "Taoudeni region", "Taoudénit region"), "admin1:ML-6"),
    **dict.fromkeys(("Sambisa Forest", "Sambisa forest", "Sambisa"), "admin1:NG-BO"),
}
#: AP-style abbreviations of US states and Canadian provinces (AP Stylebook): only read as
#: places when written with their full stop ("Ky.", "B.C.").
ABBREVIATIONS: dict[str, str] = {
    "Ala.": "admin1:US-AL",
    "Ariz.": "admin1:US-AZ",
    "Ark.": "admin1:US-AR",
    "Calif.": "admin1:US-CA",
    "Colo.": "admin1:US-CO",
    "Conn.": "admin1:US-CT",
    "Del.": "admin1:US-DE",
    "Fla.": "admin1:US-FL",
    "Ga.": "admin1:US-GA",
    "Ill.": "admin1:US-IL",
    "Ind.": "admin1:US-IN",
    "Kan.": "admin1:US-KS",
    "Ky.": "admin1:US-KY",
    "La.": "admin1:US-LA",
    "Md.": "admin1:US-MD",
    "Mass.": "admin1:US-MA",
    "Mich.": "admin1:US-MI",
    "Minn.": "admin1:US-MN",
    "Miss.": "admin1:US-MS",
    "Mo.": "admin1:US-MO",
    "Mont.": "admin1:US-MT",
    "Neb.": "admin1:US-NE",
    "Nev.": "admin1:US-NV",
    "N.H.": "admin1:US-NH",
    "N.J.": "admin1:US-NJ",
    "N.M.": "admin1:US-NM",
    "N.Y.": "admin1:US-NY",
    "N.C.": "admin1:US-NC",
    "N.D.": "admin1:US-ND",
    "Okla.": "admin1:US-OK",
    "Ore.": "admin1:US-OR",
    "Pa.": "admin1:US-PA",
    "R.I.": "admin1:US-RI",
    "S.C.": "admin1:US-SC",
    "S.D.": "admin1:US-SD",
    "Tenn.": "admin1:US-TN",
    "Vt.": "admin1:US-VT",
    "Va.": "admin1:US-VA",
    "Wash.": "admin1:US-WA",
    "W.Va.": "admin1:US-WV",
    "Wis.": "admin1:US-WI",
    "Wyo.": "admin1:US-WY",
    "B.C.": "admin1:CA-BC",
    "Alta.": "admin1:CA-AB",
    "Sask.": "admin1:CA-SK",
    "Man.": "admin1:CA-MB",
    "Ont.": "admin1:CA-ON",
    "Que.": "admin1:CA-QC",
    "N.S.": "admin1:CA-NS",
    "N.B.": "admin1:CA-NB",
    "Nfld.": "admin1:CA-NL",
    "P.E.I.": "admin1:CA-PE",
}


ABBREVIATION_KEYS = frozenset(fold(a) for a in ABBREVIATIONS)


@lru_cache(maxsize=65536)
def make_place(kind: str, ref: str) -> Place | None:
    """The Place (name, codes, precision, label point, bbox) for a candidate or phrase."""
    if kind == "demonym":
        kind = "country"
    if kind in ("country", "admin1", "city"):
        f = features.feature(f"{kind}:{ref}")
        return None if f is None else f.place
    if kind == "region":
        known = features.feature(f"region:{ref}")  # precomputed on the real union
        if known is not None:
            return known.place
        reg = regions.region(ref)
        if reg is None:
            return None
        ids = [f"admin1:{c}" for c in reg.admin1] + [f"country:{c}" for c in reg.whole]
        return _union_place(
            f"region:{ref}", "region", reg.name, reg.countries, reg.admin1, reg.precision, ids
        )
    if kind == "border":
        f = features.feature(f"border:{ref}")
        if f is not None:
            return f.place
        country, _, direction = ref.partition("-")
        side = regions.side_neighbours(country, direction)
        country_feature = features.feature(f"country:{country}")
        if not side or country_feature is None:
            return None
        name = f"{country_feature.place.name}'s {regions.adjective(direction)} border"
        ids = [f"border:{features.border_id(country, n)}" for n in side]
        return _union_place(
            f"border:{ref}", "border", name, tuple(sorted({country, *side})), (), 5, ids
        )
    return None


def _union_place(
    pid: str,
    kind: PlaceKind,
    name: str,
    countries: tuple[str, ...],
    admin1: tuple[str, ...],
    precision: int,
    member_ids: list[str],
) -> Place | None:
    """A place drawn as the union of members: their joint bbox, and as label point the
    member label nearest the middle of that bbox (always on the union)."""
    members = [f.place for fid in member_ids if (f := features.feature(fid)) is not None]
    if not members:
        return None
    box = (
        min(f.bbox[0] for f in members),
        min(f.bbox[1] for f in members),
        max(f.bbox[2] for f in members),
        max(f.bbox[3] for f in members),
    )
    mid = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    label = min(members, key=lambda f: (f.lon - mid[0]) ** 2 + (f.lat - mid[1]) ** 2)
    if len(members) == 1:
        gtype = members[0].geometry_type
    else:
        gtype = "MultiLineString" if kind == "border" else "MultiPolygon"
    return Place(pid, kind, name, countries, admin1, precision, label.lat, label.lon, box, gtype)


@lru_cache(maxsize=65536)  # a log per town per mention adds up on long candidate lists
def city_prior(population: int) -> float:
    """Prior of a town from its population: 0.1 at 1,000 people, 1.3 at 10 million."""
    return 0.3 * math.log10(max(population, 1000)) - 0.9 + 0.1
