"""Where the analyst's case lives, and the settings the case keeps about itself."""
from __future__ import annotations

import os
from pathlib import Path

from core.paths import data_dir
from store.case import CaseStore

SEEDED_KEY = "seeded"  # set once the case holds the sample articles, or was made by a batch run that wants none
ONLINE_KEY = "online_geocoding"


def default_case_path() -> Path:
    """The case file: $NEWSMAP_CASE when set, else case.sqlite in the data folder."""
    configured = os.environ.get("NEWSMAP_CASE")
    return Path(configured) if configured else data_dir() / "case.sqlite"


def online_enabled(store: CaseStore) -> bool:
    """Whether the analyst turned on online geocoding for this case (off unless they did)."""
    return store.get_meta(ONLINE_KEY) == "1"


def set_online(store: CaseStore, enabled: bool) -> None:
    """Turn online geocoding on or off for this case."""
    store.set_meta(ONLINE_KEY, "1" if enabled else "0")
