"""render_png: a report map of the requested size, with the claims visibly drawn."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from dashboard.errors import InputError
from dashboard.maps import style
from dashboard.maps.static import render_png
from tests.maps.conftest import claim_row, frame


def _pixels(source: Path | io.BytesIO) -> np.ndarray:
    with Image.open(source) as im:
        return np.asarray(im.convert("RGB"), dtype=np.int16)


def _share_near(px: np.ndarray, hex_colour: str, tol: int = 18) -> float:
    """Share of pixels within ``tol`` of a colour on every channel."""
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    return float(np.all(np.abs(px - rgb) <= tol, axis=-1).mean())


def _blend(fg: str, bg: str, alpha: float) -> str:
    f = np.array([int(fg[i : i + 2], 16) for i in (1, 3, 5)])
    b = np.array([int(bg[i : i + 2], 16) for i in (1, 3, 5)])
    return "#" + "".join(f"{round(v):02x}" for v in f * alpha + b * (1 - alpha))


def test_seed_map_has_the_size_and_the_claims(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    out = tmp_path / "map.png"
    render_png(seed_claims, out, title="Seed article", filters_summary="country: AF")
    px = _pixels(out)

    assert px.shape == (1100, 1800, 3)
    assert px.std() > 20  # not blank
    # provinces with 10,000+ are shaded dark red, drawn at 85 % over the land colour
    assert _share_near(px, _blend(style.COLOURS[-1], style.LAND, 0.85)) > 0.005
    # concern borders in the concern purple, neighbouring countries in the land colour
    assert _share_near(px, style.CONCERN, tol=30) > 0.0005
    assert _share_near(px, style.LAND, tol=4) > 0.2


def test_other_sizes_and_buffers(seed_claims: pd.DataFrame) -> None:
    buf = io.BytesIO()
    render_png(seed_claims, buf, width_px=1600, height_px=1000, dpi=100)
    buf.seek(0)
    assert _pixels(buf).shape == (1000, 1600, 3)


def test_article_text_with_dollars_and_markup_is_drawn_as_text(tmp_path: Path) -> None:
    rows = [
        claim_row(
            1, "admin1:AF-BDS", kind="estimate", number_low=200, number_high=200,
            number_text="$\\alpha$ 200", qualifier="exact", group="$\\frac{1}{0}$ <b>",
            outlet="_{bad} ^ $", quote="costs $5 and $6",
        )
    ]  # fmt: skip
    out = tmp_path / "hostile.png"
    render_png(frame(rows), out, title="Budget $1 $2")
    assert _pixels(out).shape == (1100, 1800, 3)


def test_empty_table_gives_a_world_map(tmp_path: Path, seed_claims: pd.DataFrame) -> None:
    out = tmp_path / "empty.png"
    render_png(seed_claims.iloc[0:0], out)
    px = _pixels(out)
    assert px.shape == (1100, 1800, 3) and px.std() > 10


def test_too_small_or_wrong_table_is_refused(seed_claims: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="at least 400"):
        render_png(seed_claims, io.BytesIO(), width_px=100, height_px=100)
    with pytest.raises(InputError, match="lacks the columns"):
        render_png(pd.DataFrame({"x": [1]}), io.BytesIO())
