"""Opt-in online geocoding against a local server that answers like Nominatim: used, cached, never fatal."""
from __future__ import annotations

import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from geocoding.online import OnlineGeocoder
from geocoding.resolve import resolve_places

TEXT = "Ils se sont vus au cosmodrome de Vostochny, dans la région de l'Amour, en Russie."


class FakeNominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim: a landmark for 'Vostochny', 429 for 'Overloaded', nothing otherwise."""

    queries: list[dict] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        FakeNominatim.queries.append(params)
        if "Overloaded" in params.get("q", ""):
            self.send_response(429)
            self.end_headers()
            return
        answer = []
        if "Vostochny" in params.get("q", ""):
            answer = [{"lat": "51.884", "lon": "128.334", "name": "Vostochny Cosmodrome", "addresstype": "aeroway",
                       "display_name": "Vostochny Cosmodrome, Amur Oblast, Russia", "address": {"country_code": "ru"}}]
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def nominatim(tmp_path: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FakeNominatim.queries = []
    yield OnlineGeocoder(domain=f"127.0.0.1:{server.server_address[1]}", scheme="http",
                         cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0)
    server.shutdown()


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for name in names for m in re.finditer(name, text)]


def test_online_service_places_a_landmark_the_offline_data_lacks(nominatim: OnlineGeocoder) -> None:
    places = resolve_places(TEXT, spans(TEXT, "Vostochny", "Amour", "Russie"), "fr", online=nominatim)
    landmark = places[0]
    assert landmark.source == "nominatim" and landmark.precision == "exact"
    assert (landmark.lat, landmark.lon) == (51.884, 128.334)
    assert landmark.alternatives[0].name.startswith("Vostochny"), "the offline fallback stays as an alternative"
    (query,) = FakeNominatim.queries
    assert query["countrycodes"] == "ru" and query["accept-language"] == "fr"
    resolve_places(TEXT, spans(TEXT, "Vostochny", "Amour", "Russie"), "fr", online=nominatim)
    assert len(FakeNominatim.queries) == 1, "the second ask is answered from the cache"


def test_a_failing_service_leaves_the_offline_answer_and_says_so(nominatim: OnlineGeocoder) -> None:
    text = "Overloaded, dans la région de l'Amour, en Russie."
    (place, *_) = resolve_places(text, spans(text, "Overloaded", "Amour", "Russie"), "fr", online=nominatim)
    assert place.source == "gazetteer" and place.precision == "region"
    assert len(nominatim.problems) == 1 and "Overloaded" in nominatim.problems[0]


def test_offline_by_default(nominatim: OnlineGeocoder) -> None:
    resolve_places(TEXT, spans(TEXT, "Vostochny", "Amour", "Russie"), "fr")
    assert FakeNominatim.queries == []
