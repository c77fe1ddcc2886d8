"""One colour scale and one set of styles for the web map and the static PNG.

Reported figures run from dozens to tens of thousands, so the classes are fixed and
roughly logarithmic: the same colour means the same strength on every map, whatever the
filter. Concerns (no figure) use a hue outside the sequential scale so they never read
as a small number.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Upper-exclusive class breaks of the top figure per place.
BREAKS: tuple[int, ...] = (100, 500, 1_000, 5_000, 10_000)
#: ColorBrewer YlOrRd, 6 classes (light = few fighters, dark red = many).
COLOURS: tuple[str, ...] = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
CONCERN = "#7b3294"  # purple: a statement of concern, no figure
NO_FIGURE = "#969696"  # an estimate whose number is vague ("several hundred")
OUTLINE = "#4d4d4d"
LAND = "#f2efe9"
COAST = "#a3a3a3"
SEA = "#d4e4ef"


@dataclass(frozen=True, slots=True)
class ScaleClass:
    """One legend row: a colour and the figures it covers."""

    colour: str
    low: int
    high: int | None  # None: open-ended top class

    @property
    def label(self) -> str:
        """Legend text such as "1,000–4,999" or "10,000 and more"."""
        if self.high is None:
            return f"{self.low:,} and more"
        return f"{self.low:,}–{self.high - 1:,}" if self.low else f"under {self.high:,}"


def scale_classes() -> list[ScaleClass]:
    """The legend rows, smallest figures first."""
    lows = (0, *BREAKS)
    highs: tuple[int | None, ...] = (*BREAKS, None)
    return [ScaleClass(c, lo, hi) for c, lo, hi in zip(COLOURS, lows, highs, strict=True)]


def class_index(figure: float) -> int:
    """Index of the class holding a figure (0 = smallest)."""
    return sum(figure >= b for b in BREAKS)


def colour_for(figure: float | None) -> str:
    """Fill colour for a place's top figure; grey when the estimate has no number."""
    return NO_FIGURE if figure is None else COLOURS[class_index(figure)]


def town_radius(figure: float | None) -> int:
    """Circle radius in pixels: grows with the class so big garrisons stand out."""
    return 6 if figure is None else 4 + round(1.5 * class_index(figure))
