"""Language packs: each language's words and rules as data files in lang/<code>/, loaded by one registry."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKS = Path(__file__).resolve().parent
LANGUAGES = ("fr", "en")  # the languages with a pack; others are read with the English one
FALLBACK = "en"


def pack_language(language: str) -> str:
    """The pack a document's language is read with."""
    return language if language in LANGUAGES else FALLBACK


@lru_cache(maxsize=None)
def resource(language: str, name: str) -> dict[str, Any]:
    """One data file of a language's pack (lang/<code>/<name>.json), read once."""
    path = PACKS / pack_language(language) / f"{name}.json"
    with open(path, encoding="utf-8") as data:
        return json.load(data)
