"""Places entries name, located by the packaged gazetteer."""

import pytest

from kzmonitor.places import PlaceLocation, locate_place
from kzmonitor.resources import load_json

LOCATIONS = [
    # a city as written
    ("Almaty", PlaceLocation("city", "Almaty", 43.24, 76.89)),
    # the capital's former name, with "city"
    ("Nur-Sultan city", PlaceLocation("city", "Astana", 51.17, 71.43)),
    # a region lies at its administrative centre (Aktau)
    ("Mangistau oblast", PlaceLocation("region", "Mangistau region", 43.65, 51.17)),
    # capitalised type word, hyphenated region
    ("North-Kazakhstan Region", PlaceLocation("region", "North Kazakhstan region", 54.87, 69.15)),
    # the Russian abbreviation of West Kazakhstan region
    ("WKO", PlaceLocation("region", "West Kazakhstan region", 51.23, 51.37)),
    # the bare name is the city, not its region
    ("Aktobe", PlaceLocation("city", "Aktobe", 50.28, 57.17)),
    # the old name of Konaev
    ("Kapshagay city", PlaceLocation("city", "Konaev", 43.87, 77.07)),
    # abroad
    ("Warsaw", PlaceLocation("city", "Warsaw", 52.23, 21.01)),
    # a village the gazetteer does not hold
    ("Maraldy village", None),
    # "region" of a city that is not a region
    ("Talgar region", None),
]


@pytest.mark.parametrize("place,location", LOCATIONS)
def test_places_locate(place, location):
    assert locate_place(place) == location


def test_places_gazetteer_is_consistent():
    gazetteer = load_json("place_coordinates.json")
    cities = gazetteer["cities"]
    # every region's centre and every alias points at an entry of the gazetteer
    assert set(gazetteer["regions"].values()) <= set(cities)
    assert set(gazetteer["aliases"].values()) <= set(cities) | set(gazetteer["regions"])
    # the region centres lie in Kazakhstan's bounding box (40.5-55.5 N, 46.5-87.5 E)
    for centre in gazetteer["regions"].values():
        latitude, longitude = cities[centre]
        assert 40.5 < latitude < 55.5 and 46.5 < longitude < 87.5, centre
