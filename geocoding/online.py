"""Opt-in online geocoding with Nominatim: polite (1 request/s, a real user agent), cached, never fatal."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from core.model import Candidate
from core.paths import data_dir

USER_AGENT = "newsmap/0.1 (offline-first news event mapper; https://github.com/newsmap)"
TIMEOUT_SECONDS = 6
FEATURE_CLASSES = {"country": "country", "state": "region", "region": "region", "city": "city", "town": "city",
                   "village": "city", "hamlet": "city", "county": "region"}


def online_cache_path() -> Path:
    """Where answers from the online service are kept, so a name is never asked twice."""
    return data_dir() / "online-cache.sqlite"


class OnlineGeocoder:
    """Nominatim through geopy, rate-limited and cached; failures leave the offline answer standing."""

    def __init__(self, domain: str | None = None, scheme: str | None = None, cache_path: Path | None = None,
                 min_delay_seconds: float = 1.0) -> None:
        self.service = Nominatim(user_agent=USER_AGENT, timeout=TIMEOUT_SECONDS,
                                 domain=domain or os.environ.get("NEWSMAP_NOMINATIM_DOMAIN", "nominatim.openstreetmap.org"),
                                 scheme=scheme or os.environ.get("NEWSMAP_NOMINATIM_SCHEME", "https"))
        self.rate_limited = RateLimiter(self.service.geocode, min_delay_seconds=min_delay_seconds,
                                        max_retries=0, swallow_exceptions=False)
        path = cache_path or online_cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._cache = sqlite3.connect(path, check_same_thread=False)
        self._cache.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, answer TEXT NOT NULL)")
        self._lock = threading.Lock()
        self.problems: list[str] = []

    def search(self, query: str, language: str = "", country_codes: list[str] | None = None) -> Candidate | None:
        """The service's best place for a query, or None (unknown, or the service failed: see problems)."""
        key = json.dumps([query, language, sorted(country_codes or [])], ensure_ascii=False)
        with self._lock:
            row = self._cache.execute("SELECT answer FROM answers WHERE query = ?", (key,)).fetchone()
        if row is not None:
            return Candidate(**json.loads(row[0])) if row[0] != "null" else None
        try:
            location = self.rate_limited(query, language=language or False, country_codes=country_codes or None,
                                         addressdetails=True)
        except GeopyError as error:
            self.problems.append(f"Online geocoding of '{query}' failed ({type(error).__name__}: {error}); "
                                 "the offline answer stands.")
            return None
        candidate = to_candidate(location.raw) if location is not None else None
        with self._lock:
            self._cache.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)",
                                (key, json.dumps(candidate.__dict__) if candidate else "null"))
            self._cache.commit()
        return candidate


def to_candidate(raw: dict) -> Candidate:
    """A Nominatim answer as a gazetteer candidate."""
    address = raw.get("address") or {}
    kind = raw.get("addresstype") or raw.get("type") or ""
    return Candidate(
        name=raw.get("name") or raw.get("display_name", "").split(",")[0],
        lat=float(raw["lat"]), lon=float(raw["lon"]),
        country_code=(address.get("country_code") or "").upper(),
        feature_class=FEATURE_CLASSES.get(kind, "landmark"),
        reason=f"OpenStreetMap Nominatim: {raw.get('display_name', '')}",
    )
