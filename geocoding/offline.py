"""The offline gazetteer as a geopy geocoder, so it is one more adapter beside Nominatim."""
from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from core.model import Candidate
from geocoding.gazetteer import Gazetteer, default_gazetteer
from geocoding.mentions import prior


class OfflineGazetteer(Geocoder):
    """geopy's Geocoder interface over the on-disk gazetteer; no request leaves the machine."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True, country_codes: list[str] | None = None,
                limit: int = 10) -> Location | list[Location] | None:
        """Places named `query`, most likely first (countries, then the most populous)."""
        candidates = self.gazetteer.lookup(query)
        if country_codes:
            wanted = {code.upper() for code in country_codes}
            candidates = [c for c in candidates if c.country_code in wanted]
        candidates.sort(key=prior, reverse=True)
        locations = [to_location(c) for c in candidates[:limit]]
        if not locations:
            return None
        return locations[0] if exactly_one else locations


def to_location(candidate: Candidate) -> Location:
    """A geopy Location carrying the gazetteer entry as its raw data."""
    address = ", ".join(part for part in (candidate.name, candidate.country_code) if part)
    raw = {"name": candidate.name, "country_code": candidate.country_code, "feature_class": candidate.feature_class,
           "population": candidate.population, "geonameid": candidate.geonameid}
    return Location(address, (candidate.lat, candidate.lon), raw)
