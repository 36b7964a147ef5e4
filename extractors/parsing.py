"""Parse texts of any length: long ones in pieces spaCy can hold, joined back into one Doc with the same offsets."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 100_000  # spaCy's parser needs about 1 GB per 100,000 characters; its hard limit is 1,000,000
BREAKS = (re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))  # best first


def cut_point(text: str, start: int, limit: int) -> int:
    """Where the piece starting at `start` ends: after a paragraph, else a sentence, else a space, else anywhere."""
    end = start + limit
    if end >= len(text):
        return len(text)
    for pattern in BREAKS:
        ends = [m.end() for m in pattern.finditer(text, start + limit // 2, end)]
        if ends:
            return ends[-1]
    return end


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """The text cut into pieces of at most `limit` characters that join back into it exactly."""
    cuts, start = [], 0
    while start < len(text):
        end = cut_point(text, start, limit)
        cuts.append(text[start:end])
        start = end
    return cuts or [text]


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 8, limit: int = PIECE_CHARS) -> Iterator[Doc]:
    """One Doc per text, in order, whatever the text's length; every piece goes through one batched stream."""
    split = [pieces(text, limit) for text in texts]
    parsed = nlp.pipe((piece for parts in split for piece in parts), batch_size=batch_size)
    for parts in split:
        docs = [next(parsed) for _ in parts]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
