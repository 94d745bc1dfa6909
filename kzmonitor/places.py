"""Where the places that entries name lie: coordinates from ``data/place_coordinates.json``.

An entry's place is written as the report writes it ("Nur-Sultan city", "Mangistau oblast",
"WKO"); :func:`locate_place` reads it as a city or a region of the gazetteer and gives its
point. A region is drawn at its administrative centre, the only point a region has that a
reader recognises; the data file says where the coordinates come from.

>>> locate_place("Nur-Sultan city")
PlaceLocation(kind='city', name='Astana', latitude=51.17, longitude=71.43)
"""

from __future__ import annotations

from typing import NamedTuple

from .resources import load_json

REGION_WORDS = frozenset({"region", "oblast", "province"})
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "settlement", "aul"})


class PlaceLocation(NamedTuple):
    """A place as the gazetteer knows it: ``kind`` is "city" or "region", ``name`` its gazetteer name."""

    kind: str
    name: str
    latitude: float
    longitude: float


def locate_place(place: str) -> PlaceLocation | None:
    """The gazetteer city or region ``place`` names, with its coordinates; None for a place it does not know.

    Args:
        place: a place as an entry writes it: "Almaty", "Almaty region", "Uralsk city", "WKO".
    """
    gazetteer = load_json("place_coordinates.json")
    cities, regions, aliases = gazetteer["cities"], gazetteer["regions"], gazetteer["aliases"]
    words = place.split()
    kind = None
    if len(words) > 1 and words[-1].lower() in REGION_WORDS | SETTLEMENT_WORDS:
        kind = "region" if words[-1].lower() in REGION_WORDS else "city"
        words = words[:-1]
    name = " ".join(words)
    name = aliases.get(name, name)
    # a bare name is a city where both exist ("Aktobe"); an abbreviation such as "WKO" is a region
    if kind != "region" and name in cities:
        return PlaceLocation("city", name, *cities[name])
    if kind != "city" and name in regions:
        return PlaceLocation("region", f"{name} region", *cities[regions[name]])
    return None
