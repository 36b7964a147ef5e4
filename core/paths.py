"""Where the tool keeps its files on the user's machine."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Where the user's cases and caches live: $NEWSMAP_DATA_DIR, else the XDG data folder."""
    configured = os.environ.get("NEWSMAP_DATA_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsmap"
