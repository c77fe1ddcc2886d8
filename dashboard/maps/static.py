"""A static annotated map (PNG) for reports, drawn with matplotlib's Agg backend.

No browser and no pyplot state: a Figure is built, drawn and saved, so it is safe in
the app's threads and in the CLI. Colours and labels are the web map's
(:mod:`dashboard.maps.style`, :mod:`dashboard.maps.labels`); article text is drawn with
``parse_math=False`` so a ``$`` in a quote is a dollar sign, not mathtext.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import IO, Any

import numpy as np
import pandas as pd
import shapely
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from dashboard.geo.data import ATTRIBUTION
from dashboard.maps import style
from dashboard.maps.aggregate import Aggregate, PlaceSummary, aggregate, check_columns
from dashboard.maps.geometry import (
    Bounds,
    country_anchors,
    display_geometry,
    simplified_countries,
    union_bounds,
)
from dashboard.maps.labels import date_label, figure_label
from dashboard.maps.safe import is_missing

MAP_BOX = (0.012, 0.07, 0.765, 0.83)  # left, bottom, width, height (figure fraction)
LEGEND_BOX = (0.79, 0.07, 0.2, 0.83)
_TOLERANCE = 0.01
_CALLOUT_RADII = (40.0, 70.0, 105.0, 145.0, 190.0, 240.0, 300.0)  # points from the anchor
_CALLOUT_ANGLES = tuple(range(0, 360, 30))


@dataclass(frozen=True, slots=True)
class _Drawn:
    """A place with its display geometry and its map layer."""

    place: PlaceSummary
    geom: shapely.Geometry
    layer: str


def _layer(place: PlaceSummary) -> str:
    if place.kind == "admin1":
        return "estimates" if place.has_estimate else "concerns"
    return {"country": "countries", "border": "borders", "city": "towns"}.get(place.kind, "regions")


def _colour(place: PlaceSummary) -> str:
    return style.colour_for(place.top_figure) if place.has_estimate else style.CONCERN


def _extent(bounds: Bounds | None, ax_w: float, ax_h: float) -> tuple[Bounds, float]:
    """A padded extent whose shape fills the axes, and the aspect that keeps shapes true."""
    minx, miny, maxx, maxy = bounds if bounds is not None else (-170.0, -58.0, 180.0, 78.0)
    padx = max((maxx - minx) * 0.22, 2.5)  # room for callouts around the claims
    pady = max((maxy - miny) * 0.22, 2.0)
    minx, maxx, miny, maxy = minx - padx, maxx + padx, miny - pady, maxy + pady
    mid = (miny + maxy) / 2
    aspect = 1 / max(math.cos(math.radians(mid)), 0.2)
    dx, dy = maxx - minx, maxy - miny
    want = ax_h / ax_w  # = dy * aspect / dx
    if dy * aspect / dx < want:
        grow = (dx * want / aspect - dy) / 2
        miny, maxy = miny - grow, maxy + grow
    else:
        grow = (dy * aspect / want - dx) / 2
        minx, maxx = minx - grow, maxx + grow
    return (minx, max(miny, -89.0), maxx, min(maxy, 89.0)), aspect


def _polygon_paths(geom: shapely.Geometry) -> list[Path]:
    """Matplotlib paths (holes included) for the polygons in a geometry."""
    polys = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]
    paths = []
    for poly in polys:
        verts, codes = [], []
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)
            ring_codes = np.full(len(xy), Path.LINETO, dtype=Path.code_type)
            ring_codes[0], ring_codes[-1] = Path.MOVETO, Path.CLOSEPOLY
            verts.append(xy)
            codes.append(ring_codes)
        paths.append(Path(np.concatenate(verts), np.concatenate(codes)))
    return paths


def _line_parts(geom: shapely.Geometry) -> list[np.ndarray]:
    """Coordinate arrays of the lines in a geometry (polygon outlines included)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        geom = geom.boundary
    return [np.asarray(g.coords) for g in shapely.get_parts(geom) if not g.is_empty]


def _fill(ax: Axes, geoms: list[shapely.Geometry], colours: list[str], **kw: Any) -> None:
    """All polygons of a layer as one collection (one draw, not one per place)."""
    patches, faces = [], []
    for geom, colour in zip(geoms, colours, strict=True):
        for path in _polygon_paths(geom):
            patches.append(PathPatch(path))
            faces.append(colour)
    if patches:
        ax.add_collection(PatchCollection(patches, facecolors=faces, **kw), autolim=False)


def _stroke(ax: Axes, geoms: list[shapely.Geometry], colours: list[str], **kw: Any) -> None:
    """All lines (or outlines) of a layer as one LineCollection."""
    segments, cols = [], []
    for geom, colour in zip(geoms, colours, strict=True):
        for part in _line_parts(geom):
            segments.append(part)
            cols.append(colour)
    if segments:
        ax.add_collection(LineCollection(segments, colors=cols, **kw), autolim=False)


def _draw_basemap(ax: Axes, extent: Bounds) -> None:
    view = shapely.box(*extent)
    tol = 0.02 if (extent[2] - extent[0]) < 60 else 0.1
    land = [g for _, _, g in simplified_countries(tol) if g.intersects(view)]
    _fill(ax, land, [style.LAND] * len(land), edgecolors=style.COAST, linewidths=0.5, zorder=1)
    view_area = (extent[2] - extent[0]) * (extent[3] - extent[1])
    for name, lon, lat, area in country_anchors().values():
        big_enough = area >= view_area / 600  # a world view names big countries only
        if big_enough and extent[0] < lon < extent[2] and extent[1] < lat < extent[3]:
            ax.text(
                lon, lat, name, fontsize=7, color="#6b6b6b", ha="center", va="center",
                zorder=2, parse_math=False, clip_on=True,
                path_effects=[patheffects.withStroke(linewidth=2, foreground="white")],
            )  # fmt: skip


def _draw_places(ax: Axes, drawn: list[_Drawn]) -> None:
    """One collection per layer and style, in the web map's order (countries at the bottom)."""
    by_layer: dict[str, list[_Drawn]] = {}
    for d in drawn:
        by_layer.setdefault(d.layer, []).append(d)

    def split(layer: str) -> tuple[list[_Drawn], list[_Drawn]]:
        items = by_layer.get(layer, [])
        return [d for d in items if d.place.has_estimate], [
            d for d in items if not d.place.has_estimate
        ]

    def geoms(items: list[_Drawn]) -> list[shapely.Geometry]:
        return [d.geom for d in items]

    def colours(items: list[_Drawn]) -> list[str]:
        return [_colour(d.place) for d in items]

    countries = by_layer.get("countries", [])
    _fill(ax, geoms(countries), colours(countries), alpha=0.06, linewidths=0, zorder=3)
    est, con = split("countries")
    _stroke(ax, geoms(est), colours(est), linewidths=2.6, zorder=3.1)
    _stroke(ax, geoms(con), colours(con), linewidths=2.6, linestyles=[(0, (5, 3))], zorder=3.1)
    regions = by_layer.get("regions", [])
    _fill(ax, geoms(regions), colours(regions), alpha=0.3, linewidths=0, zorder=4)
    _stroke(
        ax, geoms(regions), [style.OUTLINE] * len(regions), linewidths=1.8,
        linestyles=[(0, (6, 4))], zorder=4.1,
    )  # fmt: skip
    provinces = by_layer.get("estimates", [])
    _fill(
        ax, geoms(provinces), colours(provinces), edgecolors=style.OUTLINE, linewidths=0.6,
        alpha=0.85, zorder=5,
    )  # fmt: skip
    concerns = by_layer.get("concerns", [])
    _fill(
        ax, geoms(concerns), ["none"] * len(concerns), edgecolors=style.CONCERN, hatch="///",
        linewidths=1.2, zorder=5.5,
    )  # fmt: skip
    est, con = split("borders")
    casing = [patheffects.withStroke(linewidth=6.5, foreground="#333333")]
    _stroke(ax, geoms(est), colours(est), linewidths=4.2, zorder=6, path_effects=casing)
    _stroke(ax, geoms(con), colours(con), linewidths=4.2, linestyles=[(0, (4, 2))], zorder=6)
    towns = by_layer.get("towns", [])
    if towns:
        ax.scatter(
            [d.geom.x for d in towns], [d.geom.y for d in towns],
            s=[(1.1 * style.town_radius(d.place.top_figure)) ** 2 for d in towns],
            c=[_colour(d.place) if d.place.has_estimate else "white" for d in towns],
            edgecolors=["#333333" if d.place.has_estimate else style.CONCERN for d in towns],
            linewidths=1.5, zorder=7,
        )  # fmt: skip


def _shorten(text: object, width: int) -> str:
    return (
        ""
        if is_missing(text)
        else textwrap.shorten(" ".join(str(text).split()), width, placeholder="…")
    )


def _callout_text(places: list[PlaceSummary], claim_id: int, agg: Aggregate) -> str:
    """Places, then figure and group, then source and date of the claim they share."""
    row = agg.claims.loc[claim_id]
    if row["kind"] == "estimate":
        fig = figure_label(
            row["number_low"], row["number_high"], row["number_text"], row["qualifier"]
        )
        what = f"{fig} {_shorten(row['unit'], 20)}".strip()
    else:
        what = "concern (no figure)"
    group = row["group"] if not is_missing(row["group"]) else row["group_canonical"]
    if not is_missing(group):
        what += f" — {_shorten(group, 30)}"
    names = [p.name for p in places]
    where = ", ".join(names[:3]) + (f" +{len(names) - 3} more" if len(names) > 3 else "")
    lines = [_shorten(where, 48), what]
    source = ", ".join(
        x for x in (_shorten(row["outlet"], 28), _shorten(date_label(row["date"]), 28)) if x
    )
    if source:
        lines.append(source)
    return "\n".join(lines)


def _callout_groups(drawn: list[_Drawn]) -> list[tuple[int, list[_Drawn]]]:
    """Places grouped by the claim their callout quotes, strongest figures first."""
    groups: dict[int, list[_Drawn]] = {}
    for d in drawn:
        ids = (d.place.top_claim_id,) if d.place.top_claim_id is not None else d.place.listed
        if ids:
            groups.setdefault(ids[0], []).append(d)

    def rank(item: tuple[int, list[_Drawn]]) -> tuple[bool, int, int]:
        members = item[1]
        return (
            any(m.place.has_estimate for m in members),
            max(m.place.top_figure or 0 for m in members),
            sum(m.place.n_claims for m in members),
        )

    return sorted(groups.items(), key=rank, reverse=True)


class _Occupancy:
    """Which parts of the map carry features, sampled on a grid (callouts avoid them)."""

    def __init__(self, drawn: list[_Drawn], extent: Bounds, nx: int = 72, ny: int = 44) -> None:
        xs = np.linspace(extent[0], extent[2], nx)
        ys = np.linspace(extent[1], extent[3], ny)
        gx, gy = np.meshgrid(xs, ys)
        self.x, self.y = gx.ravel(), gy.ravel()
        reach = max(extent[2] - extent[0], extent[3] - extent[1]) / 80
        shapes_ = [
            d.geom.buffer(reach) if d.geom.geom_type not in ("Polygon", "MultiPolygon") else d.geom
            for d in drawn
            if d.layer != "countries"  # a country outline may be crossed
        ]
        union = shapely.union_all(shapes_) if shapes_ else shapely.Point()
        shapely.prepare(union)
        self.busy = (
            shapely.intersects_xy(union, self.x, self.y) if shapes_ else np.zeros(self.x.size, bool)
        )

    def cost(self, box: Bbox) -> int:
        """Occupied sample points under a box given in data coordinates."""
        inside = (self.x >= box.x0) & (self.x <= box.x1) & (self.y >= box.y0) & (self.y <= box.y1)
        return int(np.count_nonzero(inside & self.busy))


def _overlaps(box: Bbox, others: list[Bbox]) -> bool:
    return any(box.overlaps(o) for o in others)


def _draw_callouts(
    ax: Axes, fig: Figure, drawn: list[_Drawn], agg: Aggregate, extent: Bounds, limit: int
) -> None:
    """Greedy placement: among rings of positions around the anchor, take the free spot that
    covers the fewest features (nearest wins ties); leader lines reach every place."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    axes_box = ax.get_window_extent(renderer)
    to_data = ax.transData.inverted()
    occupancy = _Occupancy(drawn, extent)
    placed: list[Bbox] = []
    line = {"arrowstyle": "-", "color": "#333333", "lw": 0.9, "shrinkA": 0, "shrinkB": 2}
    for claim_id, members in _callout_groups(drawn)[:limit]:
        anchors = [_anchor(d.geom) for d in members]
        lon = sum(a[0] for a in anchors) / len(anchors)
        lat = sum(a[1] for a in anchors) / len(anchors)
        ann = ax.annotate(
            _callout_text([d.place for d in members], claim_id, agg), xy=anchors[0],
            xytext=(0, 0), textcoords="offset points", fontsize=7.5, ha="center", va="center",
            zorder=10, parse_math=False, annotation_clip=False, arrowprops=line,
            bbox={"boxstyle": "round,pad=0.35", "fc": "white", "ec": "#555555", "alpha": 0.95},
        )  # fmt: skip
        base = ax.transData.transform(anchors[0])
        centre = ax.transData.transform((lon, lat))
        best: tuple[float, tuple[float, float], Bbox] | None = None
        for radius in _CALLOUT_RADII:
            for angle in _CALLOUT_ANGLES:
                # offsets in points, measured from the first anchor, aimed around the centre
                dx = (centre[0] - base[0]) * 72 / fig.dpi + radius * 1.4 * math.cos(
                    math.radians(angle)
                )
                dy = (centre[1] - base[1]) * 72 / fig.dpi + radius * math.sin(math.radians(angle))
                ann.xyann = (dx, dy)
                ann.get_window_extent(renderer)  # moves the text to the new offset
                box = Text.get_window_extent(ann, renderer).padded(7)
                if not (axes_box.contains(box.x0, box.y0) and axes_box.contains(box.x1, box.y1)):
                    continue
                if _overlaps(box, placed):
                    continue
                cost = occupancy.cost(Bbox(to_data.transform(box.get_points()))) + radius / 60
                if best is None or cost < best[0]:
                    best = (cost, (dx, dy), box)
        if best is None:
            ann.remove()  # no room left: the legend and the web map still carry it
            continue
        ann.xyann = best[1]
        placed.append(best[2])
        text_xy = to_data.transform(best[2].get_points().mean(axis=0))
        for other in anchors[1:]:
            ax.annotate(
                "", xy=other, xytext=tuple(text_xy), textcoords="data", zorder=9,
                arrowprops=line, annotation_clip=False,
            )  # fmt: skip


def _anchor(geom: shapely.Geometry) -> tuple[float, float]:
    if geom.geom_type == "Point":
        return geom.x, geom.y
    if geom.geom_type in ("LineString", "MultiLineString"):
        line = max(getattr(geom, "geoms", [geom]), key=lambda g: g.length)
        pt = shapely.line_interpolate_point(line, 0.5, normalized=True)
    else:
        pt = shapely.point_on_surface(geom)
    return float(pt.x), float(pt.y)


def _legend(fig: Figure) -> None:
    ax = fig.add_axes(LEGEND_BOX)
    ax.set_axis_off()
    handles: list[Any] = [
        Patch(facecolor=c.colour, edgecolor=style.OUTLINE, label=c.label)
        for c in style.scale_classes()
    ]
    handles += [
        Patch(facecolor=style.NO_FIGURE, edgecolor=style.OUTLINE, label="estimate, number vague"),
        Patch(facecolor="none", edgecolor=style.CONCERN, hatch="///", label="concern, no figure"),
        Line2D([], [], color=style.COLOURS[3], lw=4, label="border hotspot",
               path_effects=[patheffects.withStroke(linewidth=6, foreground="#333333")]),
        Line2D([], [], color=style.CONCERN, lw=3, ls=(0, (4, 2)), label="border concern"),
        Patch(facecolor=style.COLOURS[2], alpha=0.45, edgecolor=style.OUTLINE, ls="--",
              label="part of a country"),
        Patch(facecolor="none", edgecolor=style.COLOURS[4], lw=2.2, label="whole country"),
        Line2D([], [], marker="o", ls="", markersize=9, markerfacecolor=style.COLOURS[3],
               markeredgecolor="#333333", label="town"),
    ]  # fmt: skip
    ax.legend(
        handles=handles, loc="upper left", frameon=True, fontsize=9, title_fontsize=10,
        title="Reported strength\n(largest figure per place)", alignment="left",
    )  # fmt: skip


def render_png(
    claims: pd.DataFrame,
    path_or_buffer: str | FilePath | IO[bytes],
    *,
    title: str | None = None,
    filters_summary: str | None = None,
    width_px: int = 1800,
    height_px: int = 1100,
    dpi: int = 150,
    max_callouts: int = 12,
) -> None:
    """Draw the claims map as a PNG of ``width_px`` × ``height_px`` pixels."""
    check_columns(claims)
    if width_px < 400 or height_px < 300 or dpi < 50:
        raise ValueError("a report map needs at least 400×300 pixels at 50 dpi")
    agg = aggregate(claims, per_place=1)
    drawn = []
    for place in agg.places:
        geom = display_geometry(place.place_id, _TOLERANCE)
        if geom is not None:
            drawn.append(_Drawn(place, geom, _layer(place)))
    bounds = union_bounds([tuple(float(v) for v in d.geom.bounds) for d in drawn])  # type: ignore[misc]

    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes(MAP_BOX)
    extent, aspect = _extent(bounds, MAP_BOX[2] * width_px, MAP_BOX[3] * height_px)
    ax.set_facecolor(style.SEA)
    _draw_basemap(ax, extent)
    _draw_places(ax, drawn)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect(aspect, adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    _draw_callouts(ax, fig, drawn, agg, extent, max_callouts)
    _legend(fig)

    fig.text(
        0.012,
        0.965,
        title or "Armed-group claims",
        fontsize=16,
        weight="bold",
        va="top",
        parse_math=False,
    )
    sub = [f"Filters: {filters_summary}"] if filters_summary else []
    n = int(claims["claim_id"].nunique())
    sub.append(f"{n:,} claims · {len(agg.places):,} places")
    if agg.unplaced:
        sub.append(f"{agg.unplaced:,} without a place not drawn")
    missing = len(agg.places) - len(drawn)
    if missing:
        sub.append(f"{missing:,} places without a boundary not drawn")
    fig.text(
        0.012, 0.925, " · ".join(sub), fontsize=9.5, color="#444444", va="top", parse_math=False
    )
    fig.text(0.012, 0.02, ATTRIBUTION, fontsize=8, color="#555555", parse_math=False)
    fig.savefig(path_or_buffer, format="png", dpi=dpi)
