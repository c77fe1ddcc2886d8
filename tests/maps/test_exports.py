"""Exports: one feature per (claim, place) in GeoJSON/GPKG, one row per claim in CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from dashboard.errors import InputError
from dashboard.geo.data import ATTRIBUTION
from dashboard.maps import exports
from dashboard.maps.safe import html_text
from tests.maps.conftest import KUNDUZ_CITY, NORTHWEST, Q_1000, claim_row, frame
from tests.maps.html_checks import remote_urls


def test_geojson_has_one_feature_per_claim_and_place(seed_claims: pd.DataFrame) -> None:
    with pytest.warns(
        exports.SkippedClaimsWarning, match=r"1 of 18 claim rows .*1 without a place"
    ):
        doc = json.loads(exports.to_geojson(seed_claims))

    features = doc["features"]
    assert doc["type"] == "FeatureCollection" and doc["attribution"] == ATTRIBUTION
    assert len(features) == len(seed_claims) - 1  # the claim without a place is skipped
    by_place: dict[str, list[dict]] = {}
    for f in features:
        by_place.setdefault(f["properties"]["place_id"], []).append(f)
    assert by_place["border:AF-TM"][0]["geometry"]["type"] == "LineString"
    assert by_place[KUNDUZ_CITY][0]["geometry"]["type"] == "Point"
    assert by_place["admin1:AF-BDS"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert len(by_place["admin1:AF-JOW"]) == 2  # two claims name Jawzjan
    props = next(f["properties"] for f in by_place["admin1:AF-FYB"])
    assert props["quote"] == Q_1000 and props["number_low"] == 1000 and props["claim_id"] == 2
    assert props["precision"] == 4 and props["reviewed"] is False and props["unit"] == "gunmen"
    assert set(props) == set(seed_claims.columns)


def test_regions_export_as_polygons(fake_regions: None) -> None:
    rows = [claim_row(1, "region:AF-north", quote="In the north.")]
    doc = json.loads(exports.to_geojson(frame(rows)))
    assert doc["features"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_unknown_place_is_counted_in_the_warning() -> None:
    rows = [claim_row(1, "admin1:XX-YY", quote="x"), claim_row(2, "admin1:AF-BDS", quote="y")]
    with pytest.warns(exports.SkippedClaimsWarning, match="1 whose place has no boundary"):
        doc = json.loads(exports.to_geojson(frame(rows)))
    assert [f["properties"]["claim_id"] for f in doc["features"]] == [2]


def test_gpkg_has_a_layer_per_geometry_family(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    out = tmp_path / "claims.gpkg"
    with pytest.warns(exports.SkippedClaimsWarning):
        exports.to_gpkg(seed_claims, out)

    layers = dict(pyogrio.list_layers(out).tolist())
    assert layers == {
        "claim_areas": "MultiPolygon",
        "claim_borders": "MultiLineString",
        "claim_towns": "Point",
    }
    areas = gpd.read_file(out, layer="claim_areas")
    assert len(areas) == 5 + 1 + 6 + 1  # north-west, country, north, Badakhshan concern
    assert Q_1000 in set(areas["quote"])
    assert len(gpd.read_file(out, layer="claim_borders")) == 3


def test_csv_has_one_row_per_claim_with_places_joined(seed_claims: pd.DataFrame) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(seed_claims))))

    assert [int(r["claim_id"]) for r in rows] == list(range(1, 9))
    northwest = rows[1]
    assert northwest["place_ids"] == "; ".join(f"admin1:{c}" for c in NORTHWEST)
    assert northwest["place_names"] == "Badghis; Faryab; Herat; Jawzjan; Sar-e Pol"
    assert northwest["admin1"] == ",".join(NORTHWEST)
    assert northwest["quote"] == Q_1000 and northwest["number_text"] == "some 1,000"
    assert rows[4]["place_ids"] == "border:AF-TJ; admin1:AF-BDS"
    assert rows[7]["place_ids"] == "" and rows[7]["quote"] == "Militants are regrouping."
    assert rows[0]["date"] == "'--02-09"  # a leading "-" would be a formula


@pytest.mark.parametrize(
    "payload",
    ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "  =1"],
)
def test_csv_neutralises_formulas(payload: str) -> None:
    rows = [claim_row(1, "admin1:AF-BDS", quote=payload, group=payload, speaker=payload)]
    row = next(csv.DictReader(io.StringIO(exports.to_csv(frame(rows)))))
    assert row["quote"] == "'" + payload and row["group"] == "'" + payload
    assert row["speaker"] == "'" + payload


def test_html_is_self_contained_with_title_filters_and_legend(seed_claims: pd.DataFrame) -> None:
    page = exports.to_html(seed_claims, title="Seed <map>", filters_summary="groups: IS")
    assert html_text("Seed <map>") in page and "Filters: groups: IS" in page
    assert "Reported strength" in page and "Leaflet 1.9.4" in page
    assert remote_urls(page) == []


@pytest.mark.parametrize("fmt", ["html", "png", "geojson", "csv", "gpkg"])
def test_export_writes_each_format(tmp_path: Path, seed_claims: pd.DataFrame, fmt: str) -> None:
    out = tmp_path / f"claims.{fmt}"
    placed = seed_claims[seed_claims["place_id"].notna()]
    written = exports.export(placed, fmt, out)
    assert written == out and out.stat().st_size > 1000


def test_export_options_reach_the_format(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    out = exports.export(seed_claims, "HTML", tmp_path / "m.html", title="Report title")
    assert "<title>Report title</title>" in out.read_text(encoding="utf-8")


def test_unknown_format_lists_the_known_ones(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    with pytest.raises(InputError, match="unknown export format 'xlsx'; choose one of html, png"):
        exports.export(seed_claims, "xlsx", tmp_path / "x.xlsx")


def test_unknown_option_is_refused(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    with pytest.raises(InputError, match="does not take colour"):
        exports.export(seed_claims, "csv", tmp_path / "x.csv", colour="red")


def test_missing_folder_and_folder_target_are_explained(
    tmp_path: Path, seed_claims: pd.DataFrame
) -> None:
    with pytest.raises(InputError, match="does not exist; create it first"):
        exports.export(seed_claims, "csv", tmp_path / "nope" / "x.csv")
    with pytest.raises(InputError, match="is a folder"):
        exports.export(seed_claims, "csv", tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_explained(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(InputError, match="permission denied"):
        exports.export(seed_claims, "csv", locked / "x.csv")
