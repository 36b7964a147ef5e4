"""The spaCy models, named in each language's pack so another can be swapped in (or set by environment)."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from lang import LANGUAGES, resource

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODELS = {code: os.environ.get(f"NEWSMAP_MODEL_{code.upper()}", resource(code, "model")["spacy"])
          for code in LANGUAGES}  # each pack names its model (lang/<code>/model.json); NEWSMAP_MODEL_FR overrides


PARAGRAPHS = "newsmap_paragraphs"


DATELINE_DASHES = {"—", "–", "-", "--", "_"}  # 'RABAT (AP) — A quake struck': the dateline is no subject


def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so does a wire dateline ('RABAT (AP) —'), so the parser never joins a
    headline, a paragraph or a dateline to the sentence after it."""
    for token in doc[2:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if (previous.is_space and previous.text.count("\n") >= 2) \
                or (previous.text in DATELINE_DASHES and doc[token.i - 2].text == ")"):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def load_nlp(language: str) -> Language:
    """Load a language's model once per process, its parser told where paragraphs end."""
    import spacy  # here, not at the top: the cache key reads MODELS without loading spaCy
    from spacy.language import Language

    name = MODELS[language]
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"The spaCy model '{name}' for '{language}' is not installed: pip install -r requirements.txt"
        ) from error
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
