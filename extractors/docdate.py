"""Guess a document's date from its text when the user gave none: the first full date near the top."""
from __future__ import annotations

import datetime as dt
import re

from extractors.timexes import tag_timexes

HEAD_CHARS = 1500
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def infer_document_date(text: str, language: str) -> dt.date | None:
    """The first absolute day-precise date in the article's head (dateline or first paragraph)."""
    for timex in tag_timexes(text[:HEAD_CHARS], language, None):
        if timex.anchor == "absolute" and FULL_DATE.match(timex.value):
            return dt.date.fromisoformat(timex.value[:10])
    return None
