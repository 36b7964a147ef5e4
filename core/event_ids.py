"""Event ids that survive a change of segmentation: the document and a hash of what the event says."""
from __future__ import annotations

import hashlib

HASH_LENGTH = 12


def normalised(text: str) -> str:
    """Text as compared for identity: lower-cased, whitespace collapsed."""
    return " ".join(text.split()).lower()


def stable_event_id(document_id: str, anchor: str, taken: set[str]) -> str:
    """`document:hash` of the evidence text, with '-2', '-3'… when the document tells the same text again."""
    digest = hashlib.sha256(normalised(anchor).encode("utf-8")).hexdigest()[:HASH_LENGTH]
    candidate, repeat = f"{document_id}:{digest}", 1
    while candidate in taken:
        repeat += 1
        candidate = f"{document_id}:{digest}-{repeat}"
    taken.add(candidate)
    return candidate
