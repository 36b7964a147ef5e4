"""The words that describe a place next to its name: an apposition that says what it is and where it lies ('Djibo, a
town in Burkina Faso', 'Walikale, une ville minière du Nord-Kivu')."""
from __future__ import annotations

import re

from core.placelex import article, either, fragments, genitive, spaced

WORD = r"[^\W\d_][\w'’-]*"  # one word of a description ('small', 'minière'), never a number
# ', a (small) town (...) in', ', une ville minière du', ", un village de l'État de": the description and its link
DESCRIPTION = (rf",\s+(?:{either('description_articles')})\s+(?:{WORD}\s+){{0,2}}?"
               rf"(?:{either('described_place_words')})(?:\s+{WORD}){{0,2}}?\s+"
               rf"(?:{spaced(fragments('description_links'))}){article()}"
               rf"(?:(?i:{either('feature_words.region')})\s+{genitive()}?{article()})?")
DESCRIBED_LINK = re.compile(rf"\s*{DESCRIPTION}")
DESCRIBED_NAME = re.compile(rf"{DESCRIPTION}(?=[A-ZÀ-Ý])")


def describes_place(between: str) -> bool:
    """Whether the words between two names describe the first as a place lying in or near the second ('Djibo, a
    town in Burkina Faso', 'Kuchi, a village near Gusau', 'Walikale, une ville minière du Nord-Kivu')."""
    return bool(DESCRIBED_LINK.fullmatch(between))


def described_as_place(text: str, end: int) -> bool:
    """Whether a name is followed by a description that calls it a place in or near a named one ('Zorbak, a village
    in Zamfara state'): a place, whatever the NER says."""
    return bool(DESCRIBED_NAME.match(text, end))
