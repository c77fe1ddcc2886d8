"""The bundled boundary layers: complete, valid, audited, and consistent with each other."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from dashboard.geo import data

AFGHAN_PROVINCES = {
    "AF-BAL",
    "AF-BAM",
    "AF-BDG",
    "AF-BDS",
    "AF-BGL",
    "AF-DAY",
    "AF-FRA",
    "AF-FYB",
    "AF-GHA",
    "AF-GHO",
    "AF-HEL",
    "AF-HER",
    "AF-JOW",
    "AF-KAB",
    "AF-KAN",
    "AF-KAP",
    "AF-KDZ",
    "AF-KHO",
    "AF-KNR",
    "AF-LAG",
    "AF-LOG",
    "AF-NAN",
    "AF-NIM",
    "AF-NUR",
    "AF-PAN",
    "AF-PAR",
    "AF-PIA",
    "AF-PKA",
    "AF-SAM",
    "AF-SAR",
    "AF-TAK",
    "AF-URU",
    "AF-WAR",
    "AF-ZAB",
}

#: ISO 3166-2 first-order divisions of Afghanistan's neighbours and Central Asia that the
#: source has geometry for (missing in the source, listed in SOURCES.md: TM-S Ashgabat,
#: KG-GO Osh city, KZ-SHY Shymkent and the three Kazakh regions created in 2022).
ISO_DIVISIONS = {
    "TJ": {"TJ-DU", "TJ-GB", "TJ-KT", "TJ-RA", "TJ-SU"},
    "TM": {"TM-A", "TM-B", "TM-D", "TM-L", "TM-M"},
    "UZ": {
        "UZ-AN",
        "UZ-BU",
        "UZ-FA",
        "UZ-JI",
        "UZ-NG",
        "UZ-NW",
        "UZ-QA",
        "UZ-QR",
        "UZ-SA",
        "UZ-SI",
        "UZ-SU",
        "UZ-TK",
        "UZ-TO",
        "UZ-XO",
    },
    "KG": {"KG-B", "KG-C", "KG-GB", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y"},
    "PK": {"PK-BA", "PK-GB", "PK-IS", "PK-JK", "PK-KP", "PK-PB", "PK-SD", "PK-TA"},
    "IR": {f"IR-{n:02d}" for n in range(31)},
}


def test_all_geometries_are_valid() -> None:
    for name in data.LAYERS:
        gdf = data.layer(name)
        assert gdf.crs.to_epsg() == 4326, name
        assert gdf.geometry.is_valid.all(), name
        assert not gdf.geometry.is_empty.any(), name


def test_admin1_covers_the_world() -> None:
    admin1 = data.admin1()
    assert len(admin1) >= 4000
    assert admin1["code"].is_unique
    assert set(admin1["country"]) <= set(data.countries()["code"])
    assert len(data.countries()) >= 230


def test_every_feature_has_name_code_type_and_country() -> None:
    admin1 = data.admin1()
    for col in ("name", "code", "type", "country", "country_name"):
        assert admin1[col].map(lambda v: isinstance(v, str) and v != "").all(), col
    assert data.countries()["name"].map(bool).all()


def test_afghanistan_has_its_34_provinces() -> None:
    codes = set(data.provinces_of("AF")["code"])
    assert codes == AFGHAN_PROVINCES


@pytest.mark.parametrize("country", sorted(ISO_DIVISIONS))
def test_neighbour_divisions_match_iso_3166_2(country: str) -> None:
    provinces = data.provinces_of(country)
    assert set(provinces["code"]) == ISO_DIVISIONS[country]
    assert provinces["name"].is_unique


def test_badakhshan_and_gorno_badakhshan_are_different_places() -> None:
    bds, gb = data.province("AF-BDS"), data.province("TJ-GB")
    assert bds is not None and gb is not None
    assert bds["name"] == "Badakhshan" and gb["name"] == "Gorno-Badakhshan"
    assert bds["country"] == "AF" and gb["country"] == "TJ"
    assert bds.geometry.intersection(gb.geometry).area == pytest.approx(0.0, abs=1e-9)
    assert bds.geometry.contains(shapely.Point(70.58, 37.12))  # Fayzabad
    assert gb.geometry.contains(shapely.Point(71.55, 37.49))  # Khorugh


def test_names_are_cleaned_of_administrative_words() -> None:
    takhar = data.province("AF-TAK")
    assert takhar is not None
    names = takhar["names"].split("|")
    assert takhar["name"] == "Takhar"
    assert not any(n.lower().startswith(("wilayat-e", "velayat-e")) for n in names)
    sughd = data.province("TJ-SU")
    assert sughd is not None and "Viloyati Sughd" not in sughd["names"].split("|")
    assert "Leninabad" in sughd["names"].split("|")  # the source's old name stays findable


# --- fixes to the source, one test each (points are the provincial capitals) ---------------
FIXED = [
    ("AF-PAN", "Panjshir", (69.52, 35.31)),  # Bazarak; source: Parwan AF-PAR
    ("AF-DAY", "Daykundi", (66.13, 33.72)),  # Nili; source: Uruzgan AF-URU
    ("AF-HER", "Herat", (62.20, 34.35)),
    ("AF-HEL", "Helmand", (64.36, 31.58)),  # Lashkar Gah
    ("AF-PKA", "Paktia", (69.22, 33.60)),  # Gardez
    ("AF-SAR", "Sar-e Pol", (65.93, 36.22)),
    ("TJ-SU", "Sughd", (69.62, 40.28)),  # Khujand
    ("TJ-RA", "Districts of Republican Subordination", (69.02, 38.56)),  # Vahdat
    ("TM-L", "Lebap", (63.58, 39.08)),  # Türkmenabat
    ("TM-D", "Dashoguz", (59.96, 41.84)),
    ("UZ-TK", "Tashkent City", (69.28, 41.31)),
    ("KZ-ALM", "Almaty Region", (78.37, 45.02)),  # Taldykorgan
    ("KZ-TUR", "Turkistan", (68.25, 43.30)),
    ("PK-GB", "Gilgit-Baltistan", (74.31, 35.92)),
    ("PK-KP", "Khyber Pakhtunkhwa", (71.57, 34.01)),  # Peshawar
    ("PK-TA", "Federally Administered Tribal Areas", (70.10, 32.30)),  # Wana
    ("PK-BA", "Balochistan", (67.00, 30.19)),  # Quetta
    ("PK-SD", "Sindh", (67.01, 24.86)),  # Karachi
    ("PK-IS", "Islamabad", (73.05, 33.69)),
    ("IR-23", "Tehran", (51.39, 35.69)),
    ("IR-30", "Alborz", (50.99, 35.83)),  # Karaj; source gives it Tehran's old code IR-07
    ("IR-07", "Fars", (52.53, 29.61)),  # Shiraz; old numbering gave Fars IR-14
]


@pytest.mark.parametrize(("code", "name", "point"), FIXED, ids=[f[0] for f in FIXED])
def test_source_fix(code: str, name: str, point: tuple[float, float]) -> None:
    row = data.province(code)
    assert row is not None, code
    assert row["name"] == name
    assert row.geometry.contains(shapely.Point(point))
    assert (data.admin1()["code"] == code).sum() == 1


def test_parwan_and_uruzgan_keep_their_own_code_once() -> None:
    parwan, uruzgan = data.province("AF-PAR"), data.province("AF-URU")
    assert parwan is not None and uruzgan is not None
    assert parwan.geometry.contains(shapely.Point(69.17, 35.01))  # Charikar
    assert uruzgan.geometry.contains(shapely.Point(65.87, 32.63))  # Tarin Kot
    assert not parwan.geometry.contains(shapely.Point(69.52, 35.31))


# --- borders ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [("AF", "TJ", 1100, 1450), ("TJ", "AF", 1100, 1450), ("AF", "TM", 650, 850)],
)
def test_border_lengths(a: str, b: str, low: float, high: float) -> None:
    row = data.border(a, b)
    assert row is not None
    assert row.geometry.geom_type in ("LineString", "MultiLineString")
    assert low <= row["length_km"] <= high
    assert {row["a"], row["b"]} == {a, b}
    assert {row["name_a"], row["name_b"]} == {
        data.country(a)["name"],
        data.country(b)["name"],  # type: ignore[index]
    }


def test_simplification_keeps_each_border_length() -> None:
    borders = data.borders()
    ratio = borders["length_km"] / borders["source_length_km"]
    assert (ratio >= 0.97).all(), borders.loc[ratio < 0.97, "code"].tolist()


def test_border_lines_lie_on_both_countries_edges() -> None:
    countries = data.countries()
    for row in data.borders().itertuples():
        vertices = shapely.points(shapely.get_coordinates(row.geometry))
        for cc in (row.a, row.b):
            edge = countries.loc[cc].geometry.boundary
            assert shapely.distance(vertices, edge).max() < 1e-9, (row.code, cc)


def test_every_pair_of_touching_countries_has_a_border() -> None:
    countries = data.countries().reset_index(drop=True)
    geoms = countries.geometry.values
    bounds = shapely.boundary(geoms)
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    borders = data.borders()
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        if i < j:
            shared = shapely.intersection(bounds[i], bounds[j])
            if shapely.length(shared) > 0:  # more than a corner touch
                code = data.border_code(countries["code"][i], countries["code"][j])
                assert code in borders.index, code


def test_known_neighbours() -> None:
    assert data.neighbours("AF") == ["CN", "IR", "PK", "TJ", "TM", "UZ"]
    assert data.neighbours("TJ") == ["AF", "CN", "KG", "UZ"]
    assert set(data.neighbours("KZ")) == {"CN", "KG", "RU", "TM", "UZ"}


def test_no_two_provinces_of_a_country_overlap() -> None:
    admin1 = data.admin1()
    worst = 0.0
    for _cc, grp in admin1.groupby("country"):
        geoms = grp.geometry.values
        left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
        for i, j in zip(left.tolist(), right.tolist(), strict=True):
            if i < j:
                overlap = shapely.intersection(geoms[i], geoms[j])
                if overlap.area > 0:
                    km2 = gpd.GeoSeries([overlap], crs=4326).to_crs(6933).area.iloc[0] / 1e6
                    worst = max(worst, km2)
    assert worst < 0.1  # km²: slivers only


def test_places_carry_country_and_province() -> None:
    places = data.places()
    assert len(places) > 100_000
    # 0 is GeoNames' "unknown": district seats kept for the towns news names
    assert ((places["population"] >= 1000) | (places["population"] == 0)).all()
    kunduz = places[(places["name"] == "Kunduz") & (places["country"] == "AF")]
    assert len(kunduz) == 1 and kunduz["admin1"].iloc[0] == "AF-KDZ"
    assert "Kondoz" in kunduz["names"].iloc[0].split("|")
    share = (places["admin1"] != "").mean()
    assert share > 0.97


@pytest.mark.parametrize(
    ("name", "country", "province"),
    [("Zurmi", "NG", "NG-ZA"), ("Faskari", "NG", "NG-KT"), ("El Callao", "VE", "VE-F")],
)
def test_seats_of_unknown_population_are_kept(name: str, country: str, province: str) -> None:
    places = data.places()
    found = places[(places["name"] == name) & (places["country"] == country)]
    assert len(found) >= 1
    assert (found["population"] == 0).all() and (found["admin1"] == province).all()


def test_missing_layer_gives_a_clear_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dashboard.errors import GeodataError

    monkeypatch.setenv("HOTSPOTS_GEODATA", str(tmp_path))
    data.layer.cache_clear()
    try:
        with pytest.raises(GeodataError, match="HOTSPOTS_GEODATA"):
            data.layer("countries")
    finally:
        monkeypatch.delenv("HOTSPOTS_GEODATA")
        data.layer.cache_clear()


# --- feature summaries (features.parquet) agree with the geometry --------------------------
def test_feature_summaries_match_the_layers() -> None:
    from dashboard.geo import features

    for layer_name, kind in (("countries", "country"), ("admin1", "admin1"), ("borders", "border")):
        gdf = data.layer(layer_name)  # type: ignore[arg-type]
        for code, geom in zip(gdf["code"], gdf.geometry, strict=True):
            found = features.feature(f"{kind}:{code}")
            assert found is not None, (kind, code)
            f = found.place
            assert f.bbox == pytest.approx(geom.bounds, abs=1e-4), (kind, code)
            point = shapely.Point(f.lon, f.lat)
            assert geom.distance(point) < 1e-4, (kind, code)  # on or inside the feature


@pytest.mark.parametrize(
    "key",
    [
        "AF-north",
        "AF-northwest",
        "NG-northeast",
        "ML-north",
        "central-asia",
        "sahel",
        "lake-chad-basin",
    ],
)
def test_region_summaries_lie_on_their_union(key: str) -> None:
    from dashboard.geo import features
    from dashboard.geo.shapes import geometry_for

    found = features.feature(f"region:{key}")
    geom = geometry_for(f"region:{key}")
    assert found is not None and geom is not None
    f = found.place
    assert geom.distance(shapely.Point(f.lon, f.lat)) < 1e-4
    assert f.bbox == pytest.approx(geom.bounds, abs=1e-3)
    assert f.geometry_type == geom.geom_type
