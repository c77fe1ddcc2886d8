"""The offline geocoder as a geopy provider, for ``geopandas.tools.geocode(..., provider=...)``.

It never touches the network: queries are answered from the bundled gazetteer, and
``Location.raw`` carries the full place object (id, kind, codes, precision, bbox).
"""

from __future__ import annotations

from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from dashboard.geo.gazetteer import make_place
from dashboard.geo.geocoder import get_geocoder
from dashboard.model import Place


class HotspotsGeocoder(Geocoder):  # type: ignore[misc]
    """geopy provider backed by the bundled boundaries; ``country`` biases ambiguous names."""

    def __init__(self, *, country: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.country = country

    def geocode(
        self, query: str, *, exactly_one: bool = True, country: str | None = None, **_: Any
    ) -> Location | list[Location] | None:
        """Best match (or the match and its alternatives when ``exactly_one`` is False)."""
        place = get_geocoder().geocode(str(query), country=country or self.country)
        if place is None:
            return None
        if exactly_one:
            return _location(place)
        others = [make_place(*alt.id.split(":", 1)) for alt in place.alternatives]
        return [_location(place), *(_location(p) for p in others if p is not None)]


def _location(place: Place) -> Location:
    return Location(place.name, Point(place.lat, place.lon), place.to_dict())
