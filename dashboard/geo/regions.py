"""Parts of countries ("northern Afghanistan") and multi-country regions ("the Sahel").

Where news follows an official or customary grouping, a sourced table decides which
provinces a part contains. Elsewhere a geometric rule that works for any country's shape:
a province belongs to the "northern" part when its centroid lies in the northern 40 % of
the country's extent along the north axis (measured in locally scaled degrees, so a
long country such as Chile or Mali is cut along its real length, and Kabul, in the
middle of Afghanistan's north–south extent, is not "northern"). Diagonals use the same
rule along the diagonal axis; "central" keeps provinces whose centroid lies in the
middle 40 % along both axes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from dashboard.geo import features

#: Canonical direction keys and the unit axis (east, north) each one points along.
AXES: dict[str, tuple[float, float]] = {
    "north": (0.0, 1.0),
    "south": (0.0, -1.0),
    "east": (1.0, 0.0),
    "west": (-1.0, 0.0),
    "northeast": (math.sqrt(0.5), math.sqrt(0.5)),
    "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
    "southeast": (math.sqrt(0.5), -math.sqrt(0.5)),
    "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
}
DIRECTIONS: tuple[str, ...] = (*AXES, "central")
#: Share of the extent along an axis that makes up a part ("the northern 40 %").
PART_SHARE = 0.4

_DIRECTION_WORD = re.compile(
    r"^(?P<a>north|south|upper|lower)?[\s-]?(?P<b>east|west)?(?:ern)?$|^(?P<c>central|centre|center)$",
    re.IGNORECASE,
)


def direction_key(word: str) -> str | None:
    """'north-western' → 'northwest', 'Eastern' → 'east', 'central' → 'central'."""
    m = _DIRECTION_WORD.match(word.strip())
    if not m:
        return None
    if m.group("c"):
        return "central"
    a = {"upper": "north", "lower": "south"}.get((m.group("a") or "").lower(), m.group("a"))
    b = m.group("b")
    key = f"{(a or '').lower()}{(b or '').lower()}"
    return key if key in AXES else None


@dataclass(frozen=True, slots=True)
class Region:
    """A named set of provinces and/or whole countries, drawn as their union."""

    key: str
    name: str
    countries: tuple[str, ...]
    admin1: tuple[str, ...]
    whole: tuple[str, ...]  # countries drawn entirely
    source: str
    division: bool = False  # a first-order division built from the bundled lower units

    @property
    def precision(self) -> int:
        """4 for a first-order division, 5 for a part of one country, 6 for several."""
        if self.division:
            return 4
        return 5 if len(self.countries) == 1 else 6


_OCHA_AF = "UN OCHA Afghanistan regional groupings (as used in OCHA humanitarian updates)"
_AF = {
    "north": ("BAL", "FYB", "JOW", "SAM", "SAR", "BDS", "BGL", "KDZ", "TAK"),
    "northeast": ("BDS", "BGL", "KDZ", "TAK"),
    "northwest": ("FYB", "JOW", "SAR", "BDG"),
    "west": ("HER", "FRA", "BDG", "GHO"),
    "southwest": ("HEL", "NIM", "FRA"),
    "south": ("HEL", "KAN", "NIM", "URU", "ZAB"),
    "southeast": ("GHA", "KHO", "PIA", "PKA"),
    "east": ("NAN", "KNR", "LAG", "NUR", "KHO", "PIA", "PKA"),
    "central": ("KAB", "KAP", "LOG", "PAN", "PAR", "WAR", "BAM", "DAY"),
}
_ZONES_NG = "Nigeria's six geopolitical zones (Federal Government of Nigeria)"
_NG_NW = ("SO", "KE", "ZA", "KT", "KN", "JI", "KD")
_NG_NE = ("BO", "YO", "AD", "BA", "GO", "TA")
_NG_NC = ("NI", "KW", "KO", "BE", "PL", "NA", "FC")
_NG = {
    "northwest": _NG_NW,
    "northeast": _NG_NE,
    "central": _NG_NC,
    "north": _NG_NW + _NG_NE + _NG_NC,
    "southwest": ("LA", "OG", "OY", "OS", "ON", "EK"),
    "southeast": ("AB", "AN", "EB", "EN", "IM"),
    "south": (
        "AK",
        "BY",
        "CR",
        "DE",
        "ED",
        "RI",
        "LA",
        "OG",
        "OY",
        "OS",
        "ON",
        "EK",
        "AB",
        "AN",
        "EB",
        "EN",
        "IM",
    ),
}
_ML_SRC = "Mali's northern regions as named by MINUSMA and the 2015 Algiers Agreement"
_ML = {
    "north": ("6", "7", "8"),  # Timbuktu, Gao, Kidal
    "central": ("5", "4"),  # Mopti, Ségou
    "south": ("1", "2", "3", "BKO"),
}

#: (country, direction) → member province codes, with the source of the grouping.
PART_TABLES: dict[str, tuple[dict[str, tuple[str, ...]], str]] = {
    "AF": (_AF, _OCHA_AF),
    "NG": (_NG, _ZONES_NG),
    "ML": (_ML, _ML_SRC),
}

#: The provinces of the Mindanao island group (regions IX to XIII and BARMM).
_MINDANAO = (
    "PH-ZAN", "PH-ZAS", "PH-ZSI", "PH-BUK", "PH-CAM", "PH-LAN", "PH-MSC", "PH-MSR", "PH-COM",
    "PH-DAV", "PH-DAS", "PH-DAO", "PH-NCO", "PH-SCO", "PH-SAR", "PH-SUK", "PH-AGN", "PH-AGS",
    "PH-SUN", "PH-SUR", "PH-BAS", "PH-LAS", "PH-MAG", "PH-SLU", "PH-TAW",
)  # fmt: skip

#: Multi-country regions: key → (name, aliases, whole countries, provinces, source).
MULTI: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "central-asia": (
        "Central Asia",
        ("Central Asian",),
        ("KZ", "KG", "TJ", "TM", "UZ"),
        (),
        "UN M49 sub-region Central Asia",
    ),
    "sahel": (
        "the Sahel",
        ("Sahel", "Sahel region"),
        ("BF", "CM", "TD", "GM", "GN", "ML", "MR", "NE", "NG", "SN"),
        (),
        "UN Integrated Strategy for the Sahel (UNISS), ten countries",
    ),
    "central-sahel": (
        "the Central Sahel",
        ("Central Sahel", "Liptako-Gourma"),
        ("BF", "ML", "NE"),
        (),
        "UN OCHA Central Sahel (Burkina Faso, Mali, Niger)",
    ),
    "horn-of-africa": (
        "the Horn of Africa",
        ("Horn of Africa",),
        ("DJ", "ER", "ET", "SO"),
        (),
        "Encyclopaedia Britannica, 'Horn of Africa'",
    ),
    "caucasus": (
        "the Caucasus",
        ("Caucasus",),
        ("AM", "AZ", "GE"),
        ("RU-CE", "RU-DA", "RU-IN", "RU-KB", "RU-KC", "RU-SE", "RU-AD"),
        "Encyclopaedia Britannica, 'Caucasus': South Caucasus states and Russia's "
        "North Caucasus republics",
    ),
    "south-caucasus": (
        "the South Caucasus",
        ("South Caucasus", "Transcaucasia"),
        ("AM", "AZ", "GE"),
        (),
        "Encyclopaedia Britannica, 'Transcaucasia'",
    ),
    "north-caucasus": (
        "the North Caucasus",
        ("North Caucasus",),
        (),
        ("RU-CE", "RU-DA", "RU-IN", "RU-KB", "RU-KC", "RU-SE", "RU-AD"),
        "Russia's North Caucasus Federal District republics and Adygea",
    ),
    "levant": (
        "the Levant",
        ("Levant",),
        ("CY", "IL", "JO", "LB", "PS", "SY"),
        (),
        "Encyclopaedia Britannica, 'Levant'",
    ),
    "middle-east": (
        "the Middle East",
        ("Middle East", "Mideast"),
        (
            "BH",
            "CY",
            "EG",
            "IR",
            "IQ",
            "IL",
            "JO",
            "KW",
            "LB",
            "OM",
            "PS",
            "QA",
            "SA",
            "SY",
            "TR",
            "AE",
            "YE",
        ),
        (),
        "Encyclopaedia Britannica, 'Middle East'",
    ),
    "lake-chad-basin": (
        "the Lake Chad basin",
        (
            "Lake Chad basin",
            "Lake Chad region",
            "Lake Chad Basin region",
            "Lake Chad",
            "Lake Chad area",
        ),
        (),
        ("NG-BO", "NG-AD", "NG-YO", "CM-EN", "TD-LC", "TD-HL", "NE-2"),
        "UN OCHA Lake Chad Basin crisis area (Borno, Adamawa, Yobe, Far North, "
        "Lac, Hadjer-Lamis, Diffa)",
    ),
    "maghreb": (
        "the Maghreb",
        ("Maghreb",),
        ("DZ", "LY", "MR", "MA", "TN", "EH"),
        (),
        "Arab Maghreb Union members and Western Sahara",
    ),
    "gulf": (
        "the Gulf",
        ("Persian Gulf states", "Gulf states", "Arabian Gulf"),
        ("BH", "KW", "OM", "QA", "SA", "AE"),
        (),
        "Gulf Cooperation Council members",
    ),
    "west-africa": (
        "West Africa",
        ("West African",),
        (
            "BJ",
            "BF",
            "CV",
            "CI",
            "GM",
            "GH",
            "GN",
            "GW",
            "LR",
            "ML",
            "MR",
            "NE",
            "NG",
            "SN",
            "SL",
            "TG",
        ),
        (),
        "UN M49 sub-region Western Africa",
    ),
    "east-africa": (
        "East Africa",
        ("East African",),
        ("BI", "DJ", "ER", "ET", "KE", "RW", "SO", "SS", "TZ", "UG"),
        (),
        "East African Community and IGAD members (core)",
    ),
    "north-africa": (
        "North Africa",
        ("North African",),
        ("DZ", "EG", "LY", "MA", "SD", "TN", "EH"),
        (),
        "UN M49 sub-region Northern Africa",
    ),
    "great-lakes": (
        "the Great Lakes region",
        ("African Great Lakes", "Great Lakes region"),
        ("BI", "CD", "RW", "UG"),
        (),
        "International Conference on the Great Lakes Region, core conflict states",
    ),
    "southeast-asia": (
        "Southeast Asia",
        ("South-East Asia", "South East Asia"),
        ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
        (),
        "UN M49 sub-region South-eastern Asia",
    ),
    "south-asia": (
        "South Asia",
        ("South Asian",),
        ("AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK"),
        (),
        "SAARC members (UN M49 Southern Asia without Iran)",
    ),
    "balkans": (
        "the Balkans",
        ("Balkans", "Western Balkans"),
        ("AL", "BA", "XK", "ME", "MK", "RS"),
        (),
        "EU 'Western Balkans' definition",
    ),
    "fergana-valley": (
        "the Fergana Valley",
        ("Fergana Valley", "Ferghana Valley"),
        (),
        ("UZ-AN", "UZ-FA", "UZ-NG", "KG-O", "KG-J", "KG-B", "TJ-SU"),
        "Encyclopaedia Britannica, 'Fergana Valley' (Uzbek, Kyrgyz and Tajik "
        "provinces in the valley)",
    ),
    "kurdistan-region": (
        "the Kurdistan Region",
        ("Kurdistan Region", "Iraqi Kurdistan", "KRG", "Kurdistan Region of Iraq"),
        (),
        ("IQ-AR", "IQ-DA", "IQ-SU"),
        "Constitution of Iraq (2005), art. 117",
    ),
    "casamance": (
        "Casamance",
        ("the Casamance", "Lower Casamance", "Basse-Casamance"),
        (),
        ("SN-ZG", "SN-SE", "SN-KD"),
        "Senegal's regions of Ziguinchor, Sédhiou and Kolda (the historical Casamance, south "
        "of the Gambia)",
    ),
    "sinai": (
        "Sinai",
        ("Sinai Peninsula", "the Sinai"),
        (),
        ("EG-JS", "EG-SIN"),
        "Egypt's North and South Sinai governorates",
    ),
    "donbas": (
        "the Donbas",
        ("Donbas", "Donbass"),
        (),
        ("UA-14", "UA-09"),
        "Donetsk and Luhansk oblasts",
    ),
    "tribal-areas": (
        "the tribal areas",
        ("tribal belt", "FATA"),
        (),
        ("PK-TA",),
        "Pakistan's former Federally Administered Tribal Areas",
    ),
    "puntland": (
        "Puntland",
        ("Puntland State",),
        (),
        ("SO-BR", "SO-NU", "SO-MU"),
        "Puntland State of Somalia: Bari, Nugaal and northern Mudug (its constitution "
        "also claims Sool and Sanaag, held by Somaliland)",
    ),
    "niger-delta": (
        "the Niger Delta",
        ("Niger Delta", "Niger Delta region"),
        (),
        ("NG-BY", "NG-DE", "NG-RI"),
        "Wikipedia: Niger Delta (the core states of Bayelsa, Delta and Rivers; the Niger Delta "
        "Development Commission Act 2000 adds Abia, Akwa Ibom, Cross River, Edo, Imo and Ondo)",
    ),
    "darfur": (
        "Darfur",
        (),
        (),
        ("SD-DN", "SD-DW", "SD-DE", "SD-DS"),
        "Wikipedia: Darfur (its states; East Darfur lies in Southern Darfur in the bundled "
        "boundaries)",
    ),
    "kordofan": (
        "Kordofan",
        ("Kordufan",),
        (),
        ("SD-KN", "SD-KS"),
        "Wikipedia: Kordofan (North and South Kordofan; West Kordofan lies in them in the "
        "bundled boundaries)",
    ),
    "karabakh": (
        "Nagorno-Karabakh",
        ("Nagorno Karabakh", "Artsakh", "Karabakh region"),
        (),
        ("AZ-XA", "AZ-XCI", "AZ-XVD", "AZ-SUS", "AZ-AZE-5565"),
        "the former Nagorno-Karabakh Autonomous Oblast, as Azerbaijan's city of Khankendi "
        "(Stepanakert) and its Khojaly, Khojavend and Shusha rayons (Tartar's Aghdara "
        "part is left out)",
    ),
    "anglophone-cameroon": (
        "the Anglophone regions",
        (
            "Anglophone regions of Cameroon",
            "Anglophone Cameroon",
            "Ambazonia",
            "Southern Cameroons",
            "North-West and South-West regions",
            "Northwest and Southwest regions",
        ),
        (),
        ("CM-NW", "CM-SW"),
        "Cameroon's North-West and South-West regions (special status, General Code of "
        "Regional and Local Authorities, 2019)",
    ),
    "mandara-mountains": (
        "the Mandara Mountains",
        ("Mandara mountains",),
        (),
        ("CM-EN", "CM-NO", "NG-BO", "NG-AD"),
        "Encyclopaedia Britannica, 'Mandara Mountains' (along the Cameroon-Nigeria border, "
        "in Cameroon's Far North and North and Nigeria's Borno and Adamawa)",
    ),
    "jubba-valley": (
        "the Jubba Valley",
        ("Juba Valley", "Jubba valley", "Juba valley"),
        (),
        ("SO-GE", "SO-JD", "SO-JH"),
        "Encyclopaedia Britannica, 'Jubba River' (through Gedo, Middle and Lower Juba)",
    ),
    "mindanao": (
        "Mindanao",
        ("Mindanao island group",),
        (),
        _MINDANAO,
        "Philippine Statistics Authority: the provinces of regions IX to XIII and BARMM",
    ),
    "bangsamoro": (
        "Bangsamoro",
        ("BARMM", "Bangsamoro Autonomous Region", "Bangsamoro region"),
        (),
        ("PH-BAS", "PH-LAS", "PH-MAG", "PH-TAW"),
        "Bangsamoro Organic Law (RA 11054, 2018); Sulu left the region by the Supreme "
        "Court's ruling of September 2024",
    ),
    "vraem": (
        "the VRAEM",
        ("VRAE", "Apurimac, Ene and Mantaro valley", "Apurímac, Ene and Mantaro valley"),
        (),
        ("PE-APU", "PE-AYA", "PE-CUS", "PE-HUV", "PE-JUN"),
        "Peru's VRAEM intervention area (Supreme Decree 040-2016-PCM: districts of these "
        "five regions)",
    ),
    "new-england": (
        "New England",
        (),
        (),
        ("US-ME", "US-NH", "US-VT", "US-MA", "US-RI", "US-CT"),
        "US Census Bureau, New England division",
    ),
    "af-pak": (
        "the Af-Pak region",
        ("AfPak", "Af-Pak"),
        ("AF", "PK"),
        (),
        "common usage: Afghanistan and Pakistan",
    ),
}


#: First-order divisions the bundled boundaries only have as their lower units: Burkina
#: Faso's 13 regions and the United Kingdom's four nations, each the union of its units.
#: Key (the ISO 3166-2 code) → (name, aliases, unit codes). Sources: ISO 3166-2:BF and
#: ISO 3166-2:GB (each region's provinces; each nation's council and principal areas).
#: Names that mean something else alone ("the Sahel", "the Centre for ...", the US
#: Cascades) are read as these regions only when the country owns them ("Burkina Faso's
#: Sahel region"); see :func:`division_named`.
def _units(block: str) -> tuple[str, ...]:
    """Unit codes written as one block of text."""
    return tuple(block.split())


QUALIFIED_ONLY = frozenset({"Sahel", "Centre", "Cascades"})
_BF_SRC = "ISO 3166-2:BF: Burkina Faso's regions and the provinces each contains"
DIVISIONS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "BF-01": ("Boucle du Mouhoun", (), ("BAL", "BAN", "KOS", "MOU", "NAY", "SOR")),
    "BF-02": ("Cascades", (), ("COM", "LER")),
    "BF-03": ("Centre", (), ("KAD",)),
    "BF-04": ("Centre-Est", ("Centre Est",), ("BLG", "KOP", "KOT")),
    "BF-05": ("Centre-Nord", ("Centre Nord",), ("BAM", "NAM", "SMT")),
    "BF-06": ("Centre-Ouest", ("Centre Ouest",), ("BLK", "SNG", "SIS", "ZIR")),
    "BF-07": ("Centre-Sud", ("Centre Sud",), ("BAZ", "NAO", "ZOU")),
    "BF-08": ("Est", (), ("GNA", "GOU", "KMD", "KMP", "TAP")),
    "BF-09": ("Hauts-Bassins", ("Hauts Bassins",), ("HOU", "KEN", "TUI")),
    "BF-10": ("Nord", (), ("LOR", "PAS", "YAT", "ZON")),
    "BF-11": ("Plateau-Central", ("Plateau Central",), ("GAN", "KOW", "OUB")),
    "BF-12": ("Sahel", (), ("OUD", "SEN", "SOM", "YAG")),
    "BF-13": ("Sud-Ouest", ("Sud Ouest",), ("BGR", "IOB", "NOU", "PON")),
    # the United Kingdom's nations (ISO 3166-2:GB codes of the council areas, principal
    # areas and the 26 pre-2015 districts of Northern Ireland that Natural Earth carries)
    "GB-WLS": (
        "Wales",
        (),
        _units(
            "AGY BGE BGW CAY CRF CMN CGN CWY DEN FLN GWN MTY MON NTL NWP PEM POW RCT SWA TOF "
            "VGL WRX"
        ),
    ),
    "GB-SCT": (
        "Scotland",
        (),
        _units(
            "ABE ABD ANS AGB CLK DGY DND EAY EDU ELN ERW EDH ELS FAL FIF GLG HLD IVC MLN MRY "
            "NAY NLK ORK PKN RFW SCB ZET SAY SLK STG WDU WLN"
        ),
    ),
    "GB-NIR": (
        "Northern Ireland",
        (),
        _units(
            "ANT ARD ARM BLA BLY BNB BFS CKF CSR CLR CKT CGV DRY DOW DGN FER LRN LMV LSB MFT "
            "MYL NYM NTA NDN OMH STB"
        ),
    ),
    "GB-ENG": ("England", (), ()),  # every other unit of the United Kingdom
}
_DIVISION_SOURCES = {
    "BF": _BF_SRC,
    "GB": "ISO 3166-2:GB: the four nations and the local government areas of each",
}
_DIVISION_KIND = {"BF": "region", "GB": ""}


def division_named(country: str, name: str) -> str | None:
    """The key of ``country``'s division called ``name`` ("BF", "Sahel" → "BF-12"), for
    names another place owns unless the country is said ("Burkina Faso's Sahel region")."""
    bare = re.sub(r"(?i)\s+region$", "", name)
    for key, (own, aliases, _units) in DIVISIONS.items():
        if key.startswith(f"{country}-") and bare in (own, *aliases):
            return key
    return None


def division(key: str) -> Region | None:
    """A first-order division assembled from the bundled provinces ("BF-08": Est)."""
    if key not in DIVISIONS:
        return None
    name, _aliases, units = DIVISIONS[key]
    cc = key[:2]
    if units:
        admin1 = tuple(f"{cc}-{u}" for u in units)
    else:  # the rest of the country: England is the UK less Wales, Scotland, N. Ireland
        taken = {f"{cc}-{u}" for k, (_n, _a, us) in DIVISIONS.items() if k[:2] == cc for u in us}
        admin1 = tuple(sorted(f.place.id.partition(":")[2] for f in features.provinces_of(cc)))
        admin1 = tuple(a for a in admin1 if a not in taken)
    label = f"{name} {_DIVISION_KIND[cc]}".strip()
    return Region(key, label, (cc,), admin1, (), _DIVISION_SOURCES[cc], division=True)


def _country_from_part(key: str) -> tuple[str, str] | None:
    cc, _, direction = key.partition("-")
    if len(cc) == 2 and cc.isupper() and direction in DIRECTIONS:
        return cc, direction
    return None


#: Axis name in features.parquet for each direction, and the sign that points that way.
_AXIS_OF: dict[str, tuple[str, float]] = {
    "north": ("y", 1.0),
    "south": ("y", -1.0),
    "east": ("x", 1.0),
    "west": ("x", -1.0),
    "northeast": ("d1", 1.0),
    "southwest": ("d1", -1.0),
    "northwest": ("d2", 1.0),
    "southeast": ("d2", -1.0),
}


def _project(axis: str, lon: float, lat: float, cosl: float) -> float:
    """A lon/lat point on one axis, x scaled by cos(latitude) as the extents are."""
    x, y = lon * cosl, lat
    h = math.sqrt(0.5)
    return {"x": x, "y": y, "d1": h * (x + y), "d2": h * (y - x)}[axis]


def axis_position(country: str, lon: float, lat: float, direction: str) -> float | None:
    """Where a point lies towards ``direction`` within a country's mainland: 0 at the far
    side, 1 at the near side (outside [0, 1] off the mainland)."""
    ext = features.extent(country)
    if ext is None:
        return None
    axis, sign = _AXIS_OF[direction]
    lo, hi = ext.ranges[axis]
    t = (_project(axis, lon, lat, ext.cosl) - lo) / max(hi - lo, 1e-9)
    return t if sign > 0 else 1.0 - t


@cache
def geometric_part(country: str, direction: str) -> tuple[str, ...]:
    """Provinces in one part of any country by the documented geometric rule."""
    ext = features.extent(country)
    provinces = features.provinces_of(country)
    if ext is None or not provinces:
        return ()

    def pos(f: features.Feature, d: str) -> float:
        return axis_position(country, f.centroid[0], f.centroid[1], d) or 0.0

    # provinces off the mainland's extent (Alaska, Hawaii, overseas islands) are in no part
    on_mainland = [
        f for f in provinces if all(-0.05 <= pos(f, d) <= 1.05 for d in ("east", "north"))
    ]
    if direction == "central":
        spans = {d: ext.ranges[a][1] - ext.ranges[a][0] for d, a in (("east", "x"), ("north", "y"))}
        longest = max(spans, key=lambda d: spans[d])

        def central(f: features.Feature) -> bool:
            # the middle 40 % along the long axis; across a narrow country, the middle 60 %
            return all(
                abs(pos(f, d) - 0.5) <= (PART_SHARE / 2 if d == longest else 0.3) for d in spans
            )

        keep = [f for f in on_mainland if central(f)]
    else:
        keep = [f for f in on_mainland if pos(f, direction) >= 1.0 - PART_SHARE]
        if not keep and on_mainland:
            keep = [max(on_mainland, key=lambda f: pos(f, direction))]
    return tuple(sorted(f.place.admin1[0] for f in keep))


def side_neighbours(country: str, direction: str) -> list[str]:
    """Neighbours whose border with ``country`` lies on that side of it ("southern border")."""
    if direction not in AXES:
        return []
    out = []
    for other in sorted(features.neighbour_map().get(country, ())):
        line = features.feature(f"border:{features.border_id(country, other)}")
        if line is None:
            continue
        t = axis_position(country, line.centroid[0], line.centroid[1], direction)
        if t is not None and t >= 1.0 - PART_SHARE - 0.1:
            out.append(other)
    return out


def part(country: str, direction: str) -> Region | None:
    """The region "<direction> <country>", from a sourced table or the geometric rule."""
    country = country.upper()
    country_feature = features.feature(f"country:{country}")
    if direction not in DIRECTIONS or country_feature is None:
        return None
    table = PART_TABLES.get(country)
    if table and direction in table[0]:
        codes = tuple(f"{country}-{c}" for c in table[0][direction])
        source = table[1]
    else:
        codes = geometric_part(country, direction)
        source = "geometric rule (dashboard/geo/regions.py)"
    if not codes:
        return None
    cname = country_feature.place.name
    label = "central" if direction == "central" else adjective(direction)
    return Region(f"{country}-{direction}", f"{label} {cname}", (country,), codes, (), source)


def adjective(direction: str) -> str:
    """ "north" → "northern", "northwest" → "north-western"."""
    words = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}
    if direction in words:
        return words[direction]
    return f"{direction[:5]}-{words[direction[5:]]}"


def multi(key: str) -> Region | None:
    """A multi-country region from the curated table."""
    if key not in MULTI:
        return None
    name, _aliases, whole, provinces, source = MULTI[key]
    countries = tuple(sorted({*whole, *(p[:2] for p in provinces)}))
    return Region(key, name, countries, provinces, whole, source)


def region(key: str) -> Region | None:
    """Any region by key: "AF-north" or "central-asia"."""
    parsed = _country_from_part(key)
    return part(*parsed) if parsed else multi(key) or division(key)


def members(key: str) -> tuple[list[str], list[str], list[str]] | None:
    """(countries involved, provinces, countries drawn whole) of a region key."""
    r = region(key)
    if r is None:
        return None
    return list(r.countries), list(r.admin1), list(r.whole)


#: Nigeria's geopolitical zones by the names its press uses ("bandits across the
#: North-West"); other countries own the same words (Botswana's North-West district,
#: Cameroon's regions), and the article's context decides between them.
_NG_ZONE_NAMES = {
    "North-West": "NG-northwest",
    "North West": "NG-northwest",
    "North-East": "NG-northeast",
    "North East": "NG-northeast",
    "North-Central": "NG-central",
    "North Central": "NG-central",
    "South-West": "NG-southwest",
    "South West": "NG-southwest",
    "South-East": "NG-southeast",
    "South East": "NG-southeast",
}


#: Region keys whose names are read as these regions only in a story about their country.
CONTEXT_ONLY = frozenset(_NG_ZONE_NAMES.values())


def region_names() -> dict[str, str]:
    """Every name and alias of the multi-country regions → key (for the gazetteer)."""
    out: dict[str, str] = {}
    for name, key in _NG_ZONE_NAMES.items():
        for form in (name, f"{name} zone", f"{name} geopolitical zone"):
            out[form] = key
    for key, (name, aliases, *_rest) in MULTI.items():
        for n in (name, *aliases):
            out[n.removeprefix("the ")] = key
    for key, (name, aliases, _units) in DIVISIONS.items():
        for n in (name, *aliases):
            if n not in QUALIFIED_ONLY:
                out.setdefault(n, key)
    return out
